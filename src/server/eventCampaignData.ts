/**
 * What the event and fax campaign actions read, each table once and in a fixed number of service
 * calls whatever its rows: the campaign by ID, the campaigns the page offers, the campaign's
 * invitees, the people at the clients (with the workbook's opt-outs), and the clients' fax numbers.
 */
import { parseIsoDay } from '../core/analysis/days';
import type { Translator } from '../core/i18n/translate';
import {
  INVITE_CAMPAIGN_CHANNELS,
  type InviteeStatus,
  type InvitePerson,
} from '../core/outreach/eventInvites';
import { optedOutAddresses } from '../core/outreach/mailAudience';
import { isOptedOut } from '../core/outreach/optOut';
import { type Refusal, refused } from '../core/pageResult';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { INVITEE_STATUSES, INVITEES_TABLE } from '../core/tables/inviteeTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { CAMPAIGNS_TABLE } from '../core/tables/workTables';
import { emailKey } from '../core/team/members';
import type { TableReader } from '../gas/tableReader';

/** The channel of a campaign this page works with. */
type InviteCampaignChannel = (typeof INVITE_CAMPAIGN_CHANNELS)[number];

/** A campaign as the event page uses it. */
export interface EventCampaign {
  readonly id: string;
  readonly name: string;
  readonly channel: InviteCampaignChannel;
  /** The campaign's date, ISO; null when it has none. */
  readonly date: string | null;
  readonly status: string;
  /** The interaction scheme an attendee is put on; '' for none. */
  readonly followUpScheme: string;
  /** The invitation's template (the campaign's e-mail columns, when filled). */
  readonly subject: string;
  readonly body: string;
}

/** A record's field as trimmed text ('' when blank). */
export const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

const isInviteChannel = (value: string): value is InviteCampaignChannel =>
  (INVITE_CAMPAIGN_CHANNELS as readonly string[]).includes(value);

/** The campaign record as the page uses it, or null when its channel is not one of this page's. */
function campaignOf(record: TableRecord): EventCampaign | null {
  const channel = textOf(record.channel);
  if (!isInviteChannel(channel)) return null;
  const date = textOf(record.date);
  return {
    id: textOf(record.id),
    name: textOf(record.name),
    channel,
    date: parseIsoDay(date) === null ? null : date,
    status: textOf(record.status) || 'planned',
    followUpScheme: textOf(record.followUpScheme),
    subject: textOf(record.mailSubject),
    body: typeof record.mailBody === 'string' ? record.mailBody : '',
  };
}

/**
 * The campaign `campaignId` names (the ID row and the campaign's row), or the refusal naming the
 * field: no such campaign, archived, or on a channel without invitees (e-mail has its own page).
 */
export function readEventCampaign(
  store: TableReader,
  t: Translator,
  campaignId: unknown,
): EventCampaign | Refusal {
  const id = typeof campaignId === 'string' ? campaignId.trim() : '';
  const found = id === '' || id.length > 40 ? null : store.findById(CAMPAIGNS_TABLE, id);
  const campaign = found && !isArchived(found.record) ? campaignOf(found.record) : null;
  if (!found || isArchived(found.record)) {
    const message = t('events.noCampaign', { id: id.slice(0, 40) });
    return refused(message, [{ field: 'campaignId', message }]);
  }
  if (!campaign) {
    const message = t('events.notEventCampaign', { name: textOf(found.record.name) });
    return refused(message, [{ field: 'campaignId', message }]);
  }
  return campaign;
}

/** The campaigns the page offers: every one on a presentation, show, exhibition or fax, newest first. */
export function readEventCampaigns(store: TableReader): EventCampaign[] {
  const keys = ['id', 'name', 'channel', 'date', 'status', 'archivedAt'];
  const campaigns: EventCampaign[] = [];
  for (const record of store.readColumns(CAMPAIGNS_TABLE, keys)) {
    if (textOf(record.id) === '' || isArchived(record)) continue;
    const campaign = campaignOf(record);
    if (campaign) campaigns.push(campaign);
  }
  return campaigns.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

/** An invitee of a campaign as read. */
export interface InviteeRow {
  readonly id: string;
  readonly clientId: string;
  readonly personId: string | null;
  readonly status: InviteeStatus;
  readonly channel: string;
  readonly contactId: string | null;
}

/** The campaign's invitees, archived ones left out (one read of the whole block). */
export function readInvitees(store: TableReader, campaignId: string): InviteeRow[] {
  const rows: InviteeRow[] = [];
  for (const { record } of store.readAll(INVITEES_TABLE)) {
    if (isArchived(record) || textOf(record.campaignId) !== campaignId || textOf(record.id) === '') continue;
    const status = INVITEE_STATUSES.find((s) => s === record.status) ?? 'invited';
    rows.push({
      id: textOf(record.id),
      clientId: textOf(record.clientId),
      personId: textOf(record.personId) || null,
      status,
      channel: textOf(record.channel),
      contactId: textOf(record.contactId) || null,
    });
  }
  return rows;
}

/** A person at a client, with what the page shows of them. */
interface EventPerson extends InvitePerson {
  readonly name: string;
  readonly position: string;
  readonly email: string;
}

/**
 * The People table read once, archived rows left out. Opting out is the workbook's, read as e-mail
 * reads it: a person is opted out when their record says so or any record with their e-mail does,
 * archived records too (core/outreach/optOut.ts, mailAudience.optedOutAddresses).
 */
export function readEventPeople(store: TableReader): EventPerson[] {
  const all = store.readAll(PEOPLE_TABLE).map(({ record }) => record);
  const optedOutEmails = optedOutAddresses(all);
  const records = all.filter((record) => !isArchived(record));
  const people: EventPerson[] = [];
  for (const record of records) {
    const id = textOf(record.id);
    const clientId = textOf(record.clientId);
    if (id === '' || clientId === '') continue;
    const email = textOf(record.email);
    people.push({
      id,
      clientId,
      name: textOf(record.name),
      position: textOf(record.position),
      email,
      primary: record.primary === 'yes',
      decisionMaker: record.buyingRole === 'decisionMaker',
      active: record.status !== 'left',
      optedOut: isOptedOut(record.optedOut) || optedOutEmails.has(emailKey(email)),
    });
  }
  return people;
}

/** A client as the fax pages and the invitee list show it. */
interface EventClient {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly fax: string;
  readonly segment: string;
  readonly industry: string;
  readonly region: string;
}

/** The clients not archived, by ID, with the fields the pages show (one read per column). */
export function readEventClients(store: TableReader): Map<string, EventClient> {
  const keys = ['id', 'name', 'owner', 'fax', 'segment', 'industry', 'region', 'archivedAt'];
  const clients = new Map<string, EventClient>();
  for (const record of store.readColumns(CLIENTS_TABLE, keys)) {
    const id = textOf(record.id);
    if (id === '' || isArchived(record)) continue;
    clients.set(id, {
      id,
      name: textOf(record.name),
      owner: emailKey(record.owner),
      fax: textOf(record.fax),
      segment: textOf(record.segment),
      industry: textOf(record.industry),
      region: textOf(record.region),
    });
  }
  return clients;
}

/** The day a contact at the event counts as done: the event's date, or today when it is later or unknown. */
export function eventDay(campaign: EventCampaign, today: string): string {
  return campaign.date !== null && campaign.date <= today ? campaign.date : today;
}
