/**
 * The dashboard's key figures, declared once: the KPI history table's columns, the tiles, their
 * good-or-bad colouring and the trend charts are all derived from this list. One figure is measured
 * rather than analysed and has no tile: the cells the spreadsheet uses, kept in the history so the
 * space-used line can say how fast it grows (core/space/spaceUsed.ts).
 */
import type { FullAnalysis } from '../analysis/fullAnalysis';
import type { MessageKey } from '../i18n/en';

/** Which way a figure is good: more A clients is good, more overdue contacts is bad. */
type KpiDirection = 'moreIsGood' | 'lessIsGood' | 'neutral';

/** The trend chart a figure is drawn in (figures of one unit and scale share a chart). */
type KpiTrend = 'clients' | 'pipeline' | 'work';

/** One key figure of the dashboard. `key` is stable: it is the history table's column key. */
export interface DashboardKpi {
  readonly key: string;
  readonly label: MessageKey;
  readonly format: 'integer' | 'currency';
  readonly direction: KpiDirection;
  /** The trend chart it is drawn in, or none. */
  readonly trend: KpiTrend | null;
  /** Today's figure from the analysis; null for a figure measured outside it, which has no tile. */
  readonly figure: ((analysis: FullAnalysis) => number) | null;
}

/** A figure with a tile: one the analysis gives. */
type TileKpi = DashboardKpi & { readonly figure: (analysis: FullAnalysis) => number };

/** The measured figure the KPI history keeps beside the tiles' own: the cells the spreadsheet uses. */
export const CELLS_USED_KPI = 'cellsUsed';

/** Every key figure, in tile order. */
export const DASHBOARD_KPIS: readonly DashboardKpi[] = [
  {
    key: 'aClients',
    label: 'report.kpi.aClients',
    format: 'integer',
    direction: 'moreIsGood',
    trend: 'clients',
    figure: (a) => a.abc.summary.A.count,
  },
  {
    key: 'bClients',
    label: 'report.kpi.bClients',
    format: 'integer',
    direction: 'moreIsGood',
    trend: 'clients',
    figure: (a) => a.abc.summary.B.count,
  },
  {
    key: 'cClients',
    label: 'report.kpi.cClients',
    format: 'integer',
    direction: 'neutral',
    trend: 'clients',
    figure: (a) => a.abc.summary.C.count,
  },
  {
    key: 'pipeline',
    label: 'report.kpi.pipeline',
    format: 'currency',
    direction: 'moreIsGood',
    trend: 'pipeline',
    figure: (a) => Math.round(a.pipeline.open),
  },
  {
    key: 'actions',
    label: 'report.kpi.actions',
    format: 'integer',
    direction: 'neutral',
    trend: null,
    figure: (a) => a.recommendations.total,
  },
  {
    key: 'overdueContacts',
    label: 'report.kpi.overdueContacts',
    format: 'integer',
    direction: 'lessIsGood',
    trend: 'work',
    figure: (a) => a.freshness.pastPlanned.count,
  },
  {
    key: 'openClaims',
    label: 'report.kpi.openClaims',
    format: 'integer',
    direction: 'lessIsGood',
    trend: 'work',
    figure: (a) => a.claims.open,
  },
  {
    key: 'slaBreaches',
    label: 'report.kpi.slaBreaches',
    format: 'integer',
    direction: 'lessIsGood',
    trend: 'work',
    figure: (a) => a.claims.sla.openPastDue,
  },
  {
    key: 'overdueObligations',
    label: 'report.kpi.overdueObligations',
    format: 'integer',
    direction: 'lessIsGood',
    trend: 'work',
    figure: (a) => a.obligations.overdue.length,
  },
  {
    key: 'staleRecords',
    label: 'report.kpi.staleRecords',
    format: 'integer',
    direction: 'lessIsGood',
    trend: 'work',
    figure: (a) => a.freshness.staleClients.length,
  },
  {
    key: CELLS_USED_KPI,
    label: 'report.kpi.cellsUsed',
    format: 'integer',
    direction: 'neutral',
    trend: null,
    figure: null,
  },
];

/** The figures with a tile, in tile order. */
export const TILE_KPIS: readonly TileKpi[] = DASHBOARD_KPIS.filter(
  (kpi): kpi is TileKpi => kpi.figure !== null,
);

/** The trend charts, in order, with their titles. */
export const KPI_TRENDS: readonly { readonly key: KpiTrend; readonly title: MessageKey }[] = [
  { key: 'clients', title: 'dashboard.trend.clients' },
  { key: 'pipeline', title: 'dashboard.trend.pipeline' },
  { key: 'work', title: 'dashboard.trend.work' },
];

/** Today's figures, by KPI key: the analysed ones, and the measured ones as given (null when not measured). */
export function kpiFigures(
  analysis: FullAnalysis,
  measured: Readonly<Record<string, number>> = {},
): Record<string, number | null> {
  return Object.fromEntries(
    DASHBOARD_KPIS.map((kpi) => [kpi.key, kpi.figure ? kpi.figure(analysis) : (measured[kpi.key] ?? null)]),
  );
}
