/**
 * Blocks of the dashboard laid out beside its tiles (dashboardLayout.ts): the trends of each band of
 * tiles, and the table per manager's conditional colours. Pure.
 */
import type { GridRange } from './dashboardGrid';
import { KPI_TRENDS } from './dashboardKpis';
import type { DashboardTile, TrendTable } from './dashboardTiles';
import type { ReportBlock } from './reportModel';

/** Conditional colours of the table per manager: a column's cells above a number. */
export interface ConditionalColour {
  readonly range: GridRange;
  readonly above: number;
  readonly background: string;
  readonly color: string;
}

/** What the trend blocks are made of: the tiles, the trend table and the words. */
interface TrendInput {
  readonly tiles: readonly DashboardTile[];
  readonly trend: TrendTable;
  /** Titles of the trend charts, by KPI_TRENDS key. */
  readonly trendTitles: Readonly<Record<string, string>>;
  /** The trend blocks' first header ("Month"). */
  readonly monthHeader: string;
}

/**
 * The trend blocks, one per band of `tilesPerRow` tiles: the month, then each trended figure in its
 * tile's column (a figure without a trend leaves its column out, as do those after the band's last).
 */
export function trendBlocks(input: TrendInput, tilesPerRow: number): ReportBlock[] {
  const bands = Math.ceil(input.tiles.length / tilesPerRow);
  return Array.from({ length: bands }, (_, band) => {
    const tiles = input.tiles.slice(band * tilesPerRow, (band + 1) * tilesPerRow);
    const last = tiles.reduce((end, tile, i) => (tile.kpi.trend ? i + 1 : end), 0);
    const shown = tiles.slice(0, last);
    const drawn = new Set(tiles.flatMap((tile) => (tile.kpi.trend ? [tile.kpi.trend] : [])));
    const titles = KPI_TRENDS.filter((trend) => drawn.has(trend.key)).map(
      (trend) => input.trendTitles[trend.key],
    );
    return {
      title: titles.join(' · '),
      columns: [
        { label: input.monthHeader, format: 'text' as const },
        ...shown.map((tile) => ({ label: tile.kpi.trend ? tile.label : '', format: tile.kpi.format })),
      ],
      rows: input.trend.months.map((month, m) => [
        month,
        ...shown.map((tile) => (tile.kpi.trend ? (input.trend.figures[m]?.[tile.kpi.key] ?? null) : null)),
      ]),
    };
  });
}

/** The conditional colours of the table per manager: A clients green, overdue contacts red, open claims amber. */
export function managerColours(
  header: GridRange,
  managers: ReportBlock,
  tiles: readonly DashboardTile[],
): ConditionalColour[] {
  if (header.rows <= 1) return [];
  const columnOf = (key: string) => {
    const label = tiles.find((tile) => tile.kpi.key === key)?.label;
    return managers.columns.findIndex((column) => column.label === label) + 1;
  };
  const body = (column: number): GridRange => ({
    row: header.row + 1,
    column,
    rows: header.rows - 1,
    columns: 1,
  });
  return [
    { key: 'aClients', background: '#e6f4ea', color: '#137333' },
    { key: 'overdueContacts', background: '#fce8e6', color: '#c5221f' },
    { key: 'openClaims', background: '#fef7e0', color: '#b06000' },
  ]
    .filter(({ key }) => columnOf(key) > 0)
    .map(({ key, background, color }) => ({ range: body(columnOf(key)), above: 0, background, color }));
}
