/**
 * The workbooks the scale benchmark measures: the demo at a number of clients with 12 months of
 * history in issue #15's proportions (at 50,000 clients about 100,000 orders, 250,000 contact-plan
 * rows and 10,000 claims; deals and obligations scaled like the claims), seeded through the built
 * bundle's own set-up as `npm start` does, and the cells each sheet takes of Sheets' 10 million.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_TABLES } from '../src/core/tables/registry';
import type { TableSpec } from '../src/core/tables/tableSpec';
import { type DemoSize, type DemoWorkbook, generateDemoWorkbook } from '../workbench/demo';
import { createEmulator, type Emulator, SHEETS_CELL_LIMIT } from '../workbench/emulator';
import { ScriptRuntime } from '../workbench/runtime/scriptRuntime';
import { locateTableIn, SeedCellLimitError, seedWorkbook } from '../workbench/seed';

const DIST = resolve(import.meta.dirname, '../dist');

/** Sheets' limit on one spreadsheet's cells (empty ones count), as the emulator enforces it. */
export { SHEETS_CELL_LIMIT };
/** The budget for 50,000 clients with a year of history. */
export const CELL_TARGET = 8_000_000;
/**
 * The emulator's limit for a size past Sheets' (the bench's only use of EmulatorOptions.cellLimit):
 * no limit in effect, so every action runs; the figures are labelled "limit lifted".
 */
const LIFTED_CELL_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Per client, as issue #15 sizes the company: 2 orders (100,000 at 50,000 clients), 5 contact-plan
 * rows (250,000), 0.2 claims (10,000); deals and obligations in the demo's own proportion to claims
 * (0.4 : 0.6 : 0.8 by default), so 0.3 and 0.4. The demo's default history is 13 calendar months:
 * the 12 before its date and the month so far.
 */
function demoSize(clients: number): DemoSize {
  return {
    clients,
    ordersPerClient: 2,
    contactsPerClient: 5,
    claimsPerClient: 0.2,
    dealsPerClient: 0.3,
    obligationsPerClient: 0.4,
  };
}

/** Generates the demo at `clients` (deterministic: the same records every run). */
export function demoAt(clients: number): DemoWorkbook {
  return generateDemoWorkbook({ size: demoSize(clients) });
}

/** One sheet's share of the cell budget. */
export interface SheetCells {
  readonly name: string;
  /** The table's key, or null for a report's or another sheet. */
  readonly table: string | null;
  readonly dataRows: number;
  readonly rows: number;
  readonly columns: number;
  readonly cells: number;
}

/** A seed that Sheets' limit refused, and what it would have needed, sheet by sheet. */
export interface SeedRefusal {
  readonly seconds: number;
  readonly reason: string;
  readonly needed: SheetCells[];
}

/**
 * A seeded workbook, ready to measure, or why seeding failed. `refused` is set when the demo did
 * not fit in Sheets' 10,000,000 cells and was then seeded again with the emulator's limit lifted
 * (every figure measured on it is labelled so); a size that fits is seeded with the limit on.
 */
export type Seeded =
  | {
      readonly ok: true;
      readonly emulator: Emulator;
      readonly runtime: ScriptRuntime;
      readonly seconds: number;
      readonly cells: SheetCells[];
      readonly refused: SeedRefusal | null;
    }
  | { readonly ok: false; readonly seconds: number; readonly reason: string; readonly needed: SheetCells[] };

/** Each table's sheet (found by its metadata, as the seed does) and the cells it takes. */
export function tableCells(emulator: Emulator): SheetCells[] {
  const byName = new Map<string, TableSpec>();
  for (const table of ALL_TABLES) {
    const found = locateTableIn(emulator, table);
    if (found) byName.set(found.sheetName, table);
  }
  return emulator.uncounted(() =>
    emulator.spreadsheet.getSheets().map((sheet) => {
      const rows = sheet.getMaxRows();
      const columns = sheet.getMaxColumns();
      return {
        name: sheet.getName(),
        table: byName.get(sheet.getName())?.key ?? null,
        dataRows: Math.max(0, sheet.getLastRow() - 1),
        rows,
        columns,
        cells: rows * columns,
      };
    }),
  );
}

/**
 * What writing `demo` would take, sheet by sheet, in the workbook set-up made (the seed grows each
 * table's sheet to its rows and keeps set-up's width): for the report of a seed that did not fit.
 */
function neededCells(emulator: Emulator, demo: DemoWorkbook): SheetCells[] {
  return tableCells(emulator).map((sheet) => {
    if (sheet.table === null) return sheet;
    const dataRows = demo.tables[sheet.table]?.length ?? 0;
    const rows = Math.max(sheet.rows, dataRows + 1);
    return { ...sheet, dataRows, rows, cells: rows * sheet.columns };
  });
}

/**
 * A fresh workbench as `npm start` makes it (createSukiRuntime in workbench/server/session.ts:
 * Asia/Manila, en_PH, the pages and bundle in dist/), with the emulator's cell limit given.
 */
function benchRuntime(cellLimit: number): { emulator: Emulator; runtime: ScriptRuntime } {
  const emulator = createEmulator({
    timeZone: 'Asia/Manila',
    spreadsheetLocale: 'en_PH',
    spreadsheetName: 'Suki workbook',
    cellLimit,
    htmlFiles: (name) => {
      const path = join(DIST, `${name.replace(/\.html$/, '')}.html`);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  });
  return { emulator, runtime: new ScriptRuntime(emulator, join(DIST, 'Code.js')) };
}

type Attempt =
  | { ok: true; emulator: Emulator; runtime: ScriptRuntime; seconds: number }
  | { ok: false; seconds: number; error: unknown; needed: SheetCells[] };

function attemptSeed(demo: DemoWorkbook, cellLimit: number): Attempt {
  const { emulator, runtime } = benchRuntime(cellLimit);
  const started = performance.now();
  try {
    seedWorkbook(emulator, runtime, demo);
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    return { ok: false, seconds, error, needed: neededCells(emulator, demo) };
  }
  return { ok: true, emulator, runtime, seconds: (performance.now() - started) / 1000 };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A fresh workbench seeded with `demo`, timed: with Sheets' cell limit, and when that refuses the
 * demo (SeedCellLimitError: it needs more than 10,000,000 cells), again with the limit lifted, so
 * the size is still measured; the refusal is kept for the report.
 */
export function seedAt(demo: DemoWorkbook): Seeded {
  const first = attemptSeed(demo, SHEETS_CELL_LIMIT);
  if (first.ok) return { ...first, cells: tableCells(first.emulator), refused: null };
  const refusal = { seconds: first.seconds, reason: messageOf(first.error), needed: first.needed };
  if (!(first.error instanceof SeedCellLimitError))
    return { ok: false, seconds: refusal.seconds, reason: refusal.reason, needed: refusal.needed };
  const lifted = attemptSeed(demo, LIFTED_CELL_LIMIT);
  if (!lifted.ok)
    return { ok: false, seconds: lifted.seconds, reason: messageOf(lifted.error), needed: lifted.needed };
  return { ...lifted, cells: tableCells(lifted.emulator), refused: refusal };
}
