/**
 * How a form's typed date or amount becomes a value (issue #14), with the readers the import uses
 * (readLocaleDate of src/core/import/localeValues.ts, parseNumberText), so a form, an edit, My day
 * and an import read text the same way and the validation has one path. Forms state one date
 * format, DATE_FORMAT; they also take the unambiguous forms a person types (`31/12/2026`, `Dec 31, 2026`) and refuse one that two
 * day-month orders read as different days (`05/06/2026`), never guessing.
 */
import { readLocaleDate } from '../import/localeValues';
import { DEFAULT_CURRENCY, type MoneyCurrency, moneyText } from './money';
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

/**
 * Typed text as an amount in the workbook's `currency` (money.ts), read by parseNumberText as the
 * import reads it: in pesos `45000`, `45,000`, `₱45,000`, `PHP 45,000.50`, `P45,000`, `45,000 PHP`;
 * in dollars `$45`, `US$ 45`, `USD 45`. Another currency (`$45` in pesos, `₱45` in dollars) is
 * 'currency', a percentage 'percent'; a comma that is no thousands separator 'decimalComma'.
 */
export function readTypedAmount(
  text: string,
  currency: MoneyCurrency = DEFAULT_CURRENCY,
): TypedReading<number> {
  const money = moneyText(text, currency);
  if (!money.ok) return money;
  if (money.text.includes('%')) return { ok: false, problem: 'percent' };
  const read = parseNumberText(money.text, false);
  if (read.ok) return read;
  if (read.problem === 'tooLarge') return { ok: false, problem: 'max' };
  if (read.problem === 'tooSmall') return { ok: false, problem: 'min' };
  return { ok: false, problem: read.problem };
}
