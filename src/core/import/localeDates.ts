/**
 * Dates as people type them (issue #12): ISO, numeric in some day-month order, or with an English or
 * Filipino month name, read into ISO `YYYY-MM-DD`. A numeric date that two orders read as two
 * different days is refused rather than guessed, unless the locale or the column says the order
 * (and when the two disagree, it is refused).
 * No dependency and no Date: the calendar check is arithmetic, so no time zone can shift a day.
 */

/** What reading one typed value gave: the value, or why it is not one. */
export type ValueReading<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly problem: 'number' | 'decimalComma' | 'tooLarge' | 'tooSmall' | 'date' | 'ambiguousDate';
    };

type DateOrder = 'DMY' | 'MDY' | 'YMD' | 'unsure';

const NOT_A_DATE: ValueReading<string> = { ok: false, problem: 'date' };
const AMBIGUOUS: ValueReading<string> = { ok: false, problem: 'ambiguousDate' };

// A time after the date (`14:30`, `2:30 pm`, `T14:00:00.5+08:00`) is dropped: the written calendar
// date is kept as written, never shifted by the zone.
const TIME_SUFFIX =
  /(?:,?\s+|T)(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?$/i;
// One separator throughout (`31/12-2026` is not a date); `2026. 12. 31.` is how Hungarian writes it.
const NUMERIC = /^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$/;
const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^(?:\d{2}|\d{4})$/;
// Words around a named date that carry no value: `ika-31 ng Disyembre`, `5th of May`.
const FILLERS = new Set(['ika', 'ng', 'of', 'de', 'the']);

// English, Filipino (with its Spanish-derived spellings) and their short forms; none is shared by
// two months, so every entry is unambiguous.
const MONTHS = new Map<string, number>();
[
  'january jan enero ene',
  'february feb pebrero febrero peb',
  'march mar marso marzo',
  'april apr abril abr',
  'may mayo',
  'june jun hunyo junio hun',
  'july jul hulyo hulio julio hul',
  'august aug agosto ago',
  'september sep sept setyembre septiyembre septyembre setiembre septiembre set',
  'october oct oktubre octubre okt',
  'november nov nobyembre noviembre nob',
  'december dec disyembre diciembre dis',
].forEach((names, index) => {
  for (const name of names.split(' ')) MONTHS.set(name, index + 1);
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO text of a real calendar date, else null. Years before 1000 are typos, not history. */
function calendarIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * A typed year as a full year. Two digits: 00–29 are 2000–2029 and 30–99 are 1930–1999, the window
 * Excel and LibreOffice use by default. Google does not document how Sheets reads them; this is
 * what a person who types `31/12/26` means today, and all that matters is that it stays fixed.
 */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** The text without a trailing time, or null when the time is not one (`25:00`, `14:60`). */
function withoutTime(text: string): string | null {
  const time = TIME_SUFFIX.exec(text);
  if (!time) return text;
  if (Number(time[1]) > 24 || Number(time[2]) > 59) return null;
  return text.slice(0, time.index);
}

/** A numeric date: year first (one reading), or year last with its day-first and month-first readings. */
type NumericDate =
  | { readonly yearFirst: true; readonly iso: string | null }
  | { readonly yearFirst: false; readonly dmy: string | null; readonly mdy: string | null };

/**
 * The numeric date in `text` as `order` reads its shape. Year first with four digits in every order;
 * with two (`26/12/31`) only under 'YMD', where it is never read day- or month-first. Elsewhere
 * `05/06/07` is year last, refused or read in the order rather than read as 2005-06-07.
 */
function numericDate(text: string, order: DateOrder): NumericDate | null {
  const match = NUMERIC.exec(text);
  if (!match) return null;
  const [, first = '', , second = '', third = ''] = match;
  const shortYearFirst = order === 'YMD' && first.length === 2 && third.length <= 2;
  if (first.length === 4 || shortYearFirst) {
    if (third.length > 2) return null;
    return { yearFirst: true, iso: calendarIso(fullYear(first), Number(second), Number(third)) };
  }
  if (first.length > 2 || (third.length !== 2 && third.length !== 4)) return null;
  const year = fullYear(third);
  return {
    yearFirst: false,
    dmy: calendarIso(year, Number(second), Number(first)),
    mdy: calendarIso(year, Number(first), Number(second)),
  };
}

/** The numeric date in typed text (time dropped) as `order` reads its shape, or null for any other text. */
function numericDateIn(text: string, order: DateOrder): NumericDate | null {
  const bare = withoutTime(text.trim());
  return bare === null ? null : numericDate(bare, order);
}

/** `31 Dec 2026`, `Dec. 31, 2026`, `31-Dec-26`, `ika-31 ng Disyembre 2026`, `2026 Dec 31`. */
function namedMonthDate(text: string): string | null {
  const tokens = text
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/[\s/-]+/)
    .filter((token) => token !== '' && !FILLERS.has(token));
  if (tokens.length !== 3) return null;
  const [x = '', y = '', z = ''] = tokens;
  let month = MONTHS.get(y);
  let dayToken = x;
  let yearToken = z;
  if (month !== undefined && /^\d{4}$/.test(x)) {
    dayToken = z;
    yearToken = x;
  } else if (month === undefined) {
    month = MONTHS.get(x);
    dayToken = y;
  }
  const day = DAY_TOKEN.exec(dayToken);
  if (month === undefined || !day || !YEAR_TOKEN.test(yearToken)) return null;
  return calendarIso(fullYear(yearToken), month, Number(day[1]));
}

/** The reading of a year-last numeric date in `order`, falling back to the only other one possible. */
function dayMonthReading(dmy: string | null, mdy: string | null, order: DateOrder): ValueReading<string> {
  if (order === 'DMY' && dmy !== null) return { ok: true, value: dmy };
  if (order === 'MDY' && mdy !== null) return { ok: true, value: mdy };
  // Two different days and nothing to choose between them: refuse, never guess.
  if (dmy !== null && mdy !== null && dmy !== mdy) return AMBIGUOUS;
  const only = dmy ?? mdy;
  return only === null ? NOT_A_DATE : { ok: true, value: only };
}

/**
 * Reads a date as people type it: ISO, numeric in a day-month order, or with a month name. ISO `yyyy-mm-dd`.
 *
 * Accepted: `2026-12-31`, `2026/12/31`, with a time (`2026-12-31T14:00:00+08:00` stays 2026-12-31);
 * `d/m/y`, `d-m-y`, `d.m.y` or `m/d/y` with a 4- or 2-digit year and an optional time; English and
 * Filipino month names, full or short (`Dec 31, 2026`, `31-Dec-26`, `ika-31 ng Disyembre 2026`).
 * A numeric date is read in `order`, or in the only other order that gives a real date
 * (`31/12/2026` under MDY); with 'unsure' (and for year-last dates under 'YMD') one that two
 * orders read as different days (`05/06/2026`) is 'ambiguousDate'. Under 'YMD' a date whose first
 * part has two digits and last part one or two is year first (`26/12/31` is 2026-12-31, with the
 * two-digit-year window of `31/12/26`) and has no other reading; under the other orders it is year
 * last as above. Anything else, impossible dates (`2026-02-30`) included, is 'date'.
 */
export function readLocaleDate(text: string, order: DateOrder): ValueReading<string> {
  const bare = withoutTime(text.trim());
  if (bare === null) return NOT_A_DATE;
  const numeric = numericDate(bare, order);
  if (numeric === null) {
    const iso = namedMonthDate(bare);
    return iso === null ? NOT_A_DATE : { ok: true, value: iso };
  }
  if (!numeric.yearFirst) return dayMonthReading(numeric.dmy, numeric.mdy, order);
  return numeric.iso === null ? NOT_A_DATE : { ok: true, value: numeric.iso };
}

/**
 * The day-month order to read a column's swappable dates in, from the locale's order and what the
 * column's own values prove; 'unsure' (each swappable value refused, never guessed) when they disagree.
 *
 * Only year-last numeric dates count as proof, and only real ones: `31/12/2026` proves DMY,
 * `12/31/2026` MDY, while `05/06/2026`, `31/02/2026`, ISO dates, month names and junk prove
 * nothing (nor, under a 'YMD' locale, `26/12/31`, which it reads year first). A column that proves
 * both orders is 'unsure'. Under a 'DMY' or 'MDY' locale, a column proving the other order is
 * 'unsure' too: en_US with `05/06/2026` and `13/06/2026` reads 13/06/2026 and refuses 05/06/2026.
 * A column that agrees with the locale, or proves nothing, gets the locale's order. Under an
 * 'unsure' or 'YMD' locale, which say nothing about day and month, the proof decides, else the
 * locale's order stands.
 */
export function columnDateOrder(texts: readonly string[], localeOrder: DateOrder): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const numeric = numericDateIn(text, localeOrder);
    if (numeric === null || numeric.yearFirst) continue;
    if (numeric.dmy !== null && numeric.mdy === null) dayFirst = true;
    if (numeric.mdy !== null && numeric.dmy === null) monthFirst = true;
    if (dayFirst && monthFirst) return 'unsure';
  }
  const proven: DateOrder | null = dayFirst ? 'DMY' : monthFirst ? 'MDY' : null;
  if (proven === null || proven === localeOrder) return localeOrder;
  // A locale that states a day-month order, contradicted by the column: two signals, no guess.
  if (localeOrder === 'DMY' || localeOrder === 'MDY') return 'unsure';
  return proven;
}
