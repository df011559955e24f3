/**
 * The backtest itself: at each cut-off, every model scores the clients from what was known then, and
 * each client with a judged later invoice is scored against what its next six months did. Then the
 * same with disputes recorded as claims, and with clients cut back to their first 0-3 invoices.
 */
import { asOfDay, dayToIso } from '../src/core/analysis/days';
import type { BacktestWorkbook } from './backtestData';
import {
  BASELINES,
  baselineScores,
  type ClientScore,
  disputeTables,
  type Forecaster,
  forecastScores,
} from './backtestModels';
import {
  type Book,
  cutoffDates,
  judgedBefore,
  laterTallies,
  pastTallies,
  readBook,
  type Tally,
} from './backtestOutcomes';
import type { ScoredRow } from './backtestScoring';

/** The models side by side, in report order. */
export const MODELS = ['forecast', ...BASELINES] as const;
type Model = (typeof MODELS)[number];

/** The prospect cuts: clients cut back to their first 0, 1, 2 and 3 judged invoices. */
export const PROSPECT_CUTS = [0, 1, 2, 3] as const;
/** Clients are cut a fifth at a time, so the rest of the book still sets the prior. */
const FOLDS = 5;

/** The rows of one prospect cut: the forecast, and the past late share of the kept invoices. */
interface ProspectRows {
  readonly forecast: ScoredRow[];
  readonly pastShare: ScoredRow[];
}

export interface CutoffResult {
  readonly cutoff: string;
  readonly models: Readonly<Record<Model, readonly ScoredRow[]>>;
  /** The forecast with a 'billing' claim for each invoice late before the cut-off. */
  readonly disputes: readonly ScoredRow[];
  /** By number of invoices kept (PROSPECT_CUTS). */
  readonly prospects: readonly ProspectRows[];
}

export interface BacktestResult {
  readonly label: string;
  readonly dataEnd: string;
  readonly firstOrder: string | null;
  readonly lateAfterDays: number;
  readonly clients: number;
  readonly invoices: number;
  readonly cutoffs: readonly CutoffResult[];
}

/** `scores` beside the outcomes of the clients in `later` that the scores cover. */
function rowsOf(later: ReadonlyMap<string, Tally>, scores: ReadonlyMap<string, ClientScore>): ScoredRow[] {
  const rows: ScoredRow[] = [];
  for (const [id, tally] of later) {
    const score = scores.get(id);
    if (score) rows.push({ ...score, n: tally.n, k: tally.k });
  }
  return rows;
}

/** The fold (0..FOLDS − 1) of a client: FNV-1a of its ID, so the same at every cut-off. */
function foldOf(clientId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < clientId.length; i++) hash = Math.imul(hash ^ clientId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FOLDS;
}

/** The orders with each listed client's rows up to `cutoff` removed except the kept invoices' records. */
function cutOrders(book: Book, cutoff: number, kept: ReadonlyMap<string, ReadonlySet<number>>) {
  return (book.tables.orders ?? []).filter((_, index) => {
    const order = book.orderOf[index];
    const keep = order ? kept.get(order.clientId) : undefined;
    return !order || !keep || order.day > cutoff || keep.has(index);
  });
}

/** The forecast and past late share of clients cut to their first `k` judged invoices, fold by fold. */
function prospectRows(
  book: Book,
  cutoff: string,
  later: ReadonlyMap<string, Tally>,
  bookShare: number,
  forecast: Forecaster,
  k: number,
): ProspectRows {
  const day = asOfDay(cutoff);
  const folds = Array.from({ length: FOLDS }, () => new Map<string, { late: boolean; record: number }[]>());
  for (const id of later.keys()) {
    const judged = judgedBefore(book, book.invoicesByClient.get(id) ?? [], day);
    if (judged.length <= k) continue;
    const kept = judged.slice(0, k).map((j) => ({ late: j.late, record: j.invoice.record }));
    folds[foldOf(id)]?.set(id, kept);
  }
  const out: ProspectRows = { forecast: [], pastShare: [] };
  for (const fold of folds) {
    if (fold.size === 0) continue;
    const keptRecords = new Map([...fold].map(([id, kept]) => [id, new Set(kept.map((j) => j.record))]));
    const tables = { ...book.tables, orders: cutOrders(book, day, keptRecords) };
    const scores = forecastScores(forecast, tables, cutoff);
    const foldLater = new Map([...fold.keys()].map((id) => [id, later.get(id) as Tally]));
    out.forecast.push(...rowsOf(foldLater, scores));
    const share = new Map<string, ClientScore>();
    for (const [id, kept] of fold) {
      const p = kept.length > 0 ? kept.filter((j) => j.late).length / kept.length : bookShare;
      share.set(id, { risk: p, p, forecast: null });
    }
    out.pastShare.push(...rowsOf(foldLater, share));
  }
  return out;
}

/** Every model, the disputes run and the prospect cuts at one cut-off. */
function runCutoff(book: Book, cutoff: string, forecast: Forecaster): CutoffResult {
  const later = laterTallies(book, cutoff);
  const scores = forecastScores(forecast, book.tables, cutoff);
  const past = pastTallies(book, asOfDay(cutoff));
  const covered = [...later.keys()].filter((id) => scores.has(id));
  const baselines = baselineScores(book, cutoff, past, covered);
  const models = { forecast: rowsOf(later, scores) } as Record<Model, ScoredRow[]>;
  for (const name of BASELINES) models[name] = rowsOf(later, baselines[name]);
  const coveredLater = new Map(covered.map((id) => [id, later.get(id) as Tally]));
  return {
    cutoff,
    models,
    disputes: rowsOf(coveredLater, forecastScores(forecast, disputeTables(book, cutoff), cutoff)),
    prospects: PROSPECT_CUTS.map((k) =>
      prospectRows(book, cutoff, coveredLater, past.bookShare, forecast, k),
    ),
  };
}

/** Backtests `forecast` on a workbook, an invoice late when paid more than `lateAfterDays` after due. */
export function runBacktest(
  workbook: BacktestWorkbook,
  forecast: Forecaster,
  lateAfterDays: number,
): BacktestResult {
  const book = readBook(workbook.tables, workbook.dataEnd, lateAfterDays);
  let invoices = 0;
  for (const list of book.invoicesByClient.values()) invoices += list.length;
  return {
    label: workbook.label,
    dataEnd: workbook.dataEnd,
    firstOrder: Number.isFinite(book.firstOrderDay) ? dayToIso(book.firstOrderDay) : null,
    lateAfterDays,
    clients: book.data.clients.length,
    invoices,
    cutoffs: cutoffDates(book).map((cutoff) => runCutoff(book, cutoff, forecast)),
  };
}
