import { nameList } from '../core/analysis/rows';
import type { Translator } from '../core/i18n/translate';
import type { FieldMessage } from '../core/pageResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { tableByKey } from '../core/tables/registry';
import type { ColumnSpec, RecordValue, TableRecord, TableSpec } from '../core/tables/tableSpec';
import type { TableStore } from '../gas/tableStore';
import type { ClientOwners } from './workAccess';

/**
 * Field errors for references to records that do not exist (one ID-column read per referenced
 * table; clients come from the action's client owners, read once for this check and the rights).
 */
export function missingReferences(
  t: Translator,
  store: TableStore,
  owners: ClientOwners,
  table: TableSpec,
  record: TableRecord,
): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const idsByTable = new Map<string, ReadonlySet<string>>();
  for (const column of table.columns) {
    const wanted = referencedIds(column, record[column.key]);
    const target = tableByKey(column.refTable ?? '');
    if (wanted.length === 0 || !target) continue;
    let ids = idsByTable.get(target.key);
    if (!ids) {
      ids = target === CLIENTS_TABLE ? new Set(owners().keys()) : new Set(store.ids(target));
      idsByTable.set(target.key, ids);
    }
    const missing = wanted.find((id) => !ids.has(id));
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
