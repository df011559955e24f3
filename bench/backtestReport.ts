/**
 * The backtest's printed report: each model's figures per cut-off and pooled, the prospect cuts, the
 * disputes run, then issue #11's targets, each with its figure and whether it is met.
 */
import { type BacktestResult, type CutoffResult, MODELS, PROSPECT_CUTS } from './backtestRun';
import { type ModelMetrics, metricsOf, type ScoredRow } from './backtestScoring';

const MODEL_LABELS: Readonly<Record<(typeof MODELS)[number], string>> = {
  forecast: 'forecast',
  pastShare: 'past late share',
  pastDays: 'past days late',
  constant: 'constant',
  legacy: "today's score",
};

const fixed = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const percent = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');

/** Columns of text, each padded to its widest cell; `right` columns aligned right. */
function textTable(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map((row) =>
    row
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Every cut-off's rows of `pick`, pooled. */
const pooled = (result: BacktestResult, pick: (c: CutoffResult) => readonly ScoredRow[]) =>
  result.cutoffs.flatMap(pick);

function metricCells(m: ModelMetrics): string[] {
  return [
    String(m.clients),
    String(m.latePayers),
    fixed(m.auc),
    fixed(m.spearman),
    fixed(m.brier),
    fixed(m.calibrationError),
    percent(m.coverage),
    m.intervalClients > 0 ? `${percent(m.intervalHits)} of ${m.intervalClients}` : '—',
  ];
}

/** The models table: per cut-off and pooled, one line per model. */
function modelsTable(result: BacktestResult): string[] {
  const header = ['cut-off', 'model', 'clients', 'late≥30%', 'AUC', 'Spearman', 'Brier', 'cal.err'];
  const rows: string[][] = [[...header, 'PIT 80%', 'in [low,high], n≥5']];
  const block = (label: string, pick: (model: (typeof MODELS)[number]) => readonly ScoredRow[]) =>
    MODELS.forEach((model, i) => {
      rows.push([i === 0 ? label : '', MODEL_LABELS[model], ...metricCells(metricsOf(pick(model)))]);
    });
  for (const c of result.cutoffs) block(c.cutoff, (model) => c.models[model]);
  block('pooled', (model) => pooled(result, (c) => c.models[model]));
  return textTable(rows, new Set([2, 3, 4, 5, 6, 7, 8, 9]));
}

/** The prospect cuts, pooled over cut-offs. */
function prospectsTable(result: BacktestResult): string[] {
  const rows: string[][] = [['invoices kept', 'clients', 'forecast AUC', 'Brier', 'past-share AUC', 'Brier']];
  PROSPECT_CUTS.forEach((k, i) => {
    const forecast = metricsOf(pooled(result, (c) => c.prospects[i]?.forecast ?? []));
    const share = metricsOf(pooled(result, (c) => c.prospects[i]?.pastShare ?? []));
    rows.push([
      String(k),
      String(forecast.clients),
      fixed(forecast.auc),
      fixed(forecast.brier),
      fixed(share.auc),
      fixed(share.brier),
    ]);
  });
  return textTable(rows, new Set([1, 2, 3, 4, 5]));
}

/** Figures the targets are judged on. */
function targetFigures(result: BacktestResult) {
  const plain = metricsOf(pooled(result, (c) => c.models.forecast));
  const perCutoff = result.cutoffs.map((c) => metricsOf(c.models.forecast).auc);
  const disputes = metricsOf(pooled(result, (c) => c.disputes)).auc;
  const disputeDrops = result.cutoffs.map(
    (c) => metricsOf(c.disputes).auc - metricsOf(c.models.forecast).auc,
  );
  const prospectAuc = (k: number) => metricsOf(pooled(result, (c) => c.prospects[k]?.forecast ?? [])).auc;
  return { plain, perCutoff, disputes, disputeDrops, prospectAuc };
}

/** Issue #11's targets: one line each, its figure, met or NOT met (a figure that is NaN is not met). */
function targetsTable(result: BacktestResult): string[] {
  const { plain, perCutoff, disputes, disputeDrops, prospectAuc } = targetFigures(result);
  const worstCutoff = perCutoff.length > 0 ? Math.min(...perCutoff) : Number.NaN;
  const worstDrop = Math.min(disputes - plain.auc, ...disputeDrops);
  const targets: [string, string, boolean][] = [
    ['AUC pooled ≥ 0.93', fixed(plain.auc), plain.auc >= 0.93],
    ['AUC at every cut-off ≥ 0.92 (lowest)', fixed(worstCutoff), worstCutoff >= 0.92],
    ['Brier ≤ 0.145', fixed(plain.brier), plain.brier <= 0.145],
    ['calibration error ≤ 0.05 (five bands)', fixed(plain.calibrationError), plain.calibrationError <= 0.05],
    ['80% interval covers 70-85%', percent(plain.coverage), plain.coverage >= 0.7 && plain.coverage <= 0.85],
    ['prospects, 1 invoice: AUC ≥ 0.79', fixed(prospectAuc(1)), prospectAuc(1) >= 0.79],
    ['prospects, 2 invoices: AUC ≥ 0.86', fixed(prospectAuc(2)), prospectAuc(2) >= 0.86],
    ['prospects, 3 invoices: AUC ≥ 0.89', fixed(prospectAuc(3)), prospectAuc(3) >= 0.89],
    ['disputes as claims never lower AUC (worst change)', fixed(worstDrop, 4), worstDrop >= 0],
  ];
  return textTable(
    targets.map(([name, figure, met]) => [name, figure, met ? 'met' : 'NOT met']),
    new Set([1]),
  );
}

/** The whole report, as lines to print. */
export function backtestReport(result: BacktestResult, seconds: number): string[] {
  const { disputes, plain } = targetFigures(result);
  const cutoffs = result.cutoffs.map((c) => c.cutoff).join(', ') || 'none (too little history)';
  return [
    `Backtest of the reliability forecast on ${result.label}: ${result.clients} clients, ` +
      `${result.invoices} invoices, orders from ${result.firstOrder ?? '—'}, data end ${result.dataEnd}.`,
    `An invoice is late when paid (or still unpaid) more than ${result.lateAfterDays} days after due; ` +
      'a client is a late payer when ≥ 30% of its invoices of the next 6 months are.',
    `Cut-offs: ${cutoffs}.`,
    '',
    ...modelsTable(result),
    "The constant is the book's late share at each cut-off, so pooled it is no longer one constant;",
    'PIT 80% is the randomized-PIT coverage of the 80% interval (a calibrated forecast scores 80%).',
    '',
    'Prospect cuts: clients cut to their first k judged invoices (a fifth of the book at a time), pooled:',
    ...prospectsTable(result),
    '',
    `Disputes as claims: forecast AUC ${fixed(plain.auc)} plain, ${fixed(disputes)} with a billing ` +
      'claim per invoice late before the cut-off (pooled).',
    '',
    'Targets (issue #11):',
    ...targetsTable(result),
    '',
    `Ran in ${seconds.toFixed(1)} s.`,
  ];
}
