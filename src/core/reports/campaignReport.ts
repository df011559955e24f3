import type { CampaignLeadRow } from '../analysis/leadSources';
import { CAMPAIGNS_TABLE } from '../tables/workTables';
import { asOfLine, choiceText, type ReportContext } from './reportContext';
import { col, type ReportBlock, type ReportSheetModel } from './reportModel';

/** Campaigns whose cost per lead is known, the cheapest lead first (ties by campaign ID). */
function cheapestFirst(rows: readonly CampaignLeadRow[]): CampaignLeadRow[] {
  return rows
    .filter((row) => row.costPerLead !== null)
    .sort(
      (a, b) =>
        (a.costPerLead ?? 0) - (b.costPerLead ?? 0) ||
        String(a.campaignId ?? '').localeCompare(String(b.campaignId ?? '')),
    );
}

/**
 * A block of campaigns with their cost, leads and cost per lead: shared by this report and the
 * lead-sources report, which lists every campaign.
 */
export function campaignsBlock(
  ctx: ReportContext,
  title: string,
  rows: readonly CampaignLeadRow[],
): ReportBlock {
  const { t } = ctx;
  return {
    title,
    columns: [
      col(t('col.id')),
      col(t('col.client.name')),
      col(t('col.channel')),
      col(t('col.campaign.date'), 'date'),
      col(t('col.campaign.cost'), 'currency'),
      col(t('report.leads'), 'integer'),
      col(t('report.costPerLead'), 'currency'),
    ],
    rows: rows.map((r) => [
      r.campaignId,
      r.name,
      choiceText(ctx, CAMPAIGNS_TABLE, 'channel', r.channel),
      r.date,
      r.cost,
      r.leads,
      r.costPerLead,
    ]),
  };
}

/**
 * Campaign channels, from the lead-sources analysis: per channel its campaigns, their cost, the
 * leads attributed to them and the cost per lead; then the campaigns ranked by cost per lead.
 */
export function campaignsReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const { byChannel, byCampaign } = analysis.leadSources;
  return {
    key: 'campaigns',
    sheetName: t('reportSheet.campaigns'),
    title: t('report.campaigns.title'),
    asOfLine: asOfLine(ctx),
    blocks: [
      {
        title: t('report.campaigns.byChannel'),
        columns: [
          col(t('col.channel')),
          col(t('report.campaigns.count'), 'integer'),
          col(t('col.campaign.cost'), 'currency'),
          col(t('report.leads'), 'integer'),
          col(t('report.costPerLead'), 'currency'),
        ],
        rows: byChannel.map((r) => [
          choiceText(ctx, CAMPAIGNS_TABLE, 'channel', r.channel),
          r.campaigns,
          r.cost,
          r.leads,
          r.costPerLead,
        ]),
      },
      campaignsBlock(ctx, t('report.campaigns.cheapest'), cheapestFirst(byCampaign)),
    ],
    charts: [
      { kind: 'bar', title: t('report.campaigns.chart'), block: 0, labelColumn: 0, valueColumns: [4] },
    ],
  };
}
