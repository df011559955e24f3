/**
 * The self-check's text and date probes: values written into columns of the probe sheet, read back
 * as Sheets kept them. Row 1 is the metadata probe's (metadataProbe.ts); these start in row 2.
 */
import { type DateReading, PROBE_DATE_FORMAT, probeDates } from '../../core/selfCheck/dateProbes';
import { type CellReading, PLAIN_TEXT_FORMAT, textProbes } from '../../core/selfCheck/textProbes';
import type { TextWriteMode } from '../../core/tables/textWriteMode';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column of each probe on the probe sheet; row 1 is the metadata probe's, probes start in row 2. */
export const PLAIN_COLUMN = 1;
export const APOSTROPHE_COLUMN = 2;
const DATES_COLUMN = 3;
const FIRST_PROBE_ROW = 2;

/**
 * Writes the text probes of `mode` into one column (plain: '@' cells, raw text; apostrophe:
 * automatic cells, a leading apostrophe) and reads back each cell's value and formula.
 */
export function probeText(sheet: Sheet, column: number, mode: TextWriteMode): CellReading[] {
  const probes = textProbes(mode);
  const range = sheet.getRange(FIRST_PROBE_ROW, column, probes.length, 1);
  if (mode === 'plain') range.setNumberFormat(PLAIN_TEXT_FORMAT);
  range.setValues(probes.map((probe) => [probe.written]));
  SpreadsheetApp.flush();
  const values = range.getValues();
  const formulas = range.getFormulas();
  return probes.map((_, i) => ({ value: values[i]?.[0], formula: formulas[i]?.[0] ?? '' }));
}

/** Writes the start of each probe day as a Date into date-formatted cells and reads them back. */
export function probeDateCells(sheet: Sheet, timeZone: string, now: Date): DateReading[] {
  const days = probeDates(timeZone, now);
  const range = sheet.getRange(FIRST_PROBE_ROW, DATES_COLUMN, days.length, 1);
  range.setNumberFormat(PROBE_DATE_FORMAT);
  range.setValues(days.map((day) => [day.instant]));
  SpreadsheetApp.flush();
  const values = range.getValues();
  return days.map((day, i) => ({ isoDate: day.isoDate, value: values[i]?.[0] }));
}
