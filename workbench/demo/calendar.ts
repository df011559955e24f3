import { civilOf, dayOf, monthStarts } from './days';

/** The days the demo is built around. */
export interface DemoCalendar {
  /** 'Today' of the demo: every stamp is before it, planned work runs after it. */
  readonly asOfDay: number;
  /** First days of the 13 calendar months with orders: the 12 before asOf's month, then asOf's month. */
  readonly monthStarts: readonly number[];
  /** First day of the month after asOf's month (so month k runs to monthStarts[k + 1] or this). */
  readonly monthsEnd: number;
}

/** The calendar for `asOfDay`. */
export function demoCalendar(asOfDay: number): DemoCalendar {
  const [year, month] = civilOf(asOfDay);
  return {
    asOfDay,
    monthStarts: monthStarts(asOfDay, 13),
    monthsEnd: month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1),
  };
}
