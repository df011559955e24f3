/**
 * ABC analysis: clients ranked by revenue share (a Pareto of revenue).
 *
 * Rules, exactly:
 * - Clients are sorted by revenue, highest first; equal revenue is ordered by client ID (for a stable
 *   listing only: it never decides a class, see ties).
 * - The total is the sum of positive revenues. A client's class comes from the cumulative share of the
 *   clients ranked *before* it: under `aMax` → A, under `bMax` → B, else C. So the client that crosses
 *   a boundary takes the upper class (revenues 50, 30, 15, 5 with 80/95: 50 and 30 are A (30 closes at
 *   exactly 80%), 15 is B, 5 is C); the top client is always A.
 * - Ties: clients with equal revenue all take the class of the first of them, so two equal clients
 *   never land in different classes.
 * - Clients with revenue ≤ 0 (no orders, or credit notes outweighing sales) are C, with share 0, and
 *   are not part of the total.
 */
import { type ClientOrderStats, revenueOf } from './orderStats';
import type { ClientRow } from './rows';
import { type AbcSettings, DEFAULT_SETTINGS } from './settings';

export type AbcClass = 'A' | 'B' | 'C';

interface AbcEntry {
  readonly clientId: string;
  readonly revenue: number;
  /** Revenue / total positive revenue; 0 for revenue ≤ 0. */
  readonly share: number;
  /** Share of this client and all ranked before it. */
  readonly cumulativeShare: number;
  readonly abcClass: AbcClass;
}

interface AbcClassTotals {
  readonly count: number;
  readonly revenue: number;
}

export interface AbcResult {
  /** Sum of positive revenues. */
  readonly totalRevenue: number;
  /** Every client, highest revenue first. */
  readonly clients: readonly AbcEntry[];
  readonly summary: Readonly<Record<AbcClass, AbcClassTotals>>;
}

/** Shares are sums of money: a hair's breadth of rounding must not move a client across a cut-off. */
const EPSILON = 1e-9;

/**
 * Classes every client A, B or C by its share of revenue (see the module notes for the exact boundary,
 * tie and zero-revenue rules). Every client is classed, so the counts sum to the client count.
 */
export function classifyAbc(
  clients: readonly ClientRow[],
  stats: ReadonlyMap<string, ClientOrderStats>,
  settings: AbcSettings = DEFAULT_SETTINGS.abc,
): AbcResult {
  const ranked = clients.map((c) => ({ clientId: c.id, revenue: revenueOf(stats, c.id) }));
  ranked.sort(
    (a, b) => b.revenue - a.revenue || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
  let total = 0;
  for (const r of ranked) if (r.revenue > 0) total += r.revenue;

  const summary: Record<AbcClass, { count: number; revenue: number }> = {
    A: { count: 0, revenue: 0 },
    B: { count: 0, revenue: 0 },
    C: { count: 0, revenue: 0 },
  };
  const entries: AbcEntry[] = [];
  let cumulative = 0;
  let groupRevenue = Number.NaN;
  let groupClass: AbcClass = 'C';
  for (const { clientId, revenue } of ranked) {
    let abcClass: AbcClass = 'C';
    let share = 0;
    if (revenue > 0 && total > 0) {
      if (revenue !== groupRevenue) {
        const before = cumulative / total;
        groupClass = before < settings.aMax - EPSILON ? 'A' : before < settings.bMax - EPSILON ? 'B' : 'C';
        groupRevenue = revenue;
      }
      abcClass = groupClass;
      share = revenue / total;
      cumulative += revenue;
    }
    const cumulativeShare = total > 0 ? Math.min(1, cumulative / total) : 0;
    entries.push({ clientId, revenue, share, cumulativeShare, abcClass });
    summary[abcClass].count++;
    summary[abcClass].revenue += revenue;
  }
  return { totalRevenue: total, clients: entries, summary };
}

/** Client ID → class, for analyses that ask "is this an A client?". */
export function abcClassMap(result: AbcResult): Map<string, AbcClass> {
  const map = new Map<string, AbcClass>();
  for (const entry of result.clients) map.set(entry.clientId, entry.abcClass);
  return map;
}
