/**
 * A step's stop condition ends the scheme for the client from that step on: its later planned rows
 * are cancelled, and an edit of the scheme afterwards plans that client no step after the one that
 * stopped it (the rows still planned before it are still offered the edit).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}
const STEPS = [
  { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
  { step: 2, dayOffset: 2, channel: 'email', purpose: 'Catalogue' },
  { step: 3, dayOffset: 14, channel: 'meeting', purpose: 'Visit', stopWhen: 'openClaim' },
];
const planOf = () =>
  tableRows(emulator, 'contacts')
    .filter((row) => row.scheme === 'Welcome')
    .map((row) => [row.step, row.status]);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00')); // a Monday
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA, segment: 'Retail' }));
  emulator.setActiveUser(ANA);
  ok(main.saveScheme('Welcome', STEPS, null));
  ok(main.applyScheme('Welcome', { clientIds: ['C-000001'] }, '2026-12-07'));
});
afterEach(() => vi.useRealTimers());

describe('a scheme stopped for a client by its stop condition, then edited', () => {
  it('plans no step after the one that stopped it', () => {
    // An open claim: the visit (step 3) is not to happen.
    ok(
      main.saveRecord('claims', {
        clientId: 'C-000001',
        receivedDate: '2026-12-07',
        channel: 'call',
        category: 'quality',
        severity: 'high',
        description: 'Spoiled goods',
      }),
    );
    const entry = ok(main.getMyDay()).today.find((e) => e.step === 1);
    const logged = ok(main.logContactOutcome(entry?.id, 'done', 'Talked', null, entry?.shown));
    expect(logged.stopped).toMatchObject({ step: 3 });
    expect(planOf()).toEqual([
      [1, 'done'],
      [2, 'planned'],
      [3, 'cancelled'],
    ]);
    // The scheme gets a fourth step, after the visit.
    const page = main.getSchemes();
    if (!page.ok) throw new Error(page.message);
    const shown = page.schemes.find((s) => s.name === 'Welcome');
    if (!shown) throw new Error('no scheme');
    ok(
      main.saveScheme(
        'Welcome',
        [...shown.steps, { step: 4, dayOffset: 28, channel: 'call', purpose: 'Reorder' }],
        shown,
      ),
    );
    main.applySchemeUpdate('Welcome');
    expect(planOf()).toEqual([
      [1, 'done'],
      [2, 'planned'],
      [3, 'cancelled'],
    ]);
  });
});
