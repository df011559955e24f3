import { beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_BLOCK_ROWS } from '../../src/server/importWrite';
import { runImport } from '../../src/server/main';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { checkImport, importChecked } from '../support/importing';

const CSV = `Name,E-mail,Status,Credit limit,Phone
"Bayanihan Foods Corp.",hi@bayanihan.ph,active,"1,500,000",+63 2 8123 4567
=HYPERLINK("http://evil"),x@evil.ph,prospect,,
Mabuhay Logistics,not-an-email,active,12,
"Dela Cruz Trading, Inc.",sales@dc.ph,active,,
Nordlicht GmbH,info@nordlicht.de,vip,,
,,,,
Bayanihan Foods,other@bf.ph,active,,`;

let emulator: Emulator;
beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: 'Dela Cruz Trading' })).toMatchObject({ ok: true });
});

describe('importing clients', () => {
  it('previews with a suggested mapping and writes nothing', () => {
    const before = emulator.sheetValues('Clients');
    const report = checkImport('clients', { csv: CSV });
    expect(report.mapping).toEqual({ 0: 'name', 1: 'email', 2: 'status', 3: 'creditLimit', 4: 'phone' });
    expect(report.how).toEqual({ 0: 'label', 1: 'label', 2: 'label', 3: 'label', 4: 'label' });
    expect(report.headerLine).toBe(1);
    expect(report.readyCount).toBe(2);
    expect(report.rejected).toEqual([
      { line: 4, reasons: ['E-mail: not a valid e-mail address. (“not-an-email”)'] },
      { line: 6, reasons: ['Status: choose one of Prospect, Active, Dormant, Lost. (“vip”)'] },
    ]);
    expect(report.duplicates.map((d) => d.line)).toEqual([5, 8]);
    expect(report.duplicates[0]?.matches).toBe('same Name as C-000001 Dela Cruz Trading');
    expect(report.duplicates[1]?.matches).toBe('same Name as Line 2');
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('imports the ready rows, text as text, audited once as one import', () => {
    emulator.calls.reset();
    const report = importChecked('clients', { csv: CSV });
    expect(report).toMatchObject({ ok: true, imported: 2 });
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows.map((r) => r.Name)).toEqual([
      'Dela Cruz Trading',
      'Bayanihan Foods Corp.',
      '=HYPERLINK("http://evil")',
    ]);
    expect(rows[1]).toMatchObject({
      'Credit limit': 1500000,
      Phone: '+63 2 8123 4567',
      Owner: 'mara@suki-demo.ph',
    });
    const audit = rowsByHeader(emulator, 'Audit log').filter((r) => r.Action === 'import');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ Table: 'clients', 'Record ID': 'C-000002 … C-000003' });
    expect(JSON.parse(String(audit[0]?.After))).toMatchObject({
      source: 'pasted text',
      imported: 2,
      refused: 2,
      duplicates: 2,
    });
  });

  it('costs the same calls for 100 rows and for 4,000, and a few more for each further block', () => {
    const counts: number[] = [];
    for (const size of [100, 4_000, IMPORT_BLOCK_ROWS + 1]) {
      emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
      setUpWorkbook();
      emulator.uncounted(() => {
        // Room for them all, as Sheets grows: growing a full sheet is a one-off cost.
        const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
        sheet.insertRowsAfter(sheet.getMaxRows(), IMPORT_BLOCK_ROWS + 100 - sheet.getMaxRows());
      });
      const lines = Array.from({ length: size }, (_, i) => `Client ${i},c${i}@x.ph`);
      const source = { csv: `Name,E-mail\n${lines.join('\n')}` };
      const preview = checkImport('clients', source);
      emulator.calls.reset();
      expect(
        runImport({ table: 'clients', source, mapping: preview.mapping, headers: preview.headers }),
      ).toMatchObject({ imported: size });
      counts.push(emulator.calls.count());
    }
    expect(counts[1]).toBe(counts[0]);
    // The second block finds the table again, journals and writes: a handful of calls, not per row.
    const perBlock = (counts[2] ?? 0) - (counts[0] ?? 0);
    expect(perBlock).toBeGreaterThan(0);
    expect(perBlock).toBeLessThan(20);
  });

  it('imports from another sheet of the workbook, mapped by the person', () => {
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Old list');
      sheet.getRange(1, 1, 3, 2).setValues([
        ['Company', 'Mail'],
        ['Pacific Rim Textiles', 'pr@textiles.ph'],
        ['Luzon Agri Supply', 'hello@luzonagri.ph'],
      ]);
    });
    const report = runImport({
      table: 'clients',
      source: { sheetName: 'Old list' },
      mapping: { 0: 'name', 1: 'email' },
      headers: ['Company', 'Mail'],
    });
    expect(report).toMatchObject({ ok: true, imported: 2 });
    expect(rowsByHeader(emulator, 'Clients').map((r) => r['E-mail'])).toEqual([
      '',
      'pr@textiles.ph',
      'hello@luzonagri.ph',
    ]);
  });

  it('refuses a chosen mapping when the source changed after the check', () => {
    const before = emulator.sheetValues('Clients');
    const result = runImport({
      table: 'clients',
      source: { csv: 'Region,Name\nNCR,Zeta Corp' },
      mapping: { 0: 'region', 1: 'name' },
      headers: ['Name', 'Region'],
    });
    expect(result).toMatchObject({
      ok: false,
      message:
        'The list changed since it was checked (its header row is not the same). Check it again before importing.',
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('refuses clearly without a source or a table', () => {
    expect(runImport({ table: 'clients', source: 42 })).toMatchObject({
      ok: false,
      message: 'Paste CSV text or choose a sheet to import from.',
    });
    expect(runImport({ table: 'team', source: { csv: 'Name\nX' } })).toMatchObject({
      ok: false,
      message: 'Choose the table to import into.',
    });
  });
});
