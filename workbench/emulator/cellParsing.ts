/**
 * How Sheets turns what is written into a cell into what the cell holds. Strings are parsed as if a
 * person typed them, which is what makes `setValue('=HYPERLINK(...)')` a formula: the
 * formula-injection surface Suki must defend against (see test/emulator/cellParsing.test.ts).
 * The one exception is a cell formatted as plain text ('@'): a string lands exactly as given.
 * `parseForCell` is the one rule every write path (setValue(s), setFormula(s), appendRow, a
 * person's edit) goes through.
 */
import { type Content, Formula, type SheetModel } from './model';
import { fromWallTime } from './timeZone';

/** The longest text a cell accepts. */
const MAX_CELL_CHARS = 50000;

/** A parsed input: what the cell holds (undefined = empty) and a number format Sheets would apply. */
export interface ParsedInput {
  content: Content | undefined;
  autoFormat?: string;
}

/** True for Dates from any realm (a node:vm context has its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s?%$/;
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseNumber(text: string): number | undefined {
  if (NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  const pct = PERCENT.exec(text);
  if (pct?.[1]) return Number((Number(pct[1]) / 100).toPrecision(15));
  return undefined;
}

function parseDate(text: string, timeZone: string): ParsedInput | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || probe.getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) {
    return undefined;
  }
  const ms = fromWallTime(timeZone, y, mo, d, h ?? 0, mi ?? 0, s ?? 0);
  const autoFormat =
    h === undefined ? 'yyyy-mm-dd' : s === undefined ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd hh:mm:ss';
  return { content: new Date(ms), autoFormat };
}

/** Parses text exactly as if typed into a cell of a spreadsheet in `timeZone`. @forTests Unit-tested directly. */
export function parseTyped(text: string, timeZone: string): ParsedInput {
  assertLength(text);
  if (text === '') return { content: undefined };
  // A leading apostrophe forces text and is not itself stored.
  if (text.startsWith("'")) return { content: text.length > 1 ? text.slice(1) : undefined };
  if (text.startsWith('=')) return { content: new Formula(text) };
  // Fast path for ordinary words: a leading letter other than t/f rules out numbers, booleans and dates.
  if (/^[A-Za-z]/.test(text) && !/^[tTfF]/.test(text)) return { content: text };
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number !== undefined) {
    if (!trimmed.endsWith('%')) return { content: number };
    return { content: number, autoFormat: trimmed.includes('.') ? '0.00%' : '0%' };
  }
  // '+x', '-x' and '@x' that are not numbers are read as formulas, as Sheets does when typed.
  if (/^[+\-@]/.test(text) && text.length > 1) return { content: new Formula(`=${text}`) };
  if (/^(true|false)$/i.test(trimmed)) return { content: trimmed.toLowerCase() === 'true' };
  return parseDate(trimmed, timeZone) ?? { content: text };
}

/** The number format that makes a cell plain text ("Format › Number › Plain text"). */
const PLAIN_TEXT_FORMAT = '@';

function assertLength(text: string): void {
  if (text.length > MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
}

/**
 * A string written into a plain-text cell: stored exactly as given. No formula, number, date or
 * boolean is recognised, and a leading apostrophe is an ordinary, visible character (Sheets only
 * strips it when it parses input, which a plain-text cell does not).
 */
function plainText(text: string): ParsedInput {
  assertLength(text);
  return { content: text === '' ? undefined : text };
}

/**
 * Converts a value written into a cell whose number format is `format` (undefined = automatic)
 * into cell content. Non-string values (numbers, booleans, Dates) are stored as given whatever the
 * format; strings are stored verbatim in a plain-text ('@') cell and parsed as typed otherwise.
 */
export function parseForCell(value: unknown, format: string | undefined, timeZone: string): ParsedInput {
  if (format === PLAIN_TEXT_FORMAT) {
    if (typeof value === 'string') return plainText(value);
    // Anything else that is not a number, boolean or Date becomes its text, still unparsed.
    if (value !== null && value !== undefined && typeof value === 'object' && !isDate(value)) {
      return plainText(String(value));
    }
  }
  return parseInput(value, timeZone);
}

/** Stores a parsed input in one cell, applying the format Sheets picks for it if the cell has none. */
export function storeParsed(sheet: SheetModel, row: number, column: number, parsed: ParsedInput): void {
  sheet.content.set(row, column, parsed.content);
  if (parsed.autoFormat && !sheet.formats.get(row, column)) sheet.formats.set(row, column, parsed.autoFormat);
}

/** Writes `value` into one cell by the cell's own number format (see parseForCell). */
export function writeCell(
  sheet: SheetModel,
  row: number,
  column: number,
  value: unknown,
  timeZone: string,
): void {
  storeParsed(sheet, row, column, parseForCell(value, sheet.formats.get(row, column), timeZone));
}

/**
 * Converts any value into cell content as an automatic-format cell would. Write paths call
 * parseForCell (which honours the cell's format) instead. @forTests Unit-tested directly.
 */
export function parseInput(value: unknown, timeZone: string): ParsedInput {
  if (value === null || value === undefined) return { content: undefined };
  if (typeof value === 'string') return parseTyped(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return { content: value };
  if (isDate(value)) return { content: new Date(value.getTime()) };
  return parseTyped(String(value), timeZone);
}
