/**
 * Presentations, shows, exhibitions and fax campaigns (issue #13): inviting clients (the page's
 * data: eventCampaignPage.ts). Inviting writes one invitee row and one contact-plan row per person invited, each table in
 * one block append inside the document lock (journalled: all or nothing), with one audit entry; an
 * invitee already on the campaign is not invited twice, and a manager invites only the people of
 * their own clients and of those they cover (another manager's are counted, not written). Attendance,
 * leads and fax pages: eventCampaignAttendance.ts, eventCampaignLead.ts, eventCampaignFax.ts.
 */
import type { Translator } from '../core/i18n/translate';
import {
  type InviteChannel,
  type InviteClient,
  isEventChannel,
  PERSON_CHOICES,
  type PersonChoice,
  type PlannedInvite,
  planInvitations,
} from '../core/outreach/eventInvites';
import { done, type PageResult, type Refusal, refused } from '../core/pageResult';
import { INVITEES_TABLE } from '../core/tables/inviteeTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { activeMember } from '../core/team/members';
import { workCapacity } from '../core/team/workRights';
import { activeStore } from '../gas/activeDocument';
import { withDocumentLock } from '../gas/documentLock';
import type { TableReader } from '../gas/tableReader';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { callerStamp, currentCaller, currentTeamView } from './access';
import {
  type EventCampaign,
  readEventCampaign,
  readEventClients,
  readEventPeople,
  readInvitees,
} from './eventCampaignData';
import { describeFailure } from './failures';
import { appendInBlocks, auditRun } from './importWrite';
import { currentTranslator } from './locale';
import { readSchemeClients } from './schemesData';
import { filterAccepts, readFilter, type SchemeFilter } from './schemesFilter';

/** A checked invitation request: whom (the filter), whom at each client, by which channel. */
interface InviteRequest {
  readonly filter: SchemeFilter;
  readonly choice: PersonChoice;
}

/** The request the page sent, checked by field. */
function readInviteRequest(t: Translator, request: unknown): InviteRequest | Refusal {
  const source = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const filter = readFilter(source.filter, t);
  if ('ok' in filter) return filter;
  const choice = PERSON_CHOICES.find((c) => c === (source.personChoice ?? 'primary'));
  if (!choice) {
    const message = t('events.badPersonChoice');
    return refused(message, [{ field: 'personChoice', message }]);
  }
  return { filter, choice };
}

/** The channel an invitation goes by: the event's own, or fax (a fax campaign's only). */
function readChannel(t: Translator, campaign: EventCampaign, channel: unknown): InviteChannel | Refusal {
  const wanted = channel === undefined || channel === null || channel === '' ? campaign.channel : channel;
  if (wanted === 'fax') return 'fax';
  if (isEventChannel(campaign.channel) && wanted === campaign.channel) return campaign.channel;
  const message = t('events.badChannel', { channel: String(wanted).slice(0, 40) });
  return refused(message, [{ field: 'channel', message }]);
}

/** The figures of an invitation run, for the answer and the audit entry. */
interface InviteSummary {
  readonly matched: number;
  readonly invited: number;
  readonly alreadyInvited: number;
  readonly notYours: number;
  readonly optedOut: number;
  readonly noFax: number;
}

/** The clients the filter picks that the caller may work on (with their owner), and those they may not. */
function workableClients(
  store: TableReader,
  filter: SchemeFilter,
  faxes: ReadonlyMap<string, { readonly fax: string }>,
) {
  const caller = currentCaller();
  const { team } = currentTeamView();
  const clients: InviteClient[] = [];
  const deputyFor = new Set<string>();
  let matched = 0;
  let notYours = 0;
  for (const client of readSchemeClients(store)) {
    if (!filterAccepts(filter, client)) continue;
    matched++;
    const right = workCapacity(caller, [client.owner]);
    // A client nobody owns is a head's to give: its invitation is the head's until then.
    const owner = client.owner || (right?.kind === 'head' ? caller.email : '');
    if (!right || !activeMember(team, owner)) notYours++;
    else {
      if (right.kind === 'deputy') deputyFor.add(right.forManager);
      clients.push({ id: client.id, owner, fax: faxes.get(client.id)?.fax ?? '' });
    }
  }
  return { clients, matched, notYours, deputyFor: [...deputyFor] };
}

/** The stamp of a run: the caller, and the managers whose clients they worked as a deputy. */
function runStamp(deputyFor: readonly string[]): WriteStamp {
  const stamp = callerStamp();
  const deputy = deputyFor.length > 0 ? `deputy for ${deputyFor.join(', ')}` : '';
  return { ...stamp, as: [stamp.as ?? '', deputy].filter((part) => part !== '').join('; ') };
}

/** The summary in a line, in the person's words. */
function summaryLine(t: Translator, summary: InviteSummary): string {
  const parts = [t('events.invite.new', { count: summary.invited })];
  if (summary.alreadyInvited > 0) parts.push(t('events.invite.already', { count: summary.alreadyInvited }));
  if (summary.notYours > 0) parts.push(t('events.invite.notYours', { count: summary.notYours }));
  if (summary.optedOut > 0) parts.push(t('events.invite.optedOut', { count: summary.optedOut }));
  if (summary.noFax > 0) parts.push(t('events.invite.noFax', { count: summary.noFax }));
  return t('events.invite.line', { count: summary.matched, parts: parts.join(', ') });
}

/** What one run writes: a planned contact, then an invitee naming it, per invitation. */
interface InvitationRun {
  readonly campaign: EventCampaign;
  readonly by: InviteChannel;
  readonly invites: readonly PlannedInvite[];
}

/**
 * Appends the run's contact-plan rows (planned on the event's date, today for fax or a past event),
 * then its invitee rows, each table in one block append; the invitees' IDs and the contacts' range.
 */
function writeInvitations(
  t: Translator,
  store: TableStore,
  stamp: WriteStamp,
  run: InvitationRun,
): { invitees: string[]; contacts: string } {
  const { campaign, by, invites } = run;
  const today = currentTeamView().today;
  const planned = by === 'fax' || campaign.date === null || campaign.date < today ? today : campaign.date;
  const purpose = t('events.purpose.invitation', { name: campaign.name }).slice(0, 200);
  const contacts = invites.map(
    (invite): TableRecord => ({
      clientId: invite.clientId,
      personId: invite.personId,
      plannedDate: planned,
      channel: by,
      purpose,
      owner: invite.owner,
      status: 'planned',
    }),
  );
  const contactIds = appendInBlocks(store, CONTACT_PLAN_TABLE, contacts, stamp);
  const invitees = invites.map(
    (invite, i): TableRecord => ({
      campaignId: campaign.id,
      clientId: invite.clientId,
      personId: invite.personId,
      status: 'invited',
      channel: by,
      contactId: contactIds[i] ?? null,
    }),
  );
  const ids = appendInBlocks(store, INVITEES_TABLE, invitees, stamp);
  return { invitees: ids, contacts: `${contactIds[0]} … ${contactIds[contactIds.length - 1]}` };
}

/**
 * Invites the people at the clients `request.filter` picks (`personChoice`: the primary person, or
 * every decision maker) to the campaign by `channel` (the event's own, or fax): an invitee row and a
 * contact-plan row each (planned on the event's date, today for fax), each table in one block append,
 * one audit entry. Already invited, not the caller's, opted out (fax) or without a fax number: counted.
 */
export function inviteToCampaign(
  campaignId: unknown,
  request: unknown,
  channel?: unknown,
): PageResult<{ summary: InviteSummary; line: string }> {
  const t = currentTranslator();
  const checked = readInviteRequest(t, request);
  if ('ok' in checked) return checked;
  try {
    return withDocumentLock(() => {
      const store = activeStore();
      const campaign = readEventCampaign(store, t, campaignId);
      if ('ok' in campaign) return campaign;
      const by = readChannel(t, campaign, channel);
      if (typeof by !== 'string') return by;
      const work = workableClients(store, checked.filter, readEventClients(store));
      const plan = planInvitations({
        clients: work.clients,
        people: readEventPeople(store),
        invitees: readInvitees(store, campaign.id),
        channel: by,
        choice: checked.choice,
      });
      const summary = {
        matched: work.matched,
        invited: plan.invites.length,
        notYours: work.notYours,
        ...plan.skipped,
      };
      const line = summaryLine(t, summary);
      if (plan.invites.length === 0) return done(t('events.invite.none', { line }), { summary, line });
      const stamp = runStamp(work.deputyFor);
      const ids = writeInvitations(t, store, stamp, { campaign, by, invites: plan.invites });
      auditRun(store, stamp, {
        action: 'invite',
        table: INVITEES_TABLE.key,
        ids: ids.invitees,
        after: {
          campaignId: campaign.id,
          channel: by,
          contacts: ids.contacts,
          ...summary,
          filter: checked.filter,
        },
      });
      const count = ids.invitees.length;
      return done(t('events.invited', { count, name: campaign.name }), { summary, line });
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
