/**
 * Reads .xlsx files into an emulated spreadsheet, in two ways that share one worksheet reader
 * (sheetReader.ts): opening a file as the workbook (its sheets replace the emulator's, formulas kept)
 * and inserting a file's sheets after the workbook's own (File › Import › Insert new sheet(s),
 * formulas read as their cached results). Everything is written uncounted: opening or importing a
 * file is not a script's work.
 */
import { readFile } from 'node:fs/promises';
import type { Emulator } from '../emulator';
import { type FormulaReading, fillSheet } from './sheetReader';
import { readXlsxBook, type XlsxBook } from './xlsxBook';

/** Reads `path` and replaces the emulator's sheets with the file's. */
export async function openWorkbookXlsx(emulator: Emulator, path: string): Promise<void> {
  const workbook = readXlsxBook(await readFile(path));
  emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    const previous = spreadsheet.getSheets();
    const names = previous.map((sheet) => sheet.getName());
    previous.forEach((sheet, i) => {
      sheet.setName(`__suki_replaced_${i}_${Date.now()}`);
    });
    try {
      addWorksheets(emulator, workbook, 0, (name) => name, 'keep');
    } catch (error) {
      // A sheet is read only when it is filled: one that fails leaves the workbook as it was.
      const kept = new Set(previous.map((sheet) => sheet.getSheetId()));
      for (const sheet of spreadsheet.getSheets())
        if (!kept.has(sheet.getSheetId())) spreadsheet.deleteSheet(sheet);
      previous.forEach((sheet, i) => {
        sheet.setName(names[i] ?? sheet.getName());
      });
      throw error;
    }
    if (workbook.worksheets.length > 0) for (const sheet of previous) spreadsheet.deleteSheet(sheet);
    const first = spreadsheet.getSheets().find((sheet) => !sheet.isSheetHidden());
    first?.activate();
  });
}

/** Opens .xlsx bytes; throws a message saying what is wrong when they are not an .xlsx file. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxBook> {
  return readXlsxBook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * Inserts every worksheet of `workbook` after the emulator's sheets, in order, each under the name
 * `nameFor` gives for its own (called just before the sheet is made, so it can avoid the names taken
 * so far). Formulas become their cached results. Returns the new sheets' names.
 */
export function insertWorksheets(
  emulator: Emulator,
  workbook: XlsxBook,
  nameFor: (name: string) => string,
): string[] {
  return emulator.uncounted(() =>
    addWorksheets(emulator, workbook, emulator.spreadsheet.getNumSheets(), nameFor, 'cachedResult'),
  );
}

function addWorksheets(
  emulator: Emulator,
  workbook: XlsxBook,
  at: number,
  nameFor: (name: string) => string,
  formulas: FormulaReading,
): string[] {
  const spreadsheet = emulator.spreadsheet;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return workbook.worksheets.map((worksheet, index) => {
    const sheet = spreadsheet.insertSheet(nameFor(worksheet.name), at + index);
    fillSheet(emulator, sheet, workbook, worksheet, timeZone, formulas);
    return sheet.getName();
  });
}
