/**
 * workbench/xlsx's own .xlsx reader on what other tools write and Suki's writer does not: shared
 * strings with rich text, shared formulas, merged cells, a hidden sheet, cells the file leaves out
 * (they show their row's or column's format), the 1904 date system and a damaged file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator';
import { openWorkbookXlsx } from '../../workbench/xlsx/importXlsx';

const dir = mkdtempSync(join(tmpdir(), 'suki-xlsx-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function emulator() {
  return createEmulator({ timeZone: 'Asia/Manila', spreadsheetLocale: 'en_PH' });
}

async function write(name: string, fill: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

describe('the .xlsx reader', () => {
  it('reads shared and rich-text strings, shared formulas, merges and a hidden sheet', async () => {
    const path = await write('other.xlsx', (book) => {
      const sheet = book.addWorksheet('Listahan');
      sheet.getCell('A1').value = {
        richText: [{ text: 'Niño ', font: { bold: true } }, { text: 'Trading' }],
      };
      sheet.getCell('A2').value = 2;
      sheet.getCell('A3').value = 3;
      // ExcelJS writes a shared formula's master from these fields, which its typings leave out.
      sheet.getCell('B2').value = {
        formula: 'A2*10',
        result: 20,
        shareType: 'shared',
        ref: 'B2:B3',
      } as ExcelJS.CellFormulaValue;
      sheet.getCell('B3').value = { sharedFormula: 'B2', result: 30 };
      sheet.getCell('C1').value = 'merged';
      sheet.mergeCells('C1:D2');
      book.addWorksheet('Tago', { state: 'hidden' }).getCell('A1').value = 'hidden';
    });
    const opened = emulator();
    await openWorkbookXlsx(opened, path);
    const values = opened.sheetValues('Listahan');
    expect(values[0]?.[0]).toBe('Niño Trading');
    const read = opened.uncounted(() => {
      const sheet = opened.spreadsheet.getSheetByName('Listahan');
      return {
        merged: sheet?.getRange('C1:D2').getValues(),
        formulas: sheet?.getRange('B2:B3').getFormulas(),
      };
    });
    // A merged range holds its value in its top-left cell only.
    expect(read.merged).toEqual([
      ['merged', ''],
      ['', ''],
    ]);
    // The shared formula's second cell is the first one's, moved down a row.
    expect(read.formulas).toEqual([['=A2*10'], ['=A3*10']]);
    const hidden = opened.uncounted(() => opened.spreadsheet.getSheetByName('Tago')?.isSheetHidden());
    expect(hidden).toBe(true);
  });

  it('gives a cell the file leaves out its column format, and reads 1904 dates as wall-clock days', async () => {
    const path = await write('dates.xlsx', (book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('Petsa');
      sheet.getColumn(2).numFmt = '0.00%';
      sheet.getCell('A1').value = new Date(Date.UTC(2026, 4, 17));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('C1').value = 'x';
    });
    const opened = emulator();
    await openWorkbookXlsx(opened, path);
    const read = opened.uncounted(() => {
      const sheet = opened.spreadsheet.getSheetByName('Petsa');
      return {
        formats: sheet?.getRange('A1:C1').getNumberFormats(),
        shown: sheet?.getRange('A1').getDisplayValue(),
      };
    });
    expect(read.formats).toEqual([['yyyy-mm-dd', '0.00%', 'General']]);
    expect(read.shown).toBe('2026-05-17');
  });

  it('refuses a damaged file and leaves the workbook as it was', async () => {
    const path = join(dir, 'sira.xlsx');
    writeFileSync(path, 'not a zip file');
    const opened = emulator();
    await expect(openWorkbookXlsx(opened, path)).rejects.toThrow(/zip/);
    expect(opened.uncounted(() => opened.spreadsheet.getSheets().map((sheet) => sheet.getName()))).toEqual([
      'Sheet1',
    ]);
  });
});
