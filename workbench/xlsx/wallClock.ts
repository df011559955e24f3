/**
 * xlsx has no time zones: a cell holds a wall-clock reading. Sheets' Dates are instants read in the
 * spreadsheet's zone. These convert between the two with the emulator's zone offsets; "wall time as UTC" is how ExcelJS
 * writes and reads a Date (its UTC fields are the wall-clock fields).
 */

import { fromWallMs as instantOfWall, offsetMinutes } from '../emulator/timeZone';

/** The wall-clock reading of instant `ms` in `timeZone`, as epoch ms of the same reading in UTC. */
function wallAsUtc(ms: number, timeZone: string): number {
  return ms + offsetMinutes(ms, timeZone) * 60_000;
}

/** A Date instant in `timeZone` → the Date ExcelJS should write. */
export function toExcelDate(instant: Date, timeZone: string): Date {
  return new Date(wallAsUtc(instant.getTime(), timeZone));
}

/** The instant whose wall-clock reading in `timeZone` is `wallMs` (epoch ms of that reading in UTC). */
export function fromWallMs(wallMs: number, timeZone: string): Date {
  return new Date(instantOfWall(wallMs, timeZone));
}
