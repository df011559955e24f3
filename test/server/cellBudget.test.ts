/**
 * The cell budget (issue #15): Sheets stops a workbook at 10 million cells and counts empty ones, so
 * set-up trims each table's sheet to its columns and a reserve of empty rows (never a column or row
 * holding anything), report sheets are sized to what they hold, and a growth past the limit is
 * refused in Suki's words, naming the sheet, with nothing written. docs/SCALING.md gives the budget.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { REPORTS } from '../../src/core/reports/reportCatalog';
import { CELL_LIMIT, RESERVE_ROWS } from '../../src/core/space/cellBudget';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import type { TableSpec } from '../../src/core/tables/tableSpec';
import { growSheet } from '../../src/gas/sheetGrowth';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';
import { silenceSurvivedFailures } from '../support/quietFailures';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const HEAD = 'hana.head@suki.test';
const en = translatorFor('en');
silenceSurvivedFailures();
const run = (name: string) => (main as unknown as Record<string, () => void>)[name]?.();

const sheetOf = (emulator: Emulator, table: TableSpec) =>
  emulator.uncounted(() => emulator.spreadsheet.getSheetByName(en(table.sheetLabel)) as Sheet);

/** The cells the workbook uses: every sheet's rows × columns (uncounted). */
const cellsUsed = (emulator: Emulator) =>
  emulator.uncounted(() =>
    emulator.spreadsheet.getSheets().reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0),
  );

/**
 * A person's sheet of one column, grown (uncounted) until exactly `left` cells remain under the
 * limit: a big workbook without the work of filling one.
 */
function fillUntil(emulator: Emulator, left: number): void {
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.insertSheet('Old records');
    sheet.deleteColumns(2, sheet.getMaxColumns() - 1);
    const missing = CELL_LIMIT - left - cellsUsed(emulator);
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    else sheet.deleteRows(2, -missing);
  });
  expect(CELL_LIMIT - cellsUsed(emulator)).toBe(left);
}

/** Fills a table's sheet to its last row with records (uncounted), so the next append must grow it. */
function fillToLastRow(emulator: Emulator, table: TableSpec, prefix: string): void {
  emulator.uncounted(() => {
    const sheet = sheetOf(emulator, table);
    const first = sheet.getLastRow() + 1;
    const count = sheet.getMaxRows() - first + 1;
    const id = table.columns.findIndex((column) => column.key === 'id');
    const name = table.columns.findIndex((column) => column.key === 'name');
    const rows = Array.from({ length: count }, (_, i) => {
      const row: unknown[] = new Array(table.columns.length).fill('');
      row[id] = `${prefix}-${String(i + 1).padStart(6, '0')}`;
      if (name >= 0) row[name] = `Filler ${i + 1}`;
      return row;
    });
    sheet.getRange(first, 1, count, table.columns.length).setValues(rows);
  });
}

describe('set-up keeps each table to what it holds', () => {
  it('trims a fresh workbook’s tables to their columns and a reserve of rows: 28,684 cells for 18 tables', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    main.setUpWorkbook();
    expect(emulator.ui.alerts).toEqual([]);
    let tables = 0;
    for (const table of ALL_TABLES) {
      const sheet = sheetOf(emulator, table);
      const size = emulator.uncounted(() => ({
        rows: sheet.getMaxRows(),
        columns: sheet.getMaxColumns(),
        lastRow: sheet.getLastRow(),
      }));
      // Team and the audit log got their first row after set-up had trimmed them.
      expect(size.columns, table.key).toBe(table.columns.length);
      expect(size.rows, table.key).toBe(1 + RESERVE_ROWS);
      expect(size.lastRow, table.key).toBeLessThanOrEqual(2);
      tables += size.rows * size.columns;
    }
    // The tables' widths (284 columns in all) × 101 rows; untrimmed they were 476,000 cells.
    const widths = ALL_TABLES.reduce((sum, table) => sum + table.columns.length, 0);
    expect(tables).toBe(widths * (1 + RESERVE_ROWS));
    expect(tables).toBe(28_684);
    // And Sheets' own starter sheet, which Suki leaves alone: 1,000 × 26.
    expect(cellsUsed(emulator)).toBe(tables + 26_000);
    // A second set-up changes nothing.
    main.setUpWorkbook();
    expect(cellsUsed(emulator)).toBe(tables + 26_000);
  });

  it('keeps a person’s own column right of a table and rows holding anything below it', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    main.setUpWorkbook();
    const sheet = sheetOf(emulator, CLIENTS_TABLE);
    const width = CLIENTS_TABLE.columns.length;
    emulator.uncounted(() => {
      // The person makes room and keeps notes two columns right of the table, one far down.
      sheet.insertColumnsAfter(width, 30);
      sheet.insertRowsAfter(sheet.getMaxRows(), 2_000);
      sheet.getRange(1, width + 2).setValue('My notes');
      sheet.getRange(900, width + 2).setValue('call back in May');
    });
    main.setUpWorkbook();
    expect(emulator.ui.alerts).toEqual([]);
    emulator.uncounted(() => {
      expect(sheet.getMaxColumns()).toBe(width + 2);
      expect(sheet.getRange(1, width + 2).getValue()).toBe('My notes');
      expect(sheet.getRange(900, width + 2).getValue()).toBe('call back in May');
      expect(sheet.getMaxRows()).toBe(900 + RESERVE_ROWS);
    });
    // The table works as before, its column untouched by Suki's writes.
    expect(main.saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true });
    expect(emulator.uncounted(() => sheet.getRange(2, width + 2).getValue())).toBe('');
  });
});

describe('a sheet that needs room the spreadsheet has not', () => {
  it('refuses the save in Suki’s words, naming the sheet, and writes nothing', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    main.setUpWorkbook();
    fillToLastRow(emulator, CLIENTS_TABLE, 'C');
    const before = tableRows(emulator, 'clients').length;
    const audit = tableRows(emulator, 'audit').length;
    // Room for less than one more row of the Clients sheet (34 cells).
    fillUntil(emulator, 20);
    const result = main.saveRecord('clients', { name: 'Alpha Foods' });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('There is no room in this spreadsheet for “Clients”');
    expect(message).toContain('uses 9,999,980 of the 10,000,000 cells');
    expect(message).toContain('(100.0%');
    expect(message).toContain('Nothing was written');
    expect(message).not.toContain('above the limit');
    expect(tableRows(emulator, 'clients')).toHaveLength(before);
    expect(tableRows(emulator, 'audit')).toHaveLength(audit);
    expect(CELL_LIMIT - cellsUsed(emulator)).toBe(20);
  });

  it('undoes the rows a save wrote before a later growth was refused (the audit log’s)', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    main.setUpWorkbook();
    const auditTable = ALL_TABLES.find((table) => table.key === 'audit') as TableSpec;
    fillToLastRow(emulator, auditTable, 'A');
    const audit = tableRows(emulator, 'audit').length;
    fillUntil(emulator, 5);
    const result = main.saveRecord('clients', { name: 'Alpha Foods' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('for “Audit log”');
    // The client row went in first (its sheet had room), and the journal took it out again.
    expect(tableRows(emulator, 'clients').filter((row) => row.name === 'Alpha Foods')).toEqual([]);
    expect(tableRows(emulator, 'audit')).toHaveLength(audit);
  });

  it('grows by the rows a write needs and a reserve, or only the rows when the reserve does not fit', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    main.setUpWorkbook();
    const sheet = sheetOf(emulator, CLIENTS_TABLE);
    const start = emulator.uncounted(() => sheet.getMaxRows());
    growSheet(sheet, 5);
    const rows = emulator.uncounted(() => sheet.getMaxRows());
    expect(rows).toBe(start + 5 + RESERVE_ROWS);
    fillUntil(emulator, 3 * CLIENTS_TABLE.columns.length + 1);
    // Room for 3 rows: the write's 3 go in without their reserve; then not even one fits.
    growSheet(sheet, 3);
    expect(emulator.uncounted(() => sheet.getMaxRows())).toBe(rows + 3);
    expect(() => growSheet(sheet, 1)).toThrow('error.cellLimit');
  });

  it('leaves nothing half-written when the execution is cut off while the sheet grows', () => {
    const workbook = () => {
      const emulator = useEmulator({ activeUserEmail: HEAD });
      main.setUpWorkbook();
      fillToLastRow(emulator, CLIENTS_TABLE, 'C');
      return emulator;
    };
    const traced = workbook();
    const kinds = traced.calls.traced(() => main.saveRecord('clients', { name: 'Alpha Foods' }));
    const grow = kinds.indexOf('Sheet.insertRowsAfter');
    expect(grow).toBeGreaterThan(0);
    const emulator = workbook();
    const before = tableRows(emulator, 'clients').length;
    const rows = emulator.uncounted(() => sheetOf(emulator, CLIENTS_TABLE).getMaxRows());
    // Cut off just after the rows went in, before their dropdowns were carried or anything written.
    emulator.calls.failAt(grow + 2, 'cutoff');
    expect(main.saveRecord('clients', { name: 'Alpha Foods' }).ok).toBe(false);
    emulator.calls.clearFault();
    expect(emulator.uncounted(() => sheetOf(emulator, CLIENTS_TABLE).getMaxRows())).toBeGreaterThan(rows);
    expect(tableRows(emulator, 'clients')).toHaveLength(before);
    // The next save lands right below the last record, and set-up puts the dropdowns back.
    expect(main.saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true, row: rows + 1 });
    main.setUpWorkbook();
    const status = CLIENTS_TABLE.columns.findIndex((column) => column.key === 'status') + 1;
    const rule = emulator.uncounted(() =>
      sheetOf(emulator, CLIENTS_TABLE)
        .getRange(rows + 2, status)
        .getDataValidation(),
    );
    expect(rule).not.toBeNull();
  });
});

describe('report sheets sized to what they hold', () => {
  it('trims a report’s sheet to its grid and charts, however a person grew it', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    main.setUpWorkbook();
    for (let i = 0; i < 30; i++) main.saveRecord('clients', { name: `Client ${i + 1}`, status: 'active' });
    const report = REPORTS.find((entry) => entry.key === 'abcXyz') ?? REPORTS[0];
    if (!report) throw new Error('no report');
    const size = () => {
      const tag = emulator.spreadsheet
        .createDeveloperMetadataFinder()
        .withKey('suki.report')
        .withValue(report.key)
        .find()[0];
      const sheet = tag?.getLocation().getSheet() as Sheet;
      const bottom = Math.max(
        sheet.getLastRow() + 1,
        ...sheet.getCharts().map((chart) => {
          const info = chart.getContainerInfo();
          return info.getAnchorRow() + Math.ceil(Number(chart.getOptions().get('height')) / 21) - 1;
        }),
      );
      return { sheet, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns(), bottom };
    };
    run(report.functionName);
    expect(emulator.ui.alerts).toEqual([]);
    const first = emulator.uncounted(size);
    // Its cells (the grid may end in a blank line), one spare row, and the rows its charts stand over.
    expect(first.rows).toBeGreaterThanOrEqual(first.bottom);
    expect(first.rows).toBeLessThanOrEqual(first.bottom + 2);
    expect(first.columns).toBeLessThan(26);
    emulator.uncounted(() => {
      first.sheet.insertRowsAfter(first.rows, 3_000);
      first.sheet.insertColumnsAfter(first.columns, 40);
    });
    run(report.functionName);
    const again = emulator.uncounted(size);
    expect({ rows: again.rows, columns: again.columns }).toEqual({
      rows: first.rows,
      columns: first.columns,
    });
  });
});
