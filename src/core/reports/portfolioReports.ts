import type { AudienceGroup } from '../analysis/audience';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { asOfLine, choiceText, clientText, type ReportContext } from './reportContext';
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
    sheetName: t('report.audience.sheet'),
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
    sheetName: t('report.abcXyz.sheet'),
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
        columns: [
          col(t('col.clientRef')),
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
            clientText(ctx, entry.clientId),
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
    charts: [{ kind: 'line', title: t('report.abcXyz.chart'), block: 1, labelColumn: 0, valueColumns: [3] }],
  };
}

/** Reliability: every client's score, whether it is a prior, and its strongest factors. */
export function reliabilityReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const rows = analysis.reliability.clients.map((r) => {
    if (r.kind === 'prior') {
      return [
        clientText(ctx, r.clientId),
        r.score,
        t('report.reliability.prior'),
        t(`report.reliability.${r.reason}`),
      ];
    }
    const factors = [...r.factors]
      .sort((a, b) => a.subScore - b.subScore)
      .map(
        (f) =>
          `${t(`factor.${f.key}`)} ${Math.round(f.subScore * 100)}% × ${Math.round(f.effectiveWeight * 100)}%`,
      )
      .join('; ');
    return [clientText(ctx, r.clientId), r.score, t('report.reliability.scored'), factors];
  });
  return {
    key: 'reliability',
    sheetName: t('report.reliability.sheet'),
    title: t('report.reliability.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.reliability.clients'),
        note: t('report.reliability.note'),
        columns: [
          col(t('col.clientRef')),
          col(t('col.client.reliability'), 'integer'),
          col(t('report.kind')),
          col(t('report.reliability.factors')),
        ],
        rows,
      },
    ],
    charts: [],
  };
}
