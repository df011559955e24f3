/**
 * XYZ analysis: how steady a client's monthly revenue is, by its coefficient of variation (CV).
 *
 * Rules, exactly:
 * - The months are the `months` complete calendar months before asOf's month (asOf 2025-06-15 with 12
 *   months: 2024-06 to 2025-05); the running month is left out because it is not over yet.
 * - Each month's value is the client's net amount (credit notes included); months without orders are 0.
 * - CV = population standard deviation / mean, over all the months. X when CV ≤ xMax, Y when ≤ yMax,
 *   else Z. A client who bought in a single month of twelve has CV = √11 ≈ 3.32 (Z).
 * - No class (null) for a client with no order rows at all (`noOrders`), or whose mean over the months
 *   is ≤ 0 (`noRevenueInMonths`: a CV of a zero or negative mean means nothing), or so close to 0
 *   that the CV overflows (1e12 and −1e12 in two months and 1e-300 in a third).
 */
import type { ClientOrderStats, OrderWindows } from './orderStats';
import type { ClientRow } from './rows';
import { DEFAULT_SETTINGS, type XyzSettings } from './settings';

export type XyzClass = 'X' | 'Y' | 'Z';
type XyzUnclassifiedReason = 'noOrders' | 'noRevenueInMonths';

export type XyzEntry =
  | {
      readonly clientId: string;
      readonly xyzClass: XyzClass;
      /** Coefficient of variation as a fraction (0.1 = 10%). */
      readonly cv: number;
      readonly monthlyMean: number;
    }
  | { readonly clientId: string; readonly xyzClass: null; readonly reason: XyzUnclassifiedReason };

export interface XyzResult {
  /** First and last month compared, as YYYY-MM. */
  readonly fromMonth: string;
  readonly toMonth: string;
  readonly clients: readonly XyzEntry[];
  readonly summary: Readonly<Record<XyzClass | 'unclassified', number>>;
}

/**
 * Mean and population coefficient of variation of `values`; cv is null when the mean is ≤ 0, or so
 * close to 0 against the spread that the ratio overflows (no revenue to speak of).
 * @forTests Its unit tests check it on cases worked by hand.
 */
export function coefficientOfVariation(values: readonly number[]): { mean: number; cv: number | null } {
  if (values.length === 0) return { mean: 0, cv: null };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  if (mean <= 0) return { mean, cv: null };
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const cv = Math.sqrt(squares / values.length) / mean;
  return { mean, cv: Number.isFinite(cv) ? cv : null };
}

function monthLabel(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${String(year).padStart(4, '0')}-${String(monthIndex - year * 12 + 1).padStart(2, '0')}`;
}

/**
 * Classes each client X, Y or Z by the steadiness of its monthly revenue, or null with a reason when
 * it has no orders or no revenue in the months compared (see the module notes).
 */
export function classifyXyz(
  clients: readonly ClientRow[],
  stats: ReadonlyMap<string, ClientOrderStats>,
  windows: OrderWindows,
  settings: XyzSettings = DEFAULT_SETTINGS.xyz,
): XyzResult {
  const summary = { X: 0, Y: 0, Z: 0, unclassified: 0 };
  const entries: XyzEntry[] = [];
  for (const client of clients) {
    const s = stats.get(client.id);
    if (!s || s.rowsAllTime === 0) {
      entries.push({ clientId: client.id, xyzClass: null, reason: 'noOrders' });
      summary.unclassified++;
      continue;
    }
    const { mean, cv } = s.monthly ? coefficientOfVariation(s.monthly) : { mean: 0, cv: null };
    if (cv === null) {
      entries.push({ clientId: client.id, xyzClass: null, reason: 'noRevenueInMonths' });
      summary.unclassified++;
      continue;
    }
    const xyzClass: XyzClass = cv <= settings.xMax ? 'X' : cv <= settings.yMax ? 'Y' : 'Z';
    entries.push({ clientId: client.id, xyzClass, cv, monthlyMean: mean });
    summary[xyzClass]++;
  }
  return {
    fromMonth: monthLabel(windows.xyzFirstMonth),
    toMonth: monthLabel(windows.xyzFirstMonth + windows.xyzMonths - 1),
    clients: entries,
    summary,
  };
}
