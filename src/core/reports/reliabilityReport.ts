import { wholePercent } from '../analysis/stats';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { explainForecast } from './forecastWords';
import { asOfLine, choiceText, clientText, type ReportContext } from './reportContext';
import { col, type ReportBlock, type ReportSheetModel } from './reportModel';

/** The account health block: one row per client, beside the forecast and not part of it. */
function healthBlock(ctx: ReportContext, order: ReadonlyMap<string, number>): ReportBlock {
  const { t, analysis } = ctx;
  const rows = [...analysis.accountHealth]
    .sort((a, b) => (order.get(a.clientId) ?? 0) - (order.get(b.clientId) ?? 0))
    .map((h) => [
      clientText(ctx, h.clientId),
      h.claimsPerOrder ? h.claimsPerOrder.rate : null,
      h.obligationsKept ? h.obligationsKept.share : null,
      h.orderingMonths ? `${h.orderingMonths.months} / ${h.orderingMonths.of}` : null,
      h.orderingMonths?.xyzClass ?? null,
      h.creditUse ? h.creditUse.share : null,
    ]);
  return {
    title: t('report.health.title'),
    note: t('report.health.note'),
    columns: [
      col(t('col.clientRef')),
      col(t('report.health.claims'), 'number'),
      col(t('report.health.obligations'), 'percent'),
      col(t('report.health.months')),
      col(t('report.health.xyz')),
      col(t('report.health.credit'), 'percent'),
    ],
    rows,
  };
}

/**
 * Reliability: every client's chance of paying its next invoice late, its 80% range, band, the
 * evidence behind it and why, most likely to pay late first; then account health, in the same order.
 */
export function reliabilityReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const forecasts = [...analysis.reliability.clients].sort((a, b) => b.probability - a.probability);
  const order = new Map(forecasts.map((f, i) => [f.clientId, i]));
  const { book } = analysis.reliability;
  return {
    key: 'reliability',
    sheetName: t('reportSheet.reliability'),
    title: t('report.reliability.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.reliability.clients'),
        note:
          book.clients === 0
            ? t('report.reliability.noteEmpty', { days: analysis.settings.reliability.lateAfterDays })
            : t('report.reliability.note', {
                bookLate: wholePercent(book.lateShare),
                clients: book.clients,
                invoices: book.invoices,
                days: analysis.settings.reliability.lateAfterDays,
              }),
        columns: [
          col(t('col.clientRef')),
          col(t('report.reliability.chance'), 'percent'),
          col(t('report.reliability.low'), 'percent'),
          col(t('report.reliability.high'), 'percent'),
          col(t('col.client.reliabilityBand')),
          col(t('report.reliability.evidence'), 'integer'),
          col(t('report.reliability.why')),
        ],
        rows: forecasts.map((f) => [
          clientText(ctx, f.clientId),
          f.probability,
          f.low,
          f.high,
          choiceText(ctx, CLIENTS_TABLE, 'reliabilityBand', f.band),
          f.evidence,
          explainForecast(t, f),
        ]),
      },
      healthBlock(ctx, order),
    ],
    charts: [],
  };
}
