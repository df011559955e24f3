import { CLAIMS_TABLE, DEALS_TABLE } from '../tables/workTables';
import { TILE_KPIS } from './dashboardKpis';
import { asOfLine, choiceText, type ReportContext } from './reportContext';
import { col, type ReportBlock, type ReportSheetModel } from './reportModel';

/** One manager's line: clients, A clients, open pipeline, overdue contacts, open claims, actions. */
interface ManagerLine {
  clients: number;
  aClients: number;
  pipeline: number;
  overdueContacts: number;
  openClaims: number;
  actions: number;
}

/**
 * Per manager (blank owners together): the book from the pipeline analysis, then their open work.
 * The columns stand under the dashboard's tiles of the same figures (A clients, open claims, the
 * pipeline, actions), so each column is only as wide as its tiles need.
 */
function managerRows(ctx: ReportContext): (string | number)[][] {
  const { analysis } = ctx;
  const table = new Map<string, ManagerLine>();
  const row = (owner: string | null) => {
    const key = owner ?? '';
    let r = table.get(key);
    if (!r) {
      r = { clients: 0, aClients: 0, pipeline: 0, overdueContacts: 0, openClaims: 0, actions: 0 };
      table.set(key, r);
    }
    return r;
  };
  for (const book of analysis.pipeline.byOwner) {
    const r = row(book.owner);
    r.clients += book.clients;
    r.aClients += book.aClients;
    r.pipeline += book.openPipeline;
  }
  for (const o of analysis.freshness.pastPlanned.byOwner) row(o.owner).overdueContacts += o.count;
  for (const o of analysis.claims.openByOwner) row(o.owner).openClaims += o.total;
  for (const o of analysis.recommendations.byOwner) row(o.owner).actions += o.actions.length;
  return [...table]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, r]) => [
      owner || ctx.t('report.blank'),
      r.clients,
      r.aClients,
      r.openClaims,
      Math.round(r.pipeline),
      r.actions,
      r.overdueContacts,
    ]);
}

/** The key figures as a block, one per line (the data behind the tiles, from the one KPI list). */
function kpiBlock(ctx: ReportContext): ReportBlock {
  const { t, analysis } = ctx;
  return {
    title: t('report.dashboard.kpis'),
    columns: [col(t('report.measure')), col(t('report.value'), 'integer')],
    rows: TILE_KPIS.map((kpi) => [t(kpi.label), kpi.figure(analysis)]),
    rowFormats: TILE_KPIS.map((kpi) => kpi.format),
  };
}

/** The blocks the charts draw: ABC classes, the pipeline funnel, the claims Pareto, win/loss by competitor. */
function chartBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, analysis } = ctx;
  const pipeline = analysis.pipeline.byStage;
  const abc = analysis.abc.summary;
  const standings = [...analysis.competitors.standings, ...analysis.competitors.unlisted];
  return [
    {
      title: t('report.dashboard.abc'),
      columns: [
        col(t('report.class')),
        col(t('report.clients'), 'integer'),
        col(t('report.revenue12m'), 'currency'),
      ],
      rows: (['A', 'B', 'C'] as const).map((c) => [c, abc[c].count, abc[c].revenue]),
    },
    {
      title: t('report.dashboard.funnel'),
      columns: [
        col(t('col.deal.stage')),
        col(t('report.count'), 'integer'),
        col(t('col.deal.value'), 'currency'),
      ],
      rows: pipeline.map((p) => [choiceText(ctx, DEALS_TABLE, 'stage', p.stage), p.deals, p.value]),
    },
    {
      title: t('report.claims.pareto'),
      columns: [col(t('col.claim.category')), col(t('report.count'), 'integer')],
      rows: analysis.claims.pareto.map((p) => [
        choiceText(ctx, CLAIMS_TABLE, 'category', p.category),
        p.count,
      ]),
    },
    {
      title: t('report.competitors.standings'),
      columns: [col(t('col.client.name')), col(t('report.won'), 'integer'), col(t('report.lost'), 'integer')],
      rows: standings.map((s) => [s.name, s.dealsWon, s.dealsLost]),
    },
  ];
}

/** A chart of the dashboard over one of its blocks. */
type DashboardChart = ReportSheetModel['charts'][number];

/** The dashboard's parts: the key figures, the blocks the charts draw, the charts, the table per manager. */
export interface DashboardParts {
  readonly kpis: ReportBlock;
  readonly chartBlocks: readonly ReportBlock[];
  /** Charts over `chartBlocks` (their `block` indexes that list). */
  readonly charts: readonly DashboardChart[];
  readonly managers: ReportBlock;
}

/** The dashboard's blocks and charts, before the dashboard sheet lays them out (dashboardLayout.ts). */
export function dashboardParts(ctx: ReportContext): DashboardParts {
  const { t } = ctx;
  return {
    kpis: kpiBlock(ctx),
    chartBlocks: chartBlocks(ctx),
    charts: [
      { kind: 'column', title: t('report.dashboard.abc'), block: 0, labelColumn: 0, valueColumns: [1] },
      { kind: 'bar', title: t('report.dashboard.funnel'), block: 1, labelColumn: 0, valueColumns: [2] },
      { kind: 'column', title: t('report.claims.chart'), block: 2, labelColumn: 0, valueColumns: [1] },
      { kind: 'bar', title: t('report.competitors.chart'), block: 3, labelColumn: 0, valueColumns: [1, 2] },
    ],
    managers: {
      title: t('report.dashboard.managers'),
      columns: [
        col(t('col.owner')),
        col(t('report.clients'), 'integer'),
        col(t('report.kpi.aClients'), 'integer'),
        col(t('report.kpi.openClaims'), 'integer'),
        col(t('report.kpi.pipeline'), 'currency'),
        col(t('report.kpi.actions'), 'integer'),
        col(t('report.kpi.overdueContacts'), 'integer'),
      ],
      rows: managerRows(ctx),
    },
  };
}

/**
 * The heads' dashboard as a plain report model (its name, title and blocks: the key figures, the
 * charts' blocks, the table per manager). The dashboard sheet itself is laid out from the same
 * parts with its tiles and trends (dashboardLayout.ts).
 */
export function dashboardReport(ctx: ReportContext): ReportSheetModel {
  const { t } = ctx;
  const parts = dashboardParts(ctx);
  return {
    key: 'dashboard',
    sheetName: t('report.dashboard.sheet'),
    title: t('report.dashboard.title'),
    asOfLine: asOfLine(ctx),
    blocks: [parts.kpis, ...parts.chartBlocks, parts.managers],
    charts: parts.charts.map((chart) => ({ ...chart, block: chart.block + 1 })),
  };
}
