/**
 * The self-check's date probes: the start of each of probeDates() (today, New Year days, the days
 * around every DST change of this year and the next) written as a Date must read back as a Date on
 * the same calendar day in the spreadsheet's time zone.
 */
import { isDate, isoDateInZone, startOfDateInZone, zoneOffsetMinutes } from '../dates';
import { valueText, wallTimeText } from './cellText';
import { type CheckOutcome, type Message, type Observed, outcome, refused } from './checkOutcome';

/** The number format of the date probe cells (the one Suki's date columns use). */
export const PROBE_DATE_FORMAT = 'yyyy-mm-dd';

/** A date probe: the calendar day and the instant it begins in the zone. */
interface DateProbe {
  readonly isoDate: string;
  readonly instant: Date;
}

/** A date probe as read back. */
export interface DateReading {
  readonly isoDate: string;
  readonly value: unknown;
}

const DAY_MS = 86_400_000;

/**
 * The instants in `year` when `timeZone` changes its offset from UTC (DST starting or ending, or a
 * change of standard time), found by sampling the offset daily with Intl and bisecting to the minute.
 * @forTests The tests check the changes found for a few zones.
 */
export function offsetChangesInYear(timeZone: string, year: number): Date[] {
  const changes: Date[] = [];
  const end = Date.UTC(year + 1, 0, 1, 12);
  let before = Date.UTC(year, 0, 1, 12) - DAY_MS;
  let beforeOffset = zoneOffsetMinutes(before, timeZone);
  for (let after = before + DAY_MS; after <= end; after += DAY_MS) {
    const afterOffset = zoneOffsetMinutes(after, timeZone);
    if (afterOffset !== beforeOffset) {
      let lo = before;
      let hi = after;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMinutes(mid, timeZone) === beforeOffset) lo = mid;
        else hi = mid;
      }
      const change = new Date(hi);
      if (isoDateInZone(change, timeZone).slice(0, 4) === String(year)) changes.push(change);
    }
    before = after;
    beforeOffset = afterOffset;
  }
  return changes;
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar days the date check writes, sorted: today, the first and last day of this year, New
 * Year's day of the next, and around every offset change of this year and the next the day it
 * happens on (on both sides of the change) and the day after.
 */
export function probeDates(timeZone: string, now: Date): DateProbe[] {
  const today = isoDateInZone(now, timeZone);
  const year = Number(today.slice(0, 4));
  const days = new Set<string>([today, `${year}-01-01`, `${year}-12-31`, `${year + 1}-01-01`]);
  for (const y of [year, year + 1]) {
    for (const change of offsetChangesInYear(timeZone, y)) {
      const before = isoDateInZone(new Date(change.getTime() - 60_000), timeZone);
      const after = isoDateInZone(change, timeZone);
      days.add(before);
      days.add(after);
      days.add(addDays(after, 1));
    }
  }
  return Array.from(days)
    .sort()
    .map((isoDate) => ({ isoDate, instant: startOfDateInZone(isoDate, timeZone) }));
}

/** The report line of the date check, with a problem for each day not read back as that day. */
export function datesOutcome(observed: Observed<readonly DateReading[]>, timeZone: string): CheckOutcome {
  const label: Message = { key: 'selfCheck.check.dates', params: { timeZone: timeZone || '?' } };
  if (!observed.ok) return outcome('dates', label, 'unknown', [refused(observed.error)]);
  const problems: Message[] = [];
  for (const reading of observed.value) {
    const value = reading.value;
    if (!isDate(value)) {
      problems.push({
        key: 'selfCheck.problem.dateNotDate',
        params: { date: reading.isoDate, read: valueText(value ?? '', timeZone) },
      });
    } else if (isoDateInZone(value, timeZone) !== reading.isoDate) {
      problems.push({
        key: 'selfCheck.problem.dateMoved',
        params: { date: reading.isoDate, read: wallTimeText(value, timeZone) },
      });
    }
  }
  if (observed.value.length === 0) return outcome('dates', label, 'unknown', []);
  return outcome('dates', label, problems.length === 0 ? 'passed' : 'failed', problems);
}
