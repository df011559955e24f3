/**
 * The book's prior: what the company's own payment history says about a buyer before that buyer's
 * own invoices do. It is a Beta distribution over the chance of paying an invoice late, with
 *
 * - a mean: the average late share of the clients with history (each client counts once, a client
 *   with little history a little less: weight n / (n + 1) for recency-weighted n judged invoices),
 *   with two pseudo-clients at 50% so a small or uniform book never claims certainty; moved by the
 *   client's segment, tier, region and age band where the book shows those groups pay differently;
 * - a strength κ, in invoices: how many of a client's own invoices weigh as much as the prior. It
 *   comes from how much clients differ: the intra-class correlation ρ of late payment, by the method
 *   of moments over clients with n invoices and late share r, each counted as c = min(n, 24):
 *   Σ c (r − μ)² / μ(1 − μ) = Σ c / n + ρ Σ c (n − 1) / n, blended with ρ = 1/3 by the amount of
 *   evidence, and κ = 1/ρ − 1. Clients that differ a lot give a weak prior, so one invoice already
 *   moves a forecast far.
 *
 * Groups: the dimensions' effects are fitted together (backfitting: each dimension on what the
 * others leave unexplained, three passes), a blank value being a group of its own, so fields that
 * pick out the same clients are not counted twice. Within a dimension the between-group variance τ²
 * is the one-way random-effects (ANOVA) estimate; a group's mean is shrunk toward the rest by
 * B = τ² / (τ² + σ² / m) for m clients with within-group variance σ² (never below the binomial noise
 * of their invoices), so a dimension that tells nothing (τ² = 0) moves nobody. A group of fewer than
 * three clients moves nobody either, no effect exceeds 25 points, and a prior mean stays within 2-98%.
 *
 * With no history at all the prior is Beta(1, 1): mean 50%, 80% range 10-90%, i.e. "we don't know".
 */
import type { ClientPayments } from './paymentHistory';
import type { ClientRow } from './rows';

/** The dimensions a prior may depend on. */
const PRIOR_DIMENSIONS = ['segment', 'tier', 'region', 'age'] as const;
type PriorDimension = (typeof PRIOR_DIMENSIONS)[number];

/** A group a client is in, as its explanation names it ("Retail", "NCR", "key", "young"). */
export interface PriorGroup {
  readonly dimension: PriorDimension;
  readonly value: string;
  /** Its effect on the prior's mean, in probability (0: the book shows no difference). */
  readonly shift: number;
}

/** The book as the prior sees it. */
export interface BookPrior {
  /** Clients with at least one judged invoice, and their judged invoices. */
  readonly clients: number;
  readonly invoices: number;
  /** The average client's late share (the prior's mean before groups). */
  readonly lateShare: number;
  /** κ: the prior's weight in invoices. */
  readonly strength: number;
  /** The client's group in each dimension the book has an effect for. */
  groupsOf(client: ClientRow, asOfYear: number): readonly PriorGroup[];
}

const DEFAULT_RHO = 1 / 3;
/** Σ c (n − 1) / n that weighs as much as the default ρ: below it, a small book leans on the default. */
const RHO_EVIDENCE = 20;
/** Clients with more judged invoices count as this many in the estimate of ρ (heavy buyers do not dominate it). */
const RHO_MAX_INVOICES = 24;
/** Pseudo-clients at 50% in the book's mean. */
const PSEUDO_CLIENTS = 2;
const MIN_GROUP_CLIENTS = 3;
const MAX_EFFECT = 0.25;
const BACKFIT_PASSES = 3;

/** A share kept off 0 and 1, where a Beta prior would claim certainty. */
export const clampShare = (x: number) => Math.min(0.98, Math.max(0.02, x));

/** Years in business, banded: the book's age groups. */
function ageBand(client: ClientRow, asOfYear: number): string | null {
  if (client.yearFounded === null || client.yearFounded > asOfYear) return null;
  const years = asOfYear - client.yearFounded;
  return years < 3 ? 'young' : years <= 10 ? 'established' : 'old';
}

/** The client's group in `dimension`, as text, or null when unknown. */
function groupValue(client: ClientRow, dimension: PriorDimension, asOfYear: number): string | null {
  const value = dimension === 'age' ? ageBand(client, asOfYear) : client[dimension];
  if (value === null) return null;
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed;
}
/** Case and spacing never tell two groups apart; blank is a group of its own (''). */
const groupKey = (value: string | null) => (value ?? '').toLowerCase();

interface RatedClient {
  readonly client: ClientRow;
  readonly history: ClientPayments;
  /** Recency-weighted late share. */
  readonly rate: number;
}

/** κ from the clients' spread of late shares (see the module notes). */
function priorStrength(rated: readonly RatedClient[]): number {
  let counted = 0;
  let lateCounted = 0;
  for (const { history: h } of rated) {
    const c = Math.min(h.invoices, RHO_MAX_INVOICES);
    counted += c;
    lateCounted += (c * h.late) / h.invoices;
  }
  const mean = lateCounted / counted;
  let spread = 0;
  let noise = 0;
  let pairs = 0;
  for (const { history: h } of rated) {
    const c = Math.min(h.invoices, RHO_MAX_INVOICES);
    spread += c * (h.late / h.invoices - mean) ** 2;
    noise += c / h.invoices;
    pairs += (c * (h.invoices - 1)) / h.invoices;
  }
  const variance = mean * (1 - mean);
  let rho = DEFAULT_RHO;
  if (pairs > 0 && variance > 1e-9) {
    const estimate = Math.min(0.9, Math.max(0.02, (spread / variance - noise) / pairs));
    rho = (pairs * estimate + RHO_EVIDENCE * DEFAULT_RHO) / (pairs + RHO_EVIDENCE);
  }
  return 1 / rho - 1;
}

/** One dimension's groups: each rated client's group as a number, and each number's key. */
interface DimensionGroups {
  readonly groupOf: Int32Array;
  readonly keys: readonly string[];
}

function dimensionGroups(
  rated: readonly RatedClient[],
  dimension: PriorDimension,
  asOfYear: number,
): DimensionGroups {
  const index = new Map<string, number>();
  const groupOf = new Int32Array(rated.length);
  rated.forEach(({ client }, i) => {
    const key = groupKey(groupValue(client, dimension, asOfYear));
    let g = index.get(key);
    if (g === undefined) {
      g = index.size;
      index.set(key, g);
    }
    groupOf[i] = g;
  });
  return { groupOf, keys: [...index.keys()] };
}

/**
 * One dimension's group effects on what the other dimensions leave unexplained (`residuals`, by
 * rated client), shrunk by the between-group variance (see the module notes); 0 for a group the
 * book does not support.
 */
function groupEffects(groups: DimensionGroups, residuals: Float64Array, noiseFloor: number): Float64Array {
  const count = groups.keys.length;
  const effects = new Float64Array(count);
  const total = residuals.length;
  if (count < 2 || total - count < 1) return effects;
  const sizes = new Float64Array(count);
  const sums = new Float64Array(count);
  let all = 0;
  for (let i = 0; i < total; i++) {
    const g = groups.groupOf[i] as number;
    sizes[g] = (sizes[g] as number) + 1;
    sums[g] = (sums[g] as number) + (residuals[i] as number);
    all += residuals[i] as number;
  }
  const mean = all / total;
  let within = 0;
  for (let i = 0; i < total; i++) {
    const g = groups.groupOf[i] as number;
    within += ((residuals[i] as number) - (sums[g] as number) / (sizes[g] as number)) ** 2;
  }
  let q = 0;
  let squares = 0;
  for (let g = 0; g < count; g++) {
    q += (sizes[g] as number) * ((sums[g] as number) / (sizes[g] as number) - mean) ** 2;
    squares += (sizes[g] as number) ** 2;
  }
  const sigma2 = Math.max(noiseFloor, within / (total - count));
  const tau2 = Math.max(0, (q - (count - 1) * sigma2) / (total - squares / total));
  if (tau2 <= 0) return effects;
  for (let g = 0; g < count; g++) {
    const size = sizes[g] as number;
    if (size < MIN_GROUP_CLIENTS) continue;
    const effect = (tau2 / (tau2 + sigma2 / size)) * ((sums[g] as number) / size - mean);
    effects[g] = Math.max(-MAX_EFFECT, Math.min(MAX_EFFECT, effect));
  }
  return effects;
}

/** Every dimension's group effects by group key, fitted together by backfitting around the book's mean. */
function fitGroups(rated: readonly RatedClient[], mean: number, asOfYear: number): Map<string, number>[] {
  const groups = PRIOR_DIMENSIONS.map((d) => dimensionGroups(rated, d, asOfYear));
  const effects: Float64Array[] = groups.map((g) => new Float64Array(g.keys.length));
  // The noise a late share over n invoices has anyway: within-group variance is never below it.
  const noiseFloor =
    (mean * (1 - mean) * rated.reduce((sum, r) => sum + 1 / Math.max(1, r.history.invoices), 0)) /
    Math.max(1, rated.length);
  const residuals = new Float64Array(rated.length);
  for (let pass = 0; pass < BACKFIT_PASSES; pass++) {
    for (let d = 0; d < groups.length; d++) {
      for (let i = 0; i < rated.length; i++) {
        let explained = mean;
        for (let e = 0; e < groups.length; e++)
          if (e !== d)
            explained += (effects[e] as Float64Array)[
              (groups[e] as DimensionGroups).groupOf[i] as number
            ] as number;
        residuals[i] = (rated[i] as RatedClient).rate - explained;
      }
      effects[d] = groupEffects(groups[d] as DimensionGroups, residuals, noiseFloor);
    }
  }
  return groups.map((g, d) => {
    const byKey = new Map<string, number>();
    g.keys.forEach((key, i) => {
      const effect = (effects[d] as Float64Array)[i] as number;
      if (effect !== 0) byKey.set(key, effect);
    });
    return byKey;
  });
}

/** The book's prior as of `asOfYear`, from every client's payment history (see the module notes). */
export function bookPrior(
  clients: readonly ClientRow[],
  histories: ReadonlyMap<string, ClientPayments>,
  asOfYear: number,
): BookPrior {
  const rated: RatedClient[] = [];
  let weighted = 0;
  let weights = 0;
  let invoices = 0;
  for (const client of clients) {
    const h = histories.get(client.id);
    if (!h || h.weightedInvoices <= 0) continue;
    const rate = h.weightedLate / h.weightedInvoices;
    const weight = h.weightedInvoices / (h.weightedInvoices + 1);
    rated.push({ client, history: h, rate });
    weighted += weight * rate;
    weights += weight;
    invoices += h.invoices;
  }
  const lateShare = (weighted + PSEUDO_CLIENTS * 0.5) / (weights + PSEUDO_CLIENTS);
  const strength = rated.length > 0 ? priorStrength(rated) : 1 / DEFAULT_RHO - 1;
  const effects = rated.length > 0 ? fitGroups(rated, lateShare, asOfYear) : [];
  return {
    clients: rated.length,
    invoices,
    lateShare,
    strength,
    groupsOf(client, year) {
      const groups: PriorGroup[] = [];
      PRIOR_DIMENSIONS.forEach((dimension, d) => {
        const value = groupValue(client, dimension, year);
        const shift = value === null ? undefined : effects[d]?.get(groupKey(value));
        if (value !== null && shift !== undefined) groups.push({ dimension, value, shift });
      });
      return groups;
    },
  };
}

/** The prior's mean for a client in `groups`: the book's late share moved by each group's effect, kept within 2-98%. */
export function priorMean(book: BookPrior, groups: readonly PriorGroup[]): number {
  let mean = book.lateShare;
  for (const g of groups) mean += g.shift;
  return clampShare(mean);
}
