import { auditValue, recordEntry } from '../core/tables/auditEntries';
import { sameValue } from '../core/tables/recordChanges';
import { tableByKey } from '../core/tables/registry';
import type { RecordValue, TableRecord, TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { appendedIds, type JournalOp, matchesFingerprint } from '../core/tables/writeJournal';
import { isTableMissingError } from '../core/userError';
import { appendAudit } from './auditLog';
import { activeUserEmail } from './identity';
import type { StoredRecord } from './tableReader';
import { TableStore } from './tableStore';
import type { WriteSession } from './writeSession';

type AppendOp = Extract<JournalOp, { kind: 'append' }>;
type UpdateOp = Extract<JournalOp, { kind: 'update' }>;

/**
 * Undoes journalled writes, newest first, without journalling the undo itself. It never overwrites
 * what a person did since: an update is undone only in the fields that still hold what it wrote,
 * and a half-saved row someone has worked on is kept and logged as recovered. A table deleted since
 * has nothing left to undo; any other refusal (a header moved, a copied ID) propagates, so the
 * journal stays until the person has fixed what the message says.
 */
export function undoJournal(session: WriteSession, ops: readonly JournalOp[]): void {
  const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
  session.withoutJournal(() => {
    for (const op of [...ops].reverse()) {
      const table = tableByKey(op.table);
      if (!table) continue;
      try {
        if (op.kind === 'update') restoreUpdated(store, table, op);
        else auditRecovered(store, table, clearAppended(store, table, op));
      } catch (error) {
        if (!isTableMissingError(error)) throw error;
        console.warn(`Suki could not undo an interrupted write to ${op.table}: the table is gone`, error);
      }
    }
  });
}

/** A stamp read back equals the one written, to the second (a cell may not keep milliseconds). */
function sameInstant(cell: RecordValue, written: string): boolean {
  if (cell === null) return true;
  return Math.abs(Date.parse(String(cell)) - Date.parse(written)) < 1000;
}

/**
 * Clears Suki's cells of a cut-off append's rows, in one call whatever their number or order,
 * except rows someone worked on since, which are returned. A row is untouched while it matches its
 * journalled fingerprint, or, for a large import journalled without them, while its "updated at" is
 * still the append's stamp.
 */
function clearAppended(store: TableStore, table: TableSpec, op: AppendOp): StoredRecord[] {
  const located = store.locate(table);
  const ids = appendedIds(op);
  const fingerprintOf = new Map(ids.map((id, index) => [id, op.fingerprints?.[index]]));
  const rows = store.rowsHolding(located, new Set(ids));
  const records = store.recordsAt(table, located, rows, op.fingerprints ? undefined : ['id', 'updatedAt']);
  const runs = store.runKeys(located);
  const kept: StoredRecord[] = [];
  const cleared: number[] = [];
  for (const stored of records) {
    const fingerprint = fingerprintOf.get(String(stored.record.id ?? '').trim());
    const untouched =
      fingerprint === undefined
        ? sameInstant(stored.record.updatedAt ?? null, op.at)
        : matchesFingerprint(runs, stored.record, fingerprint);
    if (untouched) cleared.push(stored.row);
    else kept.push(stored);
  }
  store.clearSukiCells(located, cleared);
  return kept;
}

/** Writes a cut-off update's previous values back, where the field still holds what it wrote. */
function restoreUpdated(store: TableStore, table: TableSpec, op: UpdateOp): void {
  const located = store.locate(table);
  const row = store.rowHolding(located, op.id);
  if (row === null) return;
  const [current] = store.recordsAt(table, located, [row]);
  if (!current) return;
  const restore: TableRecord = {};
  for (const key of Object.keys(op.before)) {
    if (located.columns.positions.has(key) && sameValue(current.record[key], op.after[key]))
      restore[key] = op.before[key] ?? null;
  }
  store.writeFieldsAt(table, located, row, restore);
}

/**
 * Rows of a cut-off append that a person worked on since are theirs: kept, and logged as recovered
 * with what they hold now, so no record is without its audit entry.
 */
function auditRecovered(store: TableStore, table: TableSpec, kept: readonly StoredRecord[]): void {
  if (kept.length === 0 || table === AUDIT_LOG_TABLE) return;
  const at = new Date().toISOString();
  const who = activeUserEmail();
  const stamp = { at, by: who };
  const entries = kept.map(({ record }) =>
    recordEntry('recovered', table.key, auditValue(record.id), record, stamp),
  );
  appendAudit(store, entries, stamp);
}
