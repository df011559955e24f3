/**
 * Account health: how the relationship is going, shown beside the reliability forecast and never
 * mixed into it. Claims and obligations measure the company's own service, order regularity the
 * client's rhythm, credit use its exposure; none of them says whether the buyer pays on time.
 *
 * Each indicator is null when there is nothing to measure it on:
 * - claimsPerOrder: claims received / orders, both up to asOf (null without orders);
 * - obligationsKept: share of assessed obligations kept on time (obligationsAnalysis.ts);
 * - orderingMonths: months with net orders among the XYZ months, with the XYZ class and its
 *   coefficient of variation (null without a row in those months);
 * - creditUse: unpaid amount / credit limit (null without a positive limit).
 */
import type { Day } from './days';
import type { ObligationRecord } from './obligationsAnalysis';
import type { ClientOrderStats } from './orderStats';
import type { ClaimRow, ClientRow } from './rows';
import type { XyzEntry } from './xyz';

export interface AccountHealth {
  readonly clientId: string;
  readonly claimsPerOrder: { readonly claims: number; readonly orders: number; readonly rate: number } | null;
  readonly obligationsKept: {
    readonly kept: number;
    readonly assessed: number;
    readonly share: number;
  } | null;
  readonly orderingMonths: {
    readonly months: number;
    readonly of: number;
    readonly xyzClass: string | null;
    readonly cv: number | null;
  } | null;
  readonly creditUse: { readonly outstanding: number; readonly limit: number; readonly share: number } | null;
}

/** What account health reads, each computed once for all clients. */
interface HealthInputs {
  readonly orderStats: ReadonlyMap<string, ClientOrderStats>;
  readonly claims: readonly ClaimRow[];
  readonly obligations: ReadonlyMap<string, ObligationRecord>;
  readonly xyz: ReadonlyMap<string, XyzEntry>;
  readonly asOfDay: Day;
}

function claimCounts(claims: readonly ClaimRow[], asOfDay: Day): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims)
    if (c.receivedDay <= asOfDay) counts.set(c.clientId, (counts.get(c.clientId) ?? 0) + 1);
  return counts;
}

/** Every client's account health indicators, in client order. */
export function accountHealth(clients: readonly ClientRow[], inputs: HealthInputs): AccountHealth[] {
  const claims = claimCounts(inputs.claims, inputs.asOfDay);
  return clients.map((client) => {
    const s = inputs.orderStats.get(client.id);
    const orders = s?.ordersAllTime ?? 0;
    const claimCount = claims.get(client.id) ?? 0;
    const o = inputs.obligations.get(client.id);
    const x = inputs.xyz.get(client.id);
    const monthly = s?.monthly ?? null;
    const limit = client.creditLimit;
    const outstanding = s?.outstanding ?? 0;
    const use = limit !== null && limit > 0 ? outstanding / limit : null;
    // A limit so close to 0 that the share overflows (even once shown in percent) is no limit to measure against.
    const measurable = use !== null && Number.isFinite(use * 100);
    return {
      clientId: client.id,
      claimsPerOrder: orders > 0 ? { claims: claimCount, orders, rate: claimCount / orders } : null,
      obligationsKept:
        o && o.assessed > 0 && o.keptShare !== null
          ? { kept: o.kept, assessed: o.assessed, share: o.keptShare }
          : null,
      orderingMonths: monthly
        ? {
            months: monthly.filter((amount) => amount > 0).length,
            of: monthly.length,
            xyzClass: x?.xyzClass ?? null,
            cv: x && x.xyzClass !== null ? x.cv : null,
          }
        : null,
      creditUse: limit !== null && use !== null && measurable ? { outstanding, limit, share: use } : null,
    };
  });
}
