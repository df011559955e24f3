/**
 * xlsx has no time zones: a cell holds a wall-clock reading. Sheets' Dates are instants read in the
 * spreadsheet's zone. These convert between the two with the emulator's zone offsets; "wall time as UTC" is how ExcelJS
 * writes and reads a Date (its UTC fields are the wall-clock fields).
 */

import { offsetMinutes } from '../emulator/timeZone';

/** The wall-clock reading of instant `ms` in `timeZone`, as epoch ms of the same reading in UTC. */
export function wallAsUtc(ms: number, timeZone: string): number {
  return ms + offsetMinutes(ms, timeZone) * 60_000;
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
