/**
 * The reliability forecast: for every client, prospects included, the chance that its next invoice is
 * paid late, with an 80% interval and the evidence behind it.
 *
 * Inputs (as of asOf; nothing dated later is seen): the clients (segment, tier, region, year founded,
 * payment terms), the orders (order date, amount, invoice due date, paid date) and the credit
 * evidence (trade references, registry and credit checks). Claims and obligations are not inputs:
 * they measure the company's own service, and are shown as account health (accountHealth.ts).
 *
 * Model: a Beta-binomial. The prior is the book's (bookPrior.ts): the average client's late share,
 * moved by the client's groups where the book supports it, with strength κ. Each judged invoice
 * (paymentHistory.ts) adds its weight (halving every `halfLifeDays`) to the late or on-time side, and
 * each item of evidence (creditEvidence.ts) the number of invoices the book shows it is worth:
 *
 *   α = μκ + Σ w (late invoices) + Σ bad evidence,   β = (1 − μ)κ + Σ w (on-time) + Σ good evidence
 *
 * The forecast is the posterior mean α / (α + β), its interval the posterior's 10th and 90th
 * percentiles (widened to hold the mean, for a Beta so lopsided that it lies outside them). A
 * prospect without history or evidence gets the prior and its wide interval.
 */
import type { RELIABILITY_BANDS } from '../tables/clientsTable';
import { betaQuantile } from './betaDistribution';
import { type BookPrior, bookPrior, type PriorGroup, priorMean } from './bookPrior';
import { type ClientEvidence, clientEvidence, type EvidenceCount } from './creditEvidence';
import { type Day, asOfDay as dayOfAsOf } from './days';
import type { AnalysisData, AnalysisTables } from './inputs';
import { parseTables } from './inputs';
import { type ClientPayments, paymentHistories } from './paymentHistory';
import type { ClientRow } from './rows';
import { type AnalysisSettings, DEFAULT_SETTINGS, type ReliabilitySettings } from './settings';
import { wholePercent } from './stats';

type ReliabilityBand = (typeof RELIABILITY_BANDS)[number];

/** A good payer whose recent invoices turned late: the figures that show it. */
interface PaymentTurn {
  readonly earlierInvoices: number;
  readonly earlierLate: number;
  readonly recentInvoices: number;
  readonly recentLate: number;
}

/** One client's forecast, with the parts its explanation is said from. */
export interface ReliabilityForecast {
  readonly clientId: string;
  /** The chance (0-1) that the next invoice is paid late. */
  readonly probability: number;
  /** The 80% interval of that chance (always holding it). */
  readonly low: number;
  readonly high: number;
  readonly band: ReliabilityBand;
  /** Judged invoices plus items of credit evidence behind the forecast (0: the prior alone). */
  readonly evidence: number;
  /** The posterior Beta(alpha, beta). */
  readonly alpha: number;
  readonly beta: number;
  /** The client's own judged invoices. */
  readonly history: {
    readonly invoices: number;
    readonly late: number;
    readonly unpaidLate: number;
    readonly averageDaysLate: number | null;
  };
  /** The book's prior for this client, and the groups that moved it. */
  readonly prior: {
    readonly probability: number;
    readonly low: number;
    readonly high: number;
    readonly groups: readonly PriorGroup[];
  };
  readonly credit: readonly EvidenceCount[];
  /** Set when the interval is wide and the history short: a trade reference would narrow it. */
  readonly hint: 'addTradeReference' | null;
  readonly turn: PaymentTurn | null;
}

/** The book as the forecast saw it (plain figures, for notes and reports). */
export type BookSummary = Pick<BookPrior, 'clients' | 'invoices' | 'lateShare' | 'strength'>;

interface ForecastResult {
  readonly book: BookSummary;
  readonly clients: readonly ReliabilityForecast[];
}

/** A turn needs at least this many earlier invoices, at most this late share among them, … */
const TURN_EARLIER_MIN = 6;
const TURN_EARLIER_MAX_SHARE = 0.25;
/**
 * … at least 3 of the last 4 late, the last one due within 120 days, and that many late ones as
 * unlikely as 1 in 100 at the client's earlier rate (Laplace-smoothed): steady 20% payers' chance
 * streaks are not turns.
 */
const TURN_RECENT_LATE = 3;
const TURN_RECENT_DAYS = 120;
const TURN_SURPRISE = 0.01;
/** Fewer invoices than this and an interval wider than this: a reference is worth asking for. */
const HINT_MAX_INVOICES = 3;
const HINT_MIN_WIDTH = 0.4;

/** P(X ≥ k) for X ~ Binomial(n, p). */
function binomialTail(k: number, n: number, p: number): number {
  let tail = 0;
  let coefficient = 1;
  for (let i = 0; i <= n; i++) {
    if (i > 0) coefficient = (coefficient * (n - i + 1)) / i;
    if (i >= k) tail += coefficient * p ** i * (1 - p) ** (n - i);
  }
  return tail;
}

/** Whether the client's recent invoices turned late after a good record (see the constants). */
function paymentTurn(h: ClientPayments | undefined, asOfDay: Day): PaymentTurn | null {
  if (!h) return null;
  const recentInvoices = h.recent.length;
  const recentLate = h.recent.filter((e) => e.late).length;
  const earlierInvoices = h.invoices - recentInvoices;
  const earlierLate = h.late - recentLate;
  const last = h.recent[recentInvoices - 1];
  if (
    earlierInvoices < TURN_EARLIER_MIN ||
    recentLate < TURN_RECENT_LATE ||
    earlierLate > TURN_EARLIER_MAX_SHARE * earlierInvoices ||
    !last ||
    asOfDay - last.dueDay > TURN_RECENT_DAYS
  )
    return null;
  const earlierRate = (earlierLate + 1) / (earlierInvoices + 2);
  if (binomialTail(recentLate, recentInvoices, earlierRate) >= TURN_SURPRISE) return null;
  return { earlierInvoices, earlierLate, recentInvoices, recentLate };
}

/** The 10th and 90th percentiles of Beta(a, b). */
const intervalOf = (a: number, b: number): [number, number] => [
  betaQuantile(0.1, a, b),
  betaQuantile(0.9, a, b),
];

/** The band of a chance as it is shown and written, in whole percent (so 49.96% is in the 50% band). */
function bandOf(p: number, settings: ReliabilitySettings): ReliabilityBand {
  const shown = wholePercent(p);
  return shown >= wholePercent(settings.highFrom)
    ? 'high'
    : shown >= wholePercent(settings.mediumFrom)
      ? 'medium'
      : 'low';
}

const NO_EVIDENCE: ClientEvidence = { late: 0, onTime: 0, items: 0, counts: [] };

/** What every client's forecast is made from, computed once for the book. */
interface ForecastContext {
  readonly asOfDay: Day;
  readonly asOfYear: number;
  readonly settings: ReliabilitySettings;
  readonly histories: ReadonlyMap<string, ClientPayments>;
  readonly book: BookPrior;
  readonly evidence: ReadonlyMap<string, ClientEvidence>;
  /** Clients in the same groups share a prior: its interval is computed once, by prior mean. */
  readonly priorIntervals: Map<number, [number, number]>;
}

/** One client's forecast (see the module notes). */
function clientForecast(ctx: ForecastContext, client: ClientRow): ReliabilityForecast {
  const { book, settings } = ctx;
  const kappa = book.strength;
  const h = ctx.histories.get(client.id);
  const e = ctx.evidence.get(client.id) ?? NO_EVIDENCE;
  const groups = book.groupsOf(client, ctx.asOfYear).filter((g) => g.shift !== 0);
  const mean = priorMean(book, groups);
  let priorInterval = ctx.priorIntervals.get(mean);
  if (!priorInterval) {
    priorInterval = intervalOf(mean * kappa, (1 - mean) * kappa);
    ctx.priorIntervals.set(mean, priorInterval);
  }
  const alpha = mean * kappa + (h?.weightedLate ?? 0) + e.late;
  const beta = (1 - mean) * kappa + (h ? h.weightedInvoices - h.weightedLate : 0) + e.onTime;
  const probability = alpha / (alpha + beta);
  // For a very lopsided Beta the mean can lie outside its 10th-90th percentiles (Beta(1.98, 0.02):
  // mean 0.99, range 0.998-1): the range shown always holds the chance it is shown with.
  const [q10, q90] = h || e.items > 0 ? intervalOf(alpha, beta) : priorInterval;
  const low = Math.min(q10, probability);
  const high = Math.max(q90, probability);
  const invoices = h?.invoices ?? 0;
  const wide = invoices < HINT_MAX_INVOICES && high - low > HINT_MIN_WIDTH;
  return {
    clientId: client.id,
    probability,
    low,
    high,
    band: bandOf(probability, settings),
    evidence: invoices + e.items,
    alpha,
    beta,
    history: {
      invoices,
      late: h?.late ?? 0,
      unpaidLate: h?.unpaidLate ?? 0,
      averageDaysLate: h?.averageDaysLate ?? null,
    },
    prior: { probability: mean, low: priorInterval[0], high: priorInterval[1], groups },
    credit: e.counts,
    hint: wide && !e.counts.some((c) => c.kind === 'tradeReference') ? 'addTradeReference' : null,
    turn: paymentTurn(h, ctx.asOfDay),
  };
}

/**
 * Every client's forecast as of `asOf` (YYYY-MM-DD) from typed rows (see the module notes). Pure.
 */
export function forecastReliability(
  data: Pick<AnalysisData, 'clients' | 'orders' | 'evidence'>,
  asOf: string,
  settings: ReliabilitySettings = DEFAULT_SETTINGS.reliability,
): ForecastResult {
  const asOfDay = dayOfAsOf(asOf);
  const asOfYear = Number(asOf.slice(0, 4));
  const rules = { asOfDay, lateAfterDays: settings.lateAfterDays, halfLifeDays: settings.halfLifeDays };
  const histories = paymentHistories(data.orders, data.clients, rules);
  const book = bookPrior(data.clients, histories, asOfYear);
  const evidence = clientEvidence(data.evidence, histories, book, asOfDay, settings.halfLifeDays);
  const ctx = { asOfDay, asOfYear, settings, histories, book, evidence, priorIntervals: new Map() };
  const clients = data.clients.map((client) => clientForecast(ctx, client));
  const summary = {
    clients: book.clients,
    invoices: book.invoices,
    lateShare: book.lateShare,
    strength: book.strength,
  };
  return { book: summary, clients };
}

/**
 * The forecast straight from the tables' records (as the table store reads them) as of `asOf`: the
 * rows are read as every analysis reads them, junk left out. What the backtest calls at each cut-off.
 */
export function forecastTables(
  tables: AnalysisTables,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): ForecastResult {
  return forecastReliability(parseTables(tables), asOf, settings.reliability);
}

/** The forecasts summed up: clients per band, how many rest on the prior alone, and the average chance. */
export function reliabilitySummary(forecasts: readonly ReliabilityForecast[]): {
  readonly bands: Readonly<Record<ReliabilityBand, number>>;
  readonly priorOnly: number;
  readonly averageProbability: number | null;
} {
  const bands = { low: 0, medium: 0, high: 0 };
  let priorOnly = 0;
  let sum = 0;
  for (const f of forecasts) {
    bands[f.band]++;
    if (f.evidence === 0) priorOnly++;
    sum += f.probability;
  }
  return { bands, priorOnly, averageProbability: forecasts.length > 0 ? sum / forecasts.length : null };
}
