/** The self-check's lock check: the document lock exists, is taken within LOCK_PROBE_WAIT_MS and is let go. */
import { type CheckOutcome, type Message, type Observed, outcome, refused } from './checkOutcome';

/** How long the lock check waits for the document lock before calling it busy. */
export const LOCK_PROBE_WAIT_MS = 5000;

/** What the lock check saw. */
export type LockReading = 'released' | 'busy' | 'noLock' | 'stuck';

/** The report line of the lock check; a busy lock is "could not check", a refusal is a failure. */
export function lockOutcome(observed: Observed<LockReading>): CheckOutcome {
  const label: Message = { key: 'selfCheck.check.lock' };
  if (!observed.ok) return outcome('lock', label, 'failed', [refused(observed.error)]);
  switch (observed.value) {
    case 'released':
      return outcome('lock', label, 'passed', []);
    case 'busy':
      return outcome('lock', label, 'unknown', [
        { key: 'selfCheck.problem.lockBusy', params: { seconds: LOCK_PROBE_WAIT_MS / 1000 } },
      ]);
    case 'noLock':
      return outcome('lock', label, 'failed', [{ key: 'selfCheck.problem.noLock' }]);
    default:
      return outcome('lock', label, 'failed', [{ key: 'selfCheck.problem.lockStuck' }]);
  }
}
