import { isDate, isoDateInZone, startOfDateInZone } from '../dates';
import type { Locale } from '../i18n/translate';
import { choiceCaption, choiceKeyOf } from './choiceCaptions';
import { sheetFormatFor } from './columnFormats';
import type { ColumnSpec, RecordValue } from './tableSpec';
import type { TextWriteMode } from './textWriteMode';

/** What Suki hands to Range.setValues for one cell. */
export type CellValue = string | number | boolean | Date;

const TEXT_TYPES = new Set(['id', 'ref', 'text', 'longText', 'email', 'phone', 'url', 'choice']);

/** The number format Sheets calls "Automatic": typed text is parsed. */
const AUTOMATIC_FORMAT = 'General';
/** The plain-text number format: text is stored exactly as given. */
const PLAIN_TEXT_FORMAT = '@';

/** A real calendar date in ISO form: `2026-02-30` is text, never silently 2026-03-02. */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

/** Text goes into a text cell: text columns, and anything a typed column holds that is not its type. */
function isTextCell(column: ColumnSpec, value: RecordValue): boolean {
  if (TEXT_TYPES.has(column.type)) return true;
  if (typeof value !== 'string') return false;
  if (column.type === 'date') return !isIsoDate(value);
  if (column.type === 'datetime') return !isInstant(value);
  return true;
}

/**
 * The cell value to write for a record value. Text goes in unchanged into a plain-text cell (the
 * writer sets the format from cellFormatFor in the same write), so `=IMPORTXML(…)`, `+1`, `007` or
 * `'quoted` is stored exactly as typed; where the self-check found plain-text cells unsafe
 * (`apostrophe` mode) it goes behind an apostrophe into an automatic cell instead. Dates become the
 * instant the day starts in the spreadsheet's time zone. A number that is not finite is never
 * written: the cell stays blank. A choice is written as its caption in `captions`, the workbook's
 * language (its stable key while the workbook has none settled: null).
 */
export function toCell(
  column: ColumnSpec,
  value: RecordValue,
  timeZone: string,
  textMode: TextWriteMode = 'plain',
  captions: Locale | null = null,
): CellValue {
  if (value === null || value === '') return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  if (column.type === 'choice' && captions !== null && typeof value === 'string') {
    const known = column.choices?.includes(value) ? choiceCaption(column, value, captions) : value;
    return textMode === 'plain' ? known : `'${known}`;
  }
  if (isTextCell(column, value)) return textMode === 'plain' ? String(value) : `'${String(value)}`;
  if (column.type === 'date' && typeof value === 'string') return startOfDateInZone(value, timeZone);
  if (column.type === 'datetime' && typeof value === 'string') return new Date(value);
  return value;
}

/**
 * The number format a cell must have when toCell's value for it is written: plain text for text
 * (automatic in `apostrophe` mode), the column's own format otherwise.
 */
export function cellFormatFor(column: ColumnSpec, value: RecordValue, textMode: TextWriteMode): string {
  if (value !== null && value !== '' && !isTextCell(column, value)) return sheetFormatFor(column);
  if (!TEXT_TYPES.has(column.type) && (value === null || value === '')) return sheetFormatFor(column);
  return textMode === 'plain' ? PLAIN_TEXT_FORMAT : AUTOMATIC_FORMAT;
}

/**
 * The record value of a cell as getValues returned it. Nothing is dropped: a value of the wrong type
 * (text typed into a number column by hand) comes back as text for the caller to judge. A choice
 * cell's caption in any language (or its stable key) comes back as the choice's key.
 */
export function fromCell(column: ColumnSpec, cell: unknown, timeZone: string): RecordValue {
  if (cell === '' || cell === null || cell === undefined) return null;
  // By typeof first: only an object can be a Date, so text and numbers (most cells of a table
  // read whole) skip isDate's Object.prototype.toString.
  const kind = typeof cell;
  if (kind === 'object' && isDate(cell)) {
    if (column.type === 'datetime') return cell.toISOString();
    return isoDateInZone(cell, timeZone);
  }
  if (kind === 'number') return TEXT_TYPES.has(column.type) ? String(cell) : (cell as number);
  if (kind === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = kind === 'string' ? (cell as string) : String(cell);
  if (column.type === 'choice') return choiceKeyOf(column, text) ?? text;
  return text;
}
