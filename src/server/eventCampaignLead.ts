/**
 * A new lead met at a presentation, show or exhibition: the client is saved through the client
 * form's own save (records.saveRecord: the same validation, rights and duplicate warning), with the
 * campaign's channel as its lead source and the campaign as its campaign, so the lead-sources
 * analysis credits that campaign for sure; then, in one lock, the person met, an attended invitee
 * row, the contact at the event (done) and the follow-up scheme. Should that second step fail, the
 * answer carries the saved client's ID and the page sends it again with it (nothing is saved twice).
 */
import type { Translator } from '../core/i18n/translate';
import { isEventChannel } from '../core/outreach/eventInvites';
import { done, type FieldMessage, type PageResult, type Refusal, refused } from '../core/pageResult';
import { recordEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import type { DuplicateMatch } from '../core/tables/duplicates';
import { INVITEES_TABLE } from '../core/tables/inviteeTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { describeFieldError, validateRecord } from '../core/validation/recordValidation';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { settleInterruptedWrites, withDocumentLock } from '../gas/documentLock';
import type { TableStore } from '../gas/tableStore';
import { callerStamp, currentTeamView } from './access';
import {
  type EventCampaign,
  eventDay,
  readEventCampaign,
  readEventPeople,
  readInvitees,
  textOf,
} from './eventCampaignData';
import { followUpAttendees } from './eventCampaignFollowUp';
import { describeFailure } from './failures';
import { auditRun } from './importWrite';
import { currentTranslator } from './locale';
import { followNewPrimary } from './primaryPersonSync';
import { saveRecord } from './records';
import { type ClientOwners, checkNewRecord, clientOwnersOf } from './workAccess';

/** What a refused lead may carry: the likely duplicates of the client, or the client already saved. */
interface LeadRefusal {
  readonly duplicates?: readonly DuplicateMatch[];
  readonly clientId?: string;
}

/** What adding the lead did. */
interface LeadAdded {
  readonly clientId: string;
  readonly personId: string | null;
  readonly inviteeId: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `fields` with each field named under `prefix` (`person.name`), as the page's two forms tell them apart. */
const under = (prefix: string, fields: readonly FieldMessage[]) =>
  fields.map((field) => ({ field: `${prefix}.${field.field}`, message: field.message }));

/** The person's fields checked as the People form checks them (their client is the one to be saved). */
function checkPerson(
  t: Translator,
  person: unknown,
  clientId: string,
): { record: TableRecord } | null | Refusal {
  if (person === undefined || person === null) return null;
  if (!isObject(person))
    return refused(t('error.notAnObject'), [{ field: 'person', message: t('error.notAnObject') }]);
  if (Object.values(person).every((value) => value === null || value === '')) return null;
  const checked = validateRecord(PEOPLE_TABLE, { ...person, clientId }, 'create');
  if (checked.ok) return { record: checked.record };
  const errors = checked.errors.map((error) => ({
    field: error.field,
    message: describeFieldError(t, PEOPLE_TABLE, error),
  }));
  return refused(t('form.fixErrors'), under('person', errors));
}

/** The campaign, read afresh, when it is a presentation, show or exhibition; else the refusal. */
function eventCampaignOf(t: Translator, store: TableStore, campaignId: unknown): EventCampaign | Refusal {
  const campaign = readEventCampaign(store, t, campaignId);
  if ('ok' in campaign || isEventChannel(campaign.channel)) return campaign;
  const message = t('events.noLeads', { name: campaign.name });
  return refused(message, [{ field: 'campaignId', message }]);
}

/** Appends a new record of `table` after the rights check (its owner filled in), audited; its ID. */
function appendChecked(
  t: Translator,
  store: TableStore,
  owners: ClientOwners,
  table: TableSpec,
  record: TableRecord,
): string | Refusal {
  const allowed = checkNewRecord(t, owners, table, record);
  if (!allowed.ok) return allowed;
  const stamp = callerStamp(allowed.capacity);
  const written = store.append(table, allowed.record, stamp);
  if (table === PEOPLE_TABLE) {
    appendAudit(store, [recordEntry('create', table.key, written.id, allowed.record, stamp)], stamp);
    // The lead's first person is its primary one: the client's contact fields take theirs.
    followNewPrimary(store, stamp, allowed.record, []);
  }
  return written.id;
}

/** The person, the attended invitee, the contact at the event and the follow-up, inside one lock. */
function recordMeeting(
  t: Translator,
  campaignId: unknown,
  clientId: string,
  person: TableRecord | null,
): PageResult<LeadAdded, LeadRefusal> {
  return withDocumentLock(() => {
    const store = activeStore();
    const campaign = eventCampaignOf(t, store, campaignId);
    if ('ok' in campaign) return campaign;
    const client = store.findById(CLIENTS_TABLE, clientId);
    if (!client || textOf(client.record.campaignId) !== campaign.id)
      return refused(t('events.lead.notThisCampaign', { id: clientId.slice(0, 40) }));
    const owners = clientOwnersOf(store);
    const already = readInvitees(store, campaign.id).find((row) => row.clientId === clientId);
    if (already)
      return done(t('events.lead.already', { id: clientId }), {
        clientId,
        personId: already.personId,
        inviteeId: already.id,
      });
    let personId: string | null = null;
    if (person) {
      const hasPrimary = readEventPeople(store).some((p) => p.clientId === clientId && p.primary);
      const id = appendChecked(t, store, owners, PEOPLE_TABLE, {
        ...person,
        primary: hasPrimary ? 'no' : 'yes',
      });
      if (typeof id !== 'string') return id;
      personId = id;
    }
    const today = currentTeamView().today;
    const day = eventDay(campaign, today);
    const contact = {
      clientId,
      personId,
      plannedDate: day,
      channel: campaign.channel,
      purpose: t('events.purpose.met', { name: campaign.name }).slice(0, 200),
      status: 'done',
      doneDate: day,
    };
    const contactId = appendChecked(t, store, owners, CONTACT_PLAN_TABLE, contact);
    if (typeof contactId !== 'string') return contactId;
    const invitee = {
      campaignId: campaign.id,
      clientId,
      personId,
      status: 'attended',
      channel: campaign.channel,
      contactId,
    };
    const inviteeId = appendChecked(t, store, owners, INVITEES_TABLE, invitee);
    if (typeof inviteeId !== 'string') return inviteeId;
    const stamp = callerStamp();
    auditRun(store, stamp, {
      action: 'eventLead',
      table: INVITEES_TABLE.key,
      ids: [inviteeId],
      after: { campaignId: campaign.id, clientId, personId, contactId },
    });
    const owner = owners().get(clientId) ?? '';
    followUpAttendees(store, stamp, campaign, [{ clientId, owner }], today);
    return done(t('events.lead.added', { id: clientId, name: campaign.name }), {
      clientId,
      personId,
      inviteeId,
    });
  });
}

/**
 * Adds a lead met at the campaign (a presentation, show or exhibition): the client from `client`
 * (the Clients form's fields) with the campaign's channel as lead source and the campaign as its
 * campaign, the person met from `person` (the People form's fields; may be left empty), an attended
 * invitee row, the contact at the event, and the follow-up scheme. `options.allowDuplicate`: the
 * person saw the duplicate warning and saves anyway; `options.clientId`: the client saved by an
 * earlier attempt whose second step failed. Bad input: nothing is written, each field named.
 */
export function addLeadFromEvent(
  campaignId: unknown,
  client: unknown,
  person: unknown,
  options?: unknown,
): PageResult<LeadAdded, LeadRefusal> {
  const t = currentTranslator();
  const opts = isObject(options) ? options : {};
  try {
    settleInterruptedWrites();
    const campaign = eventCampaignOf(t, activeStore(), campaignId);
    if ('ok' in campaign) return campaign;
    const checkedPerson = checkPerson(t, person, 'C-000001');
    if (checkedPerson && !('record' in checkedPerson)) return checkedPerson;
    let clientId = typeof opts.clientId === 'string' ? opts.clientId.trim() : '';
    if (clientId === '') {
      if (!isObject(client))
        return refused(t('error.notAnObject'), [{ field: 'client', message: t('error.notAnObject') }]);
      const payload = { ...client, leadSource: campaign.channel, campaignId: campaign.id };
      const saved = saveRecord('clients', payload, { allowDuplicate: opts.allowDuplicate === true });
      if (!saved.ok) return { ...saved, fieldErrors: under('client', saved.fieldErrors) };
      clientId = saved.id;
    }
    const personRecord = checkedPerson ? { ...checkedPerson.record, clientId } : null;
    try {
      return recordMeeting(t, campaignId, clientId, personRecord);
    } catch (error) {
      return {
        ...refused(t('events.lead.partly', { id: clientId, reason: describeFailure(t, error) })),
        clientId,
      };
    }
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
