import type { TableRecord } from '../../src/core/tables/tableSpec';
import { type CLAIM_CHANNELS, type CLAIM_SEVERITIES, CLAIMS_TABLE } from '../../src/core/tables/workTables';
import type { DemoCalendar } from './calendar';
import { type ClaimCategory, claimDescription, claimResolution, claimRootCause } from './claimTexts';
import { isoDate } from './days';
import type { ClientProfile } from './profiles';
import { type Rng, Weighted, weightedIndex } from './random';
import { Drafts } from './records';

type Severity = (typeof CLAIM_SEVERITIES)[number];

/** Days to resolve a claim by severity, as the demo company's SLA sets them. */
const SLA_DAYS: Record<Severity, number> = { critical: 2, high: 5, medium: 10, low: 20 };

const CATEGORY = new Weighted<ClaimCategory>([
  ['delivery', 35],
  ['quality', 30],
  ['billing', 15],
  ['service', 12],
  ['contract', 8],
]);
const SEVERITY = new Weighted<Severity>([
  ['low', 30],
  ['medium', 40],
  ['high', 22],
  ['critical', 8],
]);
const CHANNEL = new Weighted<(typeof CLAIM_CHANNELS)[number]>([
  ['email', 40],
  ['call', 30],
  ['web', 12],
  ['meeting', 10],
  ['letter', 8],
]);

/** Share of claims that stall and stay open whatever their age. */
const STALLED = 0.08;
/** Share of claims received in the last six weeks. */
const RECENT = 0.25;

/**
 * The claims table: about `target` claims from clients who ordered, more from big buyers and from the
 * few who complain often (repeat claimants); delivery and quality first. The SLA due date follows the
 * severity; most claims close in time, some late, some stay open past their SLA.
 */
export function buildClaims(
  rng: Rng,
  profiles: readonly ClientProfile[],
  calendar: DemoCalendar,
  target: number,
): TableRecord[] {
  const { asOfDay } = calendar;
  const buyers = profiles.filter((p) => p.orderCount > 0);
  if (buyers.length === 0 || target <= 0) return [];
  const cumulative = new Float64Array(buyers.length);
  let sum = 0;
  buyers.forEach((p, i) => {
    sum += (1 + p.orderCount) ** 0.8 * p.claimProneness;
    cumulative[i] = sum;
  });

  const drafts = new Drafts();
  for (let n = 0; n < target; n++) {
    const profile = buyers[weightedIndex(cumulative, rng.next() * sum)] as ClientProfile;
    const first = Math.min(profile.firstOrderDay + 1, asOfDay - 1);
    const last = Math.min(profile.lastOrderDay + 30, asOfDay - 1);
    // A quarter of the claims came in over the last six weeks: the open backlog a manager sees.
    const from = rng.chance(RECENT) ? Math.max(first, asOfDay - 45) : first;
    const received = from + Math.floor(rng.next() * Math.max(1, last - from + 1));
    const category = CATEGORY.pick(rng);
    const severity = SEVERITY.pick(rng);
    const sla = SLA_DAYS[severity];
    const takes = rng.chance(0.72) ? rng.int(0, sla) : sla + rng.int(1, Math.max(2, sla));
    const resolvedDay = rng.chance(STALLED) || received + takes >= asOfDay ? null : received + takes;
    const rejected = resolvedDay !== null && rng.chance(0.1);
    const status =
      resolvedDay !== null
        ? rejected
          ? 'rejected'
          : 'resolved'
        : asOfDay - received <= 3
          ? 'new'
          : 'investigating';
    const averageOrder = Math.max(1000, profile.revenue / profile.orderCount);
    const claimed =
      category !== 'service' && rng.chance(0.65) ? Math.round(averageOrder * rng.between(0.05, 0.6)) : null;
    const compensation =
      status === 'resolved' && claimed !== null && rng.chance(0.5)
        ? Math.round(claimed * rng.between(0.3, 1))
        : null;
    const created = Math.min(asOfDay - 1, received + (rng.chance(0.8) ? 0 : 1));
    const updated = resolvedDay ?? received + Math.floor(rng.next() * (asOfDay - received));
    drafts.add(
      {
        id: '',
        clientId: profile.id,
        receivedDate: isoDate(received),
        channel: CHANNEL.pick(rng),
        category,
        severity,
        description: claimDescription(rng, category),
        amountClaimed: claimed,
        contractRef: profile.contractRef !== null && rng.chance(0.7) ? profile.contractRef : null,
        owner: profile.owner,
        status,
        slaDueDate: isoDate(received + sla),
        resolvedDate: resolvedDay === null ? null : isoDate(resolvedDay),
        resolution: resolvedDay === null ? null : claimResolution(rng, rejected),
        compensation,
        rootCause: resolvedDay === null ? null : claimRootCause(rng, category),
        createdAt: '',
        createdBy: profile.owner,
        updatedAt: '',
        updatedBy: profile.owner,
        archivedAt: null,
      },
      created,
      updated,
    );
  }
  return drafts.finalize(CLAIMS_TABLE, rng);
}
