/**
 * What the dashboard shows, before it is laid out: a tile per key figure (the figure, its label, the
 * change since last month and since the same month last year, each toned by the figure's
 * direction), the trend series of the last twelve months, and the "as of" line. Pure.
 */
import type { Translator } from '../i18n/translate';
import { wallTimeText } from '../selfCheck/cellText';
import { type DashboardKpi, kpiFigures, TILE_KPIS } from './dashboardKpis';
import {
  type ChangeTone,
  comparisons,
  type KpiChange,
  type KpiSnapshot,
  kpiChange,
  type TrendPoint,
  trendPoints,
} from './kpiHistory';
import type { ReportContext } from './reportContext';

/** Who refreshed the dashboard, and when. */
interface DashboardRefresh {
  /** The instant, ISO. */
  readonly at: string;
  /** The team member's name, or their e-mail when they have none (or are not on the team). */
  readonly by: string;
  /** The spreadsheet's time zone, for the time shown. */
  readonly timeZone: string;
}

/** A change as the tile says it, with its tone. */
export interface TileChange {
  readonly text: string;
  readonly tone: ChangeTone;
}

/** One KPI tile. */
export interface DashboardTile {
  readonly kpi: DashboardKpi;
  readonly label: string;
  readonly figure: number;
  readonly sinceLastMonth: TileChange;
  readonly sinceLastYear: TileChange;
}

/** The trend of the last twelve months: a month label and the figures of each point, oldest first. */
export interface TrendTable {
  readonly months: readonly string[];
  readonly figures: readonly Readonly<Record<string, number | null>>[];
}

/** Today's snapshot of the key figures, with the measured ones (the cells used) as given. */
export function todaysSnapshot(
  ctx: ReportContext,
  refreshedAt: string,
  measured: Readonly<Record<string, number>> = {},
): KpiSnapshot {
  return { asOf: ctx.analysis.asOf, refreshedAt, figures: kpiFigures(ctx.analysis, measured) };
}

/** A whole number with thousands separators ("189,785,983"), as '#,##0' shows it. */
function groupedNumber(value: number): string {
  const whole = Math.round(Math.abs(value))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 && Math.round(value) !== 0 ? `-${whole}` : whole;
}

/**
 * "▲ 12", "▼ 3", "±0", or "—" when there is nothing to compare with; money changes as a share of
 * what it was ("▲ 4.5%"), which says more than seven digits and fits the tile.
 */
function changeFigure(kpi: DashboardKpi, change: KpiChange): string {
  if (change.delta === null) return '—';
  if (change.delta === 0) return '±0';
  const arrow = change.delta > 0 ? '▲' : '▼';
  if (kpi.format === 'currency' && change.before) {
    const percent = Math.abs((change.delta / change.before) * 100);
    return `${arrow} ${percent >= 100 ? groupedNumber(percent) : percent.toFixed(1)}%`;
  }
  return `${arrow} ${groupedNumber(Math.abs(change.delta))}`;
}

/** The tiles, in the KPI list's order. */
export function dashboardTiles(
  ctx: ReportContext,
  history: readonly KpiSnapshot[],
  today: KpiSnapshot,
): DashboardTile[] {
  const { lastMonth, lastYear } = comparisons(history, today.asOf);
  return TILE_KPIS.map((kpi) => {
    const figure = today.figures[kpi.key] ?? 0;
    const month = kpiChange(kpi, figure, lastMonth);
    const year = kpiChange(kpi, figure, lastYear);
    return {
      kpi,
      label: ctx.t(kpi.label),
      figure,
      sinceLastMonth: { text: changeFigure(kpi, month), tone: month.tone },
      sinceLastYear: { text: changeFigure(kpi, year), tone: year.tone },
    };
  });
}

/** "Nov 2026" for a month index, in the reader's language (the catalog's month abbreviations). */
function monthLabel(t: Translator, month: number): string {
  const names = t('schemes.months').split(' ');
  const year = Math.floor(month / 12);
  return `${names[month - year * 12] ?? ''} ${year}`;
}

/** The trend table: the last twelve months that have a snapshot, and today. */
export function trendTable(t: Translator, history: readonly KpiSnapshot[], today: KpiSnapshot): TrendTable {
  const points: TrendPoint[] = trendPoints(history, today);
  return {
    months: points.map((point) => monthLabel(t, point.month)),
    figures: points.map((point) => point.figures),
  };
}

/** "As of 2026-11-15 · refreshed by Mara Santos at 09:30". */
export function refreshLine(ctx: ReportContext, refresh: DashboardRefresh): string {
  const time = wallTimeText(new Date(refresh.at), refresh.timeZone).slice(11);
  return ctx.t('dashboard.refreshed', { date: ctx.analysis.asOf, name: refresh.by, time });
}
