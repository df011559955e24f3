/**
 * xlsx has no time zones: a cell holds a wall-clock reading. Sheets' Dates are instants read in the
 * spreadsheet's zone. These convert between the two with Intl only; "wall time as UTC" is how ExcelJS
 * writes and reads a Date (its UTC fields are the wall-clock fields).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at instant `ms`, in ms, read with Intl. */
function exactOffset(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) fields[part.type] = Number(part.value);
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

const DAY_MS = 86_400_000;
const offsets = new Map<string, { start: number; end: number }>();

/**
 * The zone's offset at `ms`. Intl is slow per call, so offsets are kept per UTC day: when the day
 * starts and ends on the same offset, every instant in it has that offset; a day with a change of
 * offset (daylight saving) is asked about each instant.
 */
function offsetAt(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}|${day}`;
  let known = offsets.get(key);
  if (!known) {
    known = {
      start: exactOffset(day * DAY_MS, timeZone),
      end: exactOffset((day + 1) * DAY_MS - 1000, timeZone),
    };
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, known);
  }
  return known.start === known.end ? known.start : exactOffset(ms, timeZone);
}

/** The wall-clock reading of instant `ms` in `timeZone`, as epoch ms of the same reading in UTC. */
export function wallAsUtc(ms: number, timeZone: string): number {
  return ms + offsetAt(ms, timeZone);
}

/** The instant whose wall-clock reading in `timeZone` is `wallMs` (epoch ms of that reading in UTC). */
export function instantOfWall(wallMs: number, timeZone: string): number {
  // Guess with the zone's offset at the wall time, then correct once more for a DST change between.
  let instant = wallMs;
  for (let i = 0; i < 3; i++) {
    const offset = wallAsUtc(instant, timeZone) - instant;
    const next = wallMs - offset;
    if (next === instant) break;
    instant = next;
  }
  return instant;
}

/** A Date instant in `timeZone` → the Date ExcelJS should write. */
export function toExcelDate(instant: Date, timeZone: string): Date {
  return new Date(wallAsUtc(instant.getTime(), timeZone));
}

/** A Date ExcelJS read → the instant it means in `timeZone`. */
export function fromExcelDate(excel: Date, timeZone: string): Date {
  return new Date(instantOfWall(excel.getTime(), timeZone));
}
