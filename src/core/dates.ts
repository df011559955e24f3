/**
 * Calendar dates in a named time zone, with Intl only, so the same code runs in Node, the browser
 * and Apps Script's V8 without a service call per cell.
 *
 * A date is read as the calendar day its instant falls on in the zone, never by arithmetic on the
 * instant: a day is not always 24 hours long, and in some zones (America/Santiago, America/Havana,
 * Asia/Beirut, …) it does not even start at 00:00, because the clocks jump from 23:59:59 to
 * 01:00:00. Only ES2017 features are used (Intl.DateTimeFormat#formatToParts, Map), so the
 * server bundle stays within what Apps Script provides.
 */

const HOUR_MS = 3_600_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

/** The wall-clock fields of epoch milliseconds `ms` in `timeZone`. */
function wallClock(ms: number, timeZone: string): WallClock {
  const fields: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type in fields) fields[part.type as keyof WallClock] = Number(part.value);
  }
  // Some ICU builds print midnight as hour 24 despite h23; it is still the same calendar day.
  fields.hour %= 24;
  return fields;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isoOf = (wall: WallClock) => `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;

/** Milliseconds `timeZone` is ahead of UTC at whole second `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms;
}

/** How many minutes `timeZone` is ahead of UTC at instant `ms` (negative west of Greenwich). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  return Math.round(offsetAt(Math.floor(ms / 1000) * 1000, timeZone) / 60_000);
}

/**
 * Memos of isoDateInZone and startOfDateInZone: a sheet repeats the same dates on many rows, and
 * Intl is slow (a few microseconds a call in Node, more in Apps Script).
 */
const daysOfInstants = new Map<string, Map<number, string>>();
const dayStarts = new Map<string, number>();
const MEMO_SIZE = 10_000;

/** True for a Date from any realm (a node:vm context or Apps Script), unlike `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}

/**
 * The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. Read from the zone's wall
 * clock, so any instant within the day gives that day: the day's first instant (01:00 on a day whose
 * midnight was skipped), local midnight, or a few hours later.
 */
export function isoDateInZone(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  let zone = daysOfInstants.get(timeZone);
  if (!zone) {
    zone = new Map();
    daysOfInstants.set(timeZone, zone);
  }
  let iso = zone.get(ms);
  if (iso === undefined) {
    iso = isoOf(wallClock(ms, timeZone));
    if (zone.size >= MEMO_SIZE) zone.clear();
    zone.set(ms, iso);
  }
  return iso;
}

/**
 * The first instant of calendar date `isoDate` (YYYY-MM-DD) in `timeZone`: local midnight, or, on a
 * day whose clocks jump from 23:59:59 to 01:00 (Chile, Cuba, Lebanon, Brazil before 2019, …), the
 * instant of the jump, which the zone's clocks read as 01:00 of that day. Where local midnight
 * happens twice (clocks go back from 01:00 to 00:00, or from 00:01 to 23:01 of the day before), the
 * first. So `isoDateInZone(startOfDateInZone(d, z), z) === d` for every day that exists in the zone;
 * for a day the zone skipped altogether (Pacific/Apia's 2011-12-30) it is the start of the next day.
 */
export function startOfDateInZone(isoDate: string, timeZone: string): Date {
  const key = `${timeZone} ${isoDate}`;
  const known = dayStarts.get(key);
  if (known !== undefined) return new Date(known);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // Compared as text, so normalised as Date.UTC reads it ('2026-9-6' or '2026-02-30' included).
  const iso = new Date(midnightAsUtc).toISOString().slice(0, 10);
  // Offsets and their changes fall on whole seconds, so "a second earlier" is the instant before.
  const readsDayOrLater = (ms: number) => isoOf(wallClock(ms, timeZone)) >= iso;
  // Zones are between 12 hours behind and 14 ahead of UTC, so 15 hours before midnight-as-UTC every
  // zone reads an earlier day, and 13 hours after it this day or a later one.
  let before = midnightAsUtc - 15 * HOUR_MS;
  let after = midnightAsUtc + 13 * HOUR_MS;
  let start: number | undefined;
  // Local midnight under the offset in force before the day. If the clocks read 00:00:00 then, the
  // offset has not changed since (no zone changes twice within a day), so that is the day's first
  // instant, also where midnight comes twice; if they read later (they jumped 00:00 → 01:00), it is
  // when a second earlier still read the day before.
  const early = midnightAsUtc - offsetAt(before, timeZone);
  const earlyWall = wallClock(early, timeZone);
  const earlyIso = isoOf(earlyWall);
  const atMidnight = earlyWall.hour === 0 && earlyWall.minute === 0 && earlyWall.second === 0;
  if (earlyIso === iso && atMidnight) start = early;
  else if (earlyIso >= iso && !readsDayOrLater(early - 1000)) start = early;
  else {
    // The clocks went back at midnight (00:00 → 23:00): local midnight under the later offset.
    const late = midnightAsUtc - offsetAt(after, timeZone);
    if (readsDayOrLater(late) && !readsDayOrLater(late - 1000)) start = late;
  }
  if (start === undefined) {
    // Not seen in 1970–2100, kept for any other rule: bisect to the second the day begins.
    while (after - before > 1000) {
      const middle = before + Math.floor((after - before) / 2000) * 1000;
      if (readsDayOrLater(middle)) after = middle;
      else before = middle;
    }
    start = after;
  }
  if (dayStarts.size >= MEMO_SIZE) dayStarts.clear();
  dayStarts.set(key, start);
  return new Date(start);
}
