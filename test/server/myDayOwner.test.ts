/**
 * Whose a scheme's planned contacts are once the client changes hands: a scheme writes a client's
 * rows owned by the client's owner at the time; when a head gives the client to another manager,
 * those rows go to the new owner's My day (and digest), while a row someone gave a colleague on
 * purpose stays the colleague's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
const BEN = 'ben.manager@suki.test';
const CARL = 'carl.manager@suki.test';
let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}
const ids = (email: string) => {
  emulator.setActiveUser(email);
  const day = ok(main.getMyDay());
  return [...day.overdue, ...day.today, ...day.ahead].map((e) => e.id);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'));
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('team', { email: BEN, name: 'Ben', role: 'manager' }));
  ok(main.saveRecord('team', { email: CARL, name: 'Carl', role: 'manager' }));
  ok(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA, segment: 'Retail' }));
  ok(
    main.saveScheme(
      'Welcome',
      [
        { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
        { step: 2, dayOffset: 2, channel: 'email', purpose: 'Catalogue' },
      ],
      null,
    ),
  );
  ok(main.applyScheme('Welcome', { clientIds: ['C-000001'] }, '2026-12-07'));
});
afterEach(() => vi.useRealTimers());

describe('a client given to another manager', () => {
  it('takes its planned scheme contacts to the new owner’s My day', () => {
    expect(ids(ANA)).toEqual(['P-000001', 'P-000002']);
    emulator.setActiveUser(HEAD);
    ok(main.updateRecord('clients', 'C-000001', { owner: BEN }, { owner: ANA }));
    expect(ids(BEN)).toEqual(['P-000001', 'P-000002']);
    expect(ids(ANA)).toEqual([]);
  });

  it('leaves a row given to a colleague on purpose with the colleague', () => {
    emulator.setActiveUser(HEAD);
    ok(main.updateRecord('contacts', 'P-000002', { owner: CARL }, {}));
    expect(ids(CARL)).toEqual(['P-000002']);
    emulator.setActiveUser(HEAD);
    ok(main.updateRecord('clients', 'C-000001', { owner: BEN }, { owner: ANA }));
    expect(ids(BEN)).toEqual(['P-000001']);
    expect(ids(CARL)).toEqual(['P-000002']);
    expect(ids(ANA)).toEqual([]);
  });
});
