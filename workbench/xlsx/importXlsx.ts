/**
 * Reads .xlsx files into an emulated spreadsheet, in two ways that share one worksheet reader
 * (sheetReader.ts): opening a file as the workbook (its sheets replace the emulator's, formulas kept)
 * and inserting a file's sheets after the workbook's own (File › Import › Insert new sheet(s),
 * formulas read as their cached results). Everything is written uncounted: opening or importing a
 * file is not a script's work.
 */
import type { Emulator } from '../emulator';
import { Excel, type Workbook } from './excel';
import { type FormulaReading, fillSheet } from './sheetReader';

/** Reads `path` and replaces the emulator's sheets with the file's. */
export async function openWorkbookXlsx(emulator: Emulator, path: string): Promise<void> {
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    const previous = spreadsheet.getSheets();
    previous.forEach((sheet, i) => {
      sheet.setName(`__suki_replaced_${i}_${Date.now()}`);
    });
    addWorksheets(emulator, workbook, 0, (name) => name, 'keep');
    if (workbook.worksheets.length > 0) for (const sheet of previous) spreadsheet.deleteSheet(sheet);
    const first = spreadsheet.getSheets().find((sheet) => !sheet.isSheetHidden());
    first?.activate();
  });
}

/** Parses .xlsx bytes; throws ExcelJS's error when they are not an .xlsx file. */
export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Excel.Workbook();
  // ExcelJS's typings declare their own Buffer (an ArrayBuffer); at run time it reads a Node Buffer.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/**
 * Inserts every worksheet of `workbook` after the emulator's sheets, in order, each under the name
 * `nameFor` gives for its own (called just before the sheet is made, so it can avoid the names taken
 * so far). Formulas become their cached results. Returns the new sheets' names.
 */
export function insertWorksheets(
  emulator: Emulator,
  workbook: Workbook,
  nameFor: (name: string) => string,
): string[] {
  return emulator.uncounted(() =>
    addWorksheets(emulator, workbook, emulator.spreadsheet.getNumSheets(), nameFor, 'cachedResult'),
  );
}

function addWorksheets(
  emulator: Emulator,
  workbook: Workbook,
  at: number,
  nameFor: (name: string) => string,
  formulas: FormulaReading,
): string[] {
  const spreadsheet = emulator.spreadsheet;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return workbook.worksheets.map((worksheet, index) => {
    const sheet = spreadsheet.insertSheet(nameFor(worksheet.name), at + index);
    fillSheet(emulator, sheet, worksheet, timeZone, formulas);
    return sheet.getName();
  });
}
