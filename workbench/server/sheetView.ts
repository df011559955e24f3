/**
 * Reads a window of a sheet for the page, uncounted, through the Apps Script surface: display values
 * (through number formats), fills, weights, font colours and sizes, alignment, wrapping, merges and
 * row heights (where the sheet records them), dropdown choices, conditional highlights and charts. Only the frozen rows and the requested rows are read, so a 50,000-row
 * sheet costs no more to show than a small one.
 */
import { isDate } from '../../src/core/dates';
import type { Emulator } from '../emulator';
import { chartsOf } from './chartView';
import { type Highlight, highlightOf, highlightsOf } from './highlights';
import type { CellView, ChartView, RowView, SheetTab, SheetWindow } from './viewTypes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

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
}

/** The default height of a row, in pixels: a row of another recorded height is sent with it. */
const DEFAULT_ROW_PX = 21;

/** What one cell's text looks like beyond its weight and fill. */
interface TextStyle {
  color: string;
  size: number;
  alignment: string;
  wrap: CellView['wrap'];
}

/**
 * The text styles of the cells of `range` that show something: each from the range's plural getter
 * when it has one (Apps Script's range does), else cell by cell (the emulator has only singular
 * ones), each such cell fetched once. Empty cells get none: nothing of theirs is drawn.
 */
function textStylesOf(range: Range, display: readonly string[][]): (TextStyle | undefined)[][] {
  const colors = range.getFontColors?.();
  const sizes = range.getFontSizes?.();
  const alignments = range.getHorizontalAlignments?.();
  // Apps Script's wrap strategy says wrap, clip or overflow; the emulator records only whether
  // wrapping is on, and on is its default, as the documentation's.
  const strategies = range.getWrapStrategies?.();
  return display.map((line, i) =>
    line.map((text, j) => {
      if (text === '') return undefined;
      let single: Range | undefined;
      const cell = () => {
        single ??= range.getCell(i + 1, j + 1);
        return single;
      };
      return {
        color: colors ? (colors[i]?.[j] ?? '') : cell().getFontColor(),
        size: sizes ? (sizes[i]?.[j] ?? 10) : cell().getFontSize(),
        alignment: alignments ? (alignments[i]?.[j] ?? '') : cell().getHorizontalAlignment(),
        wrap: strategies ? strategyOf(strategies[i]?.[j]) : cell().getWrap() ? undefined : 'flow',
      };
    }),
  );
}

/** A wrap strategy as the page draws it. */
function strategyOf(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy | undefined): CellView['wrap'] {
  const name = String(strategy);
  return name === 'WRAP' ? 'wrap' : name === 'CLIP' ? 'clip' : 'flow';
}

/** Sheets' alignment names ('general-left', 'center'…) as the page's; general (by value) as absent. */
function alignmentOf(name: string): CellView['ha'] {
  const side = name.toLowerCase().replace(/^general-/, '');
  return side === 'left' || side === 'center' || side === 'right' ? side : undefined;
}

/** Marks the merges over rows first…first+count-1: the top-left cell spans, the others are hidden. */
function markMerges(ctx: ReadContext, range: Range, first: number, rows: RowView[]): void {
  const merges = range.getMergedRanges?.() ?? [];
  const last = first + rows.length - 1;
  for (const merge of merges) {
    const top = Math.max(first, merge.getRow());
    const left = merge.getColumn();
    const bottom = Math.min(last, merge.getLastRow());
    const right = Math.min(ctx.columns, merge.getLastColumn());
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const cell = rows[r - first]?.cells[c - 1];
        if (!cell) continue;
        if (r === top && c === left) cell.span = { rows: bottom - top + 1, columns: right - left + 1 };
        else cell.hid = true;
      }
  }
}

/** One cell as shown: its display value, kind, formats, dropdown and highlight. */
function cellView(
  ctx: ReadContext,
  read: {
    values: unknown[][];
    display: string[][];
    formulas: string[][];
    backgrounds: string[][];
    weights: string[][];
    text: (TextStyle | undefined)[][];
  },
  at: { i: number; j: number; row: number },
  rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][],
): CellView {
  const { i, j } = at;
  const value = read.values[i]?.[j];
  const cell: CellView = { v: read.display[i]?.[j] ?? '' };
  const formula = read.formulas[i]?.[j];
  if (formula) {
    cell.k = 'f';
    cell.f = formula;
  } else if (typeof value === 'number') cell.k = 'n';
  else if (isDate(value)) cell.k = 'd';
  else if (typeof value === 'boolean') cell.k = 'b';
  const background = read.backgrounds[i]?.[j];
  if (background && background !== '#ffffff') cell.bg = background;
  if (read.weights[i]?.[j] === 'bold') cell.b = true;
  const text = read.text[i]?.[j];
  if (text) {
    if (text.color && text.color !== '#000000') cell.fc = text.color;
    if (text.size && text.size !== 10) cell.fs = text.size;
    const alignment = alignmentOf(text.alignment);
    if (alignment) cell.ha = alignment;
    if (text.wrap) cell.wrap = text.wrap;
  }
  const rule = rules[i]?.[j];
  if (rule && String(rule.getCriteriaType()) === 'VALUE_IN_LIST') {
    const items = rule.getCriteriaValues()[0];
    if (Array.isArray(items)) {
      cell.l = ctx.lists.indexOf(items.map(String));
      if (!rule.getAllowInvalid()) cell.strict = true;
    }
  }
  const style = highlightOf(ctx.highlights, at.row, j + 1, value, ctx.now, ctx.timeZone);
  if (style) Object.assign(cell, style);
  return cell;
}

function readRows(ctx: ReadContext, first: number, count: number): RowView[] {
  if (count <= 0) return [];
  const range = ctx.sheet.getRange(first, 1, count, ctx.columns);
  const display = range.getDisplayValues();
  const read = {
    values: range.getValues(),
    display,
    formulas: range.getFormulas(),
    backgrounds: range.getBackgrounds(),
    weights: range.getFontWeights(),
    text: textStylesOf(range, display),
  };
  const rules = range.getDataValidations();
  const rows: RowView[] = [];
  for (let i = 0; i < count; i++) {
    const cells: CellView[] = [];
    for (let j = 0; j < ctx.columns; j++) cells.push(cellView(ctx, read, { i, j, row: first + i }, rules));
    const row: RowView = { r: first + i, cells };
    const height = ctx.sheet.getRowHeight?.(first + i);
    if (height !== undefined && height !== DEFAULT_ROW_PX) row.h = height;
    rows.push(row);
  }
  markMerges(ctx, range, first, rows);
  return rows;
}

/** The last column and row a chart stands over, counting columns by their widths and rows at the default height. */
function chartReach(sheet: Sheet, chart: ChartView, maxColumns: number): { column: number; row: number } {
  let column = chart.anchorColumn;
  for (let x = sheet.getColumnWidth(column) - chart.offsetX; x < chart.width && column < maxColumns; )
    x += sheet.getColumnWidth(++column);
  return { column, row: chart.anchorRow + Math.ceil((chart.offsetY + chart.height) / DEFAULT_ROW_PX) };
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
    const charts = chartsOf(sheet);
    const reach = charts.map((chart) => chartReach(sheet, chart, maxColumns));
    const columns = Math.min(maxColumns, Math.max(lastColumn + 1, 6, ...reach.map((r) => r.column)));
    const rowLimit = Math.min(
      maxRows,
      Math.max(lastRow, frozenRows, ...reach.map((r) => r.row)) + BLANK_ROWS_BELOW,
    );
    const first = Math.max(frozenRows + 1, Math.min(Math.floor(start) || 1, rowLimit));
    const size = Math.max(0, Math.min(count, MAX_WINDOW_ROWS, rowLimit - first + 1));
    const ctx: ReadContext = {
      sheet,
      columns,
      lists: new ListIndex(),
      highlights: highlightsOf(sheet),
      now: emulator.now(),
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
    };
    const frozen = readRows(ctx, 1, frozenRows);
    const rows = readRows(ctx, first, size);
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
      charts,
    };
  });
}
