/**
 * Audience: how many clients, and how much potential and realised value, sit in each segment, tier,
 * region, status and lead source. Potential value is the sum of credit limits (a proxy for what a
 * client could buy); realised value is revenue over the revenue window (see `orderStats.ts`).
 * Free-text groups (segment, region) are matched case-insensitively and shown as first spelled.
 */
import { type ClientOrderStats, revenueOf } from './orderStats';
import type { ClientRow } from './rows';

export interface AudienceGroup {
  /** The group's value; null for clients with the field blank. */
  readonly key: string | null;
  readonly clients: number;
  /** Sum of credit limits (blank limits add nothing). */
  readonly creditLimit: number;
  readonly clientsWithCreditLimit: number;
  readonly revenue: number;
}

export interface AudienceResult {
  readonly total: AudienceGroup;
  readonly bySegment: readonly AudienceGroup[];
  readonly byTier: readonly AudienceGroup[];
  readonly byRegion: readonly AudienceGroup[];
  readonly byStatus: readonly AudienceGroup[];
  readonly byLeadSource: readonly AudienceGroup[];
}

interface MutableGroup {
  key: string | null;
  clients: number;
  creditLimit: number;
  clientsWithCreditLimit: number;
  revenue: number;
}

function newGroup(key: string | null): MutableGroup {
  return { key, clients: 0, creditLimit: 0, clientsWithCreditLimit: 0, revenue: 0 };
}

class Grouping {
  private readonly groups = new Map<string, MutableGroup>();

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

function addTo(group: MutableGroup, creditLimit: number | null, revenue: number): void {
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
  const segment = new Grouping();
  const tier = new Grouping();
  const region = new Grouping();
  const status = new Grouping();
  const leadSource = new Grouping();
  for (const client of clients) {
    const revenue = revenueOf(stats, client.id);
    const limit = client.creditLimit;
    addTo(total, limit, revenue);
    segment.add(client.segment, limit, revenue);
    tier.add(client.tier, limit, revenue);
    region.add(client.region, limit, revenue);
    status.add(client.status, limit, revenue);
    leadSource.add(client.leadSource, limit, revenue);
  }
  return {
    total,
    bySegment: segment.list(),
    byTier: tier.list(),
    byRegion: region.list(),
    byStatus: status.list(),
    byLeadSource: leadSource.list(),
  };
}
