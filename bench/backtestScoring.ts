/**
 * A model's figures over a set of scored clients (one cut-off, or all pooled): AUC for "at least 30%
 * of later invoices late", Spearman against the later late share, and, for a model that gives a
 * probability, the invoice-level Brier score and calibration error, and for a Beta forecast the
 * randomized-PIT coverage of its 80% interval and the plain interval hit rate.
 */
import {
  auc,
  brier,
  calibration,
  type InvoiceOutcome,
  mean,
  pitCoverageCredit,
  spearman,
} from './backtestMetrics';
import type { ClientScore } from './backtestModels';

/** A client's score at a cut-off beside its later outcome: k late of n judged later invoices. */
export interface ScoredRow extends ClientScore {
  readonly n: number;
  readonly k: number;
}

/** A client is a late payer when at least this share of its later invoices is late. */
const LATE_PAYER_SHARE = 0.3;
/** The plain interval check needs this many later invoices for a late share to mean something. */
const INTERVAL_MIN_INVOICES = 5;

export interface ModelMetrics {
  readonly clients: number;
  readonly latePayers: number;
  readonly auc: number;
  readonly spearman: number;
  /** NaN for a model that only ranks. */
  readonly brier: number;
  readonly calibrationError: number;
  /** Randomized-PIT credit of the 80% interval, averaged over clients; NaN without a Beta forecast. */
  readonly coverage: number;
  /** Share of clients with ≥ 5 later invoices whose later late share is inside [low, high]. */
  readonly intervalHits: number;
  readonly intervalClients: number;
}

/** Whether the client paid late on at least 30% of its later invoices. */
const isLatePayer = (row: { readonly n: number; readonly k: number }) => row.k / row.n >= LATE_PAYER_SHARE;

/** The figures of one model over `rows`. */
export function metricsOf(rows: readonly ScoredRow[]): ModelMetrics {
  const labels = rows.map(isLatePayer);
  const outcomes: InvoiceOutcome[] = [];
  const credits: number[] = [];
  const hits: number[] = [];
  let probabilities = true;
  for (const row of rows) {
    if (row.p === null) probabilities = false;
    else outcomes.push({ p: row.p, n: row.n, k: row.k });
    const f = row.forecast;
    if (!f) continue;
    credits.push(pitCoverageCredit(row.k, row.n, f.alpha, f.beta));
    if (row.n >= INTERVAL_MIN_INVOICES) {
      const share = row.k / row.n;
      hits.push(share >= f.low && share <= f.high ? 1 : 0);
    }
  }
  const byProbability = probabilities && outcomes.length > 0;
  const everyForecast = credits.length === rows.length;
  return {
    clients: rows.length,
    latePayers: labels.filter(Boolean).length,
    auc: auc(
      rows.map((r) => r.risk),
      labels,
    ),
    spearman: spearman(
      rows.map((r) => r.risk),
      rows.map((r) => r.k / r.n),
    ),
    brier: byProbability ? brier(outcomes) : Number.NaN,
    calibrationError: byProbability ? calibration(outcomes).error : Number.NaN,
    coverage: everyForecast ? mean(credits) : Number.NaN,
    intervalHits: everyForecast ? mean(hits) : Number.NaN,
    intervalClients: hits.length,
  };
}
