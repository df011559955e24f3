/**
 * The Clients table's contact person, e-mail and phone, and the client's primary person in People,
 * kept in step: a change on either side is written to the other in the same locked action, audited
 * as `sync`. A workbook set up before People existed has no People sheet yet: nothing to follow.
 */

import { auditLogRows, recordEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import {
  clientChangesFromPerson,
  personChangesFromClient,
  primaryPeopleToAdd,
} from '../core/tables/primaryPeople';
import { auditRows } from '../core/tables/recordChanges';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { isTableMissingError } from '../core/userError';
import { appendAudited } from '../gas/auditLog';
import type { TableStore, WriteStamp } from '../gas/tableStore';

/**
 * The ID of the client's primary person, or null: the client's people found by a TextFinder search
 * of People's client column and read row by row (no column read whole).
 */
function primaryPersonOf(store: TableStore, clientId: string): string | null {
  const found = store.recordsHolding(PEOPLE_TABLE, 'clientId', clientId).find((p) => p.primary === 'yes');
  return found ? String(found.id) : null;
}

/** Writes `changes` to record `id` of `table` and audits each changed field as `sync`. */
function syncRecord(
  store: TableStore,
  stamp: WriteStamp,
  table: TableSpec,
  id: string,
  changes: TableRecord,
): void {
  // The audit entries are journalled with the update, in one property write.
  store.update(
    table,
    id,
    () => changes,
    stamp,
    (before) => {
      const entries = auditRows({ action: 'sync', table: table.key, recordId: id }, stamp, before, changes);
      return entries.length > 0 ? { table: AUDIT_LOG_TABLE, records: auditLogRows(entries) } : null;
    },
  );
}

function whenPeopleExist(work: () => void): void {
  try {
    work();
  } catch (error) {
    if (!isTableMissingError(error)) throw error;
  }
}

/**
 * After a client was saved (`changes` is the whole new record) or edited (`changes` its changed
 * fields, `client` the record as it is now, so nothing is read back): its primary person takes the
 * new contact person, e-mail and phone, or is made when the client names a contact person and has none.
 */
export function followClient(
  store: TableStore,
  stamp: WriteStamp,
  clientId: string,
  changes: TableRecord,
  client: TableRecord = changes,
): void {
  const personChanges = personChangesFromClient(changes);
  if (Object.keys(personChanges).length === 0) return;
  whenPeopleExist(() => {
    const personId = primaryPersonOf(store, clientId);
    if (personId) {
      syncRecord(store, stamp, PEOPLE_TABLE, personId, personChanges);
      return;
    }
    const [person] = primaryPeopleToAdd([{ ...client, id: clientId }], []);
    if (!person) return;
    appendAudited(store, PEOPLE_TABLE, [person], stamp, (rows) =>
      rows.map((row) => recordEntry('sync', PEOPLE_TABLE.key, row.id, person, stamp)),
    );
  });
}

/**
 * After a new client was saved: when it names a contact person, that person is made its primary
 * person (or its primary person follows, see followClient). A client that names none leaves People
 * alone: its ID was never handed out before, so no person of Suki's is its primary person yet
 * (people point only at clients that exist), and there is nobody to add.
 */
export function followNewClient(
  store: TableStore,
  stamp: WriteStamp,
  clientId: string,
  client: TableRecord,
): void {
  if (String(client.contactPerson ?? '').trim() === '') return;
  followClient(store, stamp, clientId, client);
}

/** After a person was edited: when they are the client's primary person, the client's contact fields follow. */
export function followPerson(
  store: TableStore,
  stamp: WriteStamp,
  table: TableSpec,
  person: TableRecord,
  changes: TableRecord,
): void {
  if (table !== PEOPLE_TABLE || (changes.primary ?? person.primary) !== 'yes') return;
  const clientChanges = clientChangesFromPerson(changes);
  const clientId = String(person.clientId ?? '').trim();
  if (Object.keys(clientChanges).length === 0 || !clientId) return;
  syncRecord(store, stamp, CLIENTS_TABLE, clientId, clientChanges);
}

/**
 * After a person was added as the client's primary person: the one primary before is primary no
 * longer, and the client's contact person (and its e-mail and phone, where the new person has them)
 * are the new person's. `before` is the People table as read before the person was added (id,
 * clientId, primary).
 */
export function followNewPrimary(
  store: TableStore,
  stamp: WriteStamp,
  person: TableRecord,
  before: readonly TableRecord[],
): void {
  if (person.primary !== 'yes') return;
  const clientId = String(person.clientId ?? '').trim();
  if (!clientId) return;
  for (const other of before) {
    const otherId = String(other.id ?? '');
    if (String(other.clientId ?? '').trim() === clientId && other.primary === 'yes')
      syncRecord(store, stamp, PEOPLE_TABLE, otherId, { primary: 'no' });
  }
  const filled = Object.fromEntries(
    Object.entries(clientChangesFromPerson(person)).filter(([, value]) => value !== null && value !== ''),
  );
  if (Object.keys(filled).length > 0) syncRecord(store, stamp, CLIENTS_TABLE, clientId, filled);
}
