import {
  type CLIENT_STATUSES,
  type CLIENT_TIERS,
  CLIENTS_TABLE,
  LEAD_SOURCES,
} from '../../src/core/tables/clientsTable';
import { DEFAULT_HISTORY_MONTHS, type DemoCalendar } from './calendar';
import { SEGMENTS, type Segment } from './companyNames';
import type { CompetitorProfile } from './competitors';
import { civilOf } from './days';
import { type PaymentHabit, UNASSIGNED_HABIT } from './payers';
import { CATEGORIES_BY_SEGMENT } from './phrases';
import { type Place, pickPlace } from './places';
import { type Rng, Weighted } from './random';
import { recordId } from './records';

/** A client status key. */
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
/** A client tier key. */
type ClientTier = (typeof CLIENT_TIERS)[number];
/** A lead source key. */
type LeadSource = (typeof LEAD_SOURCES)[number];
/** How regularly a client orders: steady (XYZ class X), seasonal (Y) or now and then (Z). */
type OrderPattern = 'steady' | 'seasonal' | 'sporadic';

/** Everything the demo decides about a client before writing any row; the other tables follow it. */
export interface ClientProfile {
  id: string;
  owner: string;
  status: ClientStatus;
  tier: ClientTier | null;
  segment: Segment;
  place: Place;
  leadSource: LeadSource;
  createdDay: number;
  /** The year the company was founded (the clients table shows it for most); set by assignPayers. */
  foundedYear: number;
  /** Revenue a year at the client's pace (PHP); for a prospect, what it could bring. */
  annualRevenue: number;
  pattern: OrderPattern;
  /** Orders fall on days in [orderFrom, orderTo); none when the range is empty. */
  orderFrom: number;
  orderTo: number;
  /** How it pays its invoices; set by assignPayers (payers.ts). */
  payment: PaymentHabit;
  paymentTermsDays: number | null;
  categories: readonly string[];
  /** 1 for most clients; higher for the few who complain often. */
  claimProneness: number;
  /** Indexes into the competitor profiles of competitors present at the client. */
  competitors: readonly number[];
  contractRef: string | null;
  contractStartDay: number;
  /** Index of an earlier client this one is a near-duplicate of (entered twice), or null. */
  duplicateOf: number | null;
  orderCount: number;
  revenue: number;
  firstOrderDay: number;
  lastOrderDay: number;
}

const STATUS = new Weighted<ClientStatus>([
  ['active', 68],
  ['prospect', 14],
  ['dormant', 10],
  ['lost', 8],
]);

const sourceWeights = (weights: readonly number[]) =>
  new Weighted<LeadSource>(LEAD_SOURCES.map((source, i) => [source, weights[i] ?? 1] as const));
const SOURCE_BY_STATUS: Record<ClientStatus, Weighted<LeadSource>> = {
  active: sourceWeights([26, 12, 6, 12, 12, 6, 9, 12, 5]),
  prospect: sourceWeights([8, 25, 15, 12, 14, 10, 8, 4, 4]),
  dormant: sourceWeights([15, 15, 10, 15, 12, 8, 8, 10, 7]),
  lost: sourceWeights([15, 15, 10, 15, 12, 8, 8, 10, 7]),
};
const SOURCE_REVENUE: Record<LeadSource, number> = {
  referral: 1.35,
  partner: 1.25,
  exhibition: 1.1,
  presentation: 1.1,
  call: 1,
  show: 0.95,
  other: 0.9,
  website: 0.8,
  email: 0.8,
};
const SEGMENT = new Weighted<Segment>(
  SEGMENTS.map((s, i) => [s, [18, 16, 12, 16, 10, 10, 8, 10][i] ?? 1] as const),
);
const SEGMENT_REVENUE: Record<Segment, number> = {
  'Food & beverage': 1,
  Retail: 0.9,
  Logistics: 1.2,
  Manufacturing: 1.3,
  Healthcare: 1.1,
  Construction: 1.2,
  'IT services': 0.7,
  Hospitality: 0.8,
};
const TERMS: Record<ClientTier, Weighted<number>> = {
  key: new Weighted([
    [30, 30],
    [45, 40],
    [60, 30],
  ]),
  large: new Weighted([
    [30, 45],
    [45, 35],
    [60, 20],
  ]),
  medium: new Weighted([
    [15, 20],
    [30, 55],
    [45, 20],
    [60, 5],
  ]),
  small: new Weighted([
    [15, 25],
    [30, 55],
    [45, 15],
    [60, 5],
  ]),
};
const PATTERN: Record<ClientTier, Weighted<OrderPattern>> = {
  key: new Weighted([
    ['steady', 50],
    ['seasonal', 30],
    ['sporadic', 20],
  ]),
  large: new Weighted([
    ['steady', 45],
    ['seasonal', 30],
    ['sporadic', 25],
  ]),
  medium: new Weighted([
    ['steady', 30],
    ['seasonal', 35],
    ['sporadic', 35],
  ]),
  small: new Weighted([
    ['steady', 20],
    ['seasonal', 30],
    ['sporadic', 50],
  ]),
};
const OWNER_SHARES = [40, 35, 25];
const CONTRACT_CHANCE: Record<ClientTier, number> = { key: 1, large: 0.8, medium: 0.45, small: 0.1 };

/** The tier a client of this yearly revenue is given. */
function tierOf(annualRevenue: number): ClientTier {
  if (annualRevenue >= 8_000_000) return 'key';
  if (annualRevenue >= 2_500_000) return 'large';
  return annualRevenue >= 700_000 ? 'medium' : 'small';
}

/** Competitors present at a client, weighted per region: strong at home, present everywhere if national. */
function competitorsAt(
  rng: Rng,
  place: Place,
  competitors: readonly CompetitorProfile[],
  byRegion: Map<string, Weighted<number>>,
): number[] {
  if (competitors.length === 0 || !rng.chance(0.55)) return [];
  let weights = byRegion.get(place.region);
  if (!weights) {
    weights = new Weighted(
      competitors.map(
        (c, i) =>
          [i, c.homeRegions.length === 0 ? 2 : c.homeRegions.includes(place.region) ? 5 : 0.4] as const,
      ),
    );
    byRegion.set(place.region, weights);
  }
  const first = weights.pick(rng);
  const second = rng.chance(0.3) ? weights.pick(rng) : first;
  return second === first ? [first] : [first, second].sort((a, b) => a - b);
}

/**
 * The clients of the demo as profiles, in creation order with their IDs: status, size (log-normal
 * yearly revenue, so a fifth of the clients bring most of it), ordering pattern, payment terms,
 * contract and competitors. A few are near-duplicates of an earlier client. The founding year and
 * payment habit are left for assignPayers (payers.ts).
 */
export function buildProfiles(
  rng: Rng,
  count: number,
  calendar: DemoCalendar,
  managers: readonly string[],
  competitors: readonly CompetitorProfile[],
): ClientProfile[] {
  const { asOfDay, monthStarts: months } = calendar;
  const windowStart = months[0] as number;
  // Months of history beyond the default 13: the lifecycle keeps its distances from asOf, and the
  // older months see some clients join (about 1% of the clients a month) and more of the lost go.
  const extra = months.length - DEFAULT_HISTORY_MONTHS;
  const joinedShare = Math.min(0.5, 0.01 * extra);
  // Clients are made by the managers, the last of whom was appointed 1,550 days before asOf (team.ts).
  const oldestDay = asOfDay - 1540;
  const owners = new Weighted(managers.map((m, i) => [m, OWNER_SHARES[i] ?? 25] as const));
  let contracts = 0;
  const competitorWeights = new Map<string, Weighted<number>>();
  const profiles: ClientProfile[] = [];
  for (let i = 0; i < count; i++) {
    const status = STATUS.pick(rng);
    const leadSource = SOURCE_BY_STATUS[status].pick(rng);
    const segment = SEGMENT.pick(rng);
    const place = pickPlace(rng);
    const annualRevenue =
      Math.round(
        (rng.logNormal(800_000, 1.35) * SOURCE_REVENUE[leadSource] * SEGMENT_REVENUE[segment]) / 1000,
      ) * 1000;
    const sizeTier = tierOf(annualRevenue);
    let createdDay = windowStart - rng.int(30, Math.min(1100, windowStart - oldestDay));
    let orderFrom = windowStart;
    let orderTo = asOfDay;
    let pattern = PATTERN[sizeTier].pick(rng);
    if (status === 'active' && rng.chance(0.08)) {
      createdDay = asOfDay - rng.int(20, 150);
      orderFrom = createdDay + rng.int(0, 20);
      pattern = rng.chance(0.4) ? 'steady' : 'sporadic';
    } else if (status === 'dormant') {
      orderTo = months[extra + rng.int(3, 8)] as number;
    } else if (status === 'lost') {
      orderTo = rng.chance(0.55) ? (months[rng.int(1, 3 + extra)] as number) : windowStart;
    } else if (status === 'prospect') {
      createdDay = asOfDay - 1 - Math.floor(700 * rng.next() ** 2);
      orderFrom = orderTo = asOfDay;
    }
    if (extra > 0 && status !== 'prospect' && orderFrom === windowStart && rng.chance(joinedShare)) {
      // Joined during the older months of a long history, ordering from a few days later.
      const joinBy = Math.min(months[extra] as number, orderTo - 90);
      if (joinBy > windowStart) {
        createdDay = windowStart + rng.int(0, joinBy - windowStart - 1);
        orderFrom = createdDay + rng.int(0, 20);
      }
    }
    const tier = status === 'prospect' && rng.chance(0.3) ? null : sizeTier;
    const categoryList = CATEGORIES_BY_SEGMENT[segment];
    const categories = categoryList.filter((_, k) => k === 0 || rng.chance(sizeTier === 'key' ? 0.7 : 0.35));
    const hasContract =
      (status === 'active' || status === 'dormant') && rng.chance(CONTRACT_CHANCE[sizeTier]);
    const contractStartDay = Math.min(asOfDay - 1, Math.max(createdDay, asOfDay - rng.int(120, 800)));
    profiles.push({
      id: '',
      owner: owners.pick(rng),
      status,
      tier,
      segment,
      place,
      leadSource,
      createdDay,
      foundedYear: 0, // set by assignPayers
      annualRevenue,
      pattern,
      orderFrom,
      orderTo,
      payment: UNASSIGNED_HABIT,
      paymentTermsDays: status === 'prospect' && rng.chance(0.4) ? null : TERMS[sizeTier].pick(rng),
      categories,
      claimProneness: rng.chance(0.08) ? 6 : 1,
      competitors: competitorsAt(rng, place, competitors, competitorWeights),
      contractRef: hasContract
        ? `SC-${civilOf(contractStartDay)[0]}-${String(++contracts).padStart(4, '0')}`
        : null,
      contractStartDay,
      duplicateOf: null,
      orderCount: 0,
      revenue: 0,
      firstOrderDay: 0,
      lastOrderDay: 0,
    });
  }
  profiles.sort((a, b) => a.createdDay - b.createdDay);
  profiles.forEach((profile, index) => {
    profile.id = recordId(CLIENTS_TABLE, index + 1);
  });
  markNearDuplicates(rng, profiles);
  return profiles;
}

/** About 1% of clients (at least two from 20 clients on) are the same company entered again. */
function markNearDuplicates(rng: Rng, profiles: ClientProfile[]): void {
  if (profiles.length < 20) return;
  const wanted = Math.max(2, Math.round(profiles.length * 0.01));
  const half = Math.floor(profiles.length / 2);
  for (let made = 0, tries = 0; made < wanted && tries < wanted * 10; tries++) {
    const copy = profiles[rng.int(half, profiles.length - 1)] as ClientProfile;
    const originalIndex = rng.int(0, half - 1);
    const original = profiles[originalIndex] as ClientProfile;
    if (copy.duplicateOf !== null || original.duplicateOf !== null) continue;
    copy.duplicateOf = originalIndex;
    copy.segment = original.segment;
    copy.place = original.place;
    made++;
  }
}
