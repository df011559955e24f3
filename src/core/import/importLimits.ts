/**
 * How much one import takes. Past a limit the whole import is refused with a message saying the
 * limit and the size received: nothing is cut off and nothing is written. No dependency, so the
 * import page can check pasted text before sending it.
 */
import { UserFacingError } from '../userError';
import { readableNumber } from '../validation/numbers';

/**
 * The most record rows one import takes: a real company's whole client list or several years of
 * invoices, written in blocks within one execution's six minutes (bench/importBench.ts measures it).
 * @forTests The limit tests build inputs just past it.
 */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * The most characters of pasted CSV one import takes (20,000 rows of 500 characters), well under
 * what google.script.run carries and what one execution parses in time; a longer list is imported
 * from a sheet.
 * @forTests The limit tests build inputs just past it.
 */
export const MAX_IMPORT_CHARS = 10_000_000;

/** Pasted text longer than MAX_IMPORT_CHARS, as the error that refuses it; null when it fits. */
export function importTextTooLong(text: string): UserFacingError | null {
  if (text.length <= MAX_IMPORT_CHARS) return null;
  return new UserFacingError('error.importTextTooLong', {
    max: readableNumber(MAX_IMPORT_CHARS),
    received: readableNumber(text.length),
  });
}

/** More than MAX_IMPORT_ROWS data rows, as the error that refuses them; null when they fit. */
export function importTooManyRows(rowCount: number): UserFacingError | null {
  if (rowCount <= MAX_IMPORT_ROWS) return null;
  return new UserFacingError('error.importTooManyRows', {
    max: readableNumber(MAX_IMPORT_ROWS),
    received: readableNumber(rowCount),
  });
}
