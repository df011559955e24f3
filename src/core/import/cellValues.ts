/**
 * One source cell as the value a form would send for a column: numbers and dates read as people type
 * them in the spreadsheet's locale (or taken typed from the sheet), choices matched to their label in
 * any language, everything else as the text shown. The record is then checked by the one validation
 * path (validateRecord), as a form's would be.
 */
import { allTranslations } from '../i18n/translate';
import { type ColumnSpec, choiceLabelKey, type RecordValue } from '../tables/tableSpec';
import type { FieldErrorCode } from '../validation/columnSchema';
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

/** Choice text reduced to what tells choices apart: case, accents, spacing and punctuation never do. */
const choiceText = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const choiceIndexes = new WeakMap<ColumnSpec, Map<string, string>>();

/** Each way a choice may be written (its key, its label in every language) → the choice's key. */
function choiceIndex(column: ColumnSpec): Map<string, string> {
  const cached = choiceIndexes.get(column);
  if (cached) return cached;
  const index = new Map<string, string>();
  for (const choice of column.choices ?? []) {
    index.set(choiceText(choice), choice);
    const labels = column.choiceLabelPrefix ? allTranslations(choiceLabelKey(column, choice)) : [];
    for (const label of labels) {
      if (!index.has(choiceText(label))) index.set(choiceText(label), choice);
    }
  }
  choiceIndexes.set(column, index);
  return index;
}

// Suki's amounts are pesos: another currency is refused, never taken as that many pesos.
const FOREIGN_CURRENCY = /US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|JPY|SGD|HKD|AUD|CNY)\b/i;
const PESO = /₱|\bPHP\b|^[-+(]?\s*P(?=\s*\d)/;

// A count of days as terms are written: "30 days", "30 araw", "Net 30", "30d".
const DAYS_COUNT = /^(?:net\s*)?(\d{1,4})\s*(?:days?|araw|d)?\.?$/i;

function numberOf(
  column: ColumnSpec,
  text: string,
  typed: TypedCell,
  conventions: LocaleConventions,
): CellReading {
  if (typeof typed === 'number') return { ok: true, value: typed };
  if (typed !== null) return { ok: false, problem: 'number' };
  if (FOREIGN_CURRENCY.test(text))
    return { ok: false, problem: column.type === 'currency' ? 'currency' : 'number' };
  // A percentage is no amount and no count (no column a person fills holds a share).
  if (text.includes('%')) return { ok: false, problem: 'number' };
  if (column.type !== 'currency' && PESO.test(text)) return { ok: false, problem: 'number' };
  const days = column.type === 'integer' && column.key.endsWith('Days') ? DAYS_COUNT.exec(text) : null;
  const read = readLocaleNumber(days ? (days[1] as string) : text, conventions);
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
    const choice = choiceIndex(column).get(choiceText(shown));
    return choice === undefined ? { ok: false, problem: 'choice' } : { ok: true, value: choice };
  }
  return { ok: true, value: text };
}
