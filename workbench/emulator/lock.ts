/**
 * LockService for one execution. Another execution holding a lock is simulated with
 * emulator.locks.holdDocumentLockElsewhere(); waiting advances the emulated clock instead of sleeping.
 */
import { asGas, type EmulatorContext, type LockState } from './context';

type Lock = GoogleAppsScript.Lock.Lock;

/** A lock handle; all handles to the same lock share its state. */
class FakeLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly state: LockState,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    if (this.state.elsewhere > 0) {
      this.ctx.advance(timeoutInMillis);
      return false;
    }
    this.state.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    this.state.held = false;
  }
  hasLock(): boolean {
    return this.state.held;
  }
}

/** The LockService global. */
export function createLockService(ctx: EmulatorContext): GoogleAppsScript.Lock.LockService {
  const lock = (name: string): Lock => asGas(ctx.track(new FakeLock(ctx, ctx.lock(name)), 'Lock'));
  const service: GoogleAppsScript.Lock.LockService = {
    // Null outside a container, although the typings do not say so.
    getDocumentLock: () => (ctx.hasContainer() ? lock('document') : asGas<Lock>(null)),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock(`user:${ctx.userKey()}`),
  };
  return ctx.track(service, 'LockService');
}
