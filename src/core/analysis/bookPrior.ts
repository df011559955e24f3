/**
 * The book's prior: what the company's own payment history says about a buyer before that buyer's
 * own invoices do. It is a Beta distribution over the chance of paying an invoice late, with
 *
 * - a mean: the average late share of the clients with history (each client counts once, a client
 *   with little history a little less: weight n / (n + 1) for n judged invoices, recency-weighted),
 *   moved by the client's segment, tier, region and age band where the book shows those groups pay
 *   differently, and shrunk to the whole book where it does not (below);
 * - a strength κ, in invoices: how many of a client's own invoices weigh as much as the prior. It
 *   comes from how much clients differ: the intra-class correlation ρ of late payment, estimated by
 *   the method of moments (Σ n (r − μ)² / μ(1 − μ) = m + ρ Σ (n − 1) over m clients with late
 *   share r over n invoices), blended with ρ = 1/3 by the amount of evidence, and κ = 1/ρ − 1.
 *   Clients that differ a lot give a weak prior, so one invoice already moves a forecast far.
 *
 * Groups: for each dimension, the between-group variance τ² of late shares is estimated as in a
 * random-effects meta-analysis (DerSimonian-Laird); a group's mean is shrunk toward the book by
 * B = τ² / (τ² + σ² / m) for m clients with within-group variance σ², so a dimension that tells
 * nothing (τ² = 0) moves nobody. The dimensions' shifts add up on the log-odds scale.
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
  /** Its shift of the prior on the log-odds scale (0: the book shows no difference). */
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
  /** The client's group in each dimension the book has a shift for. */
  groupsOf(client: ClientRow, asOfYear: number): readonly PriorGroup[];
}

const DEFAULT_RHO = 1 / 3;
/** Σ (n − 1) that weighs as much as the default ρ: below it, a small book leans on the default. */
const RHO_EVIDENCE = 20;
/** Clients with more judged invoices count as this many in the estimate of ρ (heavy buyers do not dominate it). */
const RHO_MAX_INVOICES = 24;

const clampShare = (x: number) => Math.min(0.99, Math.max(0.01, x));
const logit = (p: number) => Math.log(p / (1 - p));

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
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
const groupKey = (value: string) => value.toLowerCase();

interface RatedClient {
  readonly client: ClientRow;
  /** Recency-weighted late share. */
  readonly rate: number;
  readonly weight: number;
}

/** κ from the clients' spread of late shares (see the module notes). */
function priorStrength(
  rated: readonly RatedClient[],
  histories: ReadonlyMap<string, ClientPayments>,
  mean: number,
) {
  let spread = 0;
  let clients = 0;
  let pairs = 0;
  for (const { client } of rated) {
    const h = histories.get(client.id) as ClientPayments;
    const n = Math.min(h.invoices, RHO_MAX_INVOICES);
    const r = h.late / h.invoices;
    spread += n * (r - mean) ** 2;
    clients++;
    pairs += n - 1;
  }
  const variance = mean * (1 - mean);
  let rho = DEFAULT_RHO;
  if (pairs > 0 && variance > 1e-9) {
    const estimate = Math.min(0.95, Math.max(0.02, (spread / variance - clients) / pairs));
    rho = (pairs * estimate + RHO_EVIDENCE * DEFAULT_RHO) / (pairs + RHO_EVIDENCE);
  }
  return 1 / rho - 1;
}

/** Each group's shift in one dimension on the log-odds scale, by lower-cased group value. */
function dimensionShifts(rated: readonly RatedClient[], dimension: PriorDimension, asOfYear: number) {
  const groups = new Map<string, number[]>();
  for (const { client, rate } of rated) {
    const value = groupValue(client, dimension, asOfYear);
    if (value === null) continue;
    const list = groups.get(groupKey(value));
    if (list) list.push(rate);
    else groups.set(groupKey(value), [rate]);
  }
  const shifts = new Map<string, number>();
  let all = 0;
  let total = 0;
  for (const rates of groups.values()) {
    for (const r of rates) all += r;
    total += rates.length;
  }
  if (groups.size < 2 || total - groups.size < 1) return shifts;
  const mean = all / total;
  let within = 0;
  let q = 0;
  let squares = 0;
  const means = new Map<string, number>();
  for (const [key, rates] of groups) {
    const m = rates.reduce((a, b) => a + b, 0) / rates.length;
    means.set(key, m);
    for (const r of rates) within += (r - m) ** 2;
    q += rates.length * (m - mean) ** 2;
    squares += rates.length ** 2;
  }
  const sigma2 = within / (total - groups.size);
  const tau2 = Math.max(0, (q - (groups.size - 1) * sigma2) / (total - squares / total));
  if (tau2 <= 0) return shifts;
  for (const [key, rates] of groups) {
    const shrink = tau2 / (tau2 + sigma2 / rates.length);
    const shrunk = mean + shrink * ((means.get(key) as number) - mean);
    shifts.set(key, logit(clampShare(shrunk)) - logit(clampShare(mean)));
  }
  return shifts;
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
    rated.push({ client, rate, weight });
    weighted += weight * rate;
    weights += weight;
    invoices += h.invoices;
  }
  const lateShare = weights > 0 ? weighted / weights : 0.5;
  const strength = rated.length > 0 ? priorStrength(rated, histories, lateShare) : 1 / DEFAULT_RHO - 1;
  const shifts = new Map(PRIOR_DIMENSIONS.map((d) => [d, dimensionShifts(rated, d, asOfYear)] as const));
  return {
    clients: rated.length,
    invoices,
    lateShare,
    strength,
    groupsOf(client, year) {
      const groups: PriorGroup[] = [];
      for (const dimension of PRIOR_DIMENSIONS) {
        const value = groupValue(client, dimension, year);
        const shift = value === null ? undefined : shifts.get(dimension)?.get(groupKey(value));
        if (value !== null && shift !== undefined) groups.push({ dimension, value, shift });
      }
      return groups;
    },
  };
}

/** The prior's mean for a client in `groups`: the book's late share shifted by each group, on the log-odds scale. */
export function priorMean(book: BookPrior, groups: readonly PriorGroup[]): number {
  if (book.clients === 0) return book.lateShare;
  let x = logit(clampShare(book.lateShare));
  for (const g of groups) x += g.shift;
  return 1 / (1 + Math.exp(-x));
}
