import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../bench/backtestData';
import { backtestReport } from '../../bench/backtestReport';
import { MODELS, PROSPECT_CUTS, runBacktest } from '../../bench/backtestRun';
import { metricsOf } from '../../bench/backtestScoring';
import { forecastTables } from '../../src/core/analysis/reliability';

describe('the backtest on a small demo', () => {
  const result = runBacktest(demoWorkbook(120), (tables, asOf) => forecastTables(tables, asOf).clients, 0);

  it('cuts the 13 months of demo orders monthly, each with a full six months after it', () => {
    // Data end 2026-11-26: the last cut-off six months before it, the first at least three months
    // after the first order (early November 2025).
    expect(result.cutoffs.map((c) => c.cutoff)).toEqual([
      '2026-02-26',
      '2026-03-26',
      '2026-04-26',
      '2026-05-26',
    ]);
  });

  it('gives every model finite figures at every cut-off, and the forecast all of its figures', () => {
    for (const c of result.cutoffs) {
      for (const model of MODELS) {
        const m = metricsOf(c.models[model]);
        expect(m.clients).toBeGreaterThan(20);
        expect(m.latePayers).toBeGreaterThan(0);
        expect(Number.isFinite(m.auc)).toBe(true);
      }
      const f = metricsOf(c.models.forecast);
      for (const figure of [f.spearman, f.brier, f.calibrationError, f.coverage])
        expect(Number.isFinite(figure)).toBe(true);
      expect(f.auc).toBeGreaterThan(0.6);
      expect(metricsOf(c.disputes).clients).toBe(f.clients);
      for (const [i, k] of PROSPECT_CUTS.entries()) {
        const cut = c.prospects[i];
        expect(cut?.forecast.length, `cut to ${k}`).toBeGreaterThan(0);
        expect(cut?.forecast.length).toBe(cut?.pastShare.length);
      }
    }
  });

  it('scores the constant baseline at exactly 0.5 AUC at each cut-off', () => {
    for (const c of result.cutoffs) expect(metricsOf(c.models.constant).auc).toBe(0.5);
  });

  it('prints a line per target', () => {
    const report = backtestReport(result, 1).join('\n');
    expect(report).toContain('AUC pooled ≥ 0.93');
    expect(report.match(/\b(met|NOT met)$/gm)).toHaveLength(9);
  });
});
