/**
 * Scripts running now (menu items, and pages' google.script.run calls): while any runs, the page
 * looks for news every RUNNING_POLL_MS instead of its idle pace, so a question the script waits on
 * shows at once.
 */
const RUNNING_POLL_MS = 150;

/** Counts runs in flight and polls while there is one. */
export class RunsInFlight {
  private count = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly poll: () => void) {}

  /** A run started. */
  begin(): void {
    this.count++;
    this.timer ??= setInterval(this.poll, RUNNING_POLL_MS);
  }

  /** A run ended (its reply arrived). */
  end(): void {
    this.count = Math.max(0, this.count - 1);
    if (this.count > 0 || this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
