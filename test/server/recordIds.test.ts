/**
 * IDs are never handed out twice: not after a person deletes the last row, not after an ID is typed
 * or pasted by hand (huge, or just where the next one would go), not when the counter is behind or
 * missing, not in the audit log after its rows are deleted. The allocation reads no ID column while
 * the counter holds (test/server/callCounts.test.ts: the same modelled time at 10 and 2,000 rows).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { recordIdAllocator } from '../../src/core/tables/recordIds';
import { idCounterProperty } from '../../src/core/tables/writeJournal';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const sheet = (name: string) =>
  emulator.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
const column = (name: string, label: string) => (emulator.sheetValues(name)[0] ?? []).indexOf(label) + 1;
const saveClient = (name: string) => saveRecord('clients', { name });

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics', 'Charlie Retail'])
    expect(saveClient(name).ok).toBe(true);
});

describe('record IDs', () => {
  it('gives a new ID after the last client’s row was deleted, so no one inherits its history', () => {
    expect(saveRecord('orders', { clientId: 'C-000003', orderDate: '2026-11-02', amount: 500 }).ok).toBe(
      true,
    );
    emulator.uncounted(() => sheet('Clients').deleteRow(4));
    expect(saveClient('Delta Trading')).toMatchObject({ ok: true, id: 'C-000004' });
    expect(rowsByHeader(emulator, 'Clients').map((row) => row.ID)).toEqual([
      'C-000001',
      'C-000002',
      'C-000004',
    ]);
  });

  it('never hands out one ID twice after a huge ID was typed by hand', () => {
    emulator.uncounted(() => sheet('Clients').getRange(4, column('Clients', 'ID')).setValue('C-999999999'));
    const ids = ['Delta', 'Echo', 'Foxtrot']
      .map((name) => saveClient(name))
      .map((result) => (result.ok && 'id' in result ? result.id : null));
    expect(ids).toEqual(['C-1000000000', 'C-1000000001', 'C-1000000002']);
    const all = rowsByHeader(emulator, 'Clients').map((row) => row.ID);
    expect(new Set(all).size).toBe(all.length);
  });

  it('skips an ID a person typed ahead of the counter', () => {
    emulator.uncounted(() =>
      sheet('Clients').getRange(4, column('Clients', 'ID')).setValue('C-10000000000000000'),
    );
    expect(saveClient('Delta')).toMatchObject({ ok: true, id: 'C-000004' });
    expect(recordIdAllocator('C', ['C-000005', 'C-5'], 4)()).toBe('C-000006');
    expect(recordIdAllocator('C', [' C-000002 '], 1)()).toBe('C-000003');
  });

  it('keeps audit-log IDs unique after audit rows were deleted by hand', () => {
    const before = rowsByHeader(emulator, 'Audit log').map((row) => row.ID);
    emulator.uncounted(() => sheet('Audit log').deleteRows(2, 2));
    expect(saveClient('Delta').ok).toBe(true);
    const after = rowsByHeader(emulator, 'Audit log').map((row) => String(row.ID));
    expect(new Set(after).size).toBe(after.length);
    expect(after.filter((id) => before.includes(id))).toEqual(after.slice(0, -1));
    expect(before).not.toContain(after[after.length - 1]);
  });

  it('skips an ID typed by hand where the next one would go, and the one after stays free too', () => {
    const idColumn = column('Clients', 'ID');
    emulator.uncounted(() => {
      sheet('Clients').getRange(4, idColumn).setValue(' C-000004 ');
      sheet('Clients').getRange(5, idColumn).setValue('C-5');
    });
    expect(saveClient('Delta')).toMatchObject({ ok: true, id: 'C-000006' });
    expect(saveClient('Echo')).toMatchObject({ ok: true, id: 'C-000007' });
    const counter = emulator.uncounted(() =>
      PropertiesService.getDocumentProperties().getProperty(idCounterProperty('clients')),
    );
    expect(counter).toBe('7');
  });

  it('keeps IDs unique when the counter is behind the sheet or missing', () => {
    const properties = () => PropertiesService.getDocumentProperties();
    emulator.uncounted(() => properties().setProperty(idCounterProperty('clients'), '1'));
    expect(saveClient('Delta')).toMatchObject({ ok: true, id: 'C-000004' });
    emulator.uncounted(() => properties().deleteProperty(idCounterProperty('clients')));
    expect(saveClient('Echo')).toMatchObject({ ok: true, id: 'C-000005' });
    emulator.uncounted(() => sheet('Clients').deleteRow(6));
    expect(saveClient('Foxtrot')).toMatchObject({ ok: true, id: 'C-000006' });
    const all = rowsByHeader(emulator, 'Clients').map((row) => row.ID);
    expect(all).toEqual(['C-000001', 'C-000002', 'C-000003', 'C-000004', 'C-000006']);
  });
});
