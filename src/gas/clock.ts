/**
 * The execution's clock and its pauses, so a long action can stop well inside Apps Script's six
 * minutes. In Apps Script this is the wall clock; the workbench's runtime runs each execution on
 * its own emulated clock (time spent in service calls and sleeps), so tests can move it.
 */

/** Milliseconds since the epoch, now. */
export function clockMs(): number {
  return Date.now();
}

/** Waits `ms` milliseconds (nothing when 0 or less). */
export function pauseFor(ms: number): void {
  if (ms > 0) Utilities.sleep(ms);
}

/** A new unique ID, e.g. for one execution's claim on a piece of work. */
export function uniqueId(): string {
  return Utilities.getUuid();
}
