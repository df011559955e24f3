/**
 * RFM: recency, frequency and monetary scores 1-5 (5 best) by quintile.
 *
 * - Recency: days from the latest order (amount > 0) on or before asOf to asOf; fewer is better.
 * - Frequency: orders (amount > 0) in the revenue window; more is better.
 * - Monetary: net revenue in the revenue window; more is better.
 * Only clients with at least one order on or before asOf are scored; the rest are counted as unscored.
 *
 * Scoring and ties: with n clients, a client's score is 1 + ⌊5 × w / n⌋, where w is the number of
 * clients strictly worse than it. Equal values therefore share a score, the one their group's first
 * member would get (the lowest rank of the tie): a tie never lifts anyone, and ten distinct values
 * score 1,1,2,2,3,3,4,4,5,5. When everyone ties, everyone scores 1.
 */
import type { Day } from './days';
import type { ClientOrderStats } from './orderStats';
import type { ClientRow } from './rows';

interface RfmEntry {
  readonly clientId: string;
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** The three scores as a segment code, e.g. '545'. */
  readonly code: string;
}

export interface RfmResult {
  readonly clients: readonly RfmEntry[];
  /** Clients with no order on or before asOf. */
  readonly unscored: number;
  /** How many clients got each score 1-5 (index 0 is score 1). */
  readonly distribution: { readonly r: number[]; readonly f: number[]; readonly m: number[] };
}

/** Number of entries of ascending `sorted` that are < `value` (or ≤ it when `orEqual`). */
function countBelow(sorted: Float64Array, value: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v < value || (orEqual && v === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Quintile scores 1-5 for `values` (see the module notes for the tie rule). `higherIsBetter` false
 * scores small values best (recency). One numeric sort, then a binary search per value.
 * @forTests Its unit tests check it on cases worked by hand.
 */
export function quintileScores(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  return values.map((value) => {
    const worse = higherIsBetter ? countBelow(sorted, value, false) : n - countBelow(sorted, value, true);
    return 1 + Math.floor((5 * worse) / n);
  });
}

/** Scores every client with at least one order by recency, frequency and monetary value. */
export function scoreRfm(
  clients: readonly ClientRow[],
  stats: ReadonlyMap<string, ClientOrderStats>,
  asOfDay: Day,
): RfmResult {
  // Parallel arrays rather than an object per client: the only objects made are the results.
  const ids: string[] = [];
  const recency: number[] = [];
  const frequency: number[] = [];
  const monetary: number[] = [];
  for (const client of clients) {
    const s = stats.get(client.id);
    if (!s || s.lastOrderDay === null) continue;
    ids.push(client.id);
    recency.push(asOfDay - s.lastOrderDay);
    frequency.push(s.orders);
    monetary.push(s.revenue);
  }
  const r = quintileScores(recency, false);
  const f = quintileScores(frequency, true);
  const m = quintileScores(monetary, true);
  const distribution = { r: [0, 0, 0, 0, 0], f: [0, 0, 0, 0, 0], m: [0, 0, 0, 0, 0] };
  const entries: RfmEntry[] = [];
  for (let i = 0; i < ids.length; i++) {
    const ri = r[i] ?? 1;
    const fi = f[i] ?? 1;
    const mi = m[i] ?? 1;
    distribution.r[ri - 1] = (distribution.r[ri - 1] ?? 0) + 1;
    distribution.f[fi - 1] = (distribution.f[fi - 1] ?? 0) + 1;
    distribution.m[mi - 1] = (distribution.m[mi - 1] ?? 0) + 1;
    entries.push({
      clientId: ids[i] ?? '',
      recencyDays: recency[i] ?? 0,
      frequency: frequency[i] ?? 0,
      monetary: monetary[i] ?? 0,
      r: ri,
      f: fi,
      m: mi,
      code: `${ri}${fi}${mi}`,
    });
  }
  return { clients: entries, unscored: clients.length - entries.length, distribution };
}
