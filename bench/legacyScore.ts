/**
 * Today's score, kept for the backtest (bench/backtest.ts) as a baseline: a copy of the old
 * src/core/analysis/reliability.ts with its old settings defaults, self-contained in bench.
 *
 * Business reliability of a client: a 0-100 score that explains itself factor by factor.
 *
 * Factors (value → sub-score 0-1; each is *missing* when the data to judge it is absent):
 * - paymentTimeliness: amount-weighted average days paid after the invoice due date (unpaid invoices
 *   past due count as late up to asOf; see `orderStats.ts`) → 1 − min(1, days / lateDaysForZero).
 *   Missing without an assessed invoice.
 * - yearsInBusiness: asOf's year − yearFounded → min(1, years / yearsForFull). Missing without a year,
 *   or with a year after asOf.
 * - claimsRate: claims received / orders, both up to asOf → 1 − min(1, rate / claimsPerOrderForZero).
 *   Missing without orders.
 * - obligationsKept: share of assessed obligations kept on time (see `obligationsAnalysis.ts`) → that
 *   share. Missing when none is assessed.
 * - orderRegularity: the XYZ class → X 1, Y 0.5, Z 0 (value is the CV). Missing without a class.
 * - creditUse: unpaid amount / credit limit → 1 − min(1, use). Missing without a positive limit (or
 *   one so close to 0 that the ratio overflows).
 *
 * Score = 100 × Σ(weight × sub-score) / Σ(weight of the factors present): missing factors re-normalise
 * the rest, and the result lists which were missing. Each factor's contribution is its share of those
 * points, so the contributions add up to the score (before rounding: score is rounded to a whole
 * number, contributions to one decimal).
 *
 * Too little history: fewer than `minOrders` orders and no claims and no assessed obligations gives a
 * `prior` (the settings' prior score, marked as such), not a precise-looking number; so does a client
 * for whom no factor with a positive weight is present.
 */
import type { Day } from '../src/core/analysis/days';
import type { ObligationRecord } from '../src/core/analysis/obligationsAnalysis';
import type { ClientOrderStats } from '../src/core/analysis/orderStats';
import type { ClaimRow, ClientRow } from '../src/core/analysis/rows';
import type { XyzEntry } from '../src/core/analysis/xyz';

/** Weights of the reliability factors. They need not sum to 1: the score divides by their sum. */
interface ReliabilityWeights {
  readonly paymentTimeliness: number;
  readonly yearsInBusiness: number;
  readonly claimsRate: number;
  readonly obligationsKept: number;
  readonly orderRegularity: number;
  readonly creditUse: number;
}

/** The old score's settings, kept here since src/core no longer has them. */
interface ReliabilitySettings {
  readonly weights: ReliabilityWeights;
  /** Fewer orders than this, and no claims or assessed obligations, gives a prior instead of a score. */
  readonly minOrders: number;
  /** The prior's score (0-100). */
  readonly priorScore: number;
  /** Amount-weighted days late at which payment timeliness scores 0 (linear from 1 at 0 days). */
  readonly lateDaysForZero: number;
  /** Years in business that score 1 (linear from 0 at 0 years). */
  readonly yearsForFull: number;
  /** Claims per order at which the claims factor scores 0 (linear from 1 at no claims). */
  readonly claimsPerOrderForZero: number;
}

/** The old defaults, as Suki shipped them. */
const LEGACY_SETTINGS: ReliabilitySettings = {
  weights: {
    paymentTimeliness: 0.3,
    yearsInBusiness: 0.1,
    claimsRate: 0.15,
    obligationsKept: 0.15,
    orderRegularity: 0.15,
    creditUse: 0.15,
  },
  minOrders: 3,
  priorScore: 50,
  lateDaysForZero: 60,
  yearsForFull: 10,
  claimsPerOrderForZero: 0.2,
};

type ReliabilityFactorKey = keyof ReliabilityWeights;

const RELIABILITY_FACTORS: readonly ReliabilityFactorKey[] = [
  'paymentTimeliness',
  'yearsInBusiness',
  'claimsRate',
  'obligationsKept',
  'orderRegularity',
  'creditUse',
];

interface ReliabilityFactor {
  readonly key: ReliabilityFactorKey;
  /** The measured value: days late, years, claims per order, kept share, CV, or credit use. */
  readonly value: number;
  readonly subScore: number;
  /** The weight from the settings. */
  readonly weight: number;
  /** The weight after re-normalising over the factors present (these sum to 1). */
  readonly effectiveWeight: number;
  /** Points this factor adds to the score. */
  readonly contribution: number;
  /** The figures behind the value, for the explanation. */
  readonly basis: Readonly<Record<string, number | string>>;
}

type ReliabilityResult =
  | {
      readonly kind: 'scored';
      readonly clientId: string;
      readonly score: number;
      readonly factors: readonly ReliabilityFactor[];
      readonly missing: readonly ReliabilityFactorKey[];
    }
  | {
      readonly kind: 'prior';
      readonly clientId: string;
      readonly score: number;
      readonly reason: 'insufficientHistory' | 'noFactors';
      readonly orders: number;
      readonly claims: number;
      readonly obligationsAssessed: number;
    };

/** What reliability reads besides the client row, each computed once for all clients. */
interface ReliabilityInputs {
  readonly asOfYear: number;
  readonly orderStats: ReadonlyMap<string, ClientOrderStats>;
  readonly claimCounts: ReadonlyMap<string, number>;
  readonly obligations: ReadonlyMap<string, ObligationRecord>;
  readonly xyz: ReadonlyMap<string, XyzEntry>;
}

/** Claims received on or before asOf, per client. */
export function claimCountsAsOf(claims: readonly ClaimRow[], asOfDay: Day): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims)
    if (c.receivedDay <= asOfDay) counts.set(c.clientId, (counts.get(c.clientId) ?? 0) + 1);
  return counts;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Basis = Record<string, number | string>;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
/** `x` rounded to a step; a value so large that scaling it overflows is already whole, and kept. */
const roundTo = (x: number, scale: number) => {
  const rounded = Math.round(x * scale) / scale;
  return Number.isFinite(rounded) ? rounded : x;
};
const round1 = (x: number) => roundTo(x, 10);
const round3 = (x: number) => roundTo(x, 1000);

/** One factor, in the shape it is returned (weights and contribution are filled in afterwards). */
function factor(
  key: ReliabilityFactorKey,
  weight: number,
  value: number,
  subScore: number,
  basis: Basis,
): Mutable<ReliabilityFactor> {
  return { key, value, subScore, weight, effectiveWeight: 0, contribution: 0, basis };
}

/** The factors present for `client`, weighted but not yet normalised (one object each, filled in later). */
function measureFactors(
  client: ClientRow,
  inputs: ReliabilityInputs,
  settings: ReliabilitySettings,
): Mutable<ReliabilityFactor>[] {
  const factors: Mutable<ReliabilityFactor>[] = [];
  const w = settings.weights;
  const s = inputs.orderStats.get(client.id);
  const orders = s?.ordersAllTime ?? 0;
  if (s && s.invoicesAssessed > 0 && s.lateWeight > 0) {
    const days = s.lateAmountDays / s.lateWeight;
    factors.push(
      factor('paymentTimeliness', w.paymentTimeliness, days, 1 - clamp01(days / settings.lateDaysForZero), {
        invoices: s.invoicesAssessed,
        invoicedAmount: s.lateWeight,
      }),
    );
  }
  if (client.yearFounded !== null && client.yearFounded <= inputs.asOfYear) {
    const years = inputs.asOfYear - client.yearFounded;
    factors.push(
      factor('yearsInBusiness', w.yearsInBusiness, years, clamp01(years / settings.yearsForFull), {
        yearFounded: client.yearFounded,
      }),
    );
  }
  if (orders > 0) {
    const claims = inputs.claimCounts.get(client.id) ?? 0;
    const rate = claims / orders;
    factors.push(
      factor('claimsRate', w.claimsRate, rate, 1 - clamp01(rate / settings.claimsPerOrderForZero), {
        claims,
        orders,
      }),
    );
  }
  const o = inputs.obligations.get(client.id);
  if (o && o.assessed > 0 && o.keptShare !== null) {
    factors.push(
      factor('obligationsKept', w.obligationsKept, o.keptShare, o.keptShare, {
        kept: o.kept,
        assessed: o.assessed,
      }),
    );
  }
  const x = inputs.xyz.get(client.id);
  if (x && x.xyzClass !== null) {
    const subScore = x.xyzClass === 'X' ? 1 : x.xyzClass === 'Y' ? 0.5 : 0;
    factors.push(factor('orderRegularity', w.orderRegularity, x.cv, subScore, { xyzClass: x.xyzClass }));
  }
  if (client.creditLimit !== null && client.creditLimit > 0) {
    const outstanding = s?.outstanding ?? 0;
    const use = outstanding / client.creditLimit;
    // A limit so close to 0 that the ratio overflows is no limit to measure against: missing.
    if (Number.isFinite(use))
      factors.push(
        factor('creditUse', w.creditUse, use, 1 - clamp01(use), {
          outstanding,
          creditLimit: client.creditLimit,
        }),
      );
  }
  return factors;
}

function hasFactor(factors: readonly ReliabilityFactor[], key: ReliabilityFactorKey): boolean {
  for (const f of factors) if (f.key === key) return true;
  return false;
}

/** A prior result: the settings' prior score, marked, with the history that was too thin. */
function prior(
  clientId: string,
  score: number,
  reason: 'insufficientHistory' | 'noFactors',
  orders: number,
  claims: number,
  obligationsAssessed: number,
): ReliabilityResult {
  return { kind: 'prior', clientId, score, reason, orders, claims, obligationsAssessed };
}

/** One client's reliability: a scored, explained result, or a marked prior (see the module notes). */
function scoreClientReliability(
  client: ClientRow,
  inputs: ReliabilityInputs,
  settings: ReliabilitySettings = LEGACY_SETTINGS,
): ReliabilityResult {
  const orders = inputs.orderStats.get(client.id)?.ordersAllTime ?? 0;
  const claims = inputs.claimCounts.get(client.id) ?? 0;
  const obligationsAssessed = inputs.obligations.get(client.id)?.assessed ?? 0;
  if (orders < settings.minOrders && claims === 0 && obligationsAssessed === 0)
    return prior(client.id, settings.priorScore, 'insufficientHistory', orders, claims, obligationsAssessed);

  const factors = measureFactors(client, inputs, settings);
  let weightSum = 0;
  for (const f of factors) weightSum += f.weight;
  if (weightSum <= 0)
    return prior(client.id, settings.priorScore, 'noFactors', orders, claims, obligationsAssessed);

  let points = 0;
  const missing: ReliabilityFactorKey[] = [];
  for (const f of factors) {
    f.effectiveWeight = f.weight / weightSum;
    const contribution = 100 * f.effectiveWeight * f.subScore;
    points += contribution;
    f.contribution = round1(contribution);
    f.effectiveWeight = round3(f.effectiveWeight);
    f.value = round3(f.value);
    f.subScore = round3(f.subScore);
  }
  for (const key of RELIABILITY_FACTORS) if (!hasFactor(factors, key)) missing.push(key);
  return { kind: 'scored', clientId: client.id, score: Math.round(points), factors, missing };
}

/** Every client's reliability, in client order. */
export function scoreReliability(
  clients: readonly ClientRow[],
  inputs: ReliabilityInputs,
  settings: ReliabilitySettings = LEGACY_SETTINGS,
): ReliabilityResult[] {
  return clients.map((c) => scoreClientReliability(c, inputs, settings));
}
