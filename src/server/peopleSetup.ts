/**
 * Set-up's part for the People table: the contact persons Clients held before it existed become
 * each client's primary person, once, in blocks, audited as one move.
 */
import type { Translator } from '../core/i18n/translate';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { primaryPeopleToAdd } from '../core/tables/primaryPeople';
import type { TableRecord } from '../core/tables/tableSpec';
import { isTableMissingError } from '../core/userError';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { appendInBlocks, auditRun } from './importWrite';

/**
 * Adds each client's contact person to People as its primary person when it has none yet (see
 * primaryPeopleToAdd), and says so; null when there was nothing to move. `clients` are the clients
 * to look at (id, contactPerson, email, phone, owner, archivedAt): every client, read now, unless the
 * caller has them at hand (the clients an import just wrote). Runs inside the caller's lock.
 */
export function movePrimaryPeople(
  store: TableStore,
  stamp: WriteStamp,
  t: Translator,
  clients: readonly TableRecord[] = store.readColumns(CLIENTS_TABLE, [
    'id',
    'contactPerson',
    'email',
    'phone',
    'owner',
    'archivedAt',
  ]),
): string | null {
  const people = store.readColumns(PEOPLE_TABLE, ['clientId', 'name', 'primary']);
  const added = primaryPeopleToAdd(clients, people);
  if (added.length === 0) return null;
  const ids = appendInBlocks(store, PEOPLE_TABLE, added, stamp);
  auditRun(store, stamp, {
    action: 'import',
    table: PEOPLE_TABLE.key,
    ids,
    after: { from: CLIENTS_TABLE.key, moved: ids.length },
  });
  return t('setup.peopleMoved', { count: ids.length });
}

/**
 * Whether movePrimaryPeople would add anyone: the same test on the fewest columns. The clients'
 * ID, contact person and archive date, and which clients have a primary person; only when some
 * client with a contact person has none are the people's names read too (a person of the
 * contact's name also counts). Set-up asks before it takes the lock, and moves them holding it
 * only when there are some. Throws when either table is missing, as movePrimaryPeople does.
 */
export function primaryPeopleWaiting(store: TableStore): boolean {
  const clients = store.readColumns(CLIENTS_TABLE, ['id', 'contactPerson', 'archivedAt']);
  const named = clients.filter((client) => String(client.contactPerson ?? '').trim() !== '');
  if (named.length === 0) return false;
  // Without the names, a client counts as covered only by a primary person: fewer are covered.
  if (primaryPeopleToAdd(named, store.readColumns(PEOPLE_TABLE, ['clientId', 'primary'])).length === 0)
    return false;
  const people = store.readColumns(PEOPLE_TABLE, ['clientId', 'name', 'primary']);
  return primaryPeopleToAdd(named, people).length > 0;
}

/** movePrimaryPeople for `clients`, when the workbook has a People table yet (one set up before has none). */
export function movePrimaryPeopleIfAny(
  store: TableStore,
  stamp: WriteStamp,
  t: Translator,
  clients: readonly TableRecord[],
): void {
  try {
    movePrimaryPeople(store, stamp, t, clients);
  } catch (error) {
    if (!isTableMissingError(error)) throw error;
  }
}
