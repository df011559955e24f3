/**
 * .xlsx files written by other tools than Suki's workbench (issue #12): some have no sheet views at
 * all, which ExcelJS reads as `views: null`. The workbench opens them as they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSukiRuntime } from '../../workbench/server/session';
import { openWorkbookXlsx } from '../../workbench/xlsx/importXlsx';

const DIST = resolve(import.meta.dirname, '../../dist');
const dir = mkdtempSync(join(tmpdir(), 'suki-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an .xlsx from another tool', () => {
  it('opens without sheet views, its values as typed', async () => {
    const path = join(dir, 'list.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Mga Kliyente');
    sheet.addRow(['Listahan ng kliyente, 2026']);
    sheet.addRow(['Pangalan', 'Telepono']);
    sheet.addRow(['Niño Trading', '0917 000 1111']);
    // As a file without <sheetViews> reads back.
    (sheet as unknown as { views: unknown }).views = null;
    await book.xlsx.writeFile(path);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(path);
    expect(reread.worksheets[0]?.views).toBeNull();

    const { emulator } = createSukiRuntime(DIST);
    await openWorkbookXlsx(emulator, path);
    expect(emulator.sheetValues('Mga Kliyente').slice(0, 3)).toEqual([
      ['Listahan ng kliyente, 2026', ''],
      ['Pangalan', 'Telepono'],
      ['Niño Trading', '0917 000 1111'],
    ]);
  });
});
