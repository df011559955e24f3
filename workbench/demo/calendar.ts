import { civilOf, dayOf, monthStarts } from './days';

/** The months of order history the demo holds by default: the 12 before asOf's month, then asOf's. */
export const DEFAULT_HISTORY_MONTHS = 13;

/** The days the demo is built around. */
export interface DemoCalendar {
  /** 'Today' of the demo: every stamp is before it, planned work runs after it. */
  readonly asOfDay: number;
  /**
   * First days of the calendar months with orders, oldest first: the `historyMonths − 1` before
   * asOf's month (12 by default), then asOf's month.
   */
  readonly monthStarts: readonly number[];
  /** First day of the month after asOf's month (so month k runs to monthStarts[k + 1] or this). */
  readonly monthsEnd: number;
}

/** The calendar for `asOfDay`, with `historyMonths` months of orders (asOf's month the last). */
export function demoCalendar(asOfDay: number, historyMonths = DEFAULT_HISTORY_MONTHS): DemoCalendar {
  const [year, month] = civilOf(asOfDay);
  return {
    asOfDay,
    monthStarts: monthStarts(asOfDay, historyMonths),
    monthsEnd: month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1),
  };
}
