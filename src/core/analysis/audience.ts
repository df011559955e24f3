/**
 * Audience: how many clients, and how much potential and realised value, sit in each segment, tier,
 * region, status and lead source. Potential value is the sum of credit limits (a proxy for what a
 * client could buy); realised value is revenue over the revenue window (see `orderStats.ts`).
 * Free-text groups (segment, region) are matched case-insensitively and shown as first spelled.
 */
import { type ClientOrderStats, revenueOf } from './orderStats';
import type { ClientRow } from './rows';

/** Clients and their value in one group. */
interface GroupTotals {
  /** The group's value; null for clients with the field blank. */
  key: string | null;
  clients: number;
  /** Sum of credit limits (blank limits add nothing). */
  creditLimit: number;
  clientsWithCreditLimit: number;
  revenue: number;
}

export type AudienceGroup = Readonly<GroupTotals>;

/** Each breakdown of the result, and the client field it groups by. */
const BREAKDOWNS = {
  bySegment: 'segment',
  byTier: 'tier',
  byRegion: 'region',
  byStatus: 'status',
  byLeadSource: 'leadSource',
} as const satisfies Record<string, keyof ClientRow>;
type Breakdown = keyof typeof BREAKDOWNS;

export type AudienceResult = { readonly total: AudienceGroup } & {
  readonly [B in Breakdown]: readonly AudienceGroup[];
};

function newGroup(key: string | null): GroupTotals {
  return { key, clients: 0, creditLimit: 0, clientsWithCreditLimit: 0, revenue: 0 };
}

class Grouping {
  private readonly groups = new Map<string, GroupTotals>();

  add(key: string | null, creditLimit: number | null, revenue: number): void {
    const mapKey = key === null ? '\u0000' : key.toLowerCase();
    let group = this.groups.get(mapKey);
    if (!group) {
      group = newGroup(key);
      this.groups.set(mapKey, group);
    }
    addTo(group, creditLimit, revenue);
  }

  /** Highest revenue first, then most clients, then by name; the blank group last. */
  list(): AudienceGroup[] {
    return [...this.groups.values()].sort((a, b) => {
      if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
      return b.revenue - a.revenue || b.clients - a.clients || ((a.key ?? '') < (b.key ?? '') ? -1 : 1);
    });
  }
}

function addTo(group: GroupTotals, creditLimit: number | null, revenue: number): void {
  group.clients++;
  group.revenue += revenue;
  if (creditLimit !== null) {
    group.creditLimit += creditLimit;
    group.clientsWithCreditLimit++;
  }
}

/** Counts clients and sums credit limits and revenue per segment, tier, region, status and lead source. */
export function analyseAudience(
  clients: readonly ClientRow[],
  stats: ReadonlyMap<string, ClientOrderStats>,
): AudienceResult {
  const total = newGroup(null);
  const groupings = Object.entries(BREAKDOWNS).map(([breakdown, field]) => ({
    breakdown: breakdown as Breakdown,
    field,
    grouping: new Grouping(),
  }));
  for (const client of clients) {
    const revenue = revenueOf(stats, client.id);
    addTo(total, client.creditLimit, revenue);
    for (const g of groupings) g.grouping.add(client[g.field], client.creditLimit, revenue);
  }
  const result = { total } as { total: AudienceGroup } & Record<Breakdown, AudienceGroup[]>;
  for (const g of groupings) result[g.breakdown] = g.grouping.list();
  return result;
}
