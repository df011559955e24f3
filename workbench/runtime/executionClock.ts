/**
 * One execution's own clock, as Apps Script's six minutes are counted: the time its service calls
 * are modelled to take plus every advance of the emulated clock (sleeps, lock waits, a person
 * reading a dialog) since it began. Once it passes the limit every further service call fails with
 * Apps Script's message, as in an execution it stopped.
 */
import type { Emulator } from '../emulator';

/** What Apps Script says when it stops an execution at its limit. */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** The clock and time limit of one execution. */
export class ExecutionClock {
  private readonly startClock: number;
  private readonly startModelled: number;
  private stopped = false;

  constructor(
    private readonly emulator: Emulator,
    private readonly limitMs: number,
  ) {
    this.startClock = emulator.now();
    this.startModelled = emulator.calls.modelledMs();
  }

  private elapsed(): number {
    return this.emulator.now() - this.startClock + (this.emulator.calls.modelledMs() - this.startModelled);
  }

  /** The execution's Date.now(). */
  now(): number {
    return Math.floor(this.startClock + this.elapsed());
  }

  /** Runs `run` (the execution, or one of its service calls) with every counted call under the limit. */
  timed<T>(run: () => T): T {
    const { calls } = this.emulator;
    const outer = calls.guard;
    calls.guard = (kind) => {
      outer?.(kind);
      if (this.stopped || this.elapsed() > this.limitMs) {
        this.stopped = true;
        throw new Error(TIME_LIMIT_MESSAGE);
      }
    };
    try {
      return run();
    } finally {
      calls.guard = outer;
    }
  }
}
