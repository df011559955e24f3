/**
 * How a form's typed date or amount becomes a value (issue #14), with the readers the import uses
 * (readLocaleDate of src/core/import/localeValues.ts, parseNumberText), so a form, an edit, My day
 * and an import read text the same way and the validation has one path. Forms state one date
 * format, DATE_FORMAT; they also take the unambiguous forms a person types (`31/12/2026`, `Dec 31, 2026`) and refuse one that two
 * day-month orders read as different days (`05/06/2026`), never guessing.
 */
import { readLocaleDate } from '../import/localeValues';
import { parseNumberText } from './numbers';

/** The date format every form field states and every sheet shows (`yyyy-mm-dd`, columnFormats.ts). */
export const DATE_FORMAT = { pattern: 'YYYY-MM-DD', example: '2026-12-31' } as const;

/** Why typed text is no date or no amount; each is also a field error code. */
type TypedValueProblem =
  | 'date'
  | 'ambiguousDate'
  | 'number'
  | 'decimalComma'
  | 'currency'
  | 'percent'
  | 'max'
  | 'min';

type TypedReading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: TypedValueProblem };

// The day-month order is not known where Suki is used (en_PH writes both), so a swappable date is
// refused, as the import refuses it under an 'unsure' locale.
const FORM_DATE_ORDER = 'unsure';

/** Typed text as an ISO date (`YYYY-MM-DD`): ISO, or any unambiguous form readLocaleDate reads. */
export function readTypedDate(text: string): TypedReading<string> {
  const read = readLocaleDate(text, FORM_DATE_ORDER);
  if (read.ok) return read;
  return { ok: false, problem: read.problem === 'ambiguousDate' ? 'ambiguousDate' : 'date' };
}

// Suki's amounts are pesos: another currency is refused, never taken as that many pesos (the
// import's rule, src/core/import/cellValues.ts).
const FOREIGN_CURRENCY = /US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|JPY|SGD|HKD|AUD|CNY)\b/i;
// How Filipino lists write pesos besides `₱` and `PHP`: a capital `P` before the digits (`P45,000`),
// where it cannot start a word, and the sign or code after the amount (`45,000 PHP`).
const CAPITAL_P = /^([+-]?\s*)P(?=\s*[\d.])/;
const TRAILING_PESO = /^([^₱]*?\d)\s*(?:₱|PHP)$/i;

/**
 * Typed text as an amount in pesos, read by parseNumberText (as the import reads it): `45000`,
 * `45,000`, `₱45,000`, `PHP 45,000.50`, `P45,000`, `45,000 PHP`. Another currency (`$45`, `EUR 45`)
 * is 'currency', a percentage 'percent'; a comma that is no thousands separator 'decimalComma'.
 */
export function readTypedAmount(text: string): TypedReading<number> {
  if (FOREIGN_CURRENCY.test(text)) return { ok: false, problem: 'currency' };
  if (text.includes('%')) return { ok: false, problem: 'percent' };
  const pesos = text.trim().replace(CAPITAL_P, '$1₱').replace(TRAILING_PESO, '₱$1');
  const read = parseNumberText(pesos, true);
  if (read.ok) return read;
  if (read.problem === 'tooLarge') return { ok: false, problem: 'max' };
  if (read.problem === 'tooSmall') return { ok: false, problem: 'min' };
  return { ok: false, problem: read.problem };
}
