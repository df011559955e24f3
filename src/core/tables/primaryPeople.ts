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
