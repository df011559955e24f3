/** How the self-check's report shows a value read back from a cell. */
import { isDate, zoneOffsetMinutes } from '../dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the zone's wall clock, `YYYY-MM-DD hh:mm`, for the report. */
export function wallTimeText(value: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(value.getTime(), timeZone);
  const shifted = new Date(Math.floor(value.getTime() / 60_000) * 60_000 + minutes * 60_000);
  return `${shifted.toISOString().slice(0, 10)} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/** A cell value as a person would see it in the report. */
export function valueText(value: unknown, timeZone: string): string {
  if (isDate(value)) return timeZone ? wallTimeText(value, timeZone) : value.toISOString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
