/**
 * LockService for one execution. Another execution holding a lock is simulated with
 * emulator.locks.holdDocumentLockElsewhere(); waiting advances the emulated clock instead of sleeping.
 * A benchmark can listen to locks being taken and let go (observeLocks), which counts no call.
 */
import type { CallCounter } from './callCounter';
import { asGas, type EmulatorContext, type LockState } from './context';

type Lock = GoogleAppsScript.Lock.Lock;

/**
 * Hears the running execution take a lock (`held` true: a tryLock or waitLock that succeeded) or let
 * it go (`held` false: releaseLock), with the counter of the emulator it happened in, whose
 * modelledMs() then says how far into the modelled time it happened.
 */
type LockObserver = (lock: string, held: boolean, calls: CallCounter) => void;

let observer: LockObserver | undefined;

/**
 * Benchmarks only (bench/lockHold.ts times how long an action holds the document lock): from now
 * on `listener` hears every lock taken and let go in any emulator, until the returned function is
 * called. It counts nothing and changes nothing; one listener at a time.
 */
export function observeLocks(listener: LockObserver): () => void {
  observer = listener;
  return () => {
    if (observer === listener) observer = undefined;
  };
}

/** A lock handle; all handles to the same lock share its state. */
class FakeLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly name: string,
    private readonly state: LockState,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    if (this.state.elsewhere > 0) {
      this.ctx.advance(timeoutInMillis);
      return false;
    }
    this.state.held = true;
    observer?.(this.name, true, this.ctx.calls);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    this.state.held = false;
    observer?.(this.name, false, this.ctx.calls);
  }
  hasLock(): boolean {
    return this.state.held;
  }
}

/** The LockService global. */
export function createLockService(ctx: EmulatorContext): GoogleAppsScript.Lock.LockService {
  const lock = (name: string): Lock => asGas(ctx.track(new FakeLock(ctx, name, ctx.lock(name)), 'Lock'));
  const service: GoogleAppsScript.Lock.LockService = {
    // Null outside a container, although the typings do not say so.
    getDocumentLock: () => (ctx.hasContainer() ? lock('document') : asGas<Lock>(null)),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock(`user:${ctx.userKey()}`),
  };
  return ctx.track(service, 'LockService');
}
