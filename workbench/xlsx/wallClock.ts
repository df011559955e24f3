/**
 * xlsx has no time zones: a cell holds a wall-clock reading. Sheets' Dates are instants read in the
 * spreadsheet's zone. These convert between the two with the emulator's zone offsets; "wall time as UTC" is how ExcelJS
 * writes and reads a Date (its UTC fields are the wall-clock fields).
 */

import { fromWallTime, offsetMinutes } from '../emulator/timeZone';

/** The wall-clock reading of instant `ms` in `timeZone`, as epoch ms of the same reading in UTC. */
function wallAsUtc(ms: number, timeZone: string): number {
  return ms + offsetMinutes(ms, timeZone) * 60_000;
}

/** The instant whose wall-clock reading in `timeZone` is `wallMs` (epoch ms of that reading in UTC). */
function instantOfWall(wallMs: number, timeZone: string): number {
  // The emulator's rule for wall times: one skipped by a clock change moves later (a date on a day
  // whose midnight does not exist is that day's first instant), a repeated one is its first.
  const w = new Date(wallMs);
  return (
    fromWallTime(
      timeZone,
      w.getUTCFullYear(),
      w.getUTCMonth() + 1,
      w.getUTCDate(),
      w.getUTCHours(),
      w.getUTCMinutes(),
      w.getUTCSeconds(),
    ) + w.getUTCMilliseconds()
  );
}

/** A Date instant in `timeZone` → the Date ExcelJS should write. */
export function toExcelDate(instant: Date, timeZone: string): Date {
  return new Date(wallAsUtc(instant.getTime(), timeZone));
}

/** A Date ExcelJS read → the instant it means in `timeZone`. */
export function fromExcelDate(excel: Date, timeZone: string): Date {
  return new Date(instantOfWall(excel.getTime(), timeZone));
}
