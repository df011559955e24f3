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
  offsetMinutes: number; // zone offset from UTC
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
/** Zone offsets only change on quarter-hour boundaries, so one lookup serves each quarter hour. */
const QUARTER_HOUR = 15 * 60000;

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

/** Minutes `timeZone` is ahead of UTC at instant `ms` (Intl is slow, so results are cached). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
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
    offset = Math.round((asUtc - at) / 60000);
    if (zone.size > 100_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
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
  const offset = offsetMinutes(ms, timeZone);
  return wallOfUtcFields(new Date(ms + offset * 60000), offset);
}

/** The instant at which `timeZone`'s clocks read the given wall time. */
export function fromWallTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - offsetMinutes(guess, timeZone) * 60000;
  // A second pass settles instants near a daylight-saving change.
  return guess - offsetMinutes(first, timeZone) * 60000;
}

/** Zone names as Intl spells them, e.g. 'GMT+8' and 'Philippine Standard Time'. */
export function zoneName(ms: number, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Sheets' date serial number (days since 1899-12-30, in the spreadsheet's wall time). */
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
