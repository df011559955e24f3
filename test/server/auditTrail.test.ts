/**
 * Every change to a Suki table leaves an audit entry: a save whose entry is longer than a cell
 * holds, hand edits of the stamp and archive columns, and pastes over several cells.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_CELL_CHARS } from '../../src/core/tables/auditEntries';
import { archiveRecord } from '../../src/server/archive';
import { onEdit } from '../../src/server/handEdits';
import { getRecord, saveRecord, updateRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const clients = () => emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
const column = (label: string) => (emulator.sheetValues('Clients')[0] ?? []).indexOf(label) + 1;
const audit = () => rowsByHeader(emulator, 'Audit log');

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  emulator.attachScript((name) =>
    name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
  );
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics'])
    expect(saveRecord('clients', { name }).ok).toBe(true);
});

describe('the audit log', () => {
  it('continues an entry longer than a cell over several rows, and the save succeeds', () => {
    // Control characters take six characters each in JSON: two long fields pass a cell's limit.
    const long = '\u0001'.repeat(5_000);
    const saved = saveRecord('clients', { name: 'Charlie Retail', needs: long, notes: long });
    expect(saved).toMatchObject({ ok: true, id: 'C-000003' });
    expect(getRecord('clients', 'C-000003')).toMatchObject({
      ok: true,
      record: { needs: long, notes: long },
    });
    const entries = audit().filter((row) => row['Record ID'] === 'C-000003');
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.map((row) => row.Field)).toEqual(entries.map((_, i) => `[${i + 1}/${entries.length}]`));
    for (const row of entries) expect(String(row.After).length).toBeLessThanOrEqual(AUDIT_CELL_CHARS);
    const rebuilt = JSON.parse(entries.map((row) => String(row.After)).join('')) as Record<string, unknown>;
    expect(rebuilt).toMatchObject({ name: 'Charlie Retail', needs: long, notes: long });
  });

  it('logs and stamps clearing "Archived at" by hand, so un-archiving leaves a trace', () => {
    expect(archiveRecord('clients', 'C-000001').ok).toBe(true);
    const archivedAt = rowsByHeader(emulator, 'Clients')[0]?.['Archived at'];
    expect(archivedAt).toBeInstanceOf(Date);
    expect(emulator.personEdit('Clients', 2, column('Archived at'), '').accepted).toBe(true);
    expect(emulator.triggerErrors).toEqual([]);
    const entry = audit().filter((row) => row.Action === 'handEdit');
    expect(entry).toEqual([
      expect.objectContaining({
        'Record ID': 'C-000001',
        Field: 'archivedAt',
        After: '',
        Who: 'mara@suki-demo.ph',
      }),
    ]);
    expect(String(entry[0]?.Before)).not.toBe('');
    expect(rowsByHeader(emulator, 'Clients')[0]?.['Updated by']).toBe('mara@suki-demo.ph');
  });

  it.each(['Created by', 'Updated by', 'Created at'])('logs a hand edit of %s', (label) => {
    expect(emulator.personEdit('Clients', 3, column(label), 'someone-else@x.ph').accepted).toBe(true);
    expect(audit().filter((row) => row.Action === 'handEdit')).toEqual([
      expect.objectContaining({ 'Record ID': 'C-000002', After: 'someone-else@x.ph' }),
    ]);
  });

  it('logs a paste over several cells and rows, one entry per row with what it holds now', () => {
    const region = column('Region');
    emulator.uncounted(() =>
      clients()
        .getRange(2, region, 2, 2)
        .setValues([
          ['NCR', 'Retail'],
          ['Visayas', 'Food'],
        ]),
    );
    // The event Sheets sends for a paste: the whole range, no old or new value.
    const event = { range: clients().getRange(2, region, 2, 2), authMode: ScriptApp.AuthMode.LIMITED };
    onEdit(event as unknown as GoogleAppsScript.Events.SheetsOnEdit); // the typings want every field
    const pastes = audit().filter((row) => row.Action === 'handPaste');
    expect(pastes.map((row) => row['Record ID'])).toEqual(['C-000001', 'C-000002']);
    expect(String(pastes[0]?.After)).toContain('"NCR"');
    expect(String(pastes[1]?.After)).toContain('"Visayas"');
  });

  it('does nothing under AuthMode.NONE, when the add-on is not yet used in this document', () => {
    const before = audit().length;
    const event = { range: clients().getRange(2, column('Region')), authMode: ScriptApp.AuthMode.NONE };
    onEdit(event as unknown as GoogleAppsScript.Events.SheetsOnEdit); // the typings want every field
    expect(audit()).toHaveLength(before);
  });
});

describe('record IDs from a page', () => {
  it('normalises an ID with spaces around it before it is looked up or logged', () => {
    expect(updateRecord('clients', '  C-000002 ', { region: 'NCR' }, {})).toMatchObject({
      ok: true,
      id: 'C-000002',
    });
    expect(audit().filter((row) => row.Action === 'update')).toEqual([
      expect.objectContaining({ 'Record ID': 'C-000002', Field: 'region', After: 'NCR' }),
    ]);
    expect(archiveRecord('clients', ' C-000002 ')).toMatchObject({ ok: true, message: 'Archived C-000002.' });
    expect(
      audit()
        .filter((row) => row.Action === 'archive')
        .map((row) => row['Record ID']),
    ).toEqual(['C-000002']);
  });
});
