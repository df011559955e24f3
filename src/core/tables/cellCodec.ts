import { isDate, isoDateInZone, startOfDateInZone } from '../dates';
import type { ColumnSpec, RecordValue } from './tableSpec';

/** What Suki hands to Range.setValues for one cell. */
export type CellValue = string | number | boolean | Date;

const TEXT_TYPES = new Set(['id', 'ref', 'text', 'longText', 'email', 'phone', 'url', 'choice']);

/**
 * Characters that make Sheets parse typed text as a formula (CWE-1236). Text is always written with a
 * leading apostrophe, which Sheets reads as "this is text" and does not keep in the value; the check
 * is exported for tests and reports.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * The cell value to write for a record value. Text always goes in as text (apostrophe-prefixed), so
 * `=IMPORTXML(…)`, `+1` or a phone number is stored exactly as typed; dates become the instant the
 * day starts in the spreadsheet's time zone.
 */
export function toCell(column: ColumnSpec, value: RecordValue, timeZone: string): CellValue {
  if (value === null || value === '') return '';
  if (TEXT_TYPES.has(column.type)) return `'${String(value)}`;
  if (column.type === 'date') return typeof value === 'string' ? startOfDateInZone(value, timeZone) : value;
  if (column.type === 'datetime') return typeof value === 'string' ? new Date(value) : value;
  return typeof value === 'number' ? value : `'${value}`;
}

/**
 * The record value of a cell as getValues returned it. Nothing is dropped: a value of the wrong type
 * (text typed into a number column by hand) comes back as text for the caller to judge.
 */
export function fromCell(column: ColumnSpec, cell: unknown, timeZone: string): RecordValue {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (isDate(cell)) {
    if (column.type === 'datetime') return cell.toISOString();
    return isoDateInZone(cell, timeZone);
  }
  if (typeof cell === 'number') return TEXT_TYPES.has(column.type) ? String(cell) : cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
