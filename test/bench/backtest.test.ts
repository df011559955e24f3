import { describe, expect, it } from 'vitest';
import { BACKTEST_DEMO, demoWorkbook } from '../../bench/backtestData';
import { backtestReport } from '../../bench/backtestReport';
import { MODELS, PROSPECT_CUTS, runBacktest } from '../../bench/backtestRun';
import { metricsOf } from '../../bench/backtestScoring';
import type { AnalysisTables } from '../../src/core/analysis/inputs';
import { forecastTables } from '../../src/core/analysis/reliability';

const forecast = (tables: AnalysisTables, asOf: string) => forecastTables(tables, asOf).clients;

describe('the backtest on a small demo', () => {
  const workbook = demoWorkbook({ clients: 120 });
  const result = runBacktest(workbook, forecast, 0);

  it('runs on two years of demo orders by default, about twelve invoices a year per ordering client', () => {
    expect(BACKTEST_DEMO).toEqual({ clients: 2000, historyMonths: 25, ordersPerClientMonth: 0.84 });
    expect(result.firstOrder?.slice(0, 7)).toBe('2024-11');
    expect(result.dataEnd).toBe('2026-11-26');
    const density = Number(/, ([\d.]+) invoices a year per ordering client$/.exec(workbook.label)?.[1]);
    expect(workbook.label).toMatch(/^demo, 120 clients, 25 months of orders, /);
    expect(density).toBeGreaterThan(10);
    expect(density).toBeLessThan(14);
  });

  it('cuts the 25 months every second month (at most eight cut-offs), each with six months after it', () => {
    // Data end 2026-11-26: the last cut-off six months before it, the first at least three months
    // after the first order (early November 2024).
    expect(result.cutoffs.map((c) => c.cutoff)).toEqual([
      '2025-03-26',
      '2025-05-26',
      '2025-07-26',
      '2025-09-26',
      '2025-11-26',
      '2026-01-26',
      '2026-03-26',
      '2026-05-26',
    ]);
  });

  it('cuts a 13-month demo monthly', () => {
    const short = demoWorkbook({ clients: 40, seed: 3, historyMonths: 13 });
    expect(short.label).toMatch(/^demo, 40 clients, seed 3, 13 months of orders, /);
    expect(runBacktest(short, forecast, 0).cutoffs.map((c) => c.cutoff)).toEqual([
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
        expect(m.clients).toBeGreaterThan(40);
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
