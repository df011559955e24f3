import type { Translator } from '../core/i18n/translate';
import { type FieldMessage, type Refusal, refused } from '../core/pageResult';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import type { TableStore } from '../gas/tableStore';
import { referencedIds } from './recordRefs';

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** The columns of `table` that name a person of the People table. */
function personColumnsOf(table: TableSpec) {
  return table.columns.filter((column) => column.refTable === 'people');
}

/**
 * A check that the people a record names work at the record's own client: a contact "with" someone
 * of another client would tell that client's relationship health the wrong thing. Null for a table
 * that names no person. Each person named is looked up by ID once, when first needed; a person
 * ID that does not exist is the missing-reference check's to refuse, not this one's.
 */
export function peopleOfOtherClients(
  t: Translator,
  store: TableStore,
  table: TableSpec,
): ((record: TableRecord) => FieldMessage[]) | null {
  const columns = personColumnsOf(table);
  if (columns.length === 0) return null;
  // Each person looked up by ID (a TextFinder search and the rows found), once: no column read whole.
  const clients = new Map<string, string | undefined>();
  const clientOf = (personId: string) => {
    if (!clients.has(personId)) {
      const found = store.recordsHolding(PEOPLE_TABLE, 'id', personId);
      const last = found[found.length - 1];
      clients.set(personId, last ? text(last.clientId) : undefined);
    }
    return clients.get(personId);
  };
  return (record) => {
    const clientId = text(record.clientId);
    const errors: FieldMessage[] = [];
    for (const column of columns) {
      const personIds = referencedIds(column, record[column.key]);
      if (personIds.length === 0 || clientId === '') continue;
      const personId = personIds.find((id) => (clientOf(id.trim()) ?? clientId) !== clientId);
      if (personId !== undefined)
        errors.push({
          field: column.key,
          message: t('error.personOfOtherClient', {
            field: t(column.label),
            id: personId,
            client: clientOf(personId.trim()) ?? '',
          }),
        });
    }
    return errors;
  };
}

/** The refusal for a record naming another client's person, or null; see peopleOfOtherClients. */
export function otherClientsPersonRefusal(
  t: Translator,
  check: ((record: TableRecord) => FieldMessage[]) | null,
  record: TableRecord,
): Refusal | null {
  const errors = check ? check(record) : [];
  return errors.length > 0 ? refused(t('form.fixErrors'), errors) : null;
}
