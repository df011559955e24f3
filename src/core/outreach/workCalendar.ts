/**
 * The company's working days, for planning contacts: a scheme's step never lands on a weekend or on
 * one of the company's holidays. Days are day numbers (core/analysis/days.ts), so no time zone.
 */
import type { Day } from '../analysis/days';

/** Which days no one is contacted: weekdays (0 Sunday … 6 Saturday) and holidays. */
export interface WorkCalendar {
  readonly weekendDays: readonly number[];
  readonly holidays: ReadonlySet<Day>;
}

/**
 * Saturday and Sunday off, no holidays: the calendar until a head sets the company's holidays.
 * @forTests The scheme tests plan on it.
 */
export const DEFAULT_WORK_CALENDAR: WorkCalendar = { weekendDays: [0, 6], holidays: new Set() };

/**
 * The weekday of a day number, 0 Sunday … 6 Saturday (1970-01-01 was a Thursday).
 * @forTests The calendar tests check it against known dates.
 */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True when `day` is a working day of the calendar. */
function isWorkingDay(day: Day, calendar: WorkCalendar): boolean {
  return !calendar.weekendDays.includes(weekdayOf(day)) && !calendar.holidays.has(day);
}

/**
 * The first working day on or after `day`. A calendar with every weekday off would never find one,
 * so after a year the day itself is given back (the caller's calendar is then wrong, not the plan).
 */
export function nextWorkingDay(day: Day, calendar: WorkCalendar): Day {
  for (let candidate = day; candidate < day + 366; candidate++) {
    if (isWorkingDay(candidate, calendar)) return candidate;
  }
  return day;
}

/** A calendar from the settings' weekend days and holiday day numbers. */
export function workCalendar(weekendDays: readonly number[], holidays: readonly Day[]): WorkCalendar {
  const weekend = weekendDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  return { weekendDays: weekend.length >= 7 ? [] : weekend, holidays: new Set(holidays) };
}
