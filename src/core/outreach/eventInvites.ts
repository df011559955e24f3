/**
 * Inviting clients to a presentation, show or exhibition (or a fax campaign): whom at each client,
 * who is left out and why, and what marking attendance does to the invitation's contact-plan row.
 * Pure: the server reads the tables, checks the caller's rights and writes.
 *
 * Opting out: the People table's opt-out is about mail. A fax is marketing sent to a company's
 * machine, so Suki applies the safer reading: a person opted out (on their record, or any record with
 * their e-mail) is never faxed. An invitation in person or by phone (the event's own channel) is not
 * mail, and an opted-out person may be invited that way.
 */
import type { CONTACT_CHANNELS } from '../tables/workTables';

/** The campaign channels whose invitees attend: attendance is marked and leads are met there. */
const EVENT_CHANNELS = ['presentation', 'show', 'exhibition'] as const;
/** The campaign channels this page works with: the events, and fax campaigns. */
export const INVITE_CAMPAIGN_CHANNELS = [...EVENT_CHANNELS, 'fax'] as const;
/** Whom at each client is invited. */
export const PERSON_CHOICES = ['primary', 'decisionMakers'] as const;

type EventChannel = (typeof EVENT_CHANNELS)[number];
export type InviteChannel = (typeof CONTACT_CHANNELS)[number];
export type PersonChoice = (typeof PERSON_CHOICES)[number];

/** Whether a campaign's channel has attendees (a presentation, show or exhibition). */
export function isEventChannel(channel: unknown): channel is EventChannel {
  return (EVENT_CHANNELS as readonly unknown[]).includes(channel);
}

/** A client to invite, as the server read it (the caller may work on it). */
export interface InviteClient {
  readonly id: string;
  readonly owner: string;
  /** The client's fax number as typed; '' when none. */
  readonly fax: string;
}

/** A person at a client, as inviting reads them. */
export interface InvitePerson {
  readonly id: string;
  readonly clientId: string;
  readonly primary: boolean;
  readonly decisionMaker: boolean;
  /** Still at the client (a person who left is never invited). */
  readonly active: boolean;
  /** Opted out of mail, on this record or any record with the same e-mail. */
  readonly optedOut: boolean;
}

/** An invitee already on the campaign. */
interface CurrentInvitee {
  readonly clientId: string;
  readonly personId: string | null;
}

/** Why a client or person gets no invitation now. */
type InviteSkip = 'alreadyInvited' | 'optedOut' | 'noFax';

/** One invitation to write: an invitee row and its contact-plan row. */
export interface PlannedInvite {
  readonly clientId: string;
  readonly personId: string | null;
  readonly owner: string;
}

/** What inviting does: the invitations, and how many were left out for each reason. */
interface InvitePlan {
  readonly invites: readonly PlannedInvite[];
  readonly skipped: Readonly<Record<InviteSkip, number>>;
}

/** The people of each client, active ones only. */
function activePeopleByClient(people: readonly InvitePerson[]): Map<string, InvitePerson[]> {
  const byClient = new Map<string, InvitePerson[]>();
  for (const person of people) {
    if (!person.active) continue;
    const list = byClient.get(person.clientId) ?? [];
    list.push(person);
    byClient.set(person.clientId, list);
  }
  return byClient;
}

/**
 * The people `choice` picks at a client: `primary` is the primary person, else the first decision
 * maker, else the first person; `decisionMakers` every decision maker, else as `primary`. Empty when
 * the client has no one recorded (the client itself is invited).
 * @forTests
 */
export function peopleToInvite(people: readonly InvitePerson[], choice: PersonChoice): InvitePerson[] {
  const deciders = people.filter((person) => person.decisionMaker);
  if (choice === 'decisionMakers' && deciders.length > 0) return deciders;
  const first = people.find((person) => person.primary) ?? deciders[0] ?? people[0];
  return first ? [first] : [];
}

/**
 * The invitations to `clients` by `channel`: for each client, the people `choice` picks (or the
 * client alone when it has no one), leaving out anyone already invited (a client invited as a whole
 * counts for all its people), for fax a client with no fax number and an opted-out person. A client
 * listed twice is invited once.
 */
export function planInvitations(input: {
  readonly clients: readonly InviteClient[];
  readonly people: readonly InvitePerson[];
  readonly invitees: readonly CurrentInvitee[];
  readonly channel: InviteChannel;
  readonly choice: PersonChoice;
}): InvitePlan {
  const skipped: Record<InviteSkip, number> = { alreadyInvited: 0, optedOut: 0, noFax: 0 };
  const invitedPeople = new Set<string>();
  const wholeClients = new Set<string>();
  const anyInvitee = new Set<string>();
  for (const invitee of input.invitees) {
    anyInvitee.add(invitee.clientId);
    if (invitee.personId === null) wholeClients.add(invitee.clientId);
    else invitedPeople.add(invitee.personId);
  }
  const byClient = activePeopleByClient(input.people);
  const invites: PlannedInvite[] = [];
  const seen = new Set<string>();
  for (const client of input.clients) {
    if (seen.has(client.id)) continue;
    seen.add(client.id);
    if (wholeClients.has(client.id)) {
      skipped.alreadyInvited++;
      continue;
    }
    if (input.channel === 'fax' && client.fax.replace(/\D/g, '') === '') {
      skipped.noFax++;
      continue;
    }
    const chosen = peopleToInvite(byClient.get(client.id) ?? [], input.choice);
    if (chosen.length === 0) {
      if (anyInvitee.has(client.id)) skipped.alreadyInvited++;
      else invites.push({ clientId: client.id, personId: null, owner: client.owner });
      continue;
    }
    for (const person of chosen) {
      if (invitedPeople.has(person.id)) skipped.alreadyInvited++;
      else if (input.channel === 'fax' && person.optedOut) skipped.optedOut++;
      else invites.push({ clientId: client.id, personId: person.id, owner: client.owner });
    }
  }
  return { invites, skipped };
}

/** An invitee's status. */
export type InviteeStatus = 'invited' | 'registered' | 'attended' | 'noShow';

/** What an invitee's status makes of the invitation's contact-plan row. */
export type ContactAfterMark = 'planned' | 'done' | 'missed';

/**
 * The invitation's contact row for a status: done for an attendee (the server dates it on the
 * event's day), missed for a no-show, planned again for invited or registered (a mark undone).
 */
function contactAfterMark(status: InviteeStatus): ContactAfterMark {
  if (status === 'attended') return 'done';
  if (status === 'noShow') return 'missed';
  return 'planned';
}

/** The invitation's contact-plan row as attendance finds it. */
export interface InvitationContact {
  /** Its status as the sheet holds it (planned, done, missed, cancelled, or what a person typed). */
  readonly status: string;
  /** Its Outcome, trimmed ('' when blank): attendance never writes one, a person logging does. */
  readonly outcome: string;
}

/**
 * What marking an invitee `mark` (their status now `current`) does to the invitation's contact row:
 * the status to give it, `null` when it already has it, or `'logged'` when someone else settled it.
 * Decided from the row itself, not from whether the invitee's status changes, so saving the marks
 * again finishes a save cut off anywhere. A planned row takes the mark; a done or
 * missed row moves only when the attendance set it (the invitee's current status accounts for it
 * and no one wrote an outcome on it): a row a person logged (in My day, by hand, a fax sent) or
 * cancelled is theirs, never reopened nor overwritten.
 */
export function invitationContactChange(
  mark: InviteeStatus,
  current: InviteeStatus,
  contact: InvitationContact,
): ContactAfterMark | 'logged' | null {
  const target = contactAfterMark(mark);
  if (contact.status === target) return null;
  if (contact.status === 'planned') return target;
  const setByAttendance =
    (contact.status === 'done' || contact.status === 'missed') &&
    contact.status === contactAfterMark(current) &&
    contact.outcome === '';
  return setByAttendance ? target : 'logged';
}
