import type { RecordValue, TableRecord } from '../tables/tableSpec';
import { CLAIMS_TABLE, DEAL_STAGES, DEALS_TABLE } from '../tables/workTables';
import { MAX_ABS_AMOUNT } from '../validation/numbers';
import { asOfLine, choiceText, type ReportContext } from './reportContext';
import { col, type ReportSheetModel } from './reportModel';

/**
 * A deal's value as the dashboard sums it: a number within ±MAX_ABS_AMOUNT (what a form accepts);
 * junk, and bigger numbers typed by hand, count as 0, so no sum can reach Infinity.
 */
const dealValue = (value: RecordValue | undefined): number =>
  typeof value === 'number' && Math.abs(value) <= MAX_ABS_AMOUNT ? value : 0;

/** Deals and their value per stage, in funnel order; a deal with an unknown stage counts as a lead. */
export function pipelineByStage(
  deals: readonly TableRecord[],
): { stage: string; deals: number; value: number }[] {
  const rows = DEAL_STAGES.map((stage) => ({ stage: stage as string, deals: 0, value: 0 }));
  for (const deal of deals) {
    const stage =
      typeof deal.stage === 'string' && (DEAL_STAGES as readonly string[]).includes(deal.stage)
        ? deal.stage
        : 'lead';
    const row = rows.find((r) => r.stage === stage) as { deals: number; value: number };
    row.deals += 1;
    row.value += dealValue(deal.value);
  }
  return rows;
}

const isOpenStage = (stage: string) => stage !== 'won' && stage !== 'lost';
const ownerKey = (value: unknown) => (typeof value === 'string' && value ? value : '');

/** Per manager: clients, A clients, open pipeline, overdue contacts, open claims, actions. */
function managerRows(ctx: ReportContext): (string | number)[][] {
  const { analysis } = ctx;
  const abcById = new Map(analysis.abc.clients.map((e) => [e.clientId, e.abcClass]));
  const table = new Map<
    string,
    {
      clients: number;
      aClients: number;
      pipeline: number;
      overdueContacts: number;
      openClaims: number;
      actions: number;
    }
  >();
  const row = (owner: string) => {
    let r = table.get(owner);
    if (!r) {
      r = { clients: 0, aClients: 0, pipeline: 0, overdueContacts: 0, openClaims: 0, actions: 0 };
      table.set(owner, r);
    }
    return r;
  };
  for (const client of ctx.clients) {
    const r = row(ownerKey(client.owner));
    r.clients += 1;
    if (abcById.get(String(client.id)) === 'A') r.aClients += 1;
  }
  for (const deal of ctx.deals) {
    if (typeof deal.stage === 'string' && isOpenStage(deal.stage) && typeof deal.value === 'number')
      row(ownerKey(deal.owner)).pipeline += dealValue(deal.value);
  }
  for (const o of analysis.freshness.pastPlanned.byOwner) row(o.owner ?? '').overdueContacts += o.count;
  for (const o of analysis.claims.openByOwner) row(o.owner ?? '').openClaims += o.total;
  for (const o of analysis.recommendations.byOwner) row(o.owner ?? '').actions += o.actions.length;
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

/** The heads' dashboard: KPI tiles, the charts that say most, and a table per manager. */
export function dashboardReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const pipeline = pipelineByStage(ctx.deals);
  const openPipeline = pipeline.filter((p) => isOpenStage(p.stage)).reduce((sum, p) => sum + p.value, 0);
  const abc = analysis.abc.summary;
  const standings = [...analysis.competitors.standings, ...analysis.competitors.unlisted];
  return {
    key: 'dashboard',
    sheetName: t('report.dashboard.sheet'),
    title: t('report.dashboard.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.dashboard.kpis'),
        columns: [col(t('report.measure')), col(t('report.value'), 'integer')],
        rows: [
          [t('report.kpi.aClients'), abc.A.count],
          [t('report.kpi.bClients'), abc.B.count],
          [t('report.kpi.cClients'), abc.C.count],
          [t('report.kpi.pipeline'), Math.round(openPipeline)],
          [t('report.kpi.overdueContacts'), analysis.freshness.pastPlanned.count],
          [t('report.kpi.openClaims'), analysis.claims.open],
          [t('report.kpi.slaBreaches'), analysis.claims.sla.openPastDue],
          [t('report.kpi.overdueObligations'), analysis.obligations.overdue.length],
          [t('report.kpi.staleRecords'), analysis.freshness.staleClients.length],
          [t('report.kpi.actions'), analysis.recommendations.total],
        ],
      },
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
        columns: [
          col(t('col.client.name')),
          col(t('report.won'), 'integer'),
          col(t('report.lost'), 'integer'),
        ],
        rows: standings.map((s) => [s.name, s.dealsWon, s.dealsLost]),
      },
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
