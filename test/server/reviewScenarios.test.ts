/**
 * Hand changes that must never send a write to the wrong row or column: people editing while a long
 * action runs, rows inserted above the header, copied rows, odd IDs, look-alike headers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { withDocumentLock } from '../../src/gas/documentLock';
import { TableStore } from '../../src/gas/tableStore';
import { archiveRecord } from '../../src/server/archive';
import { onEdit } from '../../src/server/handEdits';
import { getRecord, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const clientsSheet = () =>
  emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
const column = (label: string) => (emulator.sheetValues('Clients')[0] ?? []).indexOf(label) + 1;
const byPerson = (work: () => void) => emulator.uncounted(work);

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics']) {
    expect(saveRecord('clients', { name, nextContactDate: '2026-12-01' })).toMatchObject({ ok: true });
  }
});

describe('a person editing while a long action runs', () => {
  it('computed columns land under their headers after a column was inserted mid-action', () => {
    const store = new TableStore(emulator.spreadsheet);
    store.readAll(CLIENTS_TABLE); // the analysis reads…
    byPerson(() => clientsSheet().insertColumnBefore(column('Name'))); // …a person inserts a column…
    withDocumentLock(() =>
      store.writeComputed(CLIENTS_TABLE, ['abcClass'], new Map([['C-000001', { abcClass: 'A' }]])),
    ); // …then it writes
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows[0]).toMatchObject({ Name: 'Alpha Foods', 'ABC class': 'A' });
    expect(rows[0]?.['Next contact date']).toEqual(new Date('2026-11-30T16:00:00.000Z'));
  });

  it('an import appends below a row a person typed during the check', () => {
    const store = new TableStore(emulator.spreadsheet);
    store.readColumns(CLIENTS_TABLE, ['id', 'name']);
    byPerson(() => clientsSheet().getRange(4, column('Name')).setValue('Typed by hand'));
    withDocumentLock(() =>
      store.appendMany(CLIENTS_TABLE, [{ name: 'Imported' }], { at: '2026-11-26T00:00:00.000Z', by: 'm@x' }),
    );
    expect(rowsByHeader(emulator, 'Clients').map((r) => r.Name)).toEqual([
      'Alpha Foods',
      'Bravo Logistics',
      'Typed by hand',
      'Imported',
    ]);
  });
});

describe('the header row', () => {
  it('refuses clearly, writing nothing, when rows were inserted above the header', () => {
    byPerson(() => {
      clientsSheet().insertRowBefore(1);
      clientsSheet().getRange(1, 1).setValue('Our clients 2026');
    });
    const before = emulator.sheetValues('Clients');
    const result = saveRecord('clients', { name: 'Charlie Retail' });
    expect(result.ok ? '' : result.message).toBe(
      'Row 1 of the Clients sheet no longer holds its column names. If rows were inserted above the header, remove them, then try again.',
    );
    expect(updateRecord('clients', 'C-000001', { phone: '123 4567' }, {})).toMatchObject({ ok: false });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });
});

describe('IDs', () => {
  it('refuses to edit or archive an ID that a copied row holds twice', () => {
    byPerson(() => {
      const sheet = clientsSheet();
      const width = sheet.getLastColumn();
      sheet.getRange(4, 1, 1, width).setValues(sheet.getRange(2, 1, 1, width).getValues());
      sheet.getRange(4, column('Name')).setValue('Alpha Foods (Cebu branch)');
    });
    const result = updateRecord('clients', 'C-000001', { phone: '123 4567' }, {});
    expect(result.ok ? '' : result.message).toBe(
      'The ID C-000001 is in more than one row (2, 4). Give the copied row its own ID (or clear it), then try again.',
    );
    expect(archiveRecord('clients', 'C-000001').ok).toBe(false);
    expect(rowsByHeader(emulator, 'Clients').map((r) => r.Phone)).toEqual(['', '', '']);
  });

  it('never matches a blank ID, and a huge hand-typed ID does not break numbering', () => {
    byPerson(() => clientsSheet().getRange(4, column('Name')).setValue('No ID yet'));
    expect(updateRecord('clients', '', { phone: '1' }, {})).toMatchObject({ ok: false });
    expect(updateRecord('clients', '   ', { phone: '1' }, {})).toMatchObject({ ok: false });
    expect(archiveRecord('clients', '').ok).toBe(false);
    byPerson(() => clientsSheet().getRange(5, column('ID')).setValue('C-10000000000000000'));
    expect(saveRecord('clients', { name: 'Delta' })).toMatchObject({ ok: true, id: 'C-000003' });
    expect(saveRecord('clients', { name: 'Echo' })).toMatchObject({ ok: true, id: 'C-000004' });
    expect(rowsByHeader(emulator, 'Clients').find((r) => r.Name === 'No ID yet')?.Phone).toBe('');
  });
});

describe('look-alike headers', () => {
  it('follows Suki’s column, not a person’s column with the same header, after a move', () => {
    byPerson(() => {
      const sheet = clientsSheet();
      sheet.insertColumnAfter(sheet.getLastColumn());
      sheet.getRange(1, sheet.getLastColumn() + 1).setValue('Notes');
    });
    expect(
      saveRecord('clients', { name: 'Charlie', notes: 'first' }, { allowDuplicate: true }),
    ).toMatchObject({ ok: true });
    byPerson(() => {
      const sheet = clientsSheet();
      const theirs = sheet.getLastColumn();
      sheet.moveColumns(sheet.getRange(1, theirs, sheet.getMaxRows(), 1), 1);
    });
    expect(saveRecord('clients', { name: 'Delta', notes: 'second' })).toMatchObject({ ok: true });
    const header = emulator.sheetValues('Clients')[0] ?? [];
    const delta = emulator.sheetValues('Clients').find((row) => row.includes('Delta')) ?? [];
    const sukiNotes = header.lastIndexOf('Notes');
    expect(header.indexOf('Notes')).toBe(0); // theirs, moved to the front
    expect(delta[sukiNotes]).toBe('second');
    expect(delta[0]).toBe('');
  });
});

describe('edit conflicts compare what the form showed with what the sheet holds', () => {
  it('lets a form fix values typed by hand that the form itself would refuse', () => {
    byPerson(() => {
      clientsSheet().getRange(2, column('Name')).setValue('Alpha Foods ');
      clientsSheet().getRange(2, column('Phone')).setValue('n/a');
    });
    const shown = getRecord('clients', 'C-000001');
    expect(shown).toMatchObject({ ok: true, record: { name: 'Alpha Foods ', phone: 'n/a' } });
    const result = updateRecord(
      'clients',
      'C-000001',
      { phone: '+63 2 8123 4567' },
      { phone: 'n/a', name: 'Alpha Foods ' },
    );
    expect(result).toMatchObject({ ok: true, message: 'Updated C-000001.' });
    expect(rowsByHeader(emulator, 'Clients')[0]).toMatchObject({ Phone: '+63 2 8123 4567' });
  });
});

describe('hand edits while a script holds the lock', () => {
  it('skip the stamp rather than break or wait long', () => {
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const stampedBefore = rowsByHeader(emulator, 'Clients')[0]?.['Updated at'];
    const release = emulator.locks.holdDocumentLockElsewhere();
    expect(emulator.personEdit('Clients', 2, column('Region'), 'NCR').accepted).toBe(true);
    release();
    expect(emulator.triggerErrors).toEqual([]);
    const row = rowsByHeader(emulator, 'Clients')[0];
    expect(row).toMatchObject({ Region: 'NCR' });
    expect(row?.['Updated at']).toEqual(stampedBefore);
  });
});
