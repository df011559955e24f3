/**
 * The People table's first rows, from what Clients knew before it existed: each client's contact
 * person, with the client's e-mail and phone, becomes the client's primary person. Pure: set-up
 * reads both tables, asks for the records to add, and writes them.
 */
import { validateRecord } from '../validation/recordValidation';
import { isArchived } from './clientsTable';
import { normalizeName } from './duplicates';
import { PEOPLE_TABLE } from './peopleTable';
import type { TableRecord } from './tableSpec';

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/**
 * The people to add for `clients` (id, contactPerson, email, phone, owner) given the People rows
 * already there (clientId, name, primary): one primary person per client that names a contact
 * person and has no primary person yet, nor a person of that name. Running it again adds nothing.
 * A value the People table would refuse (an e-mail typed wrong in Clients) is kept in the notes,
 * never dropped.
 */
export function primaryPeopleToAdd(
  clients: readonly TableRecord[],
  people: readonly TableRecord[],
): TableRecord[] {
  const covered = new Set<string>();
  for (const person of people) {
    const clientId = text(person.clientId);
    if (person.primary === 'yes') covered.add(clientId);
    covered.add(`${clientId}\u0001${normalizeName(text(person.name))}`);
  }
  const added: TableRecord[] = [];
  for (const client of clients) {
    const clientId = text(client.id);
    const name = text(client.contactPerson);
    if (!clientId || !name || isArchived(client)) continue;
    if (covered.has(clientId) || covered.has(`${clientId}\u0001${normalizeName(name)}`)) continue;
    covered.add(clientId);
    added.push(personFor(clientId, name, client));
  }
  return added;
}

function personFor(clientId: string, name: string, client: TableRecord): TableRecord {
  const wanted: Record<string, string | null> = {
    clientId,
    name,
    email: text(client.email) || null,
    phone: text(client.phone) || null,
    owner: text(client.owner) || null,
    primary: 'yes',
  };
  const checked = validateRecord(PEOPLE_TABLE, wanted, 'create');
  if (checked.ok) return checked.record;
  // Keep what the People table refuses in the notes, word for word, and the rest as fields.
  const kept: string[] = [];
  for (const error of checked.errors) {
    const value = wanted[error.field];
    if (value) kept.push(`${error.field}: ${value}`);
    wanted[error.field] = null;
  }
  const retried = validateRecord(PEOPLE_TABLE, { ...wanted, notes: kept.join('\n') || null }, 'create');
  return retried.ok ? retried.record : { ...wanted, notes: kept.join('\n') };
}

/** The Clients table's contact fields and the primary person's fields they stand for. */
const CLIENT_TO_PERSON: Readonly<Record<string, string>> = {
  contactPerson: 'name',
  email: 'email',
  phone: 'phone',
};

/** The primary person's fields to change when a client's contact fields change (none: nothing to do). */
export function personChangesFromClient(changes: TableRecord): TableRecord {
  const wanted: TableRecord = {};
  for (const [clientKey, personKey] of Object.entries(CLIENT_TO_PERSON)) {
    if (clientKey in changes) wanted[personKey] = changes[clientKey] ?? null;
  }
  // A person needs a name: clearing the client's contact person leaves the person as they were named.
  if ('name' in wanted && (wanted.name === null || wanted.name === '')) delete wanted.name;
  return wanted;
}

/** The client's contact fields to change when its primary person's name, e-mail or phone change. */
export function clientChangesFromPerson(changes: TableRecord): TableRecord {
  const wanted: TableRecord = {};
  for (const [clientKey, personKey] of Object.entries(CLIENT_TO_PERSON)) {
    if (personKey in changes) wanted[clientKey] = changes[personKey] ?? null;
  }
  return wanted;
}
