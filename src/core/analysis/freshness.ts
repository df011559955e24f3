/**
 * Freshness of the data: records nobody has reviewed for a while, clients missing the fields a
 * manager needs to work with them, and contact-plan rows whose day has passed but are still 'planned'
 * (so either the contact happened and was not logged, or it was missed and not rescheduled).
 *
 * Missing key fields are looked for on every client, whatever its status.
 *
 * Stale: last updated `staleDays` or more days before asOf, or never stamped (updatedAt blank). For
 * competitors, the later of updatedAt and lastReviewed counts.
 */
import { type Day, dayToIso } from './days';
import { isContactOverdue } from './definitions';
import type { ClientRow, CompetitorRow, ContactRow } from './rows';
import { DEFAULT_SETTINGS } from './settings';
import { compareKeys } from './stats';

type KeyField = 'emailOrPhone' | 'owner' | 'segment' | 'tier';

interface StaleRecord {
  readonly id: string | null;
  readonly name: string | null;
  readonly owner: string | null;
  /** Last update, or null when never stamped. */
  readonly updatedDate: string | null;
  readonly daysSince: number | null;
}

export interface FreshnessResult {
  readonly staleDays: number;
  /** Never-stamped first, then the longest untouched; equal days in table order. */
  readonly staleClients: readonly StaleRecord[];
  readonly staleCompetitors: readonly StaleRecord[];
  readonly missingFields: readonly {
    readonly clientId: string;
    readonly name: string | null;
    readonly owner: string | null;
    readonly missing: readonly KeyField[];
  }[];
  readonly pastPlanned: {
    readonly count: number;
    readonly byOwner: readonly { readonly owner: string | null; readonly count: number }[];
    /** Oldest first; rows of one day in table order. */
    readonly rows: readonly {
      readonly contactId: string | null;
      readonly clientId: string;
      readonly owner: string | null;
      readonly plannedDate: string;
      readonly daysPast: number;
    }[];
  };
}

function staleness(
  day: Day | null,
  asOfDay: Day,
  staleDays: number,
): { stale: boolean; daysSince: number | null } {
  if (day === null) return { stale: true, daysSince: null };
  const daysSince = asOfDay - day;
  return { stale: daysSince >= staleDays, daysSince };
}

/** Never stamped first, then most days since; a stable sort keeps table order within a day. */
function byStaleness(a: StaleRecord, b: StaleRecord): number {
  if (a.daysSince === null || b.daysSince === null)
    return (a.daysSince === null ? 0 : 1) - (b.daysSince === null ? 0 : 1);
  return b.daysSince - a.daysSince;
}

/** The key fields a client row lacks: a way to reach it (e-mail or phone), an owner, segment, tier. */
function missingKeyFields(client: ClientRow): KeyField[] {
  const missing: KeyField[] = [];
  if (client.email === null && client.phone === null) missing.push('emailOrPhone');
  if (client.owner === null) missing.push('owner');
  if (client.segment === null) missing.push('segment');
  if (client.tier === null) missing.push('tier');
  return missing;
}

/** Stale clients and competitors, clients missing key fields, and past contact-plan rows still planned. */
export function analyseFreshness(
  clients: readonly ClientRow[],
  competitors: readonly CompetitorRow[],
  contacts: readonly ContactRow[],
  asOfDay: Day,
  staleDays: number = DEFAULT_SETTINGS.freshness.staleDays,
): FreshnessResult {
  const staleClients: StaleRecord[] = [];
  const missingFields: {
    clientId: string;
    name: string | null;
    owner: string | null;
    missing: KeyField[];
  }[] = [];
  for (const c of clients) {
    const { stale, daysSince } = staleness(c.updatedDay, asOfDay, staleDays);
    if (stale) {
      const updatedDate = c.updatedDay === null ? null : dayToIso(c.updatedDay);
      staleClients.push({ id: c.id, name: c.name, owner: c.owner, updatedDate, daysSince });
    }
    const missing = missingKeyFields(c);
    if (missing.length > 0) missingFields.push({ clientId: c.id, name: c.name, owner: c.owner, missing });
  }
  const staleCompetitors: StaleRecord[] = [];
  for (const c of competitors) {
    const seen =
      c.updatedDay === null
        ? c.lastReviewedDay
        : c.lastReviewedDay === null
          ? c.updatedDay
          : Math.max(c.updatedDay, c.lastReviewedDay);
    const { stale, daysSince } = staleness(seen, asOfDay, staleDays);
    if (stale) {
      const updatedDate = seen === null ? null : dayToIso(seen);
      staleCompetitors.push({ id: c.id, name: c.name, owner: null, updatedDate, daysSince });
    }
  }
  // Bucketed by day, so 100,000s of rows come out oldest first without a comparison sort.
  type PastRow = FreshnessResult['pastPlanned']['rows'][number];
  const byDay = new Map<Day, PastRow[]>();
  const owners = new Map<string | null, number>();
  let count = 0;
  for (const p of contacts) {
    if (!isContactOverdue(p, asOfDay)) continue;
    count++;
    owners.set(p.owner, (owners.get(p.owner) ?? 0) + 1);
    let bucket = byDay.get(p.plannedDay);
    if (!bucket) {
      bucket = [];
      byDay.set(p.plannedDay, bucket);
    }
    bucket.push({
      contactId: p.id,
      clientId: p.clientId,
      owner: p.owner,
      plannedDate: dayToIso(p.plannedDay),
      daysPast: asOfDay - p.plannedDay,
    });
  }
  const rows: PastRow[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b))
    for (const row of byDay.get(day) ?? []) rows.push(row);
  staleClients.sort(byStaleness);
  staleCompetitors.sort(byStaleness);
  const byOwner = [...owners]
    .map(([owner, count]) => ({ owner, count }))
    .sort((a, b) => b.count - a.count || compareKeys(a.owner, b.owner));
  return {
    staleDays,
    staleClients,
    staleCompetitors,
    missingFields,
    pastPlanned: { count, byOwner, rows },
  };
}
