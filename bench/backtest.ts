/**
 * `npm run backtest`: scores the reliability forecast against what happened (issue #11). Splits a
 * workbook's history at several cut-offs, forecasts from what was known at each, and compares with
 * the next six months, beside naive baselines and today's score; then prints the targets.
 *
 *   npm run backtest                                  # the demo, 2,000 clients
 *   npm run backtest -- --clients 300 --seed 7        # another demo
 *   npm run backtest -- --workbook book.xlsx          # a Suki workbook exported from Google Sheets
 *   npm run backtest -- --workbook demo.json          # what workbench/demo/cli.ts writes
 *   npm run backtest -- --late-after-days 7           # late only from a week past due
 *
 * Exits 1 only when the options or the workbook cannot be read; unmet targets are printed, not fatal.
 */
import { parseArgs } from 'node:util';
import { forecastTables } from '../src/core/analysis/reliability';
import { DEFAULT_SETTINGS } from '../src/core/analysis/settings';
import { type BacktestWorkbook, demoWorkbook, fileWorkbook } from './backtestData';
import type { Forecaster } from './backtestModels';
import { backtestReport } from './backtestReport';
import { runBacktest } from './backtestRun';

const DEFAULT_CLIENTS = 2000;

/** A whole number ≥ `min` from an option, or an error naming the option. */
function wholeNumber(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workbook: { type: 'string' },
      clients: { type: 'string' },
      seed: { type: 'string' },
      'late-after-days': { type: 'string' },
    },
  });
  const lateAfterDays = wholeNumber('late-after-days', values['late-after-days'], 0, 0);
  const started = performance.now();
  const workbook: BacktestWorkbook =
    values.workbook !== undefined
      ? await fileWorkbook(values.workbook)
      : demoWorkbook(
          wholeNumber('clients', values.clients, DEFAULT_CLIENTS, 1),
          values.seed === undefined ? undefined : wholeNumber('seed', values.seed, 0, 0),
        );
  const settings = {
    ...DEFAULT_SETTINGS,
    reliability: { ...DEFAULT_SETTINGS.reliability, lateAfterDays },
  };
  const forecast: Forecaster = (tables, asOf) => forecastTables(tables, asOf, settings).clients;
  const result = runBacktest(workbook, forecast, lateAfterDays);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${backtestReport(result, seconds).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`backtest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
