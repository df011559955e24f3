/**
 * Where the dashboard's charts go: one beside the tiles when the screen has room, the rest in rows
 * of three below them, each over empty cells only and none over another, all within a laptop
 * screen's width. Their axes are sheetSizing's (counts in whole-number steps, money with its sign). Pure.
 */
import { columnAt, type DashboardGrid, type GridRange, leftOfColumn } from './dashboardGrid';
import type { ReportBlock } from './reportModel';
import { axisMeasure, axisOptions } from './sheetSizing';

/** What the dashboard must fit at 100% zoom without scrolling sideways, in pixels. */
const SCREEN_WIDTH_PX = 1200;
const CHART_GAP_PX = 12;
const CHART_WIDTH_PX = 380;
const CHART_HEIGHT_PX = 250;
/** Charts side by side below the tiles. */
const CHARTS_PER_ROW = 3;
/** The smallest chart worth putting beside the tiles. */
const MIN_BESIDE_HEIGHT_PX = 180;

/** A chart over one block: labels from one column, series from others (as a report's). */
export interface ChartSource {
  readonly kind: 'column' | 'bar' | 'line' | 'pie';
  readonly title: string;
  readonly block: number;
  readonly labelColumn: number;
  readonly valueColumns: readonly number[];
}

/** A chart placed on the sheet. */
export interface PlacedChart {
  readonly kind: ChartSource['kind'];
  readonly title: string;
  /** The label column, then each series' column, each with its header row (which names the series). */
  readonly ranges: readonly GridRange[];
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly widthPx: number;
  readonly heightPx: number;
  /** The cells the chart covers (all empty). */
  readonly covers: GridRange;
  /** Its options by Apps Script's dotted names: the title, size, legend and axes. */
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

/** Rows one band of charts below the tiles takes, its gap included. */
export function chartBandRows(rowPx: number): number {
  return Math.ceil((CHART_HEIGHT_PX + CHART_GAP_PX) / rowPx);
}

/** Bands below the tiles for `count` charts, one of them beside the tiles when `beside`. */
export function chartBands(count: number, beside: boolean): number {
  return Math.ceil(Math.max(0, count - (beside ? 1 : 0)) / CHARTS_PER_ROW);
}

/** Where a chart beside the tiles starts (pixels from the left), or null when it would not fit. */
export function besideTilesX(columnWidths: readonly number[], tileColumns: number): number | null {
  const x = leftOfColumn(columnWidths, tileColumns + 1) + CHART_GAP_PX;
  return x + CHART_WIDTH_PX <= SCREEN_WIDTH_PX ? x : null;
}

/** The cells a chart of `widthPx × heightPx` anchored at (row, x) covers. */
function coveredCells(
  row: number,
  x: number,
  size: { widthPx: number; heightPx: number },
  columnWidths: readonly number[],
  rowPx: (row: number) => number,
): GridRange {
  const first = columnAt(columnWidths, x).column;
  const last = columnAt(columnWidths, x + size.widthPx - 1).column;
  let rows = 0;
  for (let height = 0; height < size.heightPx; rows++) height += rowPx(row + rows);
  return { row, column: first, rows, columns: last - first + 1 };
}

/** A chart's box in pixels from the sheet's top left corner. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return !(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top);
}

/** Pixels from the sheet's top to row `row`'s top edge. */
function topOfRow(row: number, rowPx: (row: number) => number): number {
  let y = 0;
  for (let r = 1; r < row; r++) y += rowPx(r);
  return y;
}

/** A chart's options: its title and size, a legend when it has several series, its axes. */
function optionsOf(
  source: ChartSource,
  block: ReportBlock,
  size: { widthPx: number; heightPx: number },
  currencySymbol: string,
): Record<string, string | number | boolean> {
  const formats = source.valueColumns.map((c) => block.columns[c]?.format ?? 'text');
  const values = block.rows.flatMap((row) => source.valueColumns.map((c) => row[c]));
  const largest = Math.max(0, ...values.map((v) => (typeof v === 'number' ? v : 0)));
  const labels = block.rows.map((row) => String(row[source.labelColumn] ?? ''));
  return {
    title: source.title,
    width: size.widthPx,
    height: size.heightPx,
    'legend.position': source.valueColumns.length > 1 ? 'bottom' : 'none',
    ...(source.kind === 'line' ? { pointSize: 6 } : {}),
    ...axisOptions(source.kind, axisMeasure(formats), largest, labels, currencySymbol),
  };
}

/** What placeCharts needs. */
interface ChartPlacing {
  readonly grid: DashboardGrid;
  readonly sources: readonly ChartSource[];
  /** Each block's header and rows, where it was put. */
  readonly dataRanges: readonly GridRange[];
  readonly dataBlocks: readonly ReportBlock[];
  readonly columnWidths: readonly number[];
  readonly rowPx: (row: number) => number;
  /**
   * The tiles' first row, the height a chart beside them may take (0: none; whatever the rows'
   * real heights, it must end above `chartsTop`), and their columns.
   */
  readonly tiles: { readonly top: number; readonly heightPx: number; readonly columns: number };
  readonly chartsTop: number;
  readonly currencySymbol: string;
}

/**
 * Places every chart with rows to show (a chart of an empty block is left out), throwing if one
 * would cover a cell with data or another chart: the layout reserved the room, so that is a bug.
 */
export function placeCharts(placing: ChartPlacing): PlacedChart[] {
  const { sources, dataRanges, dataBlocks, columnWidths, rowPx, tiles } = placing;
  const besideX = besideTilesX(columnWidths, tiles.columns);
  const beside = besideX !== null && tiles.heightPx >= MIN_BESIDE_HEIGHT_PX;
  const band = chartBandRows(rowPx(placing.chartsTop));
  const placed: PlacedChart[] = [];
  const boxes: Box[] = [];
  let slot = 0;
  for (const source of sources) {
    const data = dataRanges[source.block];
    const block = dataBlocks[source.block];
    if (!data || !block || data.rows <= 1) continue;
    const onTop = beside && slot === 0;
    const below = slot - (beside ? 1 : 0);
    const row = onTop ? tiles.top : placing.chartsTop + Math.floor(below / CHARTS_PER_ROW) * band;
    const x = onTop ? (besideX ?? 0) : (below % CHARTS_PER_ROW) * (CHART_WIDTH_PX + CHART_GAP_PX);
    const size = { widthPx: CHART_WIDTH_PX, heightPx: onTop ? tiles.heightPx : CHART_HEIGHT_PX };
    const at = columnAt(columnWidths, x);
    const covers = coveredCells(row, x, size, columnWidths, rowPx);
    const column = (c: number): GridRange => ({ row: data.row, column: c + 1, rows: data.rows, columns: 1 });
    const chart: PlacedChart = {
      kind: source.kind,
      title: source.title,
      ranges: [column(source.labelColumn), ...source.valueColumns.map(column)],
      anchor: { row, column: at.column, offsetX: at.offsetX, offsetY: 0 },
      ...size,
      covers,
      options: optionsOf(source, block, size, placing.currencySymbol),
    };
    if (!placing.grid.isEmpty(covers)) throw new Error(`Chart "${source.title}" would cover data`);
    const top = topOfRow(row, rowPx);
    const box = { left: x, top, right: x + size.widthPx, bottom: top + size.heightPx };
    if (boxes.some((other) => overlaps(other, box)))
      throw new Error(`Chart "${source.title}" would cover another chart`);
    placed.push(chart);
    boxes.push(box);
    slot++;
  }
  return placed;
}

/** The rows and columns the charts stand over, at least `rows` × `columns` (the cells'). */
export function chartsExtent(
  charts: readonly PlacedChart[],
  rows: number,
  columns: number,
): { rows: number; columns: number } {
  return {
    rows: Math.max(rows, ...charts.map((chart) => chart.covers.row + chart.covers.rows - 1)),
    columns: Math.max(columns, ...charts.map((chart) => chart.covers.column + chart.covers.columns - 1)),
  };
}
