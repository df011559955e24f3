/**
 * Fills an emulated workbook with Suki's demo data: Suki's own "Set up workbook" creates the eleven
 * tables (metadata, formats, dropdowns) through the real bundle, then the demo generator's records
 * are written straight into the sheets, uncounted, each value under its own column.
 */

import { type CellValue, toCell } from '../../src/core/tables/cellCodec';
import { contiguousRuns } from '../../src/core/tables/columnMatching';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { columnOf, type TableRecord, type TableSpec } from '../../src/core/tables/tableSpec';
import { TEAM_TABLE } from '../../src/core/tables/teamTables';
import { WORKBOOK_LANGUAGE_PROPERTY, workbookLanguageOf } from '../../src/core/tables/workbookLanguage';
import { type DemoOptions, type DemoWorkbook, generateDemoWorkbook } from '../demo';
import type { Emulator } from '../emulator';
import type { ScriptRuntime } from '../runtime/scriptRuntime';
import { locateTableIn } from './tableLocation';

export { locateTableIn } from './tableLocation';

/** What to generate; passed on to generateDemoWorkbook. */
export type SeedOptions = DemoOptions;

/**
 * The demo the workbench opens (`npm start`), under its own asOf (today) and any --clients or
 * --history-months: 30 months of orders, so the good long-standing clients have ordered for the two
 * years a referral asks, on any day of the month. generateDemoWorkbook's own default stays 13.
 */
export const WORKBENCH_SEED: Readonly<SeedOptions> = { historyMonths: 30 };

/**
 * A demo that does not fit in the workbook's cells (Sheets' 10,000,000 unless the emulator was made
 * with another limit), found before anything is written: `npm start -- --clients 50000` fails so
 * within seconds, naming the limit, instead of after most of its rows.
 */
export class SeedCellLimitError extends Error {
  constructor(
    readonly needed: number,
    readonly limit: number,
    clients: number,
  ) {
    super(
      `Seeding ${clients} clients needs ${needed} cells, past the workbook's limit of ${limit} cells ` +
        `(Sheets counts every cell of every sheet, empty ones too, and refuses: "This action would increase ` +
        `the number of cells in the workbook above the limit of ${limit} cells."). Seed fewer clients or ` +
        `fewer months of history (--clients, --history-months); docs/SCALING.md has the budget.`,
    );
    this.name = 'SeedCellLimitError';
  }
}

/** What was seeded: the demo's date and the rows written per table key. */
interface SeedResult {
  asOf: string;
  rows: Record<string, number>;
}

/**
 * Runs the bundle's `setUpWorkbook` through `runtime`, then writes `generateDemoWorkbook(options)`
 * into the tables it made. Throws with Suki's own message if set-up reported a failure.
 */
export function seedDemoWorkbook(
  emulator: Emulator,
  runtime: ScriptRuntime,
  options: SeedOptions = {},
): SeedResult {
  return seedWorkbook(emulator, runtime, generateDemoWorkbook(options));
}

/**
 * Runs the bundle's `setUpWorkbook` through `runtime`, then writes `demo` (generated once by the
 * caller, e.g. a benchmark that also counts its rows) into the tables it made. Throws with Suki's
 * own message if set-up reported a failure, and names the table whose rows did not fit (Sheets'
 * cell limit) when writing one failed.
 */
export function seedWorkbook(emulator: Emulator, runtime: ScriptRuntime, demo: DemoWorkbook): SeedResult {
  // The demo's head sets the workbook up, so Suki appoints them its first head, as in real life.
  const head = (demo.tables.team ?? []).find((record) => record.role === 'head');
  if (head) emulator.setActiveUser(String(head.email));
  setUp(emulator, runtime);
  removeBlankStarterSheet(emulator);

  const timeZone = emulator.uncounted(() => emulator.spreadsheet.getSpreadsheetTimeZone());
  // The demo's Team rows replace the head's row set-up wrote (the demo's own carries their name).
  clearDataRows(emulator, TEAM_TABLE);
  const needed = cellsAfterSeeding(emulator, demo);
  if (needed > emulator.cellLimit)
    throw new SeedCellLimitError(needed, emulator.cellLimit, demo.tables.clients?.length ?? 0);
  const rows: Record<string, number> = {};
  for (const table of ALL_TABLES) {
    const records = demo.tables[table.key] ?? [];
    try {
      writeTableRecords(emulator, table, records, timeZone);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Seeding ${records.length} rows of table ${table.key} failed: ${reason}`, {
        cause: error,
      });
    }
    rows[table.key] = records.length;
  }
  // Set-up again, as a head would after appointing the team: the protections follow its heads.
  setUp(emulator, runtime);
  emulator.uncounted(() => {
    const first = emulator.spreadsheet.getSheets()[0];
    first?.activate();
  });
  return { asOf: demo.asOf, rows };
}

/**
 * The workbook's cells once `demo` is written: every sheet as it is now, plus the rows each table's
 * sheet grows by (writeTableRecords appends below its last row), at the sheet's width.
 */
function cellsAfterSeeding(emulator: Emulator, demo: DemoWorkbook): number {
  const growth = new Map<string, number>();
  for (const table of ALL_TABLES) {
    const count = demo.tables[table.key]?.length ?? 0;
    const location = count > 0 ? locateTableIn(emulator, table) : undefined;
    if (!location) continue;
    const { sheet } = location;
    const added = emulator.uncounted(
      () => Math.max(0, Math.max(sheet.getLastRow(), 1) + count - sheet.getMaxRows()) * sheet.getMaxColumns(),
    );
    growth.set(location.sheetName, added);
  }
  return emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheets()
      .reduce(
        (sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns() + (growth.get(sheet.getName()) ?? 0),
        0,
      ),
  );
}

/** Runs the bundle's set-up; throws with Suki's own message if it reported a failure. */
function setUp(emulator: Emulator, runtime: ScriptRuntime): void {
  const alertsBefore = emulator.ui.alerts.length;
  runtime.call('setUpWorkbook');
  const failure = emulator.ui.alerts[alertsBefore];
  if (failure) throw new Error(`Set up workbook failed: ${failure.prompt}`);
}

/** Empties a table's data rows (the seed replaces them; so does the cell-budget bench). */
export function clearDataRows(emulator: Emulator, table: TableSpec): void {
  const location = locateTableIn(emulator, table);
  if (!location) return;
  emulator.uncounted(() => {
    const { sheet } = location;
    if (sheet.getLastRow() > 1)
      sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getMaxColumns()).clearContent();
  });
}

/** Sheets' starter 'Sheet1' is dropped once the tables exist, if nobody wrote in it. */
function removeBlankStarterSheet(emulator: Emulator): void {
  emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    const starter = spreadsheet.getSheetByName('Sheet1');
    if (starter && starter.getLastRow() === 0 && spreadsheet.getNumSheets() > 1)
      spreadsheet.deleteSheet(starter);
  });
}

/**
 * Appends `records` below the header of `table`'s sheet in one block per run of adjacent Suki
 * columns (columns Suki does not own are left alone), growing the sheet when needed and carrying the
 * data rows' number formats and dropdowns onto the new rows, as Set up workbook would have.
 * @forTests Tests seed the tables they need.
 */
export function writeTableRecords(
  emulator: Emulator,
  table: TableSpec,
  records: readonly TableRecord[],
  timeZone: string,
): void {
  if (records.length === 0) return;
  const location = locateTableIn(emulator, table);
  if (!location) throw new Error(`The workbook has no sheet for table ${table.key}.`);
  const { sheet, columns } = location;
  // Choices as set-up's dropdowns show them: captions in the workbook's language (keys before one is set).
  const captions = emulator.uncounted(() =>
    workbookLanguageOf(
      emulator.globals.PropertiesService.getDocumentProperties().getProperty(WORKBOOK_LANGUAGE_PROPERTY),
    ),
  );
  emulator.uncounted(() => {
    const firstRow = Math.max(sheet.getLastRow(), 1) + 1;
    growRows(sheet, firstRow + records.length - 1);
    for (const run of contiguousRuns(columns.positions)) {
      const specs = run.keys.map((key) => columnOf(table, key));
      const block: CellValue[][] = records.map((record) =>
        specs.map((column) => toCell(column, record[column.key] ?? null, timeZone, 'plain', captions)),
      );
      sheet.getRange(firstRow, run.start, records.length, specs.length).setValues(block);
    }
  });
}

/** Makes the sheet at least `rows` tall, copying row 2's formats and validation onto the new rows. */
function growRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows <= maxRows) return;
  const added = rows - maxRows;
  sheet.insertRowsAfter(maxRows, added);
  const lastColumn = sheet.getLastColumn();
  if (maxRows < 2 || lastColumn === 0) return;
  const template = sheet.getRange(2, 1, 1, lastColumn);
  const formats = template.getNumberFormats()[0] ?? [];
  const rules = template.getDataValidations()[0] ?? [];
  for (let c = 1; c <= lastColumn; c++) {
    const target = sheet.getRange(maxRows + 1, c, added, 1);
    const format = formats[c - 1];
    if (format && format !== 'General') target.setNumberFormat(format);
    const rule = rules[c - 1];
    if (rule) target.setDataValidation(rule);
  }
}
