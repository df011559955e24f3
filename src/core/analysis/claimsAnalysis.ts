/**
 * Claims analysis: which categories cause most claims (Pareto), how long claims take to resolve,
 * SLA breaches, clients who keep complaining, and the open claims on each owner's desk by age.
 *
 * Claims received after asOf are left out. A claim is *closed* when it has a resolved date on or
 * before asOf, or its status is resolved or rejected; otherwise it is open (`definitions.ts`).
 */
import { addMonthsIso, type Day, dayToIso, parseIsoDay } from './days';
import { isClaimClosed } from './definitions';
import type { ClaimCategory, ClaimRow } from './rows';
import { type ClaimsSettings, DEFAULT_SETTINGS } from './settings';
import { compareKeys, quantileSorted } from './stats';

interface ParetoRow {
  /** null: claims with no (readable) category. */
  readonly category: ClaimCategory | null;
  readonly count: number;
  readonly share: number;
  readonly cumulativeShare: number;
}

interface SlaBreach {
  readonly claimId: string | null;
  readonly clientId: string;
  readonly owner: string | null;
  readonly slaDueDate: string;
  readonly daysOver: number;
}

interface OpenByOwner {
  readonly owner: string | null;
  /** Open claims received 0-7, 8-30 and 31+ days before asOf. */
  readonly days0to7: number;
  readonly days8to30: number;
  readonly days31plus: number;
  readonly total: number;
}

export interface ClaimsResult {
  readonly total: number;
  readonly open: number;
  /** Most frequent category first; ties by category name, uncategorised last. */
  readonly pareto: readonly ParetoRow[];
  /** Days from received to resolved, over closed claims with a resolved date not before received. */
  readonly timeToResolve: {
    readonly resolved: number;
    readonly medianDays: number | null;
    readonly p90Days: number | null;
    /** Resolved dates before the received date: left out as inconsistent. */
    readonly inconsistent: number;
  };
  readonly sla: {
    /** Claims whose SLA outcome is known: closed with a date, or open past the SLA date. */
    readonly assessed: number;
    readonly resolvedLate: number;
    readonly openPastDue: number;
    readonly breachRate: number | null;
    /** The open breaches, longest over first: the ones someone can still act on. */
    readonly openBreaches: readonly SlaBreach[];
  };
  /** Clients with at least `repeatMinClaims` claims received in the last `repeatMonths` months. */
  readonly repeatClaimants: readonly { readonly clientId: string; readonly claims: number }[];
  readonly openByOwner: readonly OpenByOwner[];
}

/** The claims analysis as of `asOf` (see the module notes for what counts as closed). */
export function analyseClaims(
  claims: readonly ClaimRow[],
  asOf: string,
  asOfDay: Day,
  settings: ClaimsSettings = DEFAULT_SETTINGS.claims,
): ClaimsResult {
  const repeatAfter = parseIsoDay(addMonthsIso(asOf, -settings.repeatMonths)) ?? 0;
  const categories = new Map<ClaimCategory | null, number>();
  const durations: number[] = [];
  let inconsistent = 0;
  let total = 0;
  let open = 0;
  let assessed = 0;
  let resolvedLate = 0;
  const openBreaches: SlaBreach[] = [];
  const recent = new Map<string, number>();
  const owners = new Map<string | null, { days0to7: number; days8to30: number; days31plus: number }>();

  for (const c of claims) {
    if (c.receivedDay > asOfDay) continue;
    total++;
    categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
    if (c.receivedDay > repeatAfter) recent.set(c.clientId, (recent.get(c.clientId) ?? 0) + 1);
    const closedDay = c.resolvedDay !== null && c.resolvedDay <= asOfDay ? c.resolvedDay : null;
    const closed = isClaimClosed(c, asOfDay);
    if (closedDay !== null) {
      if (closedDay >= c.receivedDay) durations.push(closedDay - c.receivedDay);
      else inconsistent++;
    }
    if (c.slaDueDay !== null) {
      if (closedDay !== null) {
        assessed++;
        if (closedDay > c.slaDueDay) resolvedLate++;
      } else if (!closed && asOfDay > c.slaDueDay) {
        assessed++;
        openBreaches.push({
          claimId: c.id,
          clientId: c.clientId,
          owner: c.owner,
          slaDueDate: dayToIso(c.slaDueDay),
          daysOver: asOfDay - c.slaDueDay,
        });
      }
    }
    if (closed) continue;
    open++;
    let bucket = owners.get(c.owner);
    if (!bucket) {
      bucket = { days0to7: 0, days8to30: 0, days31plus: 0 };
      owners.set(c.owner, bucket);
    }
    const age = asOfDay - c.receivedDay;
    if (age <= 7) bucket.days0to7++;
    else if (age <= 30) bucket.days8to30++;
    else bucket.days31plus++;
  }

  const pareto: ParetoRow[] = [];
  let cumulative = 0;
  const sortedCategories = [...categories].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]));
  for (const [category, count] of sortedCategories) {
    cumulative += count;
    pareto.push({ category, count, share: count / total, cumulativeShare: cumulative / total });
  }
  durations.sort((a, b) => a - b);
  openBreaches.sort((a, b) => b.daysOver - a.daysOver || compareKeys(a.claimId, b.claimId));
  const breached = resolvedLate + openBreaches.length;
  const repeatClaimants = [...recent]
    .filter(([, n]) => n >= settings.repeatMinClaims)
    .map(([clientId, n]) => ({ clientId, claims: n }))
    .sort((a, b) => b.claims - a.claims || compareKeys(a.clientId, b.clientId));
  const openByOwner = [...owners]
    .map(([owner, b]) => ({ owner, ...b, total: b.days0to7 + b.days8to30 + b.days31plus }))
    .sort((a, b) => b.total - a.total || compareKeys(a.owner, b.owner));

  return {
    total,
    open,
    pareto,
    timeToResolve: {
      resolved: durations.length,
      medianDays: quantileSorted(durations, 0.5),
      p90Days: quantileSorted(durations, 0.9),
      inconsistent,
    },
    sla: {
      assessed,
      resolvedLate,
      openPastDue: openBreaches.length,
      breachRate: assessed > 0 ? breached / assessed : null,
      openBreaches,
    },
    repeatClaimants,
    openByOwner,
  };
}
