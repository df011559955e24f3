import { type AuditEntry, auditLogRows } from '../core/tables/auditEntries';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import type { TableStore, WriteStamp } from './tableStore';

/**
 * The one way Suki writes the audit log: the entries, split to fit the sheet's cells, appended in
 * one write inside the current locked action (so they commit or are undone with the change they
 * describe). Returns how many rows were written.
 */
export function appendAudit(store: TableStore, entries: readonly AuditEntry[], stamp: WriteStamp): number {
  if (entries.length === 0) return 0;
  return store.appendMany(AUDIT_LOG_TABLE, auditLogRows(entries), stamp).length;
}
