/**
 * How a form's typed date, amount or number becomes a value (issue #14), with the readers the
 * import uses (readLocaleDate and readLocaleNumber of src/core/import/localeValues.ts), so a form,
 * an edit, My day and an import read text the same way and the validation has one path. Numbers
 * follow the spreadsheet locale's conventions as the import does (`1.000 €` is a thousand euros in
 * de_DE, `1,000` a thousand pesos in en_PH). Forms state one date format, DATE_FORMAT; they also
 * take the unambiguous forms a person types (`31/12/2026`, `Dec 31, 2026`) and refuse one that two
 * day-month orders read as different days (`05/06/2026`), never guessing.
 */
import { type NumberConventions, readLocaleDate, readLocaleNumber } from '../import/localeValues';
import { DEFAULT_CURRENCY, type MoneyCurrency, mentionsCurrency, moneyText } from './money';
import { parseNumberText } from './numbers';

/** The date format every form field states and every sheet shows (`yyyy-mm-dd`, columnFormats.ts). */
export const DATE_FORMAT = { pattern: 'YYYY-MM-DD', example: '2026-12-31' } as const;

/**
 * How numbers are read where the caller names no locale: a decimal dot, no country (as before the
 * locale was passed in; every server path that types numbers passes it).
 */
export const DOT_NUMBERS: NumberConventions = { decimal: '.' };

/**
 * The locale's number conventions a form's text is read in; null where they are not known (a page
 * the server did not tell): then a number two decimal marks read differently (`1.500`, `1,500`) is
 * refused as 'ambiguousNumber' rather than read as either.
 */
export type TypedNumbers = NumberConventions | null;

/** Why typed text is no date or no amount; each is also a field error code. */
type TypedValueProblem =
  | 'date'
  | 'ambiguousDate'
  | 'number'
  | 'decimalComma'
  | 'decimalPoint'
  | 'ambiguousNumber'
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

/** A reader's problem as a form's. */
function formProblem(problem: string): TypedReading<number> {
  if (problem === 'tooLarge') return { ok: false, problem: 'max' };
  if (problem === 'tooSmall') return { ok: false, problem: 'min' };
  return { ok: false, problem: problem === 'decimalComma' ? 'decimalComma' : 'number' };
}

/**
 * Bare digits (no currency, no percent) read as `decimal` writes them, by the import's reader. In a
 * dot locale a form also refuses what forms always have (parseNumberText: spaces between digits,
 * accounting parentheses), so the number read is always the import's, and no refusal is lost.
 */
function readDigits(text: string, decimal: NumberConventions['decimal']): TypedReading<number> {
  if (decimal === '.') {
    const strict = parseNumberText(text, false);
    if (!strict.ok) return formProblem(strict.problem);
  }
  const read = readLocaleNumber(text, { decimal });
  if (read.ok) return read;
  if (read.problem !== 'number') return formProblem(read.problem);
  // A comma locale's `1.5` or `12.50`: a decimal dot, which the spreadsheet writes as a comma.
  if (decimal === ',' && text.includes('.') && readLocaleNumber(text, { decimal: '.' }).ok) {
    return { ok: false, problem: 'decimalPoint' };
  }
  return { ok: false, problem: 'number' };
}

/** Bare digits in the locale's conventions, or in both marks where they are not known (TypedNumbers). */
function readTypedDigits(text: string, numbers: TypedNumbers): TypedReading<number> {
  if (numbers !== null) return readDigits(text, numbers.decimal);
  const dot = readDigits(text, '.');
  const comma = readDigits(text, ',');
  if (dot.ok && comma.ok && dot.value !== comma.value) return { ok: false, problem: 'ambiguousNumber' };
  if (dot.ok || !comma.ok) return dot;
  return comma;
}

/**
 * Typed text as an amount in the workbook's `currency` (money.ts; a shared sign read as the
 * country's of `numbers`), read by readLocaleNumber in the locale's conventions as the import reads
 * it: in pesos (en_PH) `45000`, `45,000`, `₱45,000`, `PHP 45,000.50`, `P45,000`, `45,000 PHP`; in
 * dollars `$45`, `US$ 45`, `USD 45`; in euros (de_DE) `1.000 €`, `1.234,50`. Another currency (`$45`
 * in pesos, `₱45` in dollars) is 'currency', a percentage 'percent'; a comma that is no thousands
 * separator in a dot locale 'decimalComma', a decimal dot in a comma locale 'decimalPoint'.
 */
export function readTypedAmount(
  text: string,
  currency: MoneyCurrency = DEFAULT_CURRENCY,
  numbers: TypedNumbers = DOT_NUMBERS,
): TypedReading<number> {
  const money = moneyText(text, currency, numbers?.country);
  if (!money.ok) return money;
  if (money.text.includes('%')) return { ok: false, problem: 'percent' };
  return readTypedDigits(money.text, numbers);
}

/**
 * Typed text as a count or another number that is no amount, in the locale's conventions as the
 * import reads it: any currency, the workbook's own included, and a percentage are 'number'.
 */
export function readTypedNumber(
  text: string,
  currency: MoneyCurrency = DEFAULT_CURRENCY,
  numbers: TypedNumbers = DOT_NUMBERS,
): TypedReading<number> {
  if (text.includes('%') || mentionsCurrency(text, currency, numbers?.country)) {
    return { ok: false, problem: 'number' };
  }
  return readTypedDigits(text.trim(), numbers);
}
