import type { Translator } from '../core/i18n/translate';
import type { FieldMessage } from '../core/pageResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { tableByKey } from '../core/tables/registry';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
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
    const value = record[column.key];
    if (column.type !== 'ref' || value === null || value === undefined) continue;
    const target = tableByKey(column.refTable ?? '');
    if (!target) continue;
    let ids = idsByTable.get(target.key);
    if (!ids) {
      ids = target === CLIENTS_TABLE ? new Set(owners().keys()) : new Set(store.ids(target));
      idsByTable.set(target.key, ids);
    }
    if (!ids.has(String(value))) {
      errors.push({
        field: column.key,
        message: t('error.refMissing', { field: t(column.label), id: String(value) }),
      });
    }
  }
  return errors;
}
