import type { AudienceGroup } from '../analysis/audience';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { asOfLine, choiceText, type ReportContext } from './reportContext';
import { col, type ReportBlock, type ReportSheetModel } from './reportModel';

function audienceBlock(
  ctx: ReportContext,
  title: string,
  groups: readonly AudienceGroup[],
  columnKey: string | null,
): ReportBlock {
  const { t } = ctx;
  return {
    title,
    columns: [
      col(t('report.group')),
      col(t('report.clients'), 'integer'),
      col(t('report.revenue12m'), 'currency'),
      col(t('report.creditLimitTotal'), 'currency'),
    ],
    rows: groups.map((g) => [
      columnKey ? choiceText(ctx, CLIENTS_TABLE, columnKey, g.key) : (g.key ?? t('report.blank')),
      g.clients,
      g.revenue,
      g.creditLimit,
    ]),
  };
}

/** Audience: clients and potential value by segment, tier, region, status and lead source. */
export function audienceReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const a = analysis.audience;
  return {
    key: 'audience',
    sheetName: t('reportSheet.audience'),
    title: t('report.audience.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      audienceBlock(ctx, t('col.client.segment'), a.bySegment, 'segment'),
      audienceBlock(ctx, t('col.client.tier'), a.byTier, 'tier'),
      audienceBlock(ctx, t('col.client.region'), a.byRegion, 'region'),
      audienceBlock(ctx, t('col.client.status'), a.byStatus, 'status'),
      audienceBlock(ctx, t('col.client.leadSource'), a.byLeadSource, 'leadSource'),
    ],
    charts: [
      { kind: 'column', title: t('report.audience.chart'), block: 0, labelColumn: 0, valueColumns: [2] },
    ],
  };
}

/** ABC/XYZ: the Pareto of revenue, the 9-cell matrix, and RFM scores. */
export function abcXyzReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const xyzById = new Map(analysis.xyz.clients.map((e) => [e.clientId, e]));
  const rfmById = new Map(analysis.rfm.clients.map((e) => [e.clientId, e]));
  const matrixRows = (['A', 'B', 'C'] as const).map((abc) => {
    const cell = (xyz: 'X' | 'Y' | 'Z' | null) =>
      (xyz === null ? analysis.abcXyz.unclassified : analysis.abcXyz.cells).find(
        (c) => c.abcClass === abc && c.xyzClass === xyz,
      )?.count ?? 0;
    return [abc, cell('X'), cell('Y'), cell('Z'), cell(null), analysis.abc.summary[abc].revenue];
  });
  return {
    key: 'abcXyz',
    sheetName: t('reportSheet.abcXyz'),
    title: t('report.abcXyz.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.abcXyz.matrix'),
        columns: [
          col(t('report.class')),
          col('X', 'integer'),
          col('Y', 'integer'),
          col('Z', 'integer'),
          col(t('report.unclassified'), 'integer'),
          col(t('report.revenue12m'), 'currency'),
        ],
        rows: matrixRows,
      },
      {
        title: t('report.abcXyz.clients'),
        // The ID and the name apart: the Pareto chart is labelled with names, never IDs.
        columns: [
          col(t('col.id')),
          col(t('col.client.name')),
          col(t('report.revenue12m'), 'currency'),
          col(t('report.share'), 'percent'),
          col(t('report.cumulativeShare'), 'percent'),
          col('ABC'),
          col('XYZ'),
          col(t('report.cv'), 'percent'),
          col('RFM'),
        ],
        rows: analysis.abc.clients.map((entry) => {
          const xyz = xyzById.get(entry.clientId);
          return [
            entry.clientId,
            ctx.clientNames.get(entry.clientId) || t('report.blank'),
            entry.revenue,
            entry.share,
            entry.cumulativeShare,
            entry.abcClass,
            xyz?.xyzClass ?? '—',
            xyz && xyz.xyzClass !== null ? xyz.cv : null,
            rfmById.get(entry.clientId)?.code ?? '—',
          ];
        }),
        note: t('report.abcXyz.note', {
          a: Math.round(analysis.settings.abc.aMax * 100),
          b: Math.round(analysis.settings.abc.bMax * 100),
          months: analysis.settings.xyz.months,
        }),
      },
    ],
    charts: [{ kind: 'line', title: t('report.abcXyz.chart'), block: 1, labelColumn: 1, valueColumns: [4] }],
  };
}
