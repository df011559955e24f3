/**
 * Set-up's part for the People table: the contact persons Clients held before it existed become
 * each client's primary person, once, in blocks, audited as one move.
 */
import type { Translator } from '../core/i18n/translate';
import { fieldEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { primaryPeopleToAdd } from '../core/tables/primaryPeople';
import { isTableMissingError } from '../core/userError';
import { appendAudit } from '../gas/auditLog';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { IMPORT_BLOCK_ROWS } from './importWrite';

/**
 * Adds each client's contact person to People as its primary person when it has none yet (see
 * primaryPeopleToAdd), and says so; null when there was nothing to move. Runs inside set-up's lock.
 */
export function movePrimaryPeople(store: TableStore, stamp: WriteStamp, t: Translator): string | null {
  const clients = store.readColumns(CLIENTS_TABLE, [
    'id',
    'contactPerson',
    'email',
    'phone',
    'owner',
    'archivedAt',
  ]);
  const people = store.readColumns(PEOPLE_TABLE, ['clientId', 'name', 'primary']);
  const added = primaryPeopleToAdd(clients, people);
  if (added.length === 0) return null;
  const ids: string[] = [];
  for (let start = 0; start < added.length; start += IMPORT_BLOCK_ROWS) {
    for (const { id } of store.appendMany(PEOPLE_TABLE, added.slice(start, start + IMPORT_BLOCK_ROWS), stamp))
      ids.push(id);
  }
  const range = ids.length === 1 ? (ids[0] ?? null) : `${ids[0]} … ${ids[ids.length - 1]}`;
  const after = JSON.stringify({ from: CLIENTS_TABLE.key, moved: ids.length });
  appendAudit(
    store,
    [fieldEntry('import', PEOPLE_TABLE.key, range, null, { before: null, after }, stamp)],
    stamp,
  );
  return t('setup.peopleMoved', { count: ids.length });
}

/** movePrimaryPeople, when the workbook has a People table yet (one set up before it has none). */
export function movePrimaryPeopleIfAny(store: TableStore, stamp: WriteStamp, t: Translator): void {
  try {
    movePrimaryPeople(store, stamp, t);
  } catch (error) {
    if (!isTableMissingError(error)) throw error;
  }
}
