import { tableByKey } from '../core/tables/registry';
import { JOURNAL_PROPERTY, type JournalOp } from '../core/tables/writeJournal';
import { UserFacingError } from '../core/userError';
import { locateTable } from './tableLocator';
import { markTeamChanged } from './teamVersion';
import { setCurrentWriteSession, WriteSession } from './writeSession';
import { undoJournal } from './writeUndo';

/** How long a save waits for another execution to finish before saying "busy". */
const LOCK_WAIT_MS = 10_000;

/** How a locked action runs. */
interface LockOptions {
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
    const teamChanged = touchesHeadTables(session.journalled());
    session.commit();
    // Marked once the rows are flushed, so a call that reads the new mark reads the new rows too.
    if (teamChanged) markTeamChanged();
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

/** Whether `ops` wrote to the team or its absences (whose change callers waiting for the lock must see). */
function touchesHeadTables(ops: readonly JournalOp[]): boolean {
  return ops.some((op) => tableByKey(op.table)?.writableBy === 'head');
}

/**
 * A head's sheet (the Team, the Absences) the running person may not edit, that a leftover journal
 * must write back to: a head's action was cut off, and only a head can undo it.
 */
function blockedByProtection(ops: readonly JournalOp[]): boolean {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const headTables = new Set(
    ops.map((op) => tableByKey(op.table)).filter((table) => table?.writableBy === 'head'),
  );
  for (const table of headTables) {
    if (!table) continue;
    const located = locateTable(spreadsheet, table);
    const protection = located?.sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (protection && !protection.canEdit()) return true;
  }
  return false;
}

/** Undoes a journal an earlier execution left behind, then drops it. */
function undoLeftover(session: WriteSession): void {
  const leftover = session.leftoverJournal();
  if (leftover === null) return;
  // Said plainly, and nothing of this action is written: not a bare protection error.
  if (blockedByProtection(leftover)) throw new UserFacingError('error.headMustFinish');
  undoJournal(session, leftover);
  SpreadsheetApp.flush();
  session.markLeftoverUndone();
  session.commit();
  if (touchesHeadTables(leftover)) markTeamChanged();
}

/** Undoes this action's own writes after a failure; leaves the journal if that fails too. */
function abandon(session: WriteSession): void {
  try {
    const ops = [...session.journalled()];
    undoJournal(session, ops);
    SpreadsheetApp.flush();
    session.commit();
    if (touchesHeadTables(ops)) markTeamChanged();
  } catch (error) {
    console.error('Suki could not undo an interrupted action now; the next action will', error);
  }
}
