/**
 * Counting of Apps Script service calls. Every emulated object is wrapped in a Proxy so that each
 * call a script makes counts once, while calls the emulator makes to itself from inside a counted
 * call (nesting depth > 0) do not: the count then matches what real Apps Script would bill.
 */

/** Modelled round-trip cost in ms for call kinds that differ from the 20 ms default. */
const DEFAULT_LATENCY_MS: Record<string, number> = {
  'Range.getValues': 50,
  'Range.setValues': 50,
  'Range.getDisplayValues': 50,
  'Range.getValue': 40,
  'Range.setValue': 40,
  'SpreadsheetApp.flush': 50,
  'Properties.getProperty': 30,
  'Properties.getProperties': 30,
  'Properties.getKeys': 30,
  'Properties.setProperty': 60,
  'Properties.setProperties': 60,
  'Properties.deleteProperty': 60,
  'Properties.deleteAllProperties': 60,
  'Cache.get': 3,
  'Cache.getAll': 3,
  'Cache.put': 90,
  'Cache.putAll': 90,
  'DeveloperMetadataFinder.find': 40,
};
/** Bulk reads and writes also cost a little per cell, so huge blocks are not modelled as free. */
const PER_CELL_KINDS = new Set(['Range.getValues', 'Range.setValues', 'Range.getDisplayValues']);
const PER_CELL_MS = 0.01;
const OTHER_MS = 20;

/** The default latency model, for the benchmarks to print beside their figures (docs/PERFORMANCE.md). */
export const LATENCY_MODEL = {
  /** Modelled ms of the kinds that differ from `otherMs`. */
  perKind: DEFAULT_LATENCY_MS,
  /** Modelled ms of every other call. */
  otherMs: OTHER_MS,
  /** The bulk kinds that also cost `perCellMs` per cell of their range. */
  perCellKinds: [...PER_CELL_KINDS],
  perCellMs: PER_CELL_MS,
} as const;

type AnyMethod = (...args: unknown[]) => unknown;

/** How an injected fault behaves: one failing call, or a dead execution from that call on. */
type FaultMode = 'once' | 'cutoff';

const DEFAULT_FAULT_MESSAGE: Record<FaultMode, string> = {
  once: 'Service error: Spreadsheets (injected fault)',
  cutoff: 'Exceeded maximum execution time (injected cut-off)',
};

/** An armed fault: which counted call (1-based, from arming) fails, and how. */
interface Fault {
  at: number;
  mode: FaultMode;
  message: string;
  seen: number;
  fired: boolean;
}

/** Per-kind call counts plus a latency model; see the module comment for what counts. */
export class CallCounter {
  private counts = new Map<string, number>();
  private ms = 0;
  private depth = 0;
  private paused = 0;
  private fault: Fault | undefined;
  private lastFaultFired = false;
  private trace: string[] | null = null;
  /** Called before every counted call; the emulator uses it to enforce the auth mode. */
  guard: ((kind: string) => void) | undefined;

  constructor(private readonly latency: Partial<Record<string, number>> = {}) {}

  /** Calls of one kind, or all calls when no kind is given. */
  count(kind?: string): number {
    if (kind !== undefined) return this.counts.get(kind) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  /** A snapshot of counts by kind. */
  byKind(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /**
   * Runs fn and returns the kinds of its counted calls in order (the n-th is the call `failAt(n)`
   * would fail), for tests that choose where to inject faults.
   */
  traced(fn: () => void): string[] {
    const outer = this.trace;
    this.trace = [];
    try {
      fn();
      return this.trace;
    } finally {
      this.trace = outer;
    }
  }

  /** Forgets every count and the modelled time. */
  reset(): void {
    this.counts.clear();
    this.ms = 0;
  }

  /**
   * Arms a fault: counting counted calls from now (1-based), the n-th throws an Error before it
   * takes effect. 'once': only that call throws. 'cutoff': that call and every counted call after
   * it throw, as in an execution Apps Script has killed, until clearFault(). Calls made inside
   * `uncounted` never throw and do not advance the count, nor do calls the auth guard refuses
   * (they never reach the service). The faulted call itself is counted in byKind(): it was made.
   * Arming replaces any earlier fault.
   */
  failAt(n: number, mode: FaultMode, message?: string): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failAt: n must be a whole number >= 1, got ${n}`);
    this.fault = { at: n, mode, message: message ?? DEFAULT_FAULT_MESSAGE[mode], seen: 0, fired: false };
    this.lastFaultFired = false;
  }

  /** Disarms the fault (a dead 'cutoff' execution comes back to life); faultFired keeps its value. */
  clearFault(): void {
    if (this.fault) this.lastFaultFired = this.fault.fired;
    this.fault = undefined;
  }

  /** Whether the armed (or last cleared) fault has thrown at least once. */
  get faultFired(): boolean {
    return this.fault ? this.fault.fired : this.lastFaultFired;
  }

  /** Sum of the modelled latency of every counted call. */
  modelledMs(): number {
    return this.ms;
  }

  /** Whether calls are currently being counted (false inside `uncounted`). */
  get active(): boolean {
    return this.paused === 0;
  }

  /** Runs fn without counting or auth checks: for the emulator's own inspection helpers. */
  uncounted<T>(fn: () => T): T {
    this.paused++;
    try {
      return fn();
    } finally {
      this.paused--;
    }
  }

  /** Runs fn as the emulator itself (e.g. firing triggers): resets nesting so script calls inside count. */
  asScript<T>(fn: () => T): T {
    const depth = this.depth;
    this.depth = 0;
    try {
      return fn();
    } finally {
      this.depth = depth;
    }
  }

  /**
   * Wraps obj so each outermost method call counts as `${cls}.${method}`. `cells` gives the size of
   * the object for per-cell costs. Methods run with `this` bound to the raw object, and a method that
   * returns its raw object returns the proxy instead, so chaining stays counted.
   */
  track<T extends object>(obj: T, cls: string, cells?: (target: T) => number): T {
    // Keyed by the method too: a method patched after first use (a test's fault) is wrapped anew.
    const cache = new Map<PropertyKey, { method: AnyMethod; wrapped: AnyMethod }>();
    const proxy: T = new Proxy(obj, {
      get: (target, prop) => {
        const value: unknown = Reflect.get(target, prop);
        if (typeof value !== 'function' || prop === 'constructor') return value;
        let wrapped = cache.get(prop)?.method === value ? cache.get(prop)?.wrapped : undefined;
        if (!wrapped) {
          const method = value as AnyMethod;
          const kind = `${cls}.${String(prop)}`;
          wrapped = (...args: unknown[]) => {
            if (this.depth === 0 && this.paused === 0) {
              this.guard?.(kind);
              // A faulted call was still made, so it counts; it just fails before taking effect.
              this.record(kind, cells ? cells(target) : 0);
              this.injectFault();
            }
            this.depth++;
            try {
              const result = method.apply(target, args);
              return result === target ? proxy : result;
            } finally {
              this.depth--;
            }
          };
          cache.set(prop, { method, wrapped });
        }
        return wrapped;
      },
    });
    return proxy;
  }

  /** Throws when the armed fault says this counted call fails. */
  private injectFault(): void {
    const fault = this.fault;
    if (!fault) return;
    fault.seen++;
    if (fault.seen === fault.at || (fault.mode === 'cutoff' && fault.seen > fault.at)) {
      fault.fired = true;
      throw new Error(fault.message);
    }
  }

  private record(kind: string, cells: number): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    this.trace?.push(kind);
    const base = this.latency[kind] ?? DEFAULT_LATENCY_MS[kind] ?? this.latency.default ?? OTHER_MS;
    const perCell = PER_CELL_KINDS.has(kind) ? (this.latency.perCell ?? PER_CELL_MS) * cells : 0;
    this.ms += base + perCell;
  }
}
