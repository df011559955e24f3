import { isDate, isoDateInZone } from '../core/dates';
import type { ImportGrid, TypedCell } from '../core/import/importGrid';
import { UserFacingError } from '../core/userError';
import { REPORT_METADATA_KEY } from './metadataKeys';
import { tableKeyOfSheet } from './tableIdentity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Names of the sheets people keep lists in, to import from: every sheet that is neither one of
 * Suki's tables nor one of its reports.
 */
export function importSheetNames(spreadsheet: Spreadsheet): string[] {
  return spreadsheet
    .getSheets()
    .filter((sheet) => !isSukisOwn(sheet))
    .map((sheet) => sheet.getName());
}

/** Whether a sheet is one of Suki's tables or reports (never a source to import from). */
function isSukisOwn(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  if (tableKeyOfSheet(sheet) !== null) return true;
  return sheet.getDeveloperMetadata().some((tag) => tag.getKey() === REPORT_METADATA_KEY);
}

function typedOf(value: unknown, timeZone: string): TypedCell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return { date: isoDateInZone(value, timeZone) };
  return null;
}

/**
 * A sheet's cells for an import, in three calls whatever its size: the text each cell shows (what
 * the person sees: a phone stays as shown) and beside it the typed value of number and date cells
 * (a date cell is its day, never re-read from text). Line 1 is the sheet's row 1. One of Suki's own
 * tables or reports is refused: importing a table into itself would only copy it.
 */
export function readSheetForImport(spreadsheet: Spreadsheet, sheetName: string): ImportGrid {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new UserFacingError('error.importNoSheet', { sheet: sheetName.slice(0, 100) });
  if (isSukisOwn(sheet))
    throw new UserFacingError('error.importSukiSheet', { sheet: sheetName.slice(0, 100) });
  const range = sheet.getDataRange();
  const texts = range.getDisplayValues();
  const values = range.getValues();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const typed = values.map((row) => row.map((value) => typedOf(value, timeZone)));
  return { texts, typed, firstLine: 1 };
}
