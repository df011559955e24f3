/**
 * Writing a planned import, and undoing one. The rows go in blocks inside the caller's document
 * lock, journalled like every write (core/tables/writeJournal.ts), so an import cut off anywhere is
 * undone whole by the next locked action: all of it lands or none. One audit entry says the import
 * happened, from where, and what it wrote; undoing it archives its records (nothing is deleted).
 * The import history (gas/importMemory.ts) is noted by the callers once the lock has committed, so
 * it never lists an import that was rolled back.
 */

import type { ImportRecordOfRun } from '../core/import/importHistory';
import { importRun, madeBy } from '../core/import/importHistory';
import { fieldEntry } from '../core/tables/auditEntries';
import { isArchived } from '../core/tables/clientsTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { appendAudit } from '../gas/auditLog';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { withoutJournal } from '../gas/writeSession';

/**
 * Rows a block writes: each block is one write per run of columns, small enough for one call to
 * carry, and few enough calls that 50,000 rows stay well within an execution.
 * @forTests The call-count tests import just over one block.
 */
export const IMPORT_BLOCK_ROWS = 5_000;

/** What the audit entry of an import records besides its records' ID range. */
interface ImportCounts {
  readonly source: string;
  readonly imported: number;
  readonly refused: number;
  readonly duplicates: number;
  readonly leftOut: number;
}

/** Appends `records` to `table` in blocks of IMPORT_BLOCK_ROWS; the IDs given, in the records' order. */
export function appendInBlocks(
  store: TableStore,
  table: TableSpec,
  records: readonly TableRecord[],
  stamp: WriteStamp,
): string[] {
  const ids: string[] = [];
  for (let start = 0; start < records.length; start += IMPORT_BLOCK_ROWS) {
    const block = records.slice(start, start + IMPORT_BLOCK_ROWS);
    for (const { id } of store.appendMany(table, block, stamp)) ids.push(id);
  }
  return ids;
}

/** One audit entry for records made or changed together, named by their first and last ID. */
export function auditRun(
  store: TableStore,
  stamp: WriteStamp,
  entry: {
    readonly action: string;
    readonly table: string;
    readonly ids: readonly string[];
    readonly after: object;
  },
): void {
  const { ids } = entry;
  const range = ids.length <= 1 ? (ids[0] ?? null) : `${ids[0]} … ${ids[ids.length - 1]}`;
  const change = { before: null, after: JSON.stringify(entry.after) };
  appendAudit(store, [fieldEntry(entry.action, entry.table, range, null, change, stamp)], stamp);
}

/**
 * The audit entry of a run of unjournalled writes (TableStore.updateWhere), written before them and
 * outside the journal: a cut-off that leaves some of them made leaves them audited too, and running
 * the action again finishes the rest with an entry of its own.
 */
export function auditAhead(
  store: TableStore,
  stamp: WriteStamp,
  entry: Parameters<typeof auditRun>[2],
): void {
  withoutJournal(() => auditRun(store, stamp, entry));
}

/**
 * Appends `records` to `table` in blocks and audits the import once. Returns the run to note and
 * the IDs given, in the records' order.
 */
export function writeImport(
  store: TableStore,
  table: TableSpec,
  records: readonly TableRecord[],
  stamp: WriteStamp,
  counts: ImportCounts,
): { run: ImportRecordOfRun; ids: readonly string[] } {
  const ids = appendInBlocks(store, table, records, stamp);
  const run = importRun(
    { id: `I-${stamp.at}`, table: table.key, source: counts.source, at: stamp.at, by: stamp.by },
    ids,
  );
  auditRun(store, stamp, { action: 'import', table: table.key, ids, after: { importId: run.id, ...counts } });
  return { run, ids };
}

/**
 * Archives the records `run` made that are not archived yet and that the caller may archive now
 * (`mayArchive`: a record handed to someone else since is theirs, and kept), in one write per
 * column whatever their number, and audits the undo once. Returns how many were archived and kept.
 */
export function undoImportRun(
  store: TableStore,
  table: TableSpec,
  run: ImportRecordOfRun,
  stamp: WriteStamp,
  mayArchive: (record: TableRecord) => boolean,
): { archived: number; kept: number } {
  let kept = 0;
  const archived = store.updateWhere(
    table,
    (record) => {
      if (isArchived(record) || !madeBy(run, String(record.id ?? ''))) return false;
      if (mayArchive(record)) return true;
      kept++;
      return false;
    },
    { archivedAt: stamp.at },
    stamp,
  );
  const after = { importId: run.id, archived: archived.length, kept };
  auditRun(store, stamp, {
    action: 'undoImport',
    table: table.key,
    ids: [...new Set([run.first, run.last])],
    after,
  });
  return { archived: archived.length, kept };
}

/**
 * Bookkeeping after an import committed (its history, its mapping): a failure here loses only the
 * convenience, never the rows, so the person is still told what was imported.
 */
export function afterCommit(note: () => void): void {
  try {
    note();
  } catch (error) {
    console.warn(`Suki: the import is in, but noting it failed: ${String(error)}`);
  }
}
