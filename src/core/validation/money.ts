/**
 * Money as people type it, in the workbook's currency (issue #14): the analysis setting
 * `reports.currencySymbol` (src/core/analysis/settings.ts), whose default follows the spreadsheet's
 * locale. The setting may be a sign or a code, in any case (`₱`, `PHP`, `Php`; `$`, `US$`, `USD`):
 * either way the currency's sign and codes are all taken (`₱`, `PHP` and `P45,000` in a peso
 * workbook; a sign Suki does not know, such as `S/`, as the setting writes it). A sign several
 * currencies write means the one of the spreadsheet locale's country: `$` is US dollars in en_US and
 * en_PH, Australian dollars in en_AU (where `AUD 45` and `A$45` are the workbook's own and `USD 45`
 * is not), as Sheets' own currency format shows `$` in each of those locales. Any other currency's
 * sign or code is refused: `$45` is never taken as 45 pesos, nor `₱45` as 45 dollars. A form's and
 * an import's reader both start here, then read the bare amount (readLocaleNumber).
 */

/** The currency where nothing says otherwise (tests, callers that type no money): Suki's first, pesos. */
export const DEFAULT_CURRENCY = '₱';

/**
 * The currency amounts are read in: the workbook's sign ('' when it has none), or null where it is
 * not known yet (a page before the server said): then any one sign is read, and the server, which
 * reads the setting, judges the amount again.
 */
export type MoneyCurrency = string | null;

/** Typed money without its currency: the bare amount's text (sign kept), or why it is refused. */
type MoneyText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'currency' | 'number' };

// Each currency's own signs besides its ISO 4217 code: signs no other currency writes.
const SIGNS_OF_CODE = new Map<string, readonly string[]>([
  ['PHP', ['₱']],
  ['USD', ['US$']],
  ['AUD', ['A$', 'AU$']],
  ['CAD', ['C$', 'CA$']],
  ['NZD', ['NZ$']],
  ['MXN', ['MX$']],
  ['SGD', ['S$']],
  ['HKD', ['HK$']],
  ['TWD', ['NT$']],
  ['BRL', ['R$']],
  ['EUR', ['€']],
  ['GBP', ['£']],
  ['CNY', ['RMB']],
  ['KRW', ['₩']],
  ['INR', ['₹', 'Rs']],
  ['IDR', ['Rp']],
  ['MYR', ['RM']],
  ['THB', ['฿']],
  ['VND', ['₫']],
  ['RUB', ['₽']],
  ['TRY', ['₺']],
  ['ILS', ['₪']],
  ['NGN', ['₦']],
  ['ZAR', ['R']],
  ['PLN', ['zł']],
]);

/**
 * Signs several currencies write: the currency each country means by it (the second part of a
 * Sheets locale, ISO 3166), and the one meant elsewhere (null: none, so only the sign itself is
 * taken, as the setting writes it).
 */
const SHARED_SIGNS = new Map<
  string,
  { readonly byCountry: Readonly<Record<string, string>>; readonly elsewhere: string | null }
>([
  [
    '$',
    {
      byCountry: {
        US: 'USD',
        AU: 'AUD',
        CA: 'CAD',
        NZ: 'NZD',
        MX: 'MXN',
        SG: 'SGD',
        HK: 'HKD',
        TW: 'TWD',
        AR: 'ARS',
        CL: 'CLP',
        CO: 'COP',
      },
      elsewhere: 'USD',
    },
  ],
  ['¥', { byCountry: { JP: 'JPY', CN: 'CNY' }, elsewhere: null }],
  ['kr', { byCountry: { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' }, elsewhere: null }],
]);

// Currencies written in letters, and the common ISO 4217 codes; every sign character (\p{Sc}: $, €,
// ₱, ¥…) counts too. Letters before digits: `P45,000` (pesos, a capital P only), `R45` (rand).
const LETTER_SIGNS = [
  ...'US$ A$ AU$ C$ CA$ NZ$ S$ HK$ NT$ R$ MX$'.split(' '),
  ...'RM Rp Rs RMB kr zł Kč Ft Fr. Fr S/ CHF'.split(' '),
];
const ISO_CODES = (
  'PHP USD EUR GBP JPY CNY SGD HKD TWD AUD CAD NZD MXN BRL ARS CLP COP PEN CHF SEK NOK DKK ISK ' +
  'PLN CZK HUF RON BGN RUB UAH TRY ILS AED SAR QAR KWD EGP ZAR NGN KES INR PKR BDT LKR NPR IDR MYR ' +
  'THB VND KRW MMK KHR BND'
).split(' ');
const KNOWN_CODES = new Set([...ISO_CODES, ...SIGNS_OF_CODE.keys()]);

const lower = (text: string) => text.toLowerCase();

/** What a shared `sign` means in `country` ('' for none known). */
function sharedMeaning(sign: string, country: string): string | null | undefined {
  const shared = SHARED_SIGNS.get(sign);
  return shared ? (shared.byCountry[country] ?? shared.elsewhere) : undefined;
}

/**
 * The ISO code of the currency a setting names in `country`: the code itself (any case), a shared
 * sign's meaning there, or the code of one of its own signs; null for a sign Suki does not know or
 * a shared sign the country does not settle.
 */
function codeOf(setting: string, country: string): string | null {
  const upper = setting.toUpperCase();
  if (KNOWN_CODES.has(upper)) return upper;
  for (const sign of SHARED_SIGNS.keys()) {
    if (lower(sign) === lower(setting)) return sharedMeaning(sign, country) ?? null;
  }
  for (const [code, signs] of SIGNS_OF_CODE)
    if (signs.some((sign) => lower(sign) === lower(setting))) return code;
  return null;
}

/**
 * Everything that writes the workbook's currency: the setting as written, and when Suki knows the
 * currency its code, its own signs and a shared sign the country means it by (`$` for AUD in AU).
 */
function currencyTokens(setting: string, country = ''): readonly string[] {
  if (setting === '') return [];
  const code = codeOf(setting, country);
  if (code === null) return [setting];
  const shared = [...SHARED_SIGNS.keys()].filter((sign) => sharedMeaning(sign, country) === code);
  const tokens = [setting, code, ...(SIGNS_OF_CODE.get(code) ?? []), ...shared];
  return tokens.filter((token, i) => tokens.findIndex((other) => lower(other) === lower(token)) === i);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A token's pattern matching its letters in either case (`PHP`, `Php`, `php`). */
const caseless = (token: string) =>
  Array.from(token)
    .map((c) => (c.toLowerCase() === c.toUpperCase() ? escaped(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join('');

const NOT_AFTER_LETTER = '(?<!\\p{L})';
const NOT_BEFORE_LETTER = '(?!\\p{L})';
const BEFORE_DIGITS = '(?=\\s*[\\d.])';

/** How one currency is found in typed text: at the start, at the end, anywhere. */
interface Matcher {
  readonly lead: RegExp;
  readonly trail: RegExp;
  readonly anywhere: RegExp;
  /** Every mention, in order (global). */
  readonly each: RegExp;
  /** A mention just at `lastIndex` (sticky). */
  readonly at: RegExp;
}

/** A matcher of `tokens` (any case), and of `letters` (as written) where they stand before digits. */
function matcherOf(tokens: readonly string[], letters: readonly string[], signs: boolean): Matcher | null {
  // A token that starts (ends) with a letter is no part of a longer word: `PHP` in `PHPX` is none.
  const bounded = (token: string, pattern: string) =>
    `${/^\p{L}/u.test(token) ? NOT_AFTER_LETTER : ''}${pattern}${/\p{L}$/u.test(token) ? NOT_BEFORE_LETTER : ''}`;
  const alternatives = [...tokens]
    .sort((a, b) => Array.from(b).length - Array.from(a).length)
    .map((token) => bounded(token, caseless(token)));
  for (const letter of letters) alternatives.push(`${NOT_AFTER_LETTER}${letter}${BEFORE_DIGITS}`);
  if (signs) alternatives.push('\\p{Sc}');
  if (alternatives.length === 0) return null;
  const token = `(?:${alternatives.join('|')})`;
  return {
    // A sign or parenthesis may stand before a leading currency: `-₱5`, `(₱1,200.00)`.
    lead: new RegExp(`^([-+(\\u2212]?\\s*)${token}\\s*`, 'u'),
    // …and a closing parenthesis after a trailing one: `(1,200.00 PHP)`.
    trail: new RegExp(`\\s*${token}(\\s*\\))?$`, 'u'),
    anywhere: new RegExp(token, 'u'),
    each: new RegExp(token, 'gu'),
    at: new RegExp(token, 'uy'),
  };
}

const ANY_CURRENCY = matcherOf([...ISO_CODES, ...LETTER_SIGNS], ['P', 'R'], true) as Matcher;

const matchers = new Map<string, Matcher | null>();

/** The workbook's own currency as `setting` names it in `country`; null for a workbook without a sign. */
function ownMatcher(setting: string, country: string): Matcher | null {
  const key = `${setting}\u0000${country}`;
  const cached = matchers.get(key);
  if (cached !== undefined) return cached;
  // A capital P before the digits is how Filipino lists write pesos (`P45,000`).
  const letters = setting !== '' && codeOf(setting, country) === 'PHP' ? ['P'] : [];
  const matcher = matcherOf(currencyTokens(setting, country), letters, false);
  matchers.set(key, matcher);
  return matcher;
}

/** `text` without one currency at its start or its end (the sign before it kept); null when it has none there. */
function strip(text: string, matcher: Matcher): string | null {
  const lead = matcher.lead.exec(text);
  if (lead) return `${lead[1] ?? ''}${text.slice(lead[0].length)}`;
  const trail = matcher.trail.exec(text);
  if (trail) return `${text.slice(0, trail.index)}${(trail[1] ?? '').trim()}`;
  return null;
}

/**
 * Typed money's amount without its currency: one mention of `currency` (see MoneyCurrency; a sign
 * several currencies share read as `country`'s, see the module's comment) before or after the digits
 * is taken away. Another currency anywhere is 'currency'; the workbook's own twice is 'number'. The
 * text left is the amount to read, as typed otherwise.
 */
export function moneyText(text: string, currency: MoneyCurrency, country = ''): MoneyText {
  const typed = text.trim();
  const own = currency === null ? ANY_CURRENCY : ownMatcher(currency, country);
  const rest = own ? strip(typed, own) : null;
  const left = rest ?? typed;
  const foreign = [...left.matchAll(ANY_CURRENCY.each)].some((mention) => !isOwn(left, mention, own));
  if (foreign) return { ok: false, problem: 'currency' };
  if (own?.anywhere.test(left) || ANY_CURRENCY.anywhere.test(left)) return { ok: false, problem: 'number' };
  return { ok: true, text: left.trim() };
}

/** Whether a currency found in `text` is the workbook's own: its own sign or code, all of it. */
function isOwn(text: string, mention: RegExpMatchArray, own: Matcher | null): boolean {
  if (!own) return false;
  own.at.lastIndex = mention.index ?? 0;
  return own.at.exec(text)?.[0] === mention[0];
}

/**
 * Whether `text` names a currency at all, the workbook's own `currency` (in `country`) included (a
 * count holds none).
 */
export function mentionsCurrency(text: string, currency: MoneyCurrency, country = ''): boolean {
  const own = currency === null ? null : ownMatcher(currency, country);
  return ANY_CURRENCY.anywhere.test(text) || Boolean(own?.anywhere.test(text));
}
