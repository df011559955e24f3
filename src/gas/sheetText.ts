import type { ImportSource } from '../core/import/clientImport';
import { UserFacingError } from '../core/userError';
import { tableKeyOfSheet } from './tableIdentity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Names of the sheets that are not Suki tables: where people keep lists to import. */
export function sheetNames(spreadsheet: Spreadsheet): string[] {
  return spreadsheet
    .getSheets()
    .filter((sheet) => tableKeyOfSheet(sheet) === null)
    .map((sheet) => sheet.getName());
}

/** A sheet's content as text, as it shows on screen (one read), with its first row as headers. */
export function readSheetAsText(spreadsheet: Spreadsheet, sheetName: string): ImportSource {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new UserFacingError('error.importNoSource');
  const [headers = [], ...rows] = sheet.getDataRange().getDisplayValues();
  return {
    headers: headers.map((h) => h.trim()),
    rows: rows.filter((row) => row.some((cell) => cell.trim() !== '')),
  };
}
