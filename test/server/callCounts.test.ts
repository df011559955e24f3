/** An action's service calls must not grow with the number of rows (issue: 100 and 20,000). */
import { describe, expect, it } from 'vitest';
import { getRecord, listClients, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import { seedClients, useEmulator } from '../support/emulatedSheets';

function callsAt(rows: number, action: () => unknown): Record<string, number> {
  const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  seedClients(emulator, rows);
  action(); // warm the remembered table place, as any second action of a session finds it
  emulator.calls.reset();
  action();
  return emulator.calls.byKind();
}

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
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(80);
  });
});
