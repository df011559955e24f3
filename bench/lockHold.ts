/**
 * How long an action holds the document lock, in modelled Apps Script time: the modelled time of
 * the calls made between the lock's tryLock and its releaseLock (the emulator's lock tells us,
 * workbench/emulator/lock.ts observeLocks; it counts nothing). A lock still held when the action
 * ends is held to its end, as Apps Script releases it with the execution.
 */
import type { CallCounter } from '../workbench/emulator/callCounter';
import { observeLocks } from '../workbench/emulator/lock';

/** Times the document lock of one emulator's actions, one action at a time. */
export class LockHold {
  private since: number | null = null;
  private longest = 0;
  private readonly stop: () => void;

  constructor(private readonly calls: CallCounter) {
    this.stop = observeLocks((lock, held, counter) => {
      if (lock !== 'document' || counter !== this.calls) return;
      if (held && this.since === null) this.since = counter.modelledMs();
      if (!held && this.since !== null) this.close(counter.modelledMs());
    });
  }

  /** Forgets the last action's holds; call with the counter just reset. */
  begin(): void {
    this.since = null;
    this.longest = 0;
  }

  /** The longest hold of the action since begin(), in modelled ms (0 when it never took the lock). */
  end(): number {
    if (this.since !== null) this.close(this.calls.modelledMs());
    return this.longest;
  }

  /** Stops listening to the emulator's locks. */
  dispose(): void {
    this.stop();
  }

  private close(now: number): void {
    this.longest = Math.max(this.longest, now - (this.since ?? now));
    this.since = null;
  }
}
