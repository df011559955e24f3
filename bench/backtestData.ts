/**
 * The workbook a backtest runs on: the demo (generated), a demo JSON file (`{asOf, tables}` as
 * `workbench/demo/cli.ts` writes it), or a Suki workbook exported from Google Sheets as .xlsx.
 * Each comes with its data end, the "today" of the workbook: the demo's asOf, a JSON file's asOf, or
 * else the latest order or paid date in the orders.
 */
import { readFile } from 'node:fs/promises';
import type { AnalysisTables } from '../src/core/analysis/inputs';
import type { TableRecord } from '../src/core/tables/tableSpec';
import { generateDemoWorkbook } from '../workbench/demo/index';
import { readSukiXlsx } from './backtestXlsx';

/** Tables to backtest on, and the last day their outcomes are known. */
export interface BacktestWorkbook {
  readonly label: string;
  readonly tables: AnalysisTables;
  /** YYYY-MM-DD. */
  readonly dataEnd: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The latest order or paid date (YYYY-MM-DD) in the orders, or null when there is none. */
function latestOrderDate(orders: readonly TableRecord[]): string | null {
  let latest: string | null = null;
  for (const order of orders) {
    for (const value of [order.orderDate, order.paidDate]) {
      if (typeof value !== 'string') continue;
      const day = value.trim().slice(0, 10);
      if (ISO_DATE.test(day) && (latest === null || day > latest)) latest = day;
    }
  }
  return latest;
}

function isRecordArray(value: unknown): value is TableRecord[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null);
}

/** The tables of a parsed demo JSON file; throws when it does not have that shape. */
function tablesOfJson(json: unknown, path: string): { tables: AnalysisTables; asOf: string | null } {
  if (typeof json !== 'object' || json === null || !('tables' in json))
    throw new Error(`${path}: expected {"asOf": …, "tables": {…}}`);
  const { tables, asOf } = json as { tables: unknown; asOf?: unknown };
  if (typeof tables !== 'object' || tables === null) throw new Error(`${path}: "tables" is not an object`);
  const out: Record<string, TableRecord[]> = {};
  for (const [key, records] of Object.entries(tables)) if (isRecordArray(records)) out[key] = records;
  return {
    tables: out as AnalysisTables,
    asOf: typeof asOf === 'string' && ISO_DATE.test(asOf) ? asOf : null,
  };
}

/** A workbook with its data end, which must be known. */
function withDataEnd(label: string, tables: AnalysisTables, asOf: string | null): BacktestWorkbook {
  const dataEnd = asOf ?? latestOrderDate(tables.orders ?? []);
  if (dataEnd === null) throw new Error(`${label}: no orders with a date, so nothing to backtest`);
  return { label, tables, dataEnd };
}

/** The demo the backtest runs on by default. */
export const BACKTEST_DEMO = {
  clients: 2000,
  /** Two years of orders (the 24 months before the data end's month, and that month so far). */
  historyMonths: 25,
  /**
   * Orders per client per month of history, over all the demo's clients (prospects and long-lost
   * ones included): about 12 invoices a year per client that orders, like the held-out sample of
   * issue #11 (100 customers, about 2,500 invoices over two years).
   */
  ordersPerClientMonth: 0.84,
} as const;

/** What to generate; each left out takes BACKTEST_DEMO's value, the seed the generator's own. */
export interface DemoChoice {
  readonly clients?: number;
  readonly seed?: number;
  readonly historyMonths?: number;
}

/** Invoices (orders with amount > 0) per client with one, per year of `years`. */
function invoicesPerClientYear(orders: readonly TableRecord[], years: number): number {
  const clients = new Set<unknown>();
  let invoices = 0;
  for (const order of orders) {
    if (typeof order.amount !== 'number' || order.amount <= 0) continue;
    invoices++;
    clients.add(order.clientId);
  }
  return clients.size > 0 ? invoices / clients.size / years : 0;
}

/**
 * The demo workbook as the backtest uses it: BACKTEST_DEMO unless told otherwise, with as many orders
 * per client as `ordersPerClientMonth` gives over its history. The label tells its shape.
 */
export function demoWorkbook(choice: DemoChoice = {}): BacktestWorkbook {
  const clients = choice.clients ?? BACKTEST_DEMO.clients;
  const historyMonths = choice.historyMonths ?? BACKTEST_DEMO.historyMonths;
  const ordersPerClient = BACKTEST_DEMO.ordersPerClientMonth * historyMonths;
  const demo = generateDemoWorkbook({
    ...(choice.seed !== undefined && { seed: choice.seed }),
    historyMonths,
    size: { clients, ordersPerClient },
  });
  // The history runs from the first day of its first month to asOf.
  const [year, month] = demo.asOf.split('-').map(Number) as [number, number];
  const first = Date.UTC(year, month - historyMonths, 1);
  const years = (Date.parse(`${demo.asOf}T00:00:00Z`) - first) / (365.25 * 86_400_000);
  const density = invoicesPerClientYear(demo.tables.orders ?? [], years);
  const label =
    `demo, ${clients} clients${choice.seed === undefined ? '' : `, seed ${choice.seed}`}, ` +
    `${historyMonths} months of orders, ${density.toFixed(1)} invoices a year per ordering client`;
  return { label, tables: demo.tables as AnalysisTables, dataEnd: demo.asOf };
}

/** Loads a .json (demo CLI output) or .xlsx (Suki workbook) file; throws when it cannot be read. */
export async function fileWorkbook(path: string): Promise<BacktestWorkbook> {
  if (/\.xlsx$/i.test(path)) return withDataEnd(path, await readSukiXlsx(path), null);
  const { tables, asOf } = tablesOfJson(JSON.parse(await readFile(path, 'utf8')), path);
  return withDataEnd(path, tables, asOf);
}
