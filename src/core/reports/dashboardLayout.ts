/**
 * The dashboard sheet laid out, pure: the title and "as of" line, the KPI tiles (captions of their
 * changes in the first column), a grid of charts beside and below them (never over a cell with
 * data, never over each other), the table per manager with its conditional colours, and the blocks
 * the charts draw, with every column's width. The blocks keep each figure in its tile's column
 * (the trends, the table per manager), so no column is wider than its tiles need and the sheet fits
 * a laptop screen. src/gas/dashboardWriter.ts writes it with a fixed number of calls.
 */
import type { DashboardParts } from './dashboard';
import { type ConditionalColour, managerColours, trendBlocks } from './dashboardBlocks';
import {
  besideTilesX,
  type ChartSource,
  chartBandRows,
  chartBands,
  type PlacedChart,
  placeCharts,
} from './dashboardCharts';
import { type CellStyle, DashboardGrid, type GridMatrices, type GridRange } from './dashboardGrid';
import { KPI_TRENDS, TILE_KPIS } from './dashboardKpis';
import type { DashboardSpace } from './dashboardSpace';
import type { DashboardTile, TileChange, TrendTable } from './dashboardTiles';
import type { ReportBlock } from './reportModel';
import { INTEGER_FORMAT, numberFormatFor, type ReportFormat, ROW_PX, shownText } from './sheetSizing';

/** Tiles side by side: five fit a laptop screen with a chart beside them. */
const TILES_PER_ROW = 5;
/** The tiles' first column: the first holds the captions of their changes. */
const TILES_LEFT = 2;
/** Rows of one tile: its label, figure, change since last month and since last year. */
const TILE_ROWS = 4;
/** The first row of the tiles. */
const TILES_TOP = 4;

/** Pixel heights the layout assumes for rows grown by a larger font. */
const TITLE_ROW_PX = 32;
const FIGURE_ROW_PX = 40;
/** Font sizes: the title, the tiles' figures. */
const TITLE_SIZE = 18;
const FIGURE_SIZE = 20;

const TEAL = '#1f4e5f';
const GREY = '#5f6368';
const RED = '#c5221f';
const HEADER_FILL = '#e8eef0';
const TILE_FILLS = ['#eef4f6', '#f6f8f9'];
/** A change's ink and, for good or bad, a light fill of the same hue (a badge). */
const TONE_COLORS: Record<TileChange['tone'], string> = {
  good: '#137333',
  bad: RED,
  flat: GREY,
  none: GREY,
};
const TONE_FILLS: Partial<Record<TileChange['tone'], string>> = { good: '#e6f4ea', bad: '#fce8e6' };

/** Everything the writer needs. */
export interface DashboardPlan {
  readonly cells: GridMatrices;
  readonly rows: number;
  readonly width: number;
  /** Pixels per column 1…width. */
  readonly columnWidths: readonly number[];
  readonly fontSizes: readonly { readonly range: GridRange; readonly size: number }[];
  readonly centred: readonly GridRange[];
  readonly frozenRows: number;
  readonly charts: readonly PlacedChart[];
  readonly conditional: readonly ConditionalColour[];
}

/** What the dashboard shows, in words and figures. */
interface DashboardInput {
  readonly title: string;
  readonly refreshLine: string;
  /** The captions of the tiles' two changes ("vs last month", "vs a year ago"). */
  readonly captions: { readonly month: string; readonly year: string };
  readonly chartDataTitle: string;
  /** The trend blocks' first header ("Month"). */
  readonly monthHeader: string;
  readonly parts: DashboardParts;
  readonly tiles: readonly DashboardTile[];
  readonly trend: TrendTable;
  /** Titles of the trend charts, by KPI_TRENDS key. */
  readonly trendTitles: Readonly<Record<string, string>>;
  /** The workbook's currency sign ('' for none). */
  readonly currencySymbol: string;
  /** The space used: a line under the tiles (and its warning) and a block with the chart data. */
  readonly space?: DashboardSpace | null;
}

/** A tile's money: whole units (a figure this large needs no cents), with the currency sign. */
const tileMoneyFormat = (symbol: string) => (symbol === '' ? INTEGER_FORMAT : `[$${symbol}]#,##0`);

/** The tiles, TILES_PER_ROW to a band, with the captions of their changes in column 1; returns the bands' figure rows. */
function putTiles(grid: DashboardGrid, input: DashboardInput): number[] {
  const figureRows: number[] = [];
  input.tiles.forEach((tile, index) => {
    const band = Math.floor(index / TILES_PER_ROW);
    const top = TILES_TOP + band * (TILE_ROWS + 1);
    const column = TILES_LEFT + (index % TILES_PER_ROW);
    const background = TILE_FILLS[index % TILE_FILLS.length];
    if (column === TILES_LEFT) {
      figureRows.push(top + 1);
      grid.put(top + 2, 1, input.captions.month, { color: GREY });
      grid.put(top + 3, 1, input.captions.year, { color: GREY });
    }
    const money = tile.kpi.format === 'currency';
    const shown = money
      ? `${input.currencySymbol}${shownText(tile.figure, 'integer', '')}`
      : shownText(tile.figure, 'integer', '');
    grid.put(top, column, tile.label, { color: GREY, background });
    const format = money ? tileMoneyFormat(input.currencySymbol) : INTEGER_FORMAT;
    const figureStyle = { format, bold: true, color: TEAL, background, scale: FIGURE_SIZE / 10 };
    grid.put(top + 1, column, tile.figure, figureStyle, shown);
    const change = (row: number, value: TileChange) =>
      grid.put(row, column, value.text, {
        color: TONE_COLORS[value.tone],
        background: TONE_FILLS[value.tone] ?? background,
      });
    change(top + 2, tile.sinceLastMonth);
    change(top + 3, tile.sinceLastYear);
  });
  return figureRows;
}

/** The format of a block's cell: its row's (a measure/value block), else its column's. */
function cellFormat(block: ReportBlock, row: number, column: number): ReportFormat {
  const format = block.columns[column]?.format ?? 'text';
  return format === 'text' ? format : (block.rowFormats?.[row] ?? format);
}

/** A titled block at `top`: title, header, rows; returns its header and rows as a range. */
function putBlock(grid: DashboardGrid, top: number, block: ReportBlock, symbol: string): GridRange {
  grid.put(top, 1, block.title, { bold: true, color: TEAL, overflows: true });
  block.columns.forEach((column, c) => {
    grid.put(top + 1, c + 1, column.label, { bold: true, background: HEADER_FILL });
  });
  block.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      const format = cellFormat(block, r, c);
      const style: CellStyle = { format: numberFormatFor(format, symbol) };
      grid.put(top + 2 + r, c + 1, value, style, shownText(value, format, symbol));
    });
  });
  return { row: top + 1, column: 1, rows: block.rows.length + 1, columns: block.columns.length };
}

/** The space-used lines from `row` (red and the first bold from 80% on); returns the rows taken. */
function putSpace(grid: DashboardGrid, row: number, space: DashboardSpace | null | undefined): number {
  if (!space) return 0;
  const color = space.warn ? RED : GREY;
  space.lines.forEach((line, i) => {
    grid.put(row + i, 1, line, { color, bold: space.warn && i === 0, overflows: true });
  });
  return space.lines.length;
}

/** Where the cells went, for the charts. */
interface PutCells {
  readonly grid: DashboardGrid;
  readonly figureRows: readonly number[];
  readonly tilesBottom: number;
  readonly chartsTop: number;
  readonly managersHeader: GridRange;
  readonly dataRanges: readonly GridRange[];
}

/** Puts every cell, leaving `bands` bands of chart rows between the tiles and the table per manager. */
function putCells(input: DashboardInput, dataBlocks: readonly ReportBlock[], bands: number): PutCells {
  const { parts, currencySymbol } = input;
  const blocks = [parts.managers, ...dataBlocks];
  const width = Math.max(TILES_LEFT + TILES_PER_ROW - 1, ...blocks.map((b) => b.columns.length));
  const grid = new DashboardGrid(width);
  grid.put(1, 1, input.title, { bold: true, color: TEAL, overflows: true });
  grid.put(2, 1, input.refreshLine, { color: GREY, overflows: true });
  const figureRows = putTiles(grid, input);
  const tilesBottom = TILES_TOP + figureRows.length * (TILE_ROWS + 1) - 2;
  // A blank row under the tiles, then the space-used line(s) and another blank row, then the charts.
  const spaceRows = putSpace(grid, tilesBottom + 2, input.space);
  const chartsTop = tilesBottom + 2 + (spaceRows > 0 ? spaceRows + 1 : 0);
  const managersTop = chartsTop + bands * chartBandRows(ROW_PX) + 1;
  const managersHeader = putBlock(grid, managersTop, parts.managers, currencySymbol);
  let top = managersTop + managersHeader.rows + 2;
  grid.put(top, 1, input.chartDataTitle, { color: GREY, overflows: true });
  top += 2;
  const dataRanges = dataBlocks.map((block) => {
    const range = putBlock(grid, top, block, currencySymbol);
    top += range.rows + 2;
    return range;
  });
  return { grid, figureRows, tilesBottom, chartsTop, managersHeader, dataRanges };
}

/** The charts' sources over the data blocks: the trends first, then the report's own charts. */
function chartSources(input: DashboardInput, firstTrendBlock: number): ChartSource[] {
  const trends = KPI_TRENDS.map((trend) => {
    const indexes = TILE_KPIS.flatMap((kpi, i) => (kpi.trend === trend.key ? [i] : []));
    const band = Math.floor((indexes[0] ?? 0) / TILES_PER_ROW);
    if (indexes.some((i) => Math.floor(i / TILES_PER_ROW) !== band))
      throw new Error(`The figures of trend ${trend.key} must share a row of tiles`);
    return {
      kind: 'line' as const,
      title: input.trendTitles[trend.key] ?? '',
      block: firstTrendBlock + band,
      labelColumn: 0,
      valueColumns: indexes.map((i) => 1 + (i % TILES_PER_ROW)),
    };
  });
  return [...trends, ...input.parts.charts.map((chart) => ({ ...chart, block: chart.block + 1 }))];
}

/**
 * Lays the dashboard out. The columns are sized from every cell first (the chart rows hold none), so
 * whether a chart fits beside the tiles is known before the rows for the others are reserved.
 */
export function layoutDashboard(input: DashboardInput): DashboardPlan {
  const dataBlocks = [
    input.parts.kpis,
    ...input.parts.chartBlocks,
    ...trendBlocks(input, TILES_PER_ROW),
    ...(input.space ? [input.space.block] : []),
  ];
  const sources = chartSources(input, 1 + input.parts.chartBlocks.length);
  const tilesRight = TILES_LEFT + TILES_PER_ROW - 1;
  const columnWidths = putCells(input, dataBlocks, 0).grid.columnWidths();
  const beside = besideTilesX(columnWidths, tilesRight) !== null;
  const cells = putCells(input, dataBlocks, chartBands(sources.length, beside));
  const { grid, figureRows, tilesBottom } = cells;
  const rowPx = (row: number) =>
    row === 1 ? TITLE_ROW_PX : figureRows.includes(row) ? FIGURE_ROW_PX : ROW_PX;
  // Beside the tiles, a chart as tall as their rows at the default height and the blank row below
  // them: it ends above the space-used line and the charts below even if Sheets did not grow the
  // figures' rows.
  const besideHeight = (tilesBottom + 2 - TILES_TOP) * ROW_PX - 6;
  const charts = placeCharts({
    grid,
    sources,
    dataRanges: cells.dataRanges,
    dataBlocks,
    columnWidths,
    rowPx,
    tiles: { top: TILES_TOP, heightPx: beside ? besideHeight : 0, columns: tilesRight },
    chartsTop: cells.chartsTop,
    currencySymbol: input.currencySymbol,
  });
  const tileColumns = (row: number): GridRange => ({
    row,
    column: TILES_LEFT,
    rows: 1,
    columns: TILES_PER_ROW,
  });
  return {
    cells: grid.matrices(),
    rows: grid.rowCount,
    width: grid.width,
    columnWidths,
    fontSizes: [
      { range: { row: 1, column: 1, rows: 1, columns: 1 }, size: TITLE_SIZE },
      ...figureRows.map((row) => ({ range: tileColumns(row), size: FIGURE_SIZE })),
    ],
    centred: [{ ...tileColumns(TILES_TOP), rows: tilesBottom - TILES_TOP + 1 }],
    frozenRows: 2,
    charts,
    conditional: managerColours(cells.managersHeader, input.parts.managers, input.tiles),
  };
}
