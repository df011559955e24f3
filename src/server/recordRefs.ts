import { nameList } from '../core/analysis/rows';
import type { Translator } from '../core/i18n/translate';
import type { FieldMessage } from '../core/pageResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { tableByKey } from '../core/tables/registry';
import type { ColumnSpec, RecordValue, TableRecord, TableSpec } from '../core/tables/tableSpec';
import type { TableStore } from '../gas/tableStore';
import type { ClientOwners } from './workAccess';

/**
 * Field errors for references to records that do not exist. Each ID is looked up by itself (a
 * TextFinder search of the ID column and the rows found), never by reading the column: clients
 * through the action's client owners (one lookup for this check and the rights), the rest here.
 */
export function missingReferences(
  t: Translator,
  store: TableStore,
  owners: ClientOwners,
  table: TableSpec,
  record: TableRecord,
): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const known = new Map<string, boolean>();
  const exists = (target: TableSpec, id: string) => {
    if (target === CLIENTS_TABLE) return owners().has(id);
    const key = `${target.key}\u0001${id}`;
    let found = known.get(key);
    if (found === undefined) {
      found = store.recordsHolding(target, 'id', id).length > 0;
      known.set(key, found);
    }
    return found;
  };
  for (const column of table.columns) {
    const wanted = referencedIds(column, record[column.key]);
    const target = tableByKey(column.refTable ?? '');
    if (wanted.length === 0 || !target) continue;
    const missing = wanted.find((id) => !exists(target, id.trim()));
    if (missing !== undefined)
      errors.push({
        field: column.key,
        message: t('error.refMissing', { field: t(column.label), id: missing }),
      });
  }
  return errors;
}

/**
 * The IDs a value of `column` points to: a `ref` column's one ID, the IDs of a text column's list
 * of references (see ColumnSpec.refTable), nothing for any other column or a blank value.
 */
export function referencedIds(column: ColumnSpec, value: RecordValue | undefined): string[] {
  if (value === null || value === undefined || column.refTable === undefined) return [];
  if (column.type === 'ref') return [String(value)];
  return column.type === 'text' ? nameList(String(value)) : [];
}
