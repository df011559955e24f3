/**
 * `npm run backtest`: scores the reliability forecast against what happened (issue #11). Splits a
 * workbook's history at several cut-offs, forecasts from what was known at each, and compares with
 * the next six months, beside naive baselines and today's score; then prints the targets.
 *
 *   npm run backtest                                  # the demo: 2,000 clients, two years of orders
 *   npm run backtest -- --clients 300 --seed 7        # another demo
 *   npm run backtest -- --history-months 13           # the demo with one year of orders
 *   npm run backtest -- --workbook book.xlsx          # a Suki workbook exported from Google Sheets
 *   npm run backtest -- --workbook demo.json          # what workbench/demo/cli.ts writes
 *   npm run backtest -- --late-after-days 7           # late only from a week past due
 *   npm run backtest -- --write                       # and the report into docs/PERFORMANCE.md
 *
 * Exits 1 only when the options or the workbook cannot be read; unmet targets are printed, not fatal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { forecastTables } from '../src/core/analysis/reliability';
import { DEFAULT_SETTINGS } from '../src/core/analysis/settings';
import { BACKTEST_DEMO, type BacktestWorkbook, demoWorkbook, fileWorkbook } from './backtestData';
import type { Forecaster } from './backtestModels';
import { backtestReport } from './backtestReport';
import { runBacktest } from './backtestRun';

/** A whole number from `min` to `max` from an option, or an error naming the option. */
function wholeNumber(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max = Infinity,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name} must be a whole number ≥ ${min}${max < Infinity ? ` and ≤ ${max}` : ''}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workbook: { type: 'string' },
      clients: { type: 'string' },
      seed: { type: 'string' },
      'history-months': { type: 'string' },
      'late-after-days': { type: 'string' },
      write: { type: 'boolean' },
    },
  });
  const lateAfterDays = wholeNumber('late-after-days', values['late-after-days'], 0, 0);
  const started = performance.now();
  const workbook: BacktestWorkbook =
    values.workbook !== undefined
      ? await fileWorkbook(values.workbook)
      : demoWorkbook({
          clients: wholeNumber('clients', values.clients, BACKTEST_DEMO.clients, 1),
          historyMonths: wholeNumber(
            'history-months',
            values['history-months'],
            BACKTEST_DEMO.historyMonths,
            13,
            48,
          ),
          ...(values.seed !== undefined && { seed: wholeNumber('seed', values.seed, 0, 0) }),
        });
  const settings = {
    ...DEFAULT_SETTINGS,
    reliability: { ...DEFAULT_SETTINGS.reliability, lateAfterDays },
  };
  const forecast: Forecaster = (tables, asOf) => forecastTables(tables, asOf, settings).clients;
  const result = runBacktest(workbook, forecast, lateAfterDays);
  const seconds = (performance.now() - started) / 1000;
  const report = backtestReport(result, seconds);
  process.stdout.write(`${report.join('\n')}\n`);
  if (values.write) writeIntoDoc(report);
}

const DOC = resolve(import.meta.dirname, '../docs/PERFORMANCE.md');
const START = '<!-- backtest:start -->';
const END = '<!-- backtest:end -->';

/** With --write: the printed report into docs/PERFORMANCE.md between its backtest markers. */
function writeIntoDoc(report: readonly string[]): void {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/PERFORMANCE.md has no ${START} … ${END} pair`);
  // The run time is the machine's, not the forecast's: left out so the doc changes only with the figures.
  const lines = report.filter((line) => !line.startsWith('Ran in '));
  const block = `\n\`\`\`text\n${lines.join('\n').trim()}\n\`\`\`\n`;
  writeFileSync(DOC, `${doc.slice(0, from + START.length)}${block}${doc.slice(to)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`backtest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
