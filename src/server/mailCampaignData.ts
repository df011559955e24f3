/**
 * What a campaign's e-mail is made from, read in one go: the campaign and its template, the people
 * and clients, the team's names and the send log. And the checks every mail action makes first:
 * the campaign is an e-mail campaign the caller may send, the template has no problems, and the
 * caller is someone Google confirmed (an e-mail a person only declared could mail another
 * manager's clients from their own account).
 */
import type { MessageKey } from '../core/i18n/en';
import { isLocale, type Locale, type Translator, translatorFor } from '../core/i18n/translate';
import type { Recipient } from '../core/outreach/mailAudience';
import {
  firstNameOf,
  type MailTemplate,
  type MergeData,
  type TemplateProblem,
} from '../core/outreach/mailMerge';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { SEND_LOG_TABLE } from '../core/tables/sendLogTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { CAMPAIGNS_TABLE } from '../core/tables/workTables';
import type { Caller } from '../core/team/caller';
import { activeMember, emailKey, type TeamMember } from '../core/team/members';
import { workCapacity } from '../core/team/workRights';
import { UserFacingError } from '../core/userError';
import { remainingMailQuota } from '../gas/mail';
import type { TableStore } from '../gas/tableStore';

/** A campaign that may be e-mailed by the caller, with its template. */
export interface MailCampaign {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly template: MailTemplate;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/**
 * How many more recipients the running user may mail today; said plainly when Sheets never gave
 * Suki the permission to send e-mail as them (it asks for it the first time they use it).
 */
export function quotaLeft(): number {
  try {
    return remainingMailQuota();
  } catch (error) {
    if (/permission|authori[sz]ation/i.test(error instanceof Error ? error.message : String(error)))
      throw new UserFacingError('mail.error.noPermission');
    throw error;
  }
}

/** Refuses an identity Google did not confirm: mail goes from the account that runs Suki. */
export function assertMaySendMail(caller: Caller): void {
  if (caller.source === 'declared') throw new UserFacingError('mail.error.unverified');
}

/** Why the caller may not e-mail the campaign `record`, or null when they may. */
export function campaignRefusal(record: TableRecord, caller: Caller): UserFacingError | null {
  const name = text(record.name);
  if (isArchived(record)) return new UserFacingError('mail.error.noCampaign', { id: text(record.id) });
  if (record.channel !== 'email') return new UserFacingError('mail.error.notEmail', { name });
  if (record.status === 'cancelled') return new UserFacingError('mail.error.cancelled', { name });
  const owner = emailKey(record.owner);
  if (!workCapacity(caller, [owner])) {
    return new UserFacingError('mail.error.notYourCampaign', { name, owner: owner || '—' });
  }
  return null;
}

/**
 * The campaign `campaignId` as the caller may e-mail it: it exists and is not archived, its channel
 * is e-mail, it is not cancelled, and it is the caller's (or an absent manager's they cover, or
 * any for a head). Else a UserFacingError naming the campaign.
 */
export function campaignForMail(store: TableStore, campaignId: unknown, caller: Caller): MailCampaign {
  const id = typeof campaignId === 'string' ? campaignId.trim() : '';
  if (id === '' || id.length > 40)
    throw new UserFacingError('mail.error.noCampaign', { id: String(campaignId) });
  const found = store.findById(CAMPAIGNS_TABLE, id);
  if (!found) throw new UserFacingError('mail.error.noCampaign', { id });
  const refusal = campaignRefusal(found.record, caller);
  if (refusal) throw refusal;
  const record = found.record;
  return {
    id,
    name: text(record.name),
    owner: emailKey(record.owner),
    template: { subject: text(record.mailSubject), body: String(record.mailBody ?? '') },
  };
}

const PROBLEM_KEYS: Readonly<Record<TemplateProblem['kind'], MessageKey>> = {
  unknownField: 'mail.error.unknownField',
  unclosed: 'mail.error.unclosedField',
  empty: 'mail.error.emptyTemplate',
  tooLong: 'mail.error.templateTooLong',
};

/** A template problem as an error in the person's words, naming the part (subject, body) and the field. */
export function templateProblemError(problem: TemplateProblem): UserFacingError {
  return new UserFacingError(PROBLEM_KEYS[problem.kind], (t: Translator) => {
    const part = t(problem.part === 'subject' ? 'col.campaign.mailSubject' : 'col.campaign.mailBody');
    const params: Record<string, string | number> = { part };
    if (problem.kind === 'unknownField') params.field = `{{${problem.field}}}`;
    if (problem.kind === 'unclosed') params.near = problem.near;
    if (problem.kind === 'tooLong') params.max = problem.max;
    return params;
  });
}

/** A template problem said in the language of `t`. */
export function describeTemplateProblem(t: Translator, problem: TemplateProblem): string {
  return templateProblemError(problem).describe(t);
}

/** The records a campaign's e-mail is made from, each table read once. */
export interface MailBook {
  readonly people: readonly TableRecord[];
  readonly clients: readonly TableRecord[];
  readonly log: readonly TableRecord[];
  readonly team: readonly TeamMember[];
  readonly personById: ReadonlyMap<string, TableRecord>;
  readonly clientById: ReadonlyMap<string, TableRecord>;
}

const records = (store: TableStore, table: typeof PEOPLE_TABLE) =>
  store.readAll(table).map(({ record }) => record);

/** Reads the people, the clients and the send log once each. */
export function readMailBook(store: TableStore, team: readonly TeamMember[]): MailBook {
  const people = records(store, PEOPLE_TABLE);
  const clients = records(store, CLIENTS_TABLE);
  const log = records(store, SEND_LOG_TABLE);
  const byId = (rows: readonly TableRecord[]) => new Map(rows.map((row) => [text(row.id), row]));
  return { people, clients, log, team, personById: byId(people), clientById: byId(clients) };
}

/** Whether `caller` may mail the people of a client owned by `owner` (a head: anyone's). */
export function mayMailOwner(caller: Caller): (owner: string) => boolean {
  return (owner) => workCapacity(caller, [owner]) !== null;
}

/** A team member's name, else the e-mail itself. */
export function memberName(team: readonly TeamMember[], email: string): string {
  return activeMember(team, email)?.name || email;
}

/** The values of every merge field for one recipient. */
export function mergeDataFor(
  book: MailBook,
  recipient: Pick<Recipient, 'personId' | 'clientId'>,
  campaign: MailCampaign,
  sender: string,
): MergeData {
  const person = book.personById.get(recipient.personId) ?? {};
  const client = book.clientById.get(recipient.clientId) ?? {};
  const name = text(person.name);
  return {
    'person.name': name,
    'person.firstName': firstNameOf(name),
    'person.position': text(person.position),
    'person.email': text(person.email),
    'client.name': text(client.name),
    'client.segment': text(client.segment),
    'client.industry': text(client.industry),
    'client.region': text(client.region),
    'client.owner': memberName(book.team, emailKey(client.owner)),
    'campaign.name': campaign.name,
    'sender.name': memberName(book.team, sender),
  };
}

/** The language a person is written to in: theirs when the People sheet says, else the sender's. */
export function readerLocale(person: TableRecord | undefined, fallback: Locale): Locale {
  const language = person?.language;
  return isLocale(language) ? language : fallback;
}

/** The opt-out line every message ends with, in the reader's language. */
export function optOutLine(locale: Locale, senderName: string): string {
  return translatorFor(locale)('mail.optOutLine', { sender: senderName });
}
