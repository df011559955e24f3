import { UserFacingError } from '../core/userError';

/** How long a save waits for another execution to finish before saying "busy". */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `work` holding the document lock, flushes its writes before letting go, and turns a lock
 * that stays held by someone else into a "busy, try again" the person can act on.
 */
export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error('Suki must run inside a spreadsheet (no document lock).');
  if (!lock.tryLock(waitMs)) throw new UserFacingError('error.busy');
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
