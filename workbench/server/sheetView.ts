/**
 * Reads a window of a sheet for the page, uncounted, through the Apps Script surface: display values
 * (through number formats), fills, bold, header font colours, dropdown choices, conditional
 * highlights and charts. Only the frozen rows and the requested rows are read, so a 50,000-row
 * sheet costs no more to show than a small one.
 */
import { isDate } from '../../src/core/dates';
import type { Emulator } from '../emulator';
import { chartsOf } from './chartView';
import { type Highlight, highlightOf, highlightsOf } from './highlights';
import type { CellView, RowView, SheetTab, SheetWindow } from './viewTypes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Blank rows a person can page into below the last row with content. */
const BLANK_ROWS_BELOW = 50;
/** Most rows one window holds. */
const MAX_WINDOW_ROWS = 500;

/** The sheet tabs, in order. */
export function sheetTabs(emulator: Emulator): SheetTab[] {
  return emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheets()
      .map((sheet) => ({ name: sheet.getName(), hidden: sheet.isSheetHidden() })),
  );
}

/** The name of the active sheet. */
export function activeSheetName(emulator: Emulator): string {
  return emulator.uncounted(() => emulator.spreadsheet.getActiveSheet().getName());
}

class ListIndex {
  readonly lists: string[][] = [];
  private readonly byKey = new Map<string, number>();
  indexOf(items: string[]): number {
    const key = JSON.stringify(items);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.lists.length;
      this.lists.push(items);
      this.byKey.set(key, index);
    }
    return index;
  }
}

interface ReadContext {
  sheet: Sheet;
  columns: number;
  lists: ListIndex;
  highlights: Highlight[];
  now: number;
  timeZone: string;
  /** Read font colours cell by cell (header rows only). */
  fontColors: boolean;
}

function readRows(ctx: ReadContext, first: number, count: number): RowView[] {
  if (count <= 0) return [];
  const range = ctx.sheet.getRange(first, 1, count, ctx.columns);
  const values = range.getValues();
  const display = range.getDisplayValues();
  const formulas = range.getFormulas();
  const backgrounds = range.getBackgrounds();
  const weights = range.getFontWeights();
  const rules = range.getDataValidations();
  const rows: RowView[] = [];
  for (let i = 0; i < count; i++) {
    const cells: CellView[] = [];
    for (let j = 0; j < ctx.columns; j++) {
      const value = values[i]?.[j];
      const cell: CellView = { v: display[i]?.[j] ?? '' };
      const formula = formulas[i]?.[j];
      if (formula) {
        cell.k = 'f';
        cell.f = formula;
      } else if (typeof value === 'number') cell.k = 'n';
      else if (isDate(value)) cell.k = 'd';
      else if (typeof value === 'boolean') cell.k = 'b';
      const background = backgrounds[i]?.[j];
      if (background && background !== '#ffffff') cell.bg = background;
      if (weights[i]?.[j] === 'bold') cell.b = true;
      if (ctx.fontColors) {
        const color = ctx.sheet.getRange(first + i, j + 1).getFontColor();
        if (color && color !== '#000000') cell.fc = color;
      }
      const rule = rules[i]?.[j];
      if (rule && String(rule.getCriteriaType()) === 'VALUE_IN_LIST') {
        const items = rule.getCriteriaValues()[0];
        if (Array.isArray(items)) {
          cell.l = ctx.lists.indexOf(items.map(String));
          if (!rule.getAllowInvalid()) cell.strict = true;
        }
      }
      const style = highlightOf(ctx.highlights, first + i, j + 1, value, ctx.now, ctx.timeZone);
      if (style) Object.assign(cell, style);
      cells.push(cell);
    }
    rows.push({ r: first + i, cells });
  }
  return rows;
}

/**
 * A window of `sheetName` starting at row `start` (clamped below the frozen rows), `count` rows
 * long. An unknown sheet name falls back to the active sheet.
 */
export function sheetWindow(
  emulator: Emulator,
  sheetName: string,
  start: number,
  count: number,
): SheetWindow {
  return emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    const sheet = spreadsheet.getSheetByName(sheetName) ?? spreadsheet.getActiveSheet();
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const frozenRows = Math.min(sheet.getFrozenRows(), maxRows);
    const columns = Math.min(maxColumns, Math.max(lastColumn + 1, 6));
    const rowLimit = Math.min(maxRows, Math.max(lastRow, frozenRows) + BLANK_ROWS_BELOW);
    const first = Math.max(frozenRows + 1, Math.min(Math.floor(start) || 1, rowLimit));
    const size = Math.max(0, Math.min(count, MAX_WINDOW_ROWS, rowLimit - first + 1));
    const ctx: ReadContext = {
      sheet,
      columns,
      lists: new ListIndex(),
      highlights: highlightsOf(sheet),
      now: emulator.now(),
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
      fontColors: true,
    };
    const frozen = readRows(ctx, 1, frozenRows);
    const rows = readRows({ ...ctx, fontColors: false }, first, size);
    const widths: number[] = [];
    for (let c = 1; c <= columns; c++) widths.push(sheet.getColumnWidth(c));
    return {
      name: sheet.getName(),
      maxRows,
      maxColumns,
      lastRow,
      lastColumn,
      frozenRows,
      frozenColumns: sheet.getFrozenColumns(),
      columns,
      widths,
      rowLimit,
      start: first,
      frozen,
      rows,
      lists: ctx.lists.lists,
      charts: chartsOf(sheet),
    };
  });
}
