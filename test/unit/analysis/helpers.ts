/** Builders for analysis tests: table records as Suki reads them, and the shared figures. */
import { parseIsoDay } from '../../../src/core/analysis/days';
import { type AnalysisData, type AnalysisTables, parseTables } from '../../../src/core/analysis/inputs';
import { IssueLog } from '../../../src/core/analysis/issues';
import type { OrderWindows } from '../../../src/core/analysis/orderStats';
import {
  type ClientOrderStats,
  computeOrderStats,
  orderWindows,
} from '../../../src/core/analysis/orderStats';
import type { RecordValue, TableRecord } from '../../../src/core/tables/tableSpec';

export const AS_OF = '2025-06-15';

/** The day number of a test date (throws on a typo, so a test cannot silently use null). */
export function day(iso: string): number {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export const client = (id: string, fields: TableRecord = {}): TableRecord => ({
  id,
  name: `Client ${id}`,
  ...fields,
});

export const order = (
  clientId: string,
  orderDate: RecordValue,
  amount: RecordValue,
  fields: TableRecord = {},
): TableRecord => ({
  clientId,
  orderDate,
  amount,
  ...fields,
});

export interface Prepared {
  readonly data: AnalysisData;
  readonly log: IssueLog;
  readonly windows: OrderWindows;
  readonly stats: Map<string, ClientOrderStats>;
}

/** Parses the tables and computes the order figures with the default 12-month windows. */
export function prepare(tables: AnalysisTables, asOf = AS_OF, revenueMonths = 12, xyzMonths = 12): Prepared {
  const log = new IssueLog();
  const data = parseTables(tables, log);
  const windows = orderWindows(asOf, revenueMonths, xyzMonths);
  return { data, log, windows, stats: computeOrderStats(data.orders, windows) };
}

/** One order per month from `fromMonth` (YYYY-MM) with the given amounts, on the 10th. */
export function monthlyOrders(
  clientId: string,
  fromMonth: string,
  amounts: readonly number[],
): TableRecord[] {
  const [y, m] = fromMonth.split('-').map(Number) as [number, number];
  return amounts.map((amount, i) => {
    const index = y * 12 + m - 1 + i;
    const month = String((index % 12) + 1).padStart(2, '0');
    return order(clientId, `${Math.floor(index / 12)}-${month}-10`, amount);
  });
}
