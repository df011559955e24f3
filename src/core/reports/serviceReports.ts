import { CLAIMS_TABLE } from '../tables/workTables';
import { asOfLine, choiceText, clientText, type ReportContext } from './reportContext';
import { col, type ReportSheetModel } from './reportModel';

const ownerText = (ctx: ReportContext, owner: string | null) => owner ?? ctx.t('report.blank');

/** Claims: Pareto by category, time to resolve, SLA breaches, repeat claimants, open by owner and age. */
export function claimsReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const c = analysis.claims;
  return {
    key: 'claims',
    sheetName: t('reportSheet.claims'),
    title: t('report.claims.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.claims.pareto'),
        columns: [
          col(t('col.claim.category')),
          col(t('report.count'), 'integer'),
          col(t('report.share'), 'percent'),
          col(t('report.cumulativeShare'), 'percent'),
        ],
        rows: c.pareto.map((p) => [
          choiceText(ctx, CLAIMS_TABLE, 'category', p.category),
          p.count,
          p.share,
          p.cumulativeShare,
        ]),
      },
      {
        title: t('report.claims.summary'),
        columns: [col(t('report.measure')), col(t('report.value'), 'number')],
        // Counts as whole numbers, days to resolve with a decimal, the breach rate as a percentage.
        rowFormats: ['integer', 'integer', 'number', 'number', 'integer', 'integer', 'percent'],
        rows: [
          [t('report.claims.total'), c.total],
          [t('report.claims.open'), c.open],
          [t('report.claims.medianDays'), c.timeToResolve.medianDays],
          [t('report.claims.p90Days'), c.timeToResolve.p90Days],
          [t('report.claims.resolvedLate'), c.sla.resolvedLate],
          [t('report.claims.openPastDue'), c.sla.openPastDue],
          [t('report.claims.breachRate'), c.sla.breachRate],
        ],
      },
      {
        title: t('report.claims.breaches'),
        columns: [
          col(t('col.id')),
          col(t('col.clientRef')),
          col(t('col.owner')),
          col(t('col.claim.slaDueDate'), 'date'),
          col(t('report.daysOver'), 'integer'),
        ],
        rows: c.sla.openBreaches.map((b) => [
          b.claimId,
          clientText(ctx, b.clientId),
          ownerText(ctx, b.owner),
          b.slaDueDate,
          b.daysOver,
        ]),
      },
      {
        title: t('report.claims.repeat'),
        columns: [col(t('col.clientRef')), col(t('report.count'), 'integer')],
        rows: c.repeatClaimants.map((r) => [clientText(ctx, r.clientId), r.claims]),
      },
      {
        title: t('report.claims.byOwner'),
        columns: [
          col(t('col.owner')),
          col('0–7', 'integer'),
          col('8–30', 'integer'),
          col('31+', 'integer'),
          col(t('report.total'), 'integer'),
        ],
        rows: c.openByOwner.map((o) => [
          ownerText(ctx, o.owner),
          o.days0to7,
          o.days8to30,
          o.days31plus,
          o.total,
        ]),
      },
    ],
    charts: [
      { kind: 'column', title: t('report.claims.chart'), block: 0, labelColumn: 0, valueColumns: [1] },
    ],
  };
}

/** Obligations: due within the week, overdue, and the share kept on time per client. */
export function obligationsReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const o = analysis.obligations;
  const list = (items: typeof o.overdue) =>
    items.map((i) => [
      i.obligationId,
      clientText(ctx, i.clientId),
      i.obligation,
      ownerText(ctx, i.owner),
      i.dueDate,
      i.days,
    ]);
  const listColumns = [
    col(t('col.id')),
    col(t('col.clientRef')),
    col(t('col.obligation.obligation')),
    col(t('col.owner')),
    col(t('col.obligation.dueDate'), 'date'),
    col(t('report.days'), 'integer'),
  ];
  return {
    key: 'obligations',
    sheetName: t('reportSheet.obligations'),
    title: t('report.obligations.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      { title: t('report.obligations.overdue'), columns: listColumns, rows: list(o.overdue) },
      {
        title: t('report.obligations.dueSoon', { days: o.dueSoonDays }),
        columns: listColumns,
        rows: list(o.dueSoon),
      },
      {
        title: t('report.obligations.byClient'),
        columns: [
          col(t('col.clientRef')),
          col(t('report.kept'), 'integer'),
          col(t('report.late'), 'integer'),
          col(t('report.overdue'), 'integer'),
          col(t('report.keptShare'), 'percent'),
        ],
        rows: o.byClient.map((r) => [clientText(ctx, r.clientId), r.kept, r.late, r.overdue, r.keptShare]),
      },
    ],
    charts: [],
  };
}

/** Freshness: stale records, clients missing key fields, past contacts still "planned". */
export function freshnessReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const f = analysis.freshness;
  const staleColumns = [
    col(t('col.id')),
    col(t('col.client.name')),
    col(t('col.owner')),
    col(t('col.updatedAt'), 'date'),
    col(t('report.days'), 'integer'),
  ];
  const stale = (rows: typeof f.staleClients) =>
    rows.map((r) => [r.id, r.name, ownerText(ctx, r.owner), r.updatedDate, r.daysSince]);
  return {
    key: 'freshness',
    sheetName: t('reportSheet.freshness'),
    title: t('report.freshness.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.freshness.staleClients', { days: f.staleDays }),
        columns: staleColumns,
        rows: stale(f.staleClients),
      },
      {
        title: t('report.freshness.staleCompetitors', { days: f.staleDays }),
        columns: staleColumns,
        rows: stale(f.staleCompetitors),
      },
      {
        title: t('report.freshness.missing'),
        columns: [col(t('col.clientRef')), col(t('col.owner')), col(t('report.missingFields'))],
        rows: f.missingFields.map((m) => [
          clientText(ctx, m.clientId),
          ownerText(ctx, m.owner),
          m.missing.map((k) => t(`keyField.${k}`)).join(', '),
        ]),
      },
      {
        title: t('report.freshness.pastPlanned', { count: f.pastPlanned.count }),
        columns: [
          col(t('col.id')),
          col(t('col.clientRef')),
          col(t('col.owner')),
          col(t('col.contact.plannedDate'), 'date'),
          col(t('report.days'), 'integer'),
        ],
        rows: f.pastPlanned.rows.map((r) => [
          r.contactId,
          clientText(ctx, r.clientId),
          ownerText(ctx, r.owner),
          r.plannedDate,
          r.daysPast,
        ]),
      },
    ],
    charts: [],
  };
}
