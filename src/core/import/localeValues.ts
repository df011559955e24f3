/**
 * Values as people type them in the spreadsheet's locale (issue #12): `₱1,200,000.50` in Manila,
 * `1.200.000,50` in Berlin, `12 %`, `(1,200.00)`. Locale text is rewritten into one canonical form
 * and read by parseNumberText, so the range checks stay in one place. Dates are in localeDates.ts,
 * re-exported here so an import reads every kind of value from one module.
 */
import { parseNumberText } from '../validation/numbers';
import type { ValueReading } from './localeDates';

export { columnDateOrder, readLocaleDate } from './localeDates';

/** How a spreadsheet locale writes numbers and dates. */
export interface LocaleConventions {
  /** The decimal mark. */
  readonly decimal: '.' | ',';
  /** Day-month order of numeric dates: 'DMY', 'MDY', 'YMD', or 'unsure' where both DMY and MDY are in common use (or the locale is unknown). */
  readonly dateOrder: 'DMY' | 'MDY' | 'YMD' | 'unsure';
  /**
   * The workbook's currency sign amounts are read in (the setting `reports.currencySymbol`, whose
   * default follows the locale; '' for none): another currency is refused. Left out: ₱.
   */
  readonly currency?: string;
  /**
   * The locale's country (ISO 3166: `PH`, `AU`), which says what a sign several currencies write
   * stands for (`$`: Australian dollars in en_AU, US dollars in en_US); left out where not known.
   */
  readonly country?: string;
}

/** What reading a number needs of a locale: its decimal mark, and its country for the currency. */
export type NumberConventions = Pick<LocaleConventions, 'decimal' | 'country'>;

type Decimal = LocaleConventions['decimal'];

const UNKNOWN_LOCALE: LocaleConventions = { decimal: '.', dateOrder: 'unsure' };

// Keyed by language, and by language_REGION where a region differs from its language. A Map, so a
// locale such as `constructor` finds nothing rather than an Object prototype member.
const CONVENTIONS = new Map<string, LocaleConventions>();
function define(codes: string, decimal: Decimal, dateOrder: LocaleConventions['dateOrder']) {
  for (const code of codes.split(' ')) CONVENTIONS.set(code, { decimal, dateOrder });
}
define('de fr es it pt nl ru pl tr id vi da nb fi cs sk ro uk el bg hr sl lv et ca', ',', 'DMY');
define('hu lt sv', ',', 'YMD');
define('th he ms hi', '.', 'DMY');
define('ja zh ko', '.', 'YMD');
// English is written day-first in most of the world and month-first in the US; the Philippines and
// Canada use both, so Suki refuses a swappable date there rather than guess.
define('en fil tl en_PH en_CA es_US', '.', 'unsure');
define('fr_CA', ',', 'unsure');
define('en_US', '.', 'MDY');
define('en_GB en_AU en_IN en_NZ en_IE en_ZA en_SG en_MY en_HK', '.', 'DMY');
define('de_CH it_CH fr_CH es_MX', '.', 'DMY');

// Older and Java-style language codes Apps Script may still report.
const LANGUAGE_ALIASES = new Map([
  ['iw', 'he'],
  ['in', 'id'],
  ['no', 'nb'],
  ['nn', 'nb'],
]);

// Languages spoken in one country only, for a locale without its country part (`fil`, `ja`).
const COUNTRY_OF_LANGUAGE = new Map([
  ['fil', 'PH'],
  ['tl', 'PH'],
  ['ja', 'JP'],
  ['ko', 'KR'],
]);

/** A locale's language (lower case, old codes renamed) and region (upper case, or undefined). */
function localeParts(locale: string): { readonly language: string; readonly region: string | undefined } {
  const parts = locale.trim().split(/[-_]/);
  const code = (parts[0] ?? '').toLowerCase();
  // The region is the first two-letter or three-digit part; a script (`Hant`) is skipped.
  const region = parts.slice(1).find((part) => /^(?:[a-z]{2}|\d{3})$/i.test(part));
  return { language: LANGUAGE_ALIASES.get(code) ?? code, region: region?.toUpperCase() };
}

/**
 * The country of a locale as `Spreadsheet.getSpreadsheetLocale()` reports it: its two-letter region
 * (`en_AU` → `AU`, `zh-Hant-TW` → `TW`), else the one country of its language (`fil` → `PH`); ''
 * when it names none (`en`, `es_419`).
 */
export function localeCountry(locale: string): string {
  const { language, region } = localeParts(locale);
  if (region !== undefined) return /^[A-Z]{2}$/.test(region) ? region : '';
  return COUNTRY_OF_LANGUAGE.get(language) ?? '';
}

/**
 * The conventions of a locale as `Spreadsheet.getSpreadsheetLocale()` reports it (`en_US`, `fil`,
 * `de-CH`, `zh-Hant-TW`; any case): its language_REGION entry, else its language's, else a dot
 * decimal with an 'unsure' date order; with its country (localeCountry) where it names one.
 */
export function localeConventions(locale: string): LocaleConventions {
  const { language, region } = localeParts(locale);
  const regional = region === undefined ? undefined : CONVENTIONS.get(`${language}_${region}`);
  const conventions = regional ?? CONVENTIONS.get(language) ?? UNKNOWN_LOCALE;
  const country = localeCountry(locale);
  return country === '' ? conventions : { ...conventions, country };
}

// Longest first, so `PHP45` is not read as `P` + `HP45`. A capital `P` stands for pesos only before
// digits (`P45,000`, `P 250,000`, as Filipino lists write it), where it cannot start a word.
const LEADING_CURRENCY = /^(?:US\$|USD|PHP|EUR|GBP|JPY|₱|\$|€|£|¥|P(?=\s*\d))/i;
const TRAILING_CURRENCY = /(?:US\$|USD|PHP|EUR|GBP|JPY|₱|\$|€|£|¥)$/i;
const SPACE_GROUP = '[ \\u00A0\\u202F\\u2009]';
const APOSTROPHE_GROUP = "['’]";

function groupedInteger(separator: string): RegExp {
  // The first group has no leading zero: `0,123` is a decimal comma, not 123.
  return new RegExp(`^[1-9]\\d{0,2}(?:${separator}\\d{3})+$`);
}
const GROUPINGS: Record<Decimal, readonly RegExp[]> = {
  '.': [',', SPACE_GROUP, APOSTROPHE_GROUP].map(groupedInteger),
  ',': ['\\.', SPACE_GROUP, APOSTROPHE_GROUP].map(groupedInteger),
};

/** A number's text without its sign, currency, parentheses and percent sign. */
interface Affixes {
  readonly negative: boolean;
  readonly percent: boolean;
  readonly body: string;
}

/** Splits off what surrounds the digits; null when it is contradictory (two signs, two currencies). */
function peelAffixes(text: string): Affixes | null {
  let rest = text.trim().replace(/\u2212/g, '-');
  let signs = 0;
  let negative = false;
  let currencies = 0;
  const percent = rest.endsWith('%');
  if (percent) rest = rest.slice(0, -1).trim();
  const unwrapParentheses = () => {
    if (!/^\(.*\)$/.test(rest)) return;
    signs += 1;
    negative = true;
    rest = rest.slice(1, -1).trim();
  };
  unwrapParentheses();
  const trailing = TRAILING_CURRENCY.exec(rest);
  if (trailing) {
    currencies += 1;
    rest = rest.slice(0, trailing.index).trim();
  }
  // A sign and a currency in either order: `-₱5`, `₱-5`, `₱ -5`.
  for (let step = 0; step < 3; step += 1) {
    const currency = LEADING_CURRENCY.exec(rest);
    if (rest.startsWith('-') || rest.startsWith('+')) {
      signs += 1;
      negative = negative || rest.startsWith('-');
      rest = rest.slice(1).trim();
    } else if (currency && currency[0] !== 'p') {
      currencies += 1;
      rest = rest.slice(currency[0].length).trim();
    } else break;
  }
  // `₱(1,200.00)`; parentheses on top of a sign or of parentheses count twice and are refused.
  unwrapParentheses();
  if (signs > 1 || currencies > 1 || (percent && currencies > 0)) return null;
  return { negative, percent, body: rest };
}

/** A number's digits before and after the decimal mark, and its exponent (`e6`, or ''). */
interface Mantissa {
  readonly whole: string;
  readonly fraction: string;
  readonly exponent: string;
}

/** The digits of a number written with `decimal` and the locale's groups; null for any other text. */
function mantissaOf(body: string, decimal: Decimal): Mantissa | null {
  const exponentAt = body.search(/e[+-]?\d+$/i);
  const digits = exponentAt < 0 ? body : body.slice(0, exponentAt);
  const exponent = exponentAt < 0 ? '' : body.slice(exponentAt);
  const sides = digits.split(decimal);
  if (sides.length > 2) return null;
  const [written = '', fraction = ''] = sides;
  let whole: string;
  if (/^\d*$/.test(written)) whole = written;
  else if (GROUPINGS[decimal].some((grouping) => grouping.test(written))) whole = written.replace(/\D/g, '');
  else return null;
  if (!/^\d*$/.test(fraction) || whole + fraction === '') return null;
  return { whole, fraction, exponent };
}

/** `12` as a percentage is `0.12`: the decimal point moves in the text, so no rounding creeps in. */
function percentOf({ whole, fraction, exponent }: Mantissa): Mantissa {
  const digits = whole + fraction;
  const point = whole.length - 2;
  if (point > 0) return { whole: digits.slice(0, point), fraction: digits.slice(point), exponent };
  return { whole: '0', fraction: '0'.repeat(-point) + digits, exponent };
}

/**
 * Reads a number as people type it in a locale.
 *
 * Accepted around the digits: a currency sign or code before or after (`₱`, `PHP`, `P45,000`, `$`,
 * `US$`, `USD`, `€`, `EUR`, `£`, `GBP`, `¥`, `JPY`), a `+` or `-` on either side of a leading
 * currency, accounting parentheses `(1,200.00)`, a trailing `%` (`12%` is 0.12). Between them: the
 * locale's decimal mark and proper groups of three split by its group mark (`,` or `.`), a space
 * (also U+00A0, U+202F) or an apostrophe. A comma that cannot be a group in a dot locale (`12,50`)
 * is 'decimalComma'; any other text, a bare `1.5` in a comma locale included, is 'number'.
 */
export function readLocaleNumber(
  text: string,
  conventions: Pick<LocaleConventions, 'decimal'>,
): ValueReading<number> {
  const affixes = peelAffixes(text);
  if (!affixes) return { ok: false, problem: 'number' };
  const mantissa = mantissaOf(affixes.body, conventions.decimal);
  if (!mantissa) {
    const commaDecimal =
      conventions.decimal === '.' && affixes.body.includes(',') && mantissaOf(affixes.body, ',') !== null;
    return { ok: false, problem: commaDecimal ? 'decimalComma' : 'number' };
  }
  const { whole, fraction, exponent } = affixes.percent ? percentOf(mantissa) : mantissa;
  const canonical = `${affixes.negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}${exponent}`;
  return parseNumberText(canonical, false);
}
