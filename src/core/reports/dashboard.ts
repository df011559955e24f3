import { CLAIMS_TABLE, DEALS_TABLE } from '../tables/workTables';
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

/** Per manager (blank owners together): the book from the pipeline analysis, then their open work. */
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
      r.pipeline,
      r.overdueContacts,
      r.openClaims,
      r.actions,
    ]);
}

/** The KPI tiles: one figure per line. */
function kpiBlock(ctx: ReportContext): ReportBlock {
  const { t, analysis } = ctx;
  const abc = analysis.abc.summary;
  return {
    title: t('report.dashboard.kpis'),
    columns: [col(t('report.measure')), col(t('report.value'), 'integer')],
    rows: [
      [t('report.kpi.aClients'), abc.A.count],
      [t('report.kpi.bClients'), abc.B.count],
      [t('report.kpi.cClients'), abc.C.count],
      [t('report.kpi.pipeline'), Math.round(analysis.pipeline.open)],
      [t('report.kpi.overdueContacts'), analysis.freshness.pastPlanned.count],
      [t('report.kpi.openClaims'), analysis.claims.open],
      [t('report.kpi.slaBreaches'), analysis.claims.sla.openPastDue],
      [t('report.kpi.overdueObligations'), analysis.obligations.overdue.length],
      [t('report.kpi.staleRecords'), analysis.freshness.staleClients.length],
      [t('report.kpi.actions'), analysis.recommendations.total],
    ],
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

/** The heads' dashboard: KPI tiles, the charts that say most, and a table per manager. */
export function dashboardReport(ctx: ReportContext): ReportSheetModel {
  const { t } = ctx;
  return {
    key: 'dashboard',
    sheetName: t('report.dashboard.sheet'),
    title: t('report.dashboard.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      kpiBlock(ctx),
      ...chartBlocks(ctx),
      {
        title: t('report.dashboard.managers'),
        columns: [
          col(t('col.owner')),
          col(t('report.clients'), 'integer'),
          col(t('report.kpi.aClients'), 'integer'),
          col(t('report.kpi.pipeline'), 'currency'),
          col(t('report.kpi.overdueContacts'), 'integer'),
          col(t('report.kpi.openClaims'), 'integer'),
          col(t('report.kpi.actions'), 'integer'),
        ],
        rows: managerRows(ctx),
      },
    ],
    charts: [
      { kind: 'column', title: t('report.dashboard.abc'), block: 1, labelColumn: 0, valueColumns: [1] },
      { kind: 'bar', title: t('report.dashboard.funnel'), block: 2, labelColumn: 0, valueColumns: [2] },
      { kind: 'column', title: t('report.claims.chart'), block: 3, labelColumn: 0, valueColumns: [1] },
      { kind: 'bar', title: t('report.competitors.chart'), block: 4, labelColumn: 0, valueColumns: [1, 2] },
    ],
  };
}
