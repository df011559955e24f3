/**
 * Day arithmetic for the analyses. A calendar date is parsed once into a day number (whole days since
 * 1970-01-01), so comparisons and differences afterwards are plain integer arithmetic: no Date object
 * per row and no time zone (a YYYY-MM-DD string already names a day in the spreadsheet's zone).
 */

/** Whole days since 1970-01-01 for a calendar date. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1-12) of `year`, Gregorian. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days before the first of each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Leap days in the years 1 … year − 1 of the proleptic Gregorian calendar. */
const leapDaysBefore = (year: number) =>
  Math.floor((year - 1) / 4) - Math.floor((year - 1) / 100) + Math.floor((year - 1) / 400);

const LEAP_DAYS_BEFORE_1970 = leapDaysBefore(1970);

/** The day number of a year, month (1-12) and day already known to be valid. */
function dayFromParts(year: number, month: number, day: number): Day {
  const leapDay = month > 2 && isLeap(year) ? 1 : 0;
  return (
    (year - 1970) * 365 +
    leapDaysBefore(year) -
    LEAP_DAYS_BEFORE_1970 +
    (DAYS_BEFORE_MONTH[month - 1] ?? 0) +
    leapDay +
    day -
    1
  );
}

/**
 * The day number of the strict `YYYY-MM-DD` date at the start of `text`, or null. Used by every date
 * parse below, so '2025-02-30' or '5/3/2025' typed by hand is rejected, not guessed. No allocation:
 * this runs once per date cell, hundreds of thousands of times.
 */
function dayAtStart(text: string): Day | null {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromParts(year, month, day);
}

/** The year, month and day of a strict `YYYY-MM-DD` string that names a real calendar date, or null. */
function isoParts(text: string): [number, number, number] | null {
  if (dayAtStart(text) === null) return null;
  return [digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)];
}

/** The day number of a strict `YYYY-MM-DD` date, or null when it is not one. */
export function parseIsoDay(text: string): Day | null {
  return text.length === 10 ? dayAtStart(text) : null;
}

/**
 * The day number of an ISO instant (`2025-03-04T10:00:00.000Z`) or a plain date, or null. The day is
 * the instant's UTC date: at most a day off the spreadsheet's zone, which is immaterial for staleness
 * counted in weeks; it keeps the parse free of time-zone work.
 */
export function parseIsoInstantDay(text: string): Day | null {
  if (text.length === 10) return dayAtStart(text);
  if (text.length < 11 || text.charCodeAt(10) !== 84 /* T */) return null;
  return dayAtStart(text);
}

const isoCache = new Map<Day, string>();

/**
 * The `YYYY-MM-DD` string of a day number, for output. Reports list many rows on few distinct days,
 * so strings are remembered (a pure cache, cleared when it grows large).
 */
export function dayToIso(day: Day): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size > 50_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** Months since year 0 (year × 12 + month − 1) of a valid ISO date string: XYZ buckets by this. */
export function monthIndexOfIso(iso: string): number {
  return digitsAt(iso, 0, 4) * 12 + digitsAt(iso, 5, 2) - 1;
}

/**
 * The date `months` calendar months from `iso` (negative goes back), the day clamped to the end of a
 * shorter month: 2024-02-29 minus 12 months is 2023-02-28. Throws on a date that is not valid.
 */
export function addMonthsIso(iso: string, months: number): string {
  const parts = isoParts(iso);
  if (!parts) throw new Error(`Not an ISO date: ${iso}`);
  const index = parts[0] * 12 + parts[1] - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(parts[2], daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day number of `asOf`, throwing for a value that is not a date: a caller's mistake, not data. */
export function asOfDay(asOf: string): Day {
  const day = parseIsoDay(asOf);
  if (day === null) throw new Error(`asOf must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(asOf)}`);
  return day;
}
