/**
 * An action's service calls must not grow with the number of rows (issue #15: 10 and 2,000 clients,
 * each with orders, claims and planned contacts), and a single-record action reads no whole column:
 * the cells it reads stay the same too.
 */
import { describe, expect, it } from 'vitest';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { CLAIMS_TABLE, CONTACT_PLAN_TABLE, ORDERS_TABLE } from '../../src/core/tables/workTables';
import { clientChoices } from '../../src/server/clientChoices';
// The actions as Apps Script runs them: through main.ts's entry points, which learn the caller once
// per call (called directly, a module reads the team afresh each time it asks who is calling).
import {
  getClientCard,
  getRecord,
  listClients,
  onEdit,
  saveRecord,
  updateRecord,
} from '../../src/server/main';
import { setUpWorkbook } from '../../src/server/setup';
import { writeTableRecords } from '../../workbench/seed';
import { useEmulator } from '../support/emulatedSheets';

const ZONE = 'Asia/Manila';

/** `count` clients, each with two orders, a claim and a planned contact, written as if typed over the years. */
function seedBook(emulator: ReturnType<typeof useEmulator>, count: number): void {
  const ids = Array.from({ length: count }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`);
  const write = (table: Parameters<typeof writeTableRecords>[1], records: Record<string, unknown>[]) =>
    writeTableRecords(emulator, table, records as Parameters<typeof writeTableRecords>[2], ZONE);
  write(
    CLIENTS_TABLE,
    ids.map((id, i) => ({ id, name: `Client ${i + 1} Foods`, status: 'active', email: `c${i + 1}@x.ph` })),
  );
  write(
    ORDERS_TABLE,
    ids.flatMap((clientId, i) =>
      ['2026-01-10', '2026-02-10'].map((orderDate, k) => ({
        id: `O-${String(2 * i + k + 1).padStart(6, '0')}`,
        clientId,
        orderDate,
        amount: 1_000 + i,
      })),
    ),
  );
  write(
    CLAIMS_TABLE,
    ids.map((clientId, i) => ({
      id: `K-${String(i + 1).padStart(6, '0')}`,
      clientId,
      receivedDate: '2026-02-01',
      category: 'billing',
      description: 'x',
    })),
  );
  write(
    CONTACT_PLAN_TABLE,
    ids.map((clientId, i) => ({
      id: `P-${String(i + 1).padStart(6, '0')}`,
      clientId,
      plannedDate: '2026-12-01',
      channel: 'call',
    })),
  );
}

/** The calls by kind of the action's second run (the first warms the remembered table places). */
function callsAt(rows: number, action: () => unknown): { kinds: Record<string, number>; ms: number } {
  const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook(); // mara becomes the team's first head
  seedBook(emulator, rows);
  action();
  emulator.calls.reset();
  const result = action();
  // A refusal would be cheap: the action counted must have done its work.
  expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: true });
  return { kinds: emulator.calls.byKind(), ms: emulator.calls.modelledMs() };
}

/**
 * The most calls each action may make (issue #15: each table located once per stretch of the
 * execution, its header row read with row 1 whole, the team's small tables read with their header
 * in one call each, record lookups by TextFinder, a record and its audit entry journalled in one
 * property write; row 1 read again before each write, in case a person moved a column meanwhile).
 * None of it grows with the rows.
 */
const MOST_CALLS: Record<string, number> = {
  'save a client (duplicate check)': 56,
  'save, confirmed a duplicate': 51,
  update: 62,
  'read one record': 20,
  'list clients for the picker': 30,
  'search the picker on the server': 32,
  // Two audit-log searches for when its forecast and ABC class were last computed (each report writes its own).
  'the client card': 85,
  'save a claim (checks the client exists)': 59,
};

/** Actions that read single records: their modelled time (calls and cells) is the same at both sizes. */
const SINGLE_RECORD = new Set([
  'save a client (duplicate check)',
  'update',
  'read one record',
  'the client card',
  'save a claim (checks the client exists)',
]);

describe('service calls per action at 10 and 2,000 clients', () => {
  it.each([
    ['save a client (duplicate check)', () => saveRecord('clients', { name: `New client ${Math.random()}` })],
    [
      'save, confirmed a duplicate',
      () => saveRecord('clients', { name: 'Client 5 Foods' }, { allowDuplicate: true }),
    ],
    ['update', () => updateRecord('clients', 'C-000005', { phone: String(Math.random()).slice(2, 9) }, {})],
    ['read one record', () => getRecord('clients', 'C-000005')],
    ['list clients for the picker', () => listClients()],
    ['search the picker on the server', () => clientChoices('Client 5')],
    ['the client card', () => getClientCard('C-000005')],
    [
      'save a claim (checks the client exists)',
      () =>
        saveRecord('claims', {
          clientId: 'C-000005',
          receivedDate: '2026-11-20',
          category: 'billing',
          description: 'Double invoice',
        }),
    ],
  ])('%s', (name, action) => {
    const small = callsAt(10, action);
    const large = callsAt(2_000, action);
    expect(large.kinds).toEqual(small.kinds);
    expect(Object.values(small.kinds).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MOST_CALLS[name] ?? 0);
    // Who is calling is learnt at most once per action, however many checks ask.
    expect(small.kinds['Session.getActiveUser'] ?? 0).toBeLessThanOrEqual(1);
    // Reading a whole column would cost a cell per row in the latency model.
    if (SINGLE_RECORD.has(name)) expect(large.ms).toBe(small.ms);
  });
});

describe('the onEdit stamp of a hand edit at 10 and 2,000 clients', () => {
  /** A person types a phone number into C-000005's row (the second time counted). */
  function editCalls(rows: number): { kinds: Record<string, number>; ms: number } {
    const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    setUpWorkbook();
    seedBook(emulator, rows);
    const header = emulator.sheetValues('Clients')[0] ?? [];
    const phone = header.indexOf('Phone') + 1;
    const stamp = header.indexOf('Updated at') + 1;
    expect(emulator.personEdit('Clients', 6, phone, '+63 2 8000 0001').accepted).toBe(true);
    emulator.calls.reset();
    expect(emulator.personEdit('Clients', 6, phone, '+63 2 8000 0002').accepted).toBe(true);
    const counted = { kinds: emulator.calls.byKind(), ms: emulator.calls.modelledMs() };
    expect(emulator.triggerErrors).toEqual([]);
    expect(emulator.sheetValues('Clients')[5]?.[stamp - 1]).toBeInstanceOf(Date);
    return counted;
  }

  it('costs the same calls and cells, and no more than 37 calls', () => {
    const small = editCalls(10);
    const large = editCalls(2_000);
    expect(large.kinds).toEqual(small.kinds);
    expect(large.ms).toBe(small.ms);
    expect(Object.values(small.kinds).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(37);
  });
});
