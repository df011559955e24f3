import { auditValue } from '../core/tables/auditEntries';
import { tableByKey } from '../core/tables/registry';
import type { TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { appendedIds, JOURNAL_PROPERTY, type JournalOp } from '../core/tables/writeJournal';
import { UserFacingError } from '../core/userError';
import { appendAudit } from './auditLog';
import { activeUserEmail } from './identity';
import { type StoredRecord, TableStore } from './tableStore';
import { setCurrentWriteSession, WriteSession } from './writeSession';

/** How long a save waits for another execution to finish before saying "busy". */
const LOCK_WAIT_MS = 10_000;

/** How a locked action runs. */
export interface LockOptions {
  /** How long to wait for another execution's lock; 10 s by default. */
  readonly waitMs?: number;
  /**
   * False when the writes must stand even if the action fails midway: the audit entry and stamps
   * of a person's hand edit describe a change that happened whatever Suki does.
   */
  readonly undoOnFailure?: boolean;
}

/**
 * Runs `work` holding the document lock, as one all-or-nothing action. First, whatever an earlier
 * execution left half-written (it was cut off before committing) is undone. Every write `work`
 * makes through the table store is journalled before it is made; when `work` returns, the writes
 * are flushed and the journal deleted (the commit). When `work` or the commit fails, the writes
 * are undone here and flushed; if even that fails (the execution is being cut off), the journal
 * stays and the next execution to take the lock undoes them. A lock that stays held by someone
 * else becomes a "busy, try again" the person can act on.
 */
export function withDocumentLock<T>(work: () => T, options: LockOptions = {}): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error('Suki must run inside a spreadsheet (no document lock).');
  if (!lock.tryLock(options.waitMs ?? LOCK_WAIT_MS)) throw new UserFacingError('error.busy');
  let session: WriteSession | null = null;
  try {
    session = WriteSession.open(options.undoOnFailure !== false);
    setCurrentWriteSession(session);
    undoLeftover(session);
    const result = work();
    SpreadsheetApp.flush();
    session.commit();
    return result;
  } catch (error) {
    if (session) abandon(session);
    throw error;
  } finally {
    setCurrentWriteSession(null);
    try {
      lock.releaseLock();
    } catch {
      // The lock ends with the execution anyway; the action itself has committed or been undone.
    }
  }
}

/**
 * For actions that only read: when an earlier execution was cut off mid-write, take the lock
 * briefly and undo what it left, so what is read next is whole. One property read when all is well.
 */
export function settleInterruptedWrites(): void {
  const leftover = PropertiesService.getDocumentProperties().getProperty(JOURNAL_PROPERTY);
  if (leftover === null) return;
  try {
    withDocumentLock(() => undefined, { waitMs: 3_000 });
  } catch {
    // Busy: the writer may still be running. Its own commit or undo settles it.
  }
}

/** Undoes a journal an earlier execution left behind, then drops it. */
function undoLeftover(session: WriteSession): void {
  const leftover = session.leftoverJournal();
  if (leftover === null) return;
  undo(session, leftover);
  SpreadsheetApp.flush();
  session.markLeftoverUndone();
  session.commit();
}

/** Undoes this action's own writes after a failure; leaves the journal if that fails too. */
function abandon(session: WriteSession): void {
  try {
    undo(session, session.journalled());
    SpreadsheetApp.flush();
    session.commit();
  } catch (error) {
    console.error('Suki could not undo an interrupted action now; the next action will', error);
  }
}

/** Undoes journalled writes, newest first. */
function undo(session: WriteSession, ops: readonly JournalOp[]): void {
  const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
  session.withoutJournal(() => {
    for (const op of [...ops].reverse()) {
      const table = tableByKey(op.table);
      if (!table) continue;
      try {
        if (op.kind === 'update') store.restoreRecord(table, op.id, op.before, op.after);
        else auditRecovered(store, table, store.clearRecords(table, appendedIds(op), op.at, op.fingerprints));
      } catch (error) {
        // A table a person deleted since has nothing left to undo; any other refusal (a header
        // moved, a copied ID) keeps the journal until the person has fixed what the message says.
        if (!(error instanceof UserFacingError && error.key === 'error.tableMissing')) throw error;
        console.warn(`Suki could not undo an interrupted write to ${op.table}: the table is gone`, error);
      }
    }
  });
}

/**
 * Rows of a cut-off append that a person worked on since are theirs: kept, and logged as recovered
 * with what they hold now, so no record is without its audit entry.
 */
function auditRecovered(store: TableStore, table: TableSpec, kept: readonly StoredRecord[]): void {
  if (kept.length === 0 || table === AUDIT_LOG_TABLE) return;
  const at = new Date().toISOString();
  const who = activeUserEmail();
  appendAudit(
    store,
    kept.map(({ record }) => ({
      at,
      who,
      action: 'recovered',
      table: table.key,
      recordId: auditValue(record.id),
      field: null,
      before: null,
      after: JSON.stringify(Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null))),
    })),
    { at, by: who },
  );
}
