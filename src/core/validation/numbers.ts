/**
 * Typed numbers: the largest amount Suki accepts, and how text typed into a form, pasted as CSV or
 * shown by another sheet becomes a number. No dependency, so the analyses and pages can use it too.
 *
 * A comma is a thousands separator only between proper groups of three digits (`1,250`,
 * `12,500.75`); any other comma (`12,50`, `1,2,3`) is refused, never read as `1250` or `12.5`.
 */

/**
 * The largest magnitude of a currency, number or integer field without a bound of its own: one
 * trillion. Far above any real amount, and small enough that a sum over a whole spreadsheet of such
 * amounts (a spreadsheet holds at most 10 million cells: at most 1e19) or amount × days late stays
 * finite, so no analysis can reach Infinity. Integers are also safe integers below it.
 */
export const MAX_ABS_AMOUNT = 1e12;

/** Why typed text is not a number: junk, a comma that is not a thousands separator, out of range. */
type NumberTextProblem = 'number' | 'decimalComma' | 'tooLarge' | 'tooSmall';

/** The number typed text stands for, or why it stands for none. */
type NumberTextResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: NumberTextProblem };

const SIGNED = /^([+-]?)\s*(?:(₱|PHP)\s*)?([+-]?)(.*)$/i;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const COMMA_NUMBER_LIKE = /^[\d.]*,[\d.,]*$/;

/**
 * Reads typed text as a number. Accepted: `1250`, `1250.5`, `.5`, `1e6`, `1,250`, `12,500.75`, a
 * leading `+` or `-`, and — when `currencySign` — a leading `₱` or `PHP` with optional spaces
 * (`₱1,250.00`, `PHP 1,250`, `-₱5`); spaces only around the whole and after a sign or currency.
 * Refused: a comma outside groups of three (`decimalComma`, `1.250,00` too), `Infinity`, `NaN`,
 * two signs, spaces between digits (`1 250`: 1250 or 1.250?), and exponents a double cannot hold (`1e400` is
 * `tooLarge`, `-1e400` `tooSmall`, `1e-400` is junk rather than silently 0). `-0` reads as 0.
 */
export function parseNumberText(text: string, currencySign = false): NumberTextResult {
  const match = SIGNED.exec(text.trim());
  if (!match) return { ok: false, problem: 'number' };
  const [, before = '', currency, after = '', body = ''] = match;
  if ((before && after) || (currency && !currencySign)) return { ok: false, problem: 'number' };
  const sign = before || after;
  let digits: string;
  if (PLAIN.test(body)) digits = body;
  else if (GROUPED.test(body)) digits = body.replace(/,/g, '');
  else return { ok: false, problem: COMMA_NUMBER_LIKE.test(body) ? 'decimalComma' : 'number' };
  const value = Number(`${sign}${digits}`);
  if (value === Number.POSITIVE_INFINITY) return { ok: false, problem: 'tooLarge' };
  if (value === Number.NEGATIVE_INFINITY) return { ok: false, problem: 'tooSmall' };
  if (!Number.isFinite(value)) return { ok: false, problem: 'number' };
  const mantissa = digits.replace(/e.*$/i, '');
  if (value === 0 && /[1-9]/.test(mantissa)) return { ok: false, problem: 'number' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** `n` as a person reads it in a message: whole numbers of five digits or more grouped (20,000). */
export function readableNumber(n: number): string {
  const text = String(Math.abs(n));
  if (!/^\d{5,}$/.test(text)) return String(n);
  return `${n < 0 ? '-' : ''}${text.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}
