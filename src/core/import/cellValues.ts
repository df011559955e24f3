/**
 * One source cell as the value a form would send for a column: numbers and dates read as people type
 * them in the spreadsheet's locale (or taken typed from the sheet), choices matched to their label in
 * any language, everything else as the text shown. The record is then checked by the one validation
 * path (validateRecord), as a form's would be.
 */
import { choiceKeyOf } from '../tables/choiceCaptions';
import type { ColumnSpec, RecordValue } from '../tables/tableSpec';
import type { FieldErrorCode } from '../validation/columnSchema';
import { DEFAULT_CURRENCY, mentionsCurrency, moneyText } from '../validation/money';
import type { TypedCell } from './importGrid';
import { type LocaleConventions, readLocaleDate, readLocaleNumber } from './localeValues';

/** A day-month order of numeric dates, as localeValues reads them. */
export type DateOrder = LocaleConventions['dateOrder'];

/** Why a cell could not be read as its column's type (before any other check). */
export type CellProblem =
  | Extract<FieldErrorCode, 'number' | 'decimalComma' | 'min' | 'max' | 'date' | 'choice'>
  | 'ambiguousDate'
  | 'currency';

/** A cell's value for its column, or why it has none. */
type CellReading =
  | { readonly ok: true; readonly value: RecordValue }
  | { readonly ok: false; readonly problem: CellProblem };

const NUMBER_TYPES = new Set(['integer', 'number', 'currency']);

// A count of days as terms are written: "30 days", "30 araw", "Net 30", "30d".
const DAYS_COUNT = /^(?:net\s*)?(\d{1,4})\s*(?:days?|araw|d)?\.?$/i;

/**
 * A number cell: money in the workbook's currency (its own sign taken, any other refused, the shown
 * text judged even when the sheet holds a number: `₱45.00` formatted in a dollar workbook is no
 * dollar amount; `$` is the dollar of the locale's country); a count or number with no currency.
 */
function numberOf(
  column: ColumnSpec,
  text: string,
  typed: TypedCell,
  conventions: LocaleConventions,
): CellReading {
  const currency = conventions.currency ?? DEFAULT_CURRENCY;
  let amount = text;
  if (column.type === 'currency') {
    const money = moneyText(text, currency, conventions.country);
    if (!money.ok) return { ok: false, problem: money.problem };
    amount = money.text;
  } else if (typeof typed !== 'number' && mentionsCurrency(text, currency, conventions.country)) {
    return { ok: false, problem: 'number' };
  }
  if (typeof typed === 'number') return { ok: true, value: typed };
  if (typed !== null) return { ok: false, problem: 'number' };
  // A percentage is no amount and no count (no column a person fills holds a share).
  if (amount.includes('%')) return { ok: false, problem: 'number' };
  const days = column.type === 'integer' && column.key.endsWith('Days') ? DAYS_COUNT.exec(amount) : null;
  const read = readLocaleNumber(days ? (days[1] as string) : amount, conventions);
  if (read.ok) return { ok: true, value: read.value };
  if (read.problem === 'tooLarge') return { ok: false, problem: 'max' };
  if (read.problem === 'tooSmall') return { ok: false, problem: 'min' };
  return { ok: false, problem: read.problem === 'decimalComma' ? 'decimalComma' : 'number' };
}

function dateOf(text: string, typed: TypedCell, order: DateOrder): CellReading {
  if (typed !== null && typeof typed === 'object') return { ok: true, value: typed.date };
  // A bare number in a date column is no date a person wrote (a serial number shown as a number).
  if (typed !== null) return { ok: false, problem: 'date' };
  const read = readLocaleDate(text, order);
  if (read.ok) return { ok: true, value: read.value };
  return { ok: false, problem: read.problem === 'ambiguousDate' ? 'ambiguousDate' : 'date' };
}

/** What lists write for "nothing here", compared without case or dots. */
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '---',
  '–',
  '—',
  'n/a',
  'na',
  'none',
  'nil',
  'null',
  'wala',
  '?',
  'tba',
  'tbd',
]);

function isPlaceholder(text: string): boolean {
  return text.length <= 6 && PLACEHOLDERS.has(text.toLowerCase().replace(/\./g, ''));
}

/**
 * Reads one cell for `column`: `text` as shown, `typed` the sheet's own value (null for CSV or a
 * text cell), `order` the day-month order the cell's source column proves (see columnDateOrder).
 * Blank is null, and so is a placeholder such as "N/A" or "-" (except in long notes, kept as
 * written); text columns keep the text as shown (a phone stays as typed).
 */
export function readCell(
  column: ColumnSpec,
  text: string,
  typed: TypedCell,
  conventions: LocaleConventions,
  order: DateOrder,
): CellReading {
  const shown = text.trim();
  if (shown === '' && (typed === null || typed === undefined)) return { ok: true, value: null };
  // "N/A", "-", "wala" say the list has nothing there: blank, not a refused e-mail or amount.
  if (column.type !== 'longText' && isPlaceholder(shown)) return { ok: true, value: null };
  if (NUMBER_TYPES.has(column.type)) return numberOf(column, shown, typed ?? null, conventions);
  if (column.type === 'date') return dateOf(shown, typed ?? null, order);
  if (column.type === 'choice') {
    const choice = choiceKeyOf(column, shown);
    return choice === null ? { ok: false, problem: 'choice' } : { ok: true, value: choice };
  }
  return { ok: true, value: text };
}
