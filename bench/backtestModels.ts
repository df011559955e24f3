/**
 * The models the backtest compares, each scoring clients as of a cut-off with a *risk* (higher: more
 * likely to pay late) and, where the model gives one, a probability: the forecast, the naive
 * baselines (past late share, past days late, a constant) and today's 0-100 score (bench/legacyScore.ts,
 * ranked by −score).
 */
import { asOfDay, type Day, dayToIso } from '../src/core/analysis/days';
import type { AnalysisTables } from '../src/core/analysis/inputs';
import { obligationRecords } from '../src/core/analysis/obligationsAnalysis';
import { computeOrderStats, orderWindows } from '../src/core/analysis/orderStats';
import type { ObligationRow } from '../src/core/analysis/rows';
import { DEFAULT_SETTINGS } from '../src/core/analysis/settings';
import { classifyXyz, type XyzEntry } from '../src/core/analysis/xyz';
import type { TableRecord } from '../src/core/tables/tableSpec';
import { type Book, judgedBefore, type Tally } from './backtestOutcomes';
import { claimCountsAsOf, scoreReliability } from './legacyScore';

/** A forecast Beta(alpha, beta) of the late chance, with its 80% interval. */
interface BetaForecast {
  readonly alpha: number;
  readonly beta: number;
  readonly low: number;
  readonly high: number;
}

/** One client's score from one model. */
export interface ClientScore {
  readonly risk: number;
  /** The model's probability that an invoice is paid late, or null for a model that only ranks. */
  readonly p: number | null;
  readonly forecast: BetaForecast | null;
}

/** What the backtest reads of a client's forecast. */
interface ForecastLike extends BetaForecast {
  readonly clientId: string;
  readonly probability: number;
}

/** Forecasts every client of `tables` as of `asOf` (YYYY-MM-DD), from what is dated up to it. */
export type Forecaster = (tables: AnalysisTables, asOf: string) => readonly ForecastLike[];

/** The baselines' names, in report order. */
export const BASELINES = ['pastShare', 'pastDays', 'constant', 'legacy'] as const;
type Baseline = (typeof BASELINES)[number];

/** The forecast's scores as of `cutoff`. */
export function forecastScores(forecast: Forecaster, tables: AnalysisTables, cutoff: string) {
  const scores = new Map<string, ClientScore>();
  for (const f of forecast(tables, cutoff))
    scores.set(f.clientId, { risk: f.probability, p: f.probability, forecast: f });
  return scores;
}

const probability = (p: number): ClientScore => ({ risk: p, p, forecast: null });
const rankOnly = (risk: number): ClientScore => ({ risk, p: null, forecast: null });

/** Obligations as known on `cutoff`: one done after it was still pending then. */
function obligationsAsOf(obligations: readonly ObligationRow[], cutoff: Day): ObligationRow[] {
  return obligations.map((o) =>
    o.status === 'done' && o.doneDay !== null && o.doneDay > cutoff
      ? { ...o, status: 'pending', doneDay: null }
      : o,
  );
}

/**
 * Today's score and the old order figures as of `cutoff`: the 0-100 score per client, and the
 * amount-weighted average days late of its assessed invoices (null without one) with the book's.
 */
function oldFigures(book: Book, cutoff: string) {
  const day = asOfDay(cutoff);
  const { data } = book;
  const windows = orderWindows(cutoff, DEFAULT_SETTINGS.revenueMonths, DEFAULT_SETTINGS.xyz.months);
  const orderStats = computeOrderStats(data.orders, windows);
  const xyz = new Map<string, XyzEntry>();
  for (const entry of classifyXyz(data.clients, orderStats, windows).clients) xyz.set(entry.clientId, entry);
  const results = scoreReliability(data.clients, {
    asOfYear: Number(cutoff.slice(0, 4)),
    orderStats,
    claimCounts: claimCountsAsOf(data.claims, day),
    obligations: obligationRecords(obligationsAsOf(data.obligations, day), day),
    xyz,
  });
  const score = new Map(results.map((r) => [r.clientId, r.score]));
  const daysLate = new Map<string, number>();
  let amountDays = 0;
  let weight = 0;
  for (const [clientId, s] of orderStats) {
    if (s.lateWeight <= 0) continue;
    daysLate.set(clientId, s.lateAmountDays / s.lateWeight);
    amountDays += s.lateAmountDays;
    weight += s.lateWeight;
  }
  return { score, daysLate, bookDaysLate: weight > 0 ? amountDays / weight : 0 };
}

/** The baselines' scores of `clients` as of `cutoff`, from their record before it. */
export function baselineScores(
  book: Book,
  cutoff: string,
  past: { readonly byClient: ReadonlyMap<string, Tally>; readonly bookShare: number },
  clients: readonly string[],
): Record<Baseline, Map<string, ClientScore>> {
  const old = oldFigures(book, cutoff);
  const out = { pastShare: new Map(), pastDays: new Map(), constant: new Map(), legacy: new Map() };
  for (const id of clients) {
    const tally = past.byClient.get(id);
    out.pastShare.set(id, probability(tally && tally.n > 0 ? tally.k / tally.n : past.bookShare));
    out.pastDays.set(id, rankOnly(old.daysLate.get(id) ?? old.bookDaysLate));
    out.constant.set(id, probability(past.bookShare));
    out.legacy.set(id, rankOnly(-(old.score.get(id) ?? 50)));
  }
  return out;
}

/** The tables with a 'billing' claim added for each invoice late as of `cutoff`, dated when it fell late. */
export function disputeTables(book: Book, cutoff: string): AnalysisTables {
  const day = asOfDay(cutoff);
  const claims: TableRecord[] = [...(book.tables.claims ?? [])];
  for (const invoices of book.invoicesByClient.values()) {
    for (const { invoice, late } of judgedBefore(book, invoices, day)) {
      if (!late) continue;
      const fellLate = Math.min(day, invoice.dueDay + book.lateAfterDays + 1);
      claims.push({
        id: `BT-${claims.length + 1}`,
        clientId: invoice.clientId,
        receivedDate: dayToIso(fellLate),
        channel: 'email',
        category: 'billing',
        severity: 'medium',
        description: 'Disputed invoice (backtest)',
        status: 'resolved',
      });
    }
  }
  return { ...book.tables, claims };
}
