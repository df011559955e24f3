/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so the generator adds days with
 * `+` and formats each distinct day once instead of building a Date per field.
 */

/** The day number of a calendar date (proleptic Gregorian; month 1..12). */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number as [year, month 1..12, day]. */
export function civilOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The day number of a 'YYYY-MM-DD' date; throws RangeError for anything else. */
export function dayFromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayOf(year, month, day);
  const [y, m, d] = civilOf(dayNumber);
  if (y !== year || m !== month || d !== day) throw new RangeError(`Not a calendar date: ${iso}`);
  return dayNumber;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Cached 'YYYY-MM-DD' texts for days from 1970 to 2109 (a dense array, so lookups stay fast). */
const ISO_CACHE_DAYS = 51_000;
const isoCache: string[] = new Array<string>(ISO_CACHE_DAYS).fill('');

/** 'YYYY-MM-DD' of a day number (years 1000..9999), cached per day. */
export function isoDate(dayNumber: number): string {
  const cacheable = dayNumber >= 0 && dayNumber < ISO_CACHE_DAYS;
  if (cacheable) {
    const cached = isoCache[dayNumber] as string;
    if (cached !== '') return cached;
  }
  const [year, month, day] = civilOf(dayNumber);
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  if (cacheable) isoCache[dayNumber] = iso;
  return iso;
}

const timeCache: string[] = new Array<string>(86_400).fill('');

/** The ISO instant (as Date#toISOString writes it) `secondOfDay` seconds (0..86399) into a UTC day. */
export function isoInstant(dayNumber: number, secondOfDay: number): string {
  let time = timeCache[secondOfDay] as string;
  if (time === '') {
    const hours = Math.floor(secondOfDay / 3600);
    const minutes = Math.floor((secondOfDay % 3600) / 60);
    time = `T${pad2(hours)}:${pad2(minutes)}:${pad2(secondOfDay % 60)}.000Z`;
    timeCache[secondOfDay] = time;
  }
  return isoDate(dayNumber) + time;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. @forTests Unit-tested directly. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** A day in [low, high) near `dayNumber` away from Saturday and Sunday (to Monday, else back to Friday). */
export function workingDay(dayNumber: number, low: number, high: number): number {
  const weekday = weekdayOf(dayNumber);
  if (weekday !== 0 && weekday !== 6) return dayNumber;
  const monday = dayNumber + (weekday === 6 ? 2 : 1);
  if (monday < high) return monday;
  const friday = dayNumber - (weekday === 6 ? 1 : 2);
  return friday >= low ? friday : dayNumber;
}

/** The day numbers on which each of the `count` calendar months ending with `lastDay`'s month start. */
export function monthStarts(lastDay: number, count: number): number[] {
  const [year, month] = civilOf(lastDay);
  const starts: number[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    starts.push(dayOf(Math.floor(index / 12), (index % 12) + 1, 1));
  }
  return starts;
}
