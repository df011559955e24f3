import { type AuditEntry, auditLogRows } from '../core/tables/auditEntries';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import type { TableStore, WriteStamp, WrittenRow } from './tableStore';

/**
 * The one way Suki writes the audit log: the entries, split to fit the sheet's cells, appended in
 * one write inside the current locked action (so they commit or are undone with the change they
 * describe). Returns how many rows were written.
 */
export function appendAudit(store: TableStore, entries: readonly AuditEntry[], stamp: WriteStamp): number {
  if (entries.length === 0) return 0;
  return store.appendMany(AUDIT_LOG_TABLE, auditLogRows(entries), stamp).length;
}

/**
 * Appends `records` to `table` and their audit entries (`entriesFor` the rows written) in the same
 * locked action, both journalled in one property write before either is written: one write of the
 * journal where the record and its entry made two. Returns the rows the records landed in.
 */
export function appendAudited(
  store: TableStore,
  table: TableSpec,
  records: readonly TableRecord[],
  stamp: WriteStamp,
  entriesFor: (written: readonly WrittenRow[]) => readonly AuditEntry[],
): WrittenRow[] {
  return store.appendThen(table, records, stamp, (written) => {
    const entries = entriesFor(written);
    return entries.length === 0 ? null : { table: AUDIT_LOG_TABLE, records: auditLogRows(entries) };
  }).written;
}
