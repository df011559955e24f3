/**
 * Import, end to end on the emulator: text and row counts past the limits are refused whole with a
 * message (nothing written), over-long fields and ambiguous numbers are refused by field, and what
 * is written is the whole value.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from '../../src/core/import/importLimits';
import { runImport } from '../../src/server/main';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { checkImport, importChecked } from '../support/importing';

let emulator: Emulator;
beforeEach(() => {
  // A Philippine list into a workbook in pesos (en_PH), as the peso amounts below are.
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph', spreadsheetLocale: 'en_PH' });
  setUpWorkbook();
});

describe('import limits', () => {
  it('refuses pasted text over the limit whole, saying the limit and the size received', () => {
    const before = emulator.sheetValues('Clients');
    const auditBefore = emulator.sheetValues('Audit log');
    const csv = `Name\n${'Client\n'.repeat(Math.ceil(MAX_IMPORT_CHARS / 7))}`;
    expect(csv.length).toBeGreaterThan(MAX_IMPORT_CHARS);
    const size = csv.length.toLocaleString('en-US');
    const message = `The pasted text has ${size} characters; at most 10,000,000 can be imported at once. Nothing was imported: import it from a sheet, or split it.`;
    expect(checkImport('clients', { csv })).toMatchObject({ ok: false, message, readyCount: 0 });
    expect(importChecked('clients', { csv })).toMatchObject({ ok: false, message, imported: 0 });
    expect(emulator.sheetValues('Clients')).toEqual(before);
    expect(emulator.sheetValues('Audit log')).toEqual(auditBefore);
  });

  it('refuses more rows than the limit whole, before reading or writing the table', () => {
    const before = emulator.sheetValues('Clients');
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `Client ${i},c${i}@x.ph`);
    emulator.calls.reset();
    const report = runImport({
      table: 'clients',
      source: { csv: `Name,E-mail\n${lines.join('\n')}` },
      mapping: { 0: 'name', 1: 'email' },
      headers: ['Name', 'E-mail'],
    });
    expect(report).toMatchObject({
      ok: false,
      imported: 0,
      message:
        'This import has 50,001 rows; at most 50,000 can be imported at once. Nothing was imported: split the list.',
    });
    expect(emulator.calls.count('Range.setValues')).toBe(0);
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('refuses the same from another sheet of the workbook', () => {
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Big list');
      sheet.insertRowsAfter(sheet.getMaxRows(), MAX_IMPORT_ROWS + 10 - sheet.getMaxRows());
      const rows = [['Name'], ...Array.from({ length: MAX_IMPORT_ROWS + 2 }, (_, i) => [`Client ${i}`])];
      sheet.getRange(1, 1, rows.length, 1).setValues(rows);
    });
    const before = emulator.sheetValues('Clients');
    const source = { sheetName: 'Big list' };
    expect(runImport({ table: 'clients', source, mapping: { 0: 'name' }, headers: ['Name'] })).toMatchObject({
      ok: false,
      message:
        'This import has 50,002 rows; at most 50,000 can be imported at once. Nothing was imported: split the list.',
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });
});

describe('fields of an import', () => {
  const long = `Very Long ${'N'.repeat(195)}`; // 205 characters, the Name column takes 200
  const CSV = [
    'Name,Credit limit,Notes',
    `"${long}",5,`,
    'Kept Whole,"1,250",',
    'Decimal Comma,"12,50",',
    'Huge Limit,1e13,',
    'Peso Sign,"₱12,500.75",',
    `Long Notes,,"${'n'.repeat(5001)}"`,
  ].join('\n');

  it('refuses over-long fields and ambiguous numbers by field, with line numbers, and writes the rest whole', () => {
    const report = importChecked('clients', { csv: CSV });
    expect(report).toMatchObject({ ok: true, imported: 2 });
    expect(report.rejected).toEqual([
      { line: 2, reasons: [`Name: at most 200 characters. (“Very Long ${'N'.repeat(49)}…”)`] },
      {
        line: 4,
        reasons: [
          'Credit limit: use a dot for decimals (12.50); a comma may only separate groups of three digits (1,250.50). (“12,50”)',
        ],
      },
      { line: 5, reasons: ['Credit limit: must be at most 1,000,000,000,000. (“1e13”)'] },
      { line: 7, reasons: [`Notes: at most 5000 characters. (“${'n'.repeat(59)}…”)`] },
    ]);
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows.map((r) => [r.Name, r['Credit limit']])).toEqual([
      ['Kept Whole', 1250],
      ['Peso Sign', 12500.75],
    ]);
    // Nothing cut to fit: no prefix of the long name or notes was written anywhere.
    const everything = JSON.stringify(emulator.sheetValues('Clients'));
    expect(everything).not.toContain('Very Long');
    expect(everything).not.toContain('nnnnn');
  });

  it('reads display values of another sheet by the same rules', () => {
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Old list');
      sheet.getRange(1, 1, 5, 2).setValues([
        ['Company', 'Limit'],
        ['Grouped', '2,500,000.00'],
        ['Comma Decimal', '2500000,00'],
        ['Peso', 'PHP 750'],
        ['Dots And Comma', '2.500.000,00'],
      ]);
    });
    const report = runImport({
      table: 'clients',
      source: { sheetName: 'Old list' },
      mapping: { 0: 'name', 1: 'creditLimit' },
      headers: ['Company', 'Limit'],
    });
    expect(report).toMatchObject({ ok: true, imported: 2 });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 5]);
    expect(report.rejected[1]?.reasons).toEqual([
      'Credit limit: use a dot for decimals (12.50); a comma may only separate groups of three digits (1,250.50). (“2.500.000,00”)',
    ]);
    expect(rowsByHeader(emulator, 'Clients').map((r) => [r.Name, r['Credit limit']])).toEqual([
      ['Grouped', 2500000],
      ['Peso', 750],
    ]);
  });
});
