import type { Action } from '../analysis/recommendations';
import { isRelationshipWhy } from '../analysis/relationshipActions';
import type { MessageParams } from '../i18n/translate';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { campaignsBlock } from './campaignReport';
import { relationshipActionText } from './relationshipWords';
import { asOfLine, choiceText, clientText, type ReportContext } from './reportContext';
import { col, type ReportSheetModel } from './reportModel';

/** Lead sources: leads, conversion to active and revenue by source; cost per lead by campaign. */
export function leadSourcesReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const l = analysis.leadSources;
  return {
    key: 'leadSources',
    sheetName: t('reportSheet.leadSources'),
    title: t('report.leadSources.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.leadSources.bySource'),
        columns: [
          col(t('col.client.leadSource')),
          col(t('report.leads'), 'integer'),
          col(t('report.activeClients'), 'integer'),
          col(t('report.conversion'), 'percent'),
          col(t('report.revenue12m'), 'currency'),
        ],
        rows: l.bySource.map((r) => [
          choiceText(ctx, CLIENTS_TABLE, 'leadSource', r.source),
          r.leads,
          r.active,
          r.conversionRate,
          r.revenue,
        ]),
      },
      campaignsBlock(ctx, t('report.leadSources.byCampaign'), l.byCampaign),
    ],
    charts: [
      {
        kind: 'column',
        title: t('report.leadSources.chart'),
        block: 0,
        labelColumn: 0,
        valueColumns: [1, 2],
      },
    ],
  };
}

/** Competitors: their terms side by side, presence among clients, deals won and lost, loss reasons. */
export function competitorsReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const c = analysis.competitors;
  const standings = [...c.standings, ...c.unlisted];
  return {
    key: 'competitors',
    sheetName: t('reportSheet.competitors'),
    title: t('report.competitors.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.competitors.matrix'),
        columns: [
          col(t('col.client.name')),
          col(t('col.competitor.pricingPolicy')),
          col(t('col.competitor.discounts')),
          col(t('col.competitor.paymentTerms')),
          col(t('col.competitor.deliveryTerms')),
          col(t('col.competitor.servicePrograms')),
          col(t('col.competitor.strengths')),
          col(t('col.competitor.weaknesses')),
          col(t('col.competitor.lastReviewed'), 'date'),
        ],
        rows: c.matrix.map((m) => [
          m.name,
          m.pricingPolicy,
          m.discounts,
          m.paymentTerms,
          m.deliveryTerms,
          m.servicePrograms,
          m.strengths,
          m.weaknesses,
          m.lastReviewed,
        ]),
      },
      {
        title: t('report.competitors.standings'),
        columns: [
          col(t('col.client.name')),
          col(t('report.clients'), 'integer'),
          col(t('report.activeClients'), 'integer'),
          col(t('report.won'), 'integer'),
          col(t('report.lost'), 'integer'),
          col(t('report.open'), 'integer'),
          col(t('report.winRate'), 'percent'),
        ],
        rows: standings.map((s) => [
          s.name,
          s.clients,
          s.activeClients,
          s.dealsWon,
          s.dealsLost,
          s.dealsOpen,
          s.winRate,
        ]),
      },
      {
        title: t('report.competitors.lossReasons'),
        columns: [col(t('col.deal.lossReason')), col(t('report.count'), 'integer')],
        rows: c.lossReasons.map((r) => [r.reason ?? t('report.blank'), r.count]),
      },
    ],
    charts: [
      { kind: 'bar', title: t('report.competitors.chart'), block: 1, labelColumn: 0, valueColumns: [3, 4] },
    ],
  };
}

/** One recommendation as a sentence that says why, in the reader's language. */
export function describeAction(ctx: ReportContext, action: Action): string {
  const { why } = action;
  const client = clientText(ctx, why.clientId);
  // The relationship rules name people and reuse the suggestions' words (relationshipWords.ts).
  if (isRelationshipWhy(why))
    return relationshipActionText(ctx.t, why, ctx.analysis.relationships.names, client);
  const params: Record<string, string | number> = { client };
  for (const [key, value] of Object.entries(why)) {
    if (key !== 'rule' && key !== 'clientId' && key !== 'owner')
      params[key] = value === null ? '—' : (value as string | number);
  }
  return ctx.t(`rule.${action.rule}`, params as MessageParams);
}

/** The rule's name in the report; a relationship suggestion's with its kind ("…: Cross-sell"). */
function ruleName(ctx: ReportContext, action: Action): string {
  const name = ctx.t(`ruleName.${action.rule}`);
  const { why } = action;
  return why.rule === 'relationshipSuggestion' ? `${name}: ${ctx.t(`relationship.kind.${why.kind}`)}` : name;
}

/** Next best actions per manager, each saying why. */
export function recommendationsReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const rows = analysis.recommendations.byOwner.flatMap(({ owner, actions }) =>
    actions.map((action) => [
      owner ?? t('report.blank'),
      action.priority,
      ruleName(ctx, action),
      action.recordId,
      describeAction(ctx, action),
    ]),
  );
  return {
    key: 'recommendations',
    sheetName: t('reportSheet.recommendations'),
    title: t('report.recommendations.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.recommendations.list', { count: analysis.recommendations.total }),
        columns: [
          col(t('col.owner')),
          col(t('report.priority'), 'integer'),
          col(t('report.rule')),
          col(t('report.record')),
          col(t('report.why')),
        ],
        rows,
      },
    ],
    charts: [],
  };
}
