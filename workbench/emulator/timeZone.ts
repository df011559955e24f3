/** Wall-clock arithmetic in IANA time zones, done with Intl so no tz database is bundled. */

/** The wall-clock reading of an instant in a zone. */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // zone offset from UTC; not always whole (Africa/Monrovia before 1972)
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone and UTC day: the offset in ms all day, or NaN when the offset changes that day. */
const dayOffsets = new Map<string, Map<number, number>>();
/** Per zone and quarter hour of a day with a change: the offset in ms, or NaN when it changes within it. */
const offsets = new Map<string, Map<number, number>>();
/** Almost every offset change falls on a quarter hour, so one lookup usually serves each quarter hour. */
const QUARTER_HOUR = 15 * 60000;
const HOUR = 3600000;
const DAY = 24 * HOUR;
/** Entries a zone's cache keeps before it starts again (a bound on memory, not on correctness). */
const CACHE_LIMIT = 100_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds `timeZone` is ahead of UTC at whole second `at`, straight from Intl. */
function offsetAtSecond(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - at;
}

function zoneCache(caches: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let zone = caches.get(timeZone);
  if (!zone) {
    zone = new Map();
    caches.set(timeZone, zone);
  }
  if (zone.size > CACHE_LIMIT) zone.clear();
  return zone;
}

/**
 * Milliseconds `timeZone` is ahead of UTC at instant `ms`. Intl is slow, so results are cached: per
 * UTC day when the offset at its start, noon and last second agree (no zone has changed its clocks
 * and back again within half a day), else per quarter hour of that day. A quarter hour
 * whose two ends disagree holds a change off the quarter hour (America/Goose_Bay changed at 00:01
 * until 2010, Africa/Monrovia at 00:44:30 in 1972): there each second is asked, since offsets
 * change on whole seconds.
 */
function offsetMs(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY);
  const days = zoneCache(dayOffsets, timeZone);
  let allDay = days.get(day);
  if (allDay === undefined) {
    const start = offsetAtSecond(day * DAY, timeZone);
    const same =
      start === offsetAtSecond(day * DAY + DAY / 2, timeZone) &&
      start === offsetAtSecond((day + 1) * DAY - 1000, timeZone);
    allDay = same ? start : Number.NaN;
    days.set(day, allDay);
  }
  if (!Number.isNaN(allDay)) return allDay;
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const zone = zoneCache(offsets, timeZone);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const first = offsetAtSecond(bucket * QUARTER_HOUR, timeZone);
    const last = offsetAtSecond((bucket + 1) * QUARTER_HOUR - 1000, timeZone);
    offset = first === last ? first : Number.NaN;
    zone.set(bucket, offset);
  }
  return Number.isNaN(offset) ? offsetAtSecond(Math.floor(ms / 1000) * 1000, timeZone) : offset;
}

/**
 * Minutes `timeZone` is ahead of UTC at instant `ms`; not always whole (Africa/Monrovia was
 * 44 minutes 30 seconds behind until 1972).
 */
export function offsetMinutes(ms: number, timeZone: string): number {
  return offsetMs(ms, timeZone) / 60000;
}

/** The UTC fields of `d` read as a wall-clock time with the given offset. */
function wallOfUtcFields(d: Date, offsetMinutes: number): WallTime {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

/** The wall time of epoch milliseconds `ms` in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const offset = offsetMs(ms, timeZone);
  return wallOfUtcFields(new Date(ms + offset), offset / 60000);
}

/**
 * The instant at which `timeZone`'s clocks read the given wall time. Sheets keeps a typed date as a
 * wall-clock serial number and Apps Script makes it a Date when read; Google does not document what
 * a wall time the clocks skipped becomes, so this resolves as Java's ZonedDateTime and JavaScript's
 * local-time Date constructor both do:
 * - a wall time that happens twice (clocks went back) is its first occurrence;
 * - a wall time the clocks skipped is moved later by the length of the skip. A date typed without a
 *   time on a day whose midnight was skipped (America/Santiago's 2026-09-06: 23:59:59 → 01:00) thus
 *   gets the day's first instant, 01:00; a day the zone skipped altogether (Pacific/Apia's
 *   2011-12-30) gets the start of the next one.
 */
export function fromWallTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return instantOfWallSecond(Date.UTC(year, month - 1, day, hour, minute, second), timeZone);
}

/**
 * fromWallTime for a wall-clock reading given as epoch ms of the same reading in UTC (`Date.UTC`
 * of its fields), milliseconds included: what the .xlsx reader has for each date cell.
 */
export function fromWallMs(wallMs: number, timeZone: string): number {
  const millisecond = ((wallMs % 1000) + 1000) % 1000;
  return instantOfWallSecond(wallMs - millisecond, timeZone) + millisecond;
}

function instantOfWallSecond(wall: number, timeZone: string): number {
  // Zones are 12 hours behind to 14 ahead of UTC, so the instant is within [wall - 14h, wall + 12h],
  // and the offsets just outside that window are the ones before and after any change inside it.
  const before = offsetMs(wall - 15 * HOUR, timeZone);
  const after = offsetMs(wall + 13 * HOUR, timeZone);
  // No change in the window (nearly always): the one reading is the instant.
  if (before === after) return wall - before;
  const candidates = [wall - before, wall - after].sort((a, b) => a - b);
  for (const instant of candidates) {
    if (instant + offsetMs(instant, timeZone) === wall) return instant;
  }
  // Skipped: read with the offset before the change, which lands after it, as far on as the skip.
  return wall - before;
}

/** Zone names as Intl spells them, e.g. 'GMT+8' and 'Philippine Standard Time'. */
export function zoneName(ms: number, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * Sheets' date serial number (days since 1899-12-30, in the spreadsheet's wall time). The emulator
 * keeps instants, so a date typed on a day without midnight has the serial of its first instant
 * (2026-09-06 01:00 in America/Santiago, 46271.0417), where Sheets keeps 46271; its whole part, the
 * day, is the same.
 */
export function toSerial(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wallMs - Date.UTC(1899, 11, 30)) / 86400000;
}

/** The UTC-as-wall-time reading of a serial number (for formatting numbers with date formats). */
export function serialToWall(serial: number): WallTime {
  return wallOfUtcFields(new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)), 0);
}

/** English month names, as Sheets and SimpleDateFormat print them. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English weekday names, Sunday first (Date.getUTCDay order). */
export const DAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
