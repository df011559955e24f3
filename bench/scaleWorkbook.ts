/**
 * The workbooks the scale benchmark measures: the demo at a number of clients with 12 months of
 * history in issue #15's proportions (at 50,000 clients about 100,000 orders, 250,000 contact-plan
 * rows and 10,000 claims; deals and obligations scaled like the claims), seeded through the built
 * bundle's own set-up as `npm start` does, and the cells each sheet takes of Sheets' 10 million.
 */
import { resolve } from 'node:path';
import { ALL_TABLES } from '../src/core/tables/registry';
import type { TableSpec } from '../src/core/tables/tableSpec';
import { type DemoSize, type DemoWorkbook, generateDemoWorkbook } from '../workbench/demo';
import type { Emulator } from '../workbench/emulator';
import type { ScriptRuntime } from '../workbench/runtime/scriptRuntime';
import { locateTableIn, seedWorkbook } from '../workbench/seed';
import { createSukiRuntime } from '../workbench/server/session';

const DIST = resolve(import.meta.dirname, '../dist');

/** Sheets' limit on one spreadsheet's cells (empty ones count), and the issue's budget for 50,000 clients. */
export const SHEETS_CELL_LIMIT = 10_000_000;
export const CELL_TARGET = 8_000_000;

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

/** A seeded workbook, ready to measure, or why seeding failed. */
export type Seeded =
  | {
      readonly ok: true;
      readonly emulator: Emulator;
      readonly runtime: ScriptRuntime;
      readonly seconds: number;
      readonly cells: SheetCells[];
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

/** A fresh workbench (Asia/Manila, en_PH, the bundle in dist/) seeded with `demo`, timed. */
export function seedAt(demo: DemoWorkbook): Seeded {
  const { emulator, runtime } = createSukiRuntime(DIST);
  const started = performance.now();
  try {
    seedWorkbook(emulator, runtime, demo);
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, seconds, reason, needed: neededCells(emulator, demo) };
  }
  const seconds = (performance.now() - started) / 1000;
  return { ok: true, emulator, runtime, seconds, cells: tableCells(emulator) };
}
