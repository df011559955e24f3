/**
 * Lead sources and campaigns: where clients come from, how many become active, what they bring in,
 * and what a lead costs per campaign channel and per campaign.
 *
 * - A lead is a client; its source is the client's lead source. Converted = status 'active'.
 * - Per channel (email, exhibition, show, presentation are also lead sources; fax is not, so its leads
 *   are null): cost is the sum of the channel's campaign costs, leads are all clients with that source.
 * - Per campaign: a client with the campaign's channel as lead source is that campaign's lead when it
 *   was created (createdAt) on the campaign's date or up to `attributionDays` after it; with several
 *   such campaigns, the latest one on or before the creation day takes it, so no lead counts twice.
 *   Cancelled campaigns take no leads; campaigns without a date, or on fax, have leads null.
 * - Before that window rule: a client that names its campaign (`campaignId`, set when a lead met at a
 *   presentation, show or exhibition is added there) is that campaign's lead for sure, whatever its
 *   dates; the window rule is for clients without one, or whose campaign is not in the table.
 */
import { type Day, dayToIso } from './days';
import { type ClientOrderStats, revenueOf } from './orderStats';
import {
  type CampaignChannel,
  type CampaignRow,
  type ClientRow,
  isLeadSource,
  type LeadSource,
} from './rows';
import { DEFAULT_SETTINGS } from './settings';
import { compareKeys } from './stats';

interface LeadSourceRow {
  readonly source: LeadSource | null;
  readonly leads: number;
  readonly active: number;
  readonly conversionRate: number;
  readonly revenue: number;
}

interface ChannelRow {
  readonly channel: CampaignChannel;
  readonly campaigns: number;
  readonly cost: number;
  readonly leads: number | null;
  readonly costPerLead: number | null;
}

export interface CampaignLeadRow {
  readonly campaignId: string | null;
  readonly name: string | null;
  readonly channel: CampaignChannel | null;
  readonly date: string | null;
  readonly cost: number | null;
  readonly leads: number | null;
  readonly costPerLead: number | null;
}

export interface LeadSourcesResult {
  /** Most leads first; clients with no source last. */
  readonly bySource: readonly LeadSourceRow[];
  readonly byChannel: readonly ChannelRow[];
  readonly byCampaign: readonly CampaignLeadRow[];
}

const perLead = (cost: number | null, leads: number | null) =>
  cost !== null && leads !== null && leads > 0 ? cost / leads : null;

/** Index of the last campaign in `sorted` (by day) dated on or before `day`, or -1. */
function lastOnOrBefore(sorted: readonly { day: Day }[], day: Day): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid]?.day ?? Number.POSITIVE_INFINITY) <= day) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Each campaign's index by its ID (the first row of an ID typed twice). */
function namedCampaigns(campaigns: readonly CampaignRow[]): Map<string, number> {
  const named = new Map<string, number>();
  campaigns.forEach((campaign, index) => {
    if (campaign.id !== null && !named.has(campaign.id)) named.set(campaign.id, index);
  });
  return named;
}

/** Leads, conversions and revenue per source; campaign cost and cost per lead by channel and campaign. */
export function analyseLeadSources(
  clients: readonly ClientRow[],
  campaigns: readonly CampaignRow[],
  stats: ReadonlyMap<string, ClientOrderStats>,
  attributionDays: number = DEFAULT_SETTINGS.campaigns.attributionDays,
): LeadSourcesResult {
  const sources = new Map<LeadSource | null, { leads: number; active: number; revenue: number }>();
  for (const c of clients) {
    let s = sources.get(c.leadSource);
    if (!s) {
      s = { leads: 0, active: 0, revenue: 0 };
      sources.set(c.leadSource, s);
    }
    s.leads++;
    if (c.status === 'active') s.active++;
    s.revenue += revenueOf(stats, c.id);
  }
  const bySource = [...sources]
    .map(([source, s]) => ({ source, ...s, conversionRate: s.active / s.leads }))
    .sort((a, b) => {
      if ((a.source === null) !== (b.source === null)) return a.source === null ? 1 : -1;
      return b.leads - a.leads || compareKeys(a.source, b.source);
    });

  // Attribution of clients to campaigns.
  const attributable = new Map<string, { index: number; day: Day }[]>();
  campaigns.forEach((campaign, index) => {
    if (campaign.channel === null || campaign.day === null || campaign.status === 'cancelled') return;
    if (!isLeadSource(campaign.channel)) return;
    const list = attributable.get(campaign.channel) ?? [];
    list.push({ index, day: campaign.day });
    attributable.set(campaign.channel, list);
  });
  for (const list of attributable.values()) list.sort((a, b) => a.day - b.day || a.index - b.index);
  const campaignLeads = new Array<number>(campaigns.length).fill(0);
  const named = namedCampaigns(campaigns);
  const credited = new Set<number>();
  for (const c of clients) {
    const own = c.campaignId === null ? undefined : named.get(c.campaignId);
    if (own !== undefined) {
      campaignLeads[own] = (campaignLeads[own] ?? 0) + 1;
      credited.add(own);
      continue;
    }
    if (c.leadSource === null || c.createdDay === null) continue;
    const list = attributable.get(c.leadSource);
    if (!list) continue;
    const at = list[lastOnOrBefore(list, c.createdDay)];
    if (at && c.createdDay - at.day <= attributionDays)
      campaignLeads[at.index] = (campaignLeads[at.index] ?? 0) + 1;
  }

  const channels = new Map<CampaignChannel, { campaigns: number; cost: number }>();
  const byCampaign = campaigns.map((campaign, index): CampaignLeadRow => {
    if (campaign.channel !== null) {
      const ch = channels.get(campaign.channel) ?? { campaigns: 0, cost: 0 };
      ch.campaigns++;
      ch.cost += campaign.cost ?? 0;
      channels.set(campaign.channel, ch);
    }
    const countsLeads =
      credited.has(index) ||
      (campaign.channel !== null && isLeadSource(campaign.channel) && campaign.day !== null);
    const leads = countsLeads ? (campaignLeads[index] ?? 0) : null;
    return {
      campaignId: campaign.id,
      name: campaign.name,
      channel: campaign.channel,
      date: campaign.day === null ? null : dayToIso(campaign.day),
      cost: campaign.cost,
      leads,
      costPerLead: perLead(campaign.cost, leads),
    };
  });
  const byChannel = [...channels]
    .map(([channel, ch]): ChannelRow => {
      const leads = isLeadSource(channel) ? (sources.get(channel)?.leads ?? 0) : null;
      return { channel, ...ch, leads, costPerLead: perLead(ch.cost, leads) };
    })
    .sort((a, b) => b.cost - a.cost || compareKeys(a.channel, b.channel));
  return { bySource, byChannel, byCampaign };
}
