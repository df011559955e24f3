/**
 * A table is located once per stretch of an execution and store (issue #15): inside one lock a
 * store's later calls reuse the place and header it checked, a place found before the lock is found
 * again inside it (another execution may have written meanwhile), and an append never trusts a last
 * row another store's append may have moved.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { activeStore } from '../../src/gas/activeDocument';
import { withDocumentLock } from '../../src/gas/documentLock';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, seedClients, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const stamp = { at: '2026-11-20T02:00:00.000Z', by: 'mara@suki-demo.ph' };

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  seedClients(emulator, 5);
});

/** How many times `work` asked Sheets for a sheet by ID (one per locate). */
function sheetLookups(work: () => unknown): number {
  emulator.calls.reset();
  work();
  return emulator.calls.count('Spreadsheet.getSheetById');
}

describe('a table located once per stretch of the execution', () => {
  it('reuses the place inside the lock, and finds it again once the lock is taken', () => {
    const store = activeStore();
    expect(sheetLookups(() => store.findById(CLIENTS_TABLE, 'C-000002'))).toBe(1);
    expect(sheetLookups(() => store.findById(CLIENTS_TABLE, 'C-000003'))).toBe(0);
    withDocumentLock(() => {
      expect(sheetLookups(() => store.findById(CLIENTS_TABLE, 'C-000004'))).toBe(1);
      expect(sheetLookups(() => store.update(CLIENTS_TABLE, 'C-000004', () => ({ phone: '1' }), stamp))).toBe(
        0,
      );
    });
    // After the lock, its own writes are behind it: found again.
    expect(sheetLookups(() => store.findById(CLIENTS_TABLE, 'C-000004'))).toBe(1);
  });

  it('appends below another store’s rows written since it located the table', () => {
    withDocumentLock(() => {
      const first = activeStore();
      const second = activeStore();
      expect(second.findById(CLIENTS_TABLE, 'C-000001')).not.toBeNull();
      const a = first.append(CLIENTS_TABLE, { name: 'Alpha Foods' }, stamp);
      const b = second.append(CLIENTS_TABLE, { name: 'Bravo Foods' }, stamp);
      expect(b.row).toBe(a.row + 1);
      // The store's own append moved its last row: a read sees the new record.
      expect(second.readAll(CLIENTS_TABLE).map(({ record }) => record.name)).toContain('Bravo Foods');
    });
    const names = rowsByHeader(emulator, 'Clients').map((row) => row.Name);
    expect(names.slice(-2)).toEqual(['Alpha Foods', 'Bravo Foods']);
    expect(names).toHaveLength(7);
  });
});
