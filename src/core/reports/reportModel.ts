/**
 * A report sheet as data: titled blocks of rows and the charts drawn from them. Report builders
 * (pure, in this folder) make one from a FullAnalysis; src/gas/reportWriter.ts lays it out and
 * writes it in one block. Every label is already translated.
 */

import { type ColumnSize, cellFormat, columnSizesOf, noteLines, noteWidthPx } from './reportColumns';
import {
  axisMeasure,
  axisOptions,
  numberFormatFor,
  type ReportFormat,
  ROW_PX,
  shownText,
} from './sheetSizing';

/** A value in a report cell; text is written as text. */
type ReportCell = string | number | null;

/** One column of a block. */
interface ReportColumn {
  readonly label: string;
  readonly format: ReportFormat;
}

/** A titled table inside a report sheet. */
export interface ReportBlock {
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Said under the title, e.g. what a prior score means: laid out as a paragraph of lines. */
  readonly note?: string;
  /**
   * A measure/value block's own format for each row's numbers (a count, then median days, then a
   * share), instead of its columns'; text columns stay text.
   */
  readonly rowFormats?: readonly ReportFormat[];
}

/** Chart kinds Suki draws (native Sheets charts). */
type ReportChartKind = 'column' | 'bar' | 'line' | 'pie';

/** A chart over one block: labels from one column (names, never IDs), series from others. */
interface ReportChart {
  readonly kind: ReportChartKind;
  readonly title: string;
  readonly block: number;
  readonly labelColumn: number;
  readonly valueColumns: readonly number[];
}

/** A whole report sheet. `key` is stable (sheet metadata); `sheetName` is shown. */
export interface ReportSheetModel {
  readonly key: string;
  readonly sheetName: string;
  readonly title: string;
  readonly asOfLine: string;
  readonly blocks: readonly ReportBlock[];
  readonly charts: readonly ReportChart[];
}

/** Shorthand for a column. */
export function col(label: string, format: ReportFormat = 'text'): ReportColumn {
  return { label, format };
}

/**
 * Where each block lands on the sheet (1-based): its title row, the lines of its note under it
 * (noteRows of them, 0 without a note), its header row and first data row.
 */
interface BlockPlacement {
  readonly titleRow: number;
  readonly noteRows: number;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly rowCount: number;
}

/**
 * Lays a report out as one rectangular grid (title, as-of line, then each block: title, the lines of
 * its note, header, rows, a blank row) so it can be written with a single setValues. The columns are
 * sized first, from the text as shown with `currencySymbol` (the workbook's money sign; none by
 * default), so that a note is broken into lines no wider than the data (reportColumns.ts). Returns
 * the grid, the columns' sizes and where each block landed, for formats and charts.
 */
export function layoutReport(model: ReportSheetModel, currencySymbol = ''): ReportLayout {
  const width = Math.max(2, ...model.blocks.map((b) => b.columns.length));
  const columns = columnSizesOf(model, width, currencySymbol);
  const noteWidth = noteWidthPx(columns);
  const pad = (cells: readonly ReportCell[]) => [...cells, ...new Array(width - cells.length).fill(null)];
  const grid: ReportCell[][] = [pad([model.title]), pad([model.asOfLine]), pad([])];
  const placements: BlockPlacement[] = [];
  for (const block of model.blocks) {
    const titleRow = grid.length + 1;
    grid.push(pad([block.title]));
    const notes = block.note ? noteLines(block.note, noteWidth) : [];
    for (const line of notes) grid.push(pad([line]));
    const headerRow = titleRow + 1 + notes.length;
    grid.push(pad(block.columns.map((c) => c.label)));
    for (const row of block.rows) grid.push(pad(row));
    placements.push({
      titleRow,
      noteRows: notes.length,
      headerRow,
      firstDataRow: headerRow + 1,
      rowCount: block.rows.length,
    });
    grid.push(pad([]));
  }
  return { grid, width, columns, placements };
}

/** Empty columns between the data and the charts beside it. */
const CHART_GAP_COLUMNS = 1;
/** A chart's height, in rows of Sheets' default height, and its width in pixels. */
const CHART_ROWS = 18;
const CHART_WIDTH_PX = 600;
/** Sheets' default column width: the charts beside the data stand over columns of it. */
const DEFAULT_COLUMN_PX = 100;

/** One column of cells on the sheet, 1-based. */
interface SheetColumnPart {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
}

/** A chart as the writer inserts it: its ranges (labels first), anchor cell and options. */
interface PlannedChart {
  readonly kind: ReportChartKind;
  readonly ranges: readonly SheetColumnPart[];
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

/** The report laid out as one grid, its columns' sizes, and where each block landed (layoutReport). */
export interface ReportLayout {
  readonly grid: ReportCell[][];
  readonly width: number;
  readonly columns: readonly ColumnSize[];
  readonly placements: readonly BlockPlacement[];
}

/**
 * Everything the writer sets on a report's grid, worked out here so it can be tested without Sheets.
 */
export interface ReportSheetPlan {
  /** The Sheets number format of every cell of the grid. */
  readonly numberFormats: string[][];
  /** Column widths in pixels, over runs of columns of the same width (1-based start). */
  readonly columnWidths: readonly {
    readonly start: number;
    readonly count: number;
    readonly width: number;
  }[];
  /** The header and rows of each block's column whose text is longer than the widest column: they wrap. */
  readonly wrapped: readonly SheetColumnPart[];
  readonly frozenRows: number;
  readonly charts: readonly PlannedChart[];
  /** Columns the sheet needs: the data's, the gap and those the charts stand over. */
  readonly columnsNeeded: number;
}

/** The number format of every grid cell: each block cell's own, General elsewhere. */
function gridFormats(
  model: ReportSheetModel,
  grid: ReportCell[][],
  placements: readonly BlockPlacement[],
  currencySymbol: string,
): string[][] {
  const formats = grid.map((row) => row.map(() => 'General'));
  model.blocks.forEach((block, b) => {
    const place = placements[b] as BlockPlacement;
    block.columns.forEach((_, c) => {
      (formats[place.headerRow - 1] as string[])[c] = '@';
      for (let r = 0; r < place.rowCount; r++)
        (formats[place.firstDataRow - 1 + r] as string[])[c] = numberFormatFor(
          cellFormat(block, r, c),
          currencySymbol,
        );
    });
  });
  return formats;
}

/**
 * The layout's column widths in runs of equal width (one call each), and the block parts that wrap:
 * the header and rows of each block's column whose text is wider than the widest column.
 */
function columnPlan(
  model: ReportSheetModel,
  layout: ReportLayout,
): Pick<ReportSheetPlan, 'columnWidths' | 'wrapped'> {
  const columnWidths: { start: number; count: number; width: number }[] = [];
  const wrapped: SheetColumnPart[] = [];
  layout.columns.forEach((size, c) => {
    const last = columnWidths[columnWidths.length - 1];
    if (last && last.width === size.width) last.count++;
    else columnWidths.push({ start: c + 1, count: 1, width: size.width });
    if (!size.wrap) return;
    model.blocks.forEach((block, b) => {
      const place = layout.placements[b] as BlockPlacement;
      if (c < block.columns.length)
        wrapped.push({ row: place.headerRow, column: c + 1, rows: place.rowCount + 1 });
    });
  });
  return { columnWidths, wrapped };
}

/** The chart's options: title, size in pixels, legend, and its axes (axisOptions). */
function chartOptions(chart: ReportChart, block: ReportBlock, currencySymbol: string) {
  const values = block.rows.flatMap((row) => chart.valueColumns.map((c) => row[c]));
  const largest = Math.max(0, ...values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)));
  const labels = block.rows.map((row, r) =>
    shownText(row[chart.labelColumn] ?? null, cellFormat(block, r, chart.labelColumn), currencySymbol),
  );
  const formats = chart.valueColumns.map((c) => block.columns[c]?.format ?? 'text');
  return {
    title: chart.title,
    width: CHART_WIDTH_PX,
    height: CHART_ROWS * ROW_PX,
    'legend.position': chart.valueColumns.length > 1 ? 'bottom' : 'none',
    ...axisOptions(chart.kind, axisMeasure(formats), largest, labels, currencySymbol),
  };
}

/**
 * The charts beside the data, one under another: each starts at its block's header row, below the
 * frozen rows (a chart anchored in them would not scroll) and below the chart before it.
 */
function placeCharts(
  model: ReportSheetModel,
  width: number,
  placements: readonly BlockPlacement[],
  frozenRows: number,
  currencySymbol: string,
): PlannedChart[] {
  const charts: PlannedChart[] = [];
  let nextFree = frozenRows + 1;
  for (const chart of model.charts) {
    const place = placements[chart.block];
    const block = model.blocks[chart.block];
    if (!place || !block || place.rowCount === 0) continue;
    const anchorRow = Math.max(place.headerRow, nextFree);
    nextFree = anchorRow + CHART_ROWS + 1;
    const part = (column: number) => ({ row: place.headerRow, column: column + 1, rows: place.rowCount + 1 });
    charts.push({
      kind: chart.kind,
      ranges: [part(chart.labelColumn), ...chart.valueColumns.map(part)],
      anchorRow,
      anchorColumn: width + CHART_GAP_COLUMNS + 1,
      options: chartOptions(chart, block, currencySymbol),
    });
  }
  return charts;
}

/**
 * What the writer sets on a report's `layout` (layoutReport's, laid out with the same
 * `currencySymbol`): number formats (money in `currencySymbol`), the layout's column widths, the
 * parts that wrap, the frozen rows and the charts' places and options.
 */
export function planReportSheet(
  model: ReportSheetModel,
  layout: ReportLayout,
  currencySymbol: string,
): ReportSheetPlan {
  const { grid, width, placements } = layout;
  // Sheets freezes one band of rows at the top: the titles and the first block's header. A later
  // block's header cannot be frozen, as the rows above it would then never scroll away.
  const frozenRows = placements[0]?.headerRow ?? 2;
  const charts = placeCharts(model, width, placements, frozenRows, currencySymbol);
  const chartColumns =
    charts.length === 0 ? 0 : CHART_GAP_COLUMNS + Math.ceil(CHART_WIDTH_PX / DEFAULT_COLUMN_PX);
  return {
    numberFormats: gridFormats(model, grid, placements, currencySymbol),
    ...columnPlan(model, layout),
    frozenRows,
    charts,
    columnsNeeded: width + chartColumns,
  };
}
