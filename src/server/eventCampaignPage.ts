/**
 * The event and fax campaign page's menu item and what it loads: the campaigns on a presentation,
 * show, exhibition or fax, and the one picked with its invitees (client, person, status) and the count
 * per status, the filter's choices, and whether a fax gateway is set. Reading only.
 */
import { done, type PageResult, refused } from '../core/pageResult';
import type { INVITEE_STATUSES } from '../core/tables/inviteeTable';
import { activeStore } from '../gas/activeDocument';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { settleInterruptedWrites } from '../gas/documentLock';
import type { TableReader } from '../gas/tableReader';
import { showSidebarPage } from '../gas/ui';
import { currentTeamView } from './access';
import {
  type EventCampaign,
  readEventCampaign,
  readEventCampaigns,
  readEventClients,
  readEventPeople,
  readInvitees,
} from './eventCampaignData';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { readSchemeClients } from './schemesData';
import { type FilterChoices, filterChoices } from './schemesFilter';

/** Menu: open the event and fax campaign page. */
export function showEventCampaign(): void {
  showSidebarPage('EventCampaign', currentTranslator()('events.title'));
}

/** An invitee as the page lists it. */
interface InviteeView {
  readonly id: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly personId: string | null;
  readonly personName: string;
  readonly status: (typeof INVITEE_STATUSES)[number];
  readonly channel: string;
}

/** What the page draws: the campaigns to pick from, the one picked with its invitees, the filter. */
interface EventPageData {
  readonly campaigns: readonly {
    readonly id: string;
    readonly name: string;
    readonly channel: string;
    readonly date: string | null;
  }[];
  readonly campaign: EventCampaign | null;
  readonly invitees: readonly InviteeView[];
  readonly counts: Readonly<Record<(typeof INVITEE_STATUSES)[number], number>>;
  readonly choices: FilterChoices;
  /** Whether an e-mail-to-fax gateway is set in the settings. */
  readonly faxGateway: boolean;
  readonly today: string;
}

/** The campaign's invitees with their client's and person's names, and the count per status. */
function inviteeViews(store: TableReader, campaignId: string): Pick<EventPageData, 'invitees' | 'counts'> {
  const clients = readEventClients(store);
  const people = new Map(readEventPeople(store).map((person) => [person.id, person]));
  const counts = { invited: 0, registered: 0, attended: 0, noShow: 0 };
  const invitees = readInvitees(store, campaignId).map((row): InviteeView => {
    counts[row.status]++;
    return {
      id: row.id,
      clientId: row.clientId,
      clientName: clients.get(row.clientId)?.name ?? row.clientId,
      personId: row.personId,
      personName: row.personId === null ? '' : (people.get(row.personId)?.name ?? row.personId),
      status: row.status,
      channel: row.channel,
    };
  });
  return { invitees, counts };
}

/**
 * Page: the campaigns on a presentation, show, exhibition or fax; with `campaignId`, that campaign
 * with its invitees (client, person, status) and the count per status; the filter's choices.
 */
export function getEventCampaign(campaignId?: unknown): PageResult<EventPageData> {
  const t = currentTranslator();
  try {
    settleInterruptedWrites();
    const store = activeStore();
    const campaigns = readEventCampaigns(store).map(({ id, name, channel, date }) => ({
      id,
      name,
      channel,
      date,
    }));
    const base = {
      campaigns,
      choices: filterChoices(readSchemeClients(store)),
      faxGateway: readAnalysisSettings().outreach.faxGateway !== '',
      today: currentTeamView().today,
    };
    if (campaignId === undefined || campaignId === null || campaignId === '')
      return done('', {
        ...base,
        campaign: null,
        invitees: [],
        counts: { invited: 0, registered: 0, attended: 0, noShow: 0 },
      });
    const campaign = readEventCampaign(store, t, campaignId);
    if ('ok' in campaign) return campaign;
    return done('', { ...base, campaign, ...inviteeViews(store, campaign.id) });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
