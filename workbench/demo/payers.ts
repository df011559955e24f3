/**
 * How each demo client pays: a persistent latent chance that an invoice is paid after its due date,
 * nudged a little by firmographics, with a few clients whose habit turned in the last months. The
 * orders follow it invoice by invoice (orders.ts), the credit evidence reflects it (evidence.ts).
 */
import type { Segment } from './companyNames';
import type { ClientProfile } from './profiles';
import { type Rng, Weighted } from './random';

/** How a client pays its invoices, as a habit: each kind has its own typical late chance. */
type PayerKind = 'prompt' | 'usual' | 'late' | 'chronic';

/** A client's payment habit. Chances are per invoice, of being paid after the due date. */
export interface PaymentHabit {
  kind: PayerKind;
  /** The latent late chance the client is known by (before any turn). */
  lateChance: number;
  /** The late chance of invoices falling due on or after turnDay. */
  recentLateChance: number;
  /** The day the habit turned (worse or better); +Infinity when it never did. */
  turnDay: number;
}

/** The habit of a profile before assignPayers has run. */
export const UNASSIGNED_HABIT: Readonly<PaymentHabit> = {
  kind: 'prompt',
  lateChance: 0,
  recentLateChance: 0,
  turnDay: Number.POSITIVE_INFINITY,
};

/**
 * The mixture of habits, weighted so that about three in ten invoices of the book are late, as in
 * Philippine B2B receivables: many pay reliably, a good share mostly on time, some habitually late,
 * a few chronically (and leave some invoices unpaid).
 */
const KIND = new Weighted<PayerKind>([
  ['prompt', 40],
  ['usual', 31],
  ['late', 19],
  ['chronic', 10],
]);
/** Centre and spread of each kind's late chance on the logit scale: ~3.5%, ~19%, ~62%, ~87%. */
const KIND_LOGIT: Record<PayerKind, readonly [number, number]> = {
  prompt: [-3.3, 0.45],
  usual: [-1.45, 0.3],
  late: [0.5, 0.3],
  chronic: [1.9, 0.2],
};

/** Logit shifts by segment: project billing and reimbursements pay slower, factories and IT faster. */
const SEGMENT_SHIFT: Record<Segment, number> = {
  'Food & beverage': 0,
  Retail: 0.1,
  Logistics: -0.05,
  Manufacturing: -0.15,
  Healthcare: 0.25,
  Construction: 0.35,
  'IT services': -0.2,
  Hospitality: 0.2,
};
/** Regions around Metro Manila; the other Philippine regions count as the provinces. */
const NEAR_MANILA = new Set(['CALABARZON', 'Central Luzon']);
/** Logit shifts by tier: key accounts' long approval cycles, small firms' thin cash. */
const TIER_SHIFT = { key: 0.15, large: -0.1, medium: -0.1, small: 0.2 } as const;

/** The late chance from which a payer is chronic: weeks late, some invoices never paid. */
export const CHRONIC_CHANCE = 0.8;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** The small logit shift firmographics give: segment, region, tier and years in business. */
function firmographicShift(profile: ClientProfile, asOfYear: number): number {
  const { place } = profile;
  const region = place.abroad
    ? -0.25
    : place.region === 'NCR'
      ? -0.15
      : NEAR_MANILA.has(place.region)
        ? 0
        : 0.2;
  const age = asOfYear - profile.foundedYear;
  const youth = age < 3 ? 0.4 : age < 8 ? 0.15 : age >= 30 ? -0.15 : 0;
  const tier = profile.tier === null ? 0 : TIER_SHIFT[profile.tier];
  return SEGMENT_SHIFT[profile.segment] + region + tier + youth;
}

/** Share of ordering active clients with a good habit that turned late lately (money troubles). */
const WORSEN = 0.11;
/** Share of ordering active clients with a late habit that mended it lately (new finance staff). */
const IMPROVE = 0.12;

/** A habit, with a turn in the last ~4 months for a few clients still ordering. */
function habitOf(rng: Rng, profile: ClientProfile, asOfDay: number, asOfYear: number): PaymentHabit {
  const kind = KIND.pick(rng);
  const [centre, spread] = KIND_LOGIT[kind];
  const lateChance = logistic(centre + spread * rng.normal() + firmographicShift(profile, asOfYear));
  const habit = { kind, lateChance, recentLateChance: lateChance, turnDay: Number.POSITIVE_INFINITY };
  const ordering = profile.status === 'active' && profile.orderTo >= asOfDay && profile.orderFrom < asOfDay;
  const good = kind === 'prompt' || kind === 'usual';
  const turn = rng.next();
  if (!ordering || turn >= (good ? WORSEN : IMPROVE)) return habit;
  habit.turnDay = asOfDay - rng.int(100, 130);
  habit.recentLateChance = good ? logistic(rng.between(0.6, 1.2)) : logistic(rng.between(-2, -1.4));
  return habit;
}

/** A founding year: a few start-ups, most companies a decade or two old, key accounts older. */
function foundedYearOf(rng: Rng, profile: ClientProfile, asOfYear: number): number {
  const median = profile.tier === 'key' ? 30 : 14;
  const age = rng.chance(0.06) ? rng.int(0, 2) : Math.round(rng.logNormal(median, 0.7));
  return Math.max(1898, asOfYear - Math.min(age, 120));
}

/**
 * Gives every profile its founding year (which the habit depends on) and payment habit, from a stream
 * of their own so the clients stay as they are when the payment model changes. A near-duplicate is
 * the same company: founded when its original was, paying as it does.
 */
export function assignPayers(rng: Rng, profiles: ClientProfile[], asOfDay: number, asOfYear: number): void {
  for (const profile of profiles) {
    profile.foundedYear = foundedYearOf(rng, profile, asOfYear);
    profile.payment = habitOf(rng, profile, asOfDay, asOfYear);
  }
  for (const profile of profiles) {
    const original = profile.duplicateOf === null ? undefined : profiles[profile.duplicateOf];
    if (!original) continue;
    profile.foundedYear = original.foundedYear;
    profile.payment = { ...original.payment };
  }
}

/** The late chance of an invoice of `habit` falling due on `dueDay`. */
export function lateChanceOn(habit: PaymentHabit, dueDay: number): number {
  return dueDay >= habit.turnDay ? habit.recentLateChance : habit.lateChance;
}

/** How many days late a late invoice is paid: short slips for good payers, weeks for habitual ones. */
export function daysLate(rng: Rng, chance: number): number {
  const u = rng.next();
  if (chance >= CHRONIC_CHANCE) return 10 + Math.floor(66 * u ** 1.5);
  if (chance >= 0.4) return 5 + Math.floor(41 * u ** 1.4);
  return 1 + Math.floor(10 * u ** 1.6);
}
