/**
 * What an import reads: a grid of cells as the person sees them, from pasted CSV or a sheet of this
 * spreadsheet, with the sheet's typed values beside the text where it has them.
 */
import Papa from 'papaparse';
import { importTextTooLong, importTooManyRows } from './importLimits';

/** A sheet cell's typed value: a number, a calendar date (ISO `yyyy-mm-dd`), true/false, or none. */
export type TypedCell = number | boolean | { readonly date: string } | null;

/** The rows of a source, as text, and where they start. */
export interface ImportGrid {
  /** Each row's cells as the person sees them (a sheet's display values; CSV's text). */
  readonly texts: readonly (readonly string[])[];
  /** Per cell, the sheet's typed value (parallel to `texts`); absent for CSV, where all is text. */
  readonly typed?: readonly (readonly TypedCell[])[];
  /** The line (sheet row, or CSV record) number of `texts[0]`, so messages name the person's rows. */
  readonly firstLine: number;
}

/**
 * Pasted CSV (comma, semicolon or tab separated, quoted or not) as a grid whose lines are the CSV's
 * records, blank ones included, so messages name the person's own lines. Text over MAX_IMPORT_CHARS
 * is refused whole (a UserFacingError), never cut.
 */
export function gridFromCsv(text: string): ImportGrid {
  const tooLong = importTextTooLong(text);
  if (tooLong) throw tooLong;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1] ?? [])) end--;
  return { texts: rows.slice(0, end), firstLine: 1 };
}

/**
 * Throws the UserFacingError that refuses a whole import of more than MAX_IMPORT_ROWS records,
 * saying the limit and the count received.
 */
export function assertImportSize(recordCount: number): void {
  const tooMany = importTooManyRows(recordCount);
  if (tooMany) throw tooMany;
}

/** Whether every cell of `row` is blank. */
function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => String(cell ?? '').trim() === '');
}
