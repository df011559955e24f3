/** An action's service calls must not grow with the number of rows (issue: 100 and 20,000). */
import { describe, expect, it } from 'vitest';
// The actions as Apps Script runs them: through main.ts's entry points, which learn the caller once
// per call (called directly, a module reads the team afresh each time it asks who is calling).
import { getRecord, listClients, saveRecord, updateRecord } from '../../src/server/main';
import { setUpWorkbook } from '../../src/server/setup';
import { seedClients, useEmulator } from '../support/emulatedSheets';

function callsAt(rows: number, action: () => unknown): Record<string, number> {
  const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook(); // mara becomes the team's first head
  seedClients(emulator, rows);
  action(); // warm the remembered table place, as any second action of a session finds it
  emulator.calls.reset();
  const result = action();
  const calls = emulator.calls.byKind();
  // A refusal would be cheap: the action counted must have done its work.
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return calls;
}

/**
 * The most calls an action may make. It was 80 before team, roles and deputies (#10): learning the
 * caller's role and cover now costs a constant 22 calls (the active user, the time zone, the Team
 * and Absences tables), and a new record of a client's also reads the clients' owners; none of it
 * grows with the rows, which the equality at 100 and 20,000 clients checks.
 */
const BUDGET = 100;

describe('service calls per action at 100 and 20,000 clients', () => {
  it.each([
    ['save', () => saveRecord('clients', { name: 'New client' }, { allowDuplicate: true })],
    ['update', () => updateRecord('clients', 'C-000050', { phone: String(Math.random()).slice(2, 9) }, {})],
    ['read one record', () => getRecord('clients', 'C-000050')],
    ['list clients for the picker', () => listClients()],
    [
      'save a claim (checks the client exists)',
      () =>
        saveRecord('claims', {
          clientId: 'C-000050',
          receivedDate: '2026-11-20',
          category: 'billing',
          description: 'Double invoice',
        }),
    ],
  ])('%s', (_name, action) => {
    const small = callsAt(100, action);
    const large = callsAt(20_000, action);
    expect(large).toEqual(small);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(BUDGET);
    // Who is calling is learnt at most once per action, however many checks ask.
    expect(small['Session.getActiveUser'] ?? 0).toBeLessThanOrEqual(1);
  });
});
