/**
 * Renaming a scheme gives its clients' contact-plan rows the new name. A manager may not write to
 * rows of clients they may not work on, so a manager's rename is refused, naming how many clients
 * are not theirs and whose, while such clients are on the scheme; a head may rename it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
const BEN = 'ben.manager@suki.test';
const STEPS = [
  { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
  { step: 2, dayOffset: 7, channel: 'email', purpose: 'Catalogue' },
];
let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00+08:00'));
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('team', { email: BEN, name: 'Ben', role: 'manager' }));
  ok(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA, segment: 'Retail' }));
  ok(main.saveRecord('clients', { name: 'Charlie Mart', owner: BEN, segment: 'Retail' }));
  ok(main.saveScheme('Welcome', STEPS, null));
  emulator.setActiveUser(BEN);
  ok(main.applyScheme('Welcome', { clientIds: ['C-000002'] }, '2026-12-07'));
});
afterEach(() => vi.useRealTimers());

describe('a manager renaming a shared scheme', () => {
  it('does not write to another manager’s clients’ contact rows', () => {
    const bens = () => tableRows(emulator, 'contacts').filter((row) => row.clientId === 'C-000002');
    const before = bens().map((row) => [row.id, row.scheme, row.updatedBy]);
    expect(before).toHaveLength(2);
    // Ana may not edit Ben's contact rows through the form.
    emulator.setActiveUser(ANA);
    expect(main.updateRecord('contacts', 'P-000001', { scheme: 'Hello' }, {})).toMatchObject({ ok: false });
    const page = main.getSchemes();
    if (!page.ok) throw new Error(page.message);
    const shown = page.schemes.find((s) => s.name === 'Welcome');
    if (!shown) throw new Error('no scheme');
    const refusal = main.saveScheme('Hello', shown.steps, shown);
    expect(refusal).toMatchObject({ ok: false, fieldErrors: [{ field: 'name' }] });
    expect(refusal.message).toContain('not yours to work on: 1 (Ben)');
    expect(bens().map((row) => [row.id, row.scheme, row.updatedBy])).toEqual(before);
    expect(new Set(tableRows(emulator, 'schemes').map((row) => row.scheme))).toEqual(new Set(['Welcome']));
  });

  it('lets a head rename it, every client’s rows with it', () => {
    emulator.setActiveUser(HEAD);
    const page = main.getSchemes();
    if (!page.ok) throw new Error(page.message);
    const shown = page.schemes.find((s) => s.name === 'Welcome');
    if (!shown) throw new Error('no scheme');
    ok(main.saveScheme('Hello', shown.steps, shown));
    expect(new Set(tableRows(emulator, 'contacts').map((row) => row.scheme))).toEqual(new Set(['Hello']));
  });

  it('lets a manager rename it while every client on it is theirs', () => {
    emulator.setActiveUser(BEN);
    const page = main.getSchemes();
    if (!page.ok) throw new Error(page.message);
    const shown = page.schemes.find((s) => s.name === 'Welcome');
    if (!shown) throw new Error('no scheme');
    ok(main.saveScheme('Hello', shown.steps, shown));
    expect(new Set(tableRows(emulator, 'contacts').map((row) => row.scheme))).toEqual(new Set(['Hello']));
  });
});
