/**
 * Who a campaign's e-mail goes to: the people at the clients a filter picks (segment, tier, ABC
 * class, status, owner, reliability band; the person's buying role), one message per e-mail
 * address (compared case-blind), each person skipped with the reason when they must not be mailed.
 * The caller's rights come first: a filter only narrows what the caller may mail, never widens it.
 *
 * Opting out is the workbook's, not the sender's: an address is opted out when any person record
 * with it says so (archived, at another client, another manager's), and then nobody mails it.
 */
import { CLIENT_STATUSES, CLIENT_TIERS, isArchived, RELIABILITY_BANDS } from '../tables/clientsTable';
import { PEOPLE_TABLE } from '../tables/peopleTable';
import { recordIdNumber } from '../tables/recordIds';
import { columnOf, type TableRecord } from '../tables/tableSpec';
import { emailKey } from '../team/members';
import { isEmailAddress } from '../validation/columnSchema';
import { isOptedOut } from './optOut';

/** The fields an audience filter may use. */
export const FILTER_FIELDS = [
  'segment',
  'tier',
  'abcClass',
  'status',
  'owner',
  'reliabilityBand',
  'buyingRole',
] as const;

/** One filter field. */
export type FilterField = (typeof FILTER_FIELDS)[number];

/** For each field used, the values accepted (any of them); a field left out accepts everything. */
export type MailFilter = Partial<Record<FilterField, readonly string[]>>;

/** Why a person at a picked client gets no message. */
type SkipReason = 'optedOut' | 'left' | 'noEmail' | 'invalidEmail' | 'sameAddress' | 'alreadySent';

/** Who a message goes to: the address (as typed), its comparison key and the records behind it. */
export interface Recipient {
  readonly key: string;
  readonly email: string;
  readonly personId: string;
  readonly clientId: string;
  readonly name: string;
}

/** A person who is not mailed, and why. */
interface SkippedPerson extends Recipient {
  readonly reason: SkipReason;
}

/** The audience of a filter. */
export interface Audience {
  readonly recipients: readonly Recipient[];
  readonly skipped: readonly SkippedPerson[];
  /** People at clients the filter picked that the caller may not mail (another manager's). */
  readonly notYours: number;
}

/** What the audience is computed from. @forTests The audience tests build it by hand. */
export interface AudienceInputs {
  readonly people: readonly TableRecord[];
  readonly clients: readonly TableRecord[];
  /** Whether the caller may mail the people of a client with this owner. */
  readonly mayMail: (clientOwner: string) => boolean;
  /** Addresses (keys) an earlier send of this campaign mailed, or may have: never mailed again. */
  readonly alreadyMailed: ReadonlySet<string>;
}

/** A filter refused, naming the field and the value. */
interface FilterProblem {
  readonly field: string;
  readonly value: string;
  readonly kind: 'unknownField' | 'notAList' | 'badValue';
}

const CHOICES: Partial<Record<FilterField, readonly string[]>> = {
  tier: CLIENT_TIERS,
  status: CLIENT_STATUSES,
  abcClass: ['A', 'B', 'C'],
  reliabilityBand: RELIABILITY_BANDS,
  buyingRole: columnOf(PEOPLE_TABLE, 'buyingRole').choices ?? [],
};
const MAX_VALUES = 100;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());
const fold = (value: unknown): string => text(value).toLowerCase();

function isFilterField(key: string): key is FilterField {
  return (FILTER_FIELDS as readonly string[]).includes(key);
}

/** One field's values as given, or the problem with them. */
function filterValues(field: FilterField, raw: unknown): readonly string[] | FilterProblem {
  if (!Array.isArray(raw) || raw.length > MAX_VALUES)
    return { field, value: String(raw).slice(0, 40), kind: 'notAList' };
  const values: string[] = [];
  for (const item of raw) {
    const value = typeof item === 'string' ? item.trim() : '';
    const allowed = CHOICES[field];
    const bad =
      value === '' ||
      value.length > 254 ||
      (allowed !== undefined && !allowed.includes(value)) ||
      (field === 'owner' && !isEmailAddress(value));
    if (bad) return { field, value: String(item).slice(0, 40), kind: 'badValue' };
    values.push(field === 'owner' ? emailKey(value) : value);
  }
  return values;
}

/**
 * The filter a page sent, checked: an object whose keys are filter fields and whose values are
 * lists of accepted values (choices by their stable key, owners as e-mail addresses). Anything
 * else is refused naming the field, so nothing is sent to an audience nobody meant.
 */
export function readMailFilter(
  input: unknown,
): { ok: true; filter: MailFilter } | ({ ok: false } & FilterProblem) {
  if (input === null || input === undefined) return { ok: true, filter: {} };
  if (typeof input !== 'object' || Array.isArray(input))
    return { ok: false, field: 'filter', value: String(input).slice(0, 40), kind: 'notAList' };
  const filter: Partial<Record<FilterField, readonly string[]>> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (!isFilterField(key)) return { ok: false, field: key.slice(0, 40), value: '', kind: 'unknownField' };
    const values = filterValues(key, raw);
    if (!Array.isArray(values)) return { ok: false, ...(values as FilterProblem) };
    if (values.length > 0) filter[key] = values;
  }
  return { ok: true, filter };
}

/** Whether `value` is among `accepted` (case-blind), or the field is not filtered. */
function accepts(accepted: readonly string[] | undefined, value: unknown): boolean {
  if (!accepted) return true;
  const folded = fold(value);
  return accepted.some((candidate) => candidate.toLowerCase() === folded);
}

/** Whether a client passes the client-level fields of the filter. */
function clientMatches(filter: MailFilter, client: TableRecord): boolean {
  return (
    accepts(filter.segment, client.segment) &&
    accepts(filter.tier, client.tier) &&
    accepts(filter.abcClass, client.abcClass) &&
    accepts(filter.status, client.status) &&
    accepts(filter.owner, emailKey(client.owner)) &&
    accepts(filter.reliabilityBand, client.reliabilityBand)
  );
}

/** Every address some person record opted out of mail (the workbook's one list; see optOut.ts). */
export function optedOutAddresses(people: readonly TableRecord[]): Set<string> {
  const out = new Set<string>();
  for (const person of people)
    if (isOptedOut(person.optedOut) && emailKey(person.email)) out.add(emailKey(person.email));
  return out;
}

const idOrder = (a: TableRecord, b: TableRecord) =>
  (recordIdNumber(PEOPLE_TABLE.idPrefix, a.id) ?? 0) - (recordIdNumber(PEOPLE_TABLE.idPrefix, b.id) ?? 0);

/** Why a person who passed the filter is not mailed, or null when they are. */
function skipReason(
  person: TableRecord,
  optedOut: ReadonlySet<string>,
  inputs: AudienceInputs,
  taken: ReadonlySet<string>,
): SkipReason | null {
  const key = emailKey(person.email);
  if (key === '') return 'noEmail';
  if (!isEmailAddress(text(person.email))) return 'invalidEmail';
  if (optedOut.has(key)) return 'optedOut';
  if (person.status === 'left') return 'left';
  if (inputs.alreadyMailed.has(key)) return 'alreadySent';
  if (taken.has(key)) return 'sameAddress';
  return null;
}

/**
 * The audience of `filter`: people in ID order at the clients it picks (archived people and
 * clients left out), only where the caller may mail; one message per address, the first person
 * with it receiving it; the others skipped with the reason.
 */
export function mailAudience(filter: MailFilter, inputs: AudienceInputs): Audience {
  const clients = new Map<string, TableRecord>();
  for (const client of inputs.clients) if (!isArchived(client)) clients.set(text(client.id), client);
  const optedOut = optedOutAddresses(inputs.people);
  const recipients: Recipient[] = [];
  const skipped: SkippedPerson[] = [];
  const taken = new Set<string>();
  let notYours = 0;
  for (const person of [...inputs.people].sort(idOrder)) {
    const client = clients.get(text(person.clientId));
    if (isArchived(person) || !client || !clientMatches(filter, client)) continue;
    if (!accepts(filter.buyingRole, person.buyingRole)) continue;
    if (!inputs.mayMail(emailKey(client.owner))) {
      notYours++;
      continue;
    }
    const recipient: Recipient = {
      key: emailKey(person.email),
      email: text(person.email),
      personId: text(person.id),
      clientId: text(client.id),
      name: text(person.name),
    };
    const reason = skipReason(person, optedOut, inputs, taken);
    if (reason) skipped.push({ ...recipient, reason });
    else {
      taken.add(recipient.key);
      recipients.push(recipient);
    }
  }
  return { recipients, skipped, notYours };
}

/** How many were skipped for each reason. */
export function skipCounts(skipped: readonly SkippedPerson[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const person of skipped) counts[person.reason] = (counts[person.reason] ?? 0) + 1;
  return counts;
}
