/**
 * What crosses between the execution worker (executionWorker.ts, where the script runs) and the
 * emulator on the main thread (serviceServer.ts). Primitives, Dates and arrays cross as they are (by
 * structured clone); every other emulator object and function crosses as a HandleRef, and the
 * worker calls it back through a ServiceRequest. Plain objects the script makes cross as they are.
 */

/** An emulator object or function by number, with the names of its methods (so a call is one round trip). */
export interface HandleRef {
  readonly __handle: number;
  readonly callable: boolean;
  readonly methods: readonly string[];
}

/** One service operation the script asks of the emulator, on the object or function `id` names. */
export type ServiceRequest =
  | { readonly op: 'get' | 'has' | 'delete' | 'describe'; readonly id: number; readonly key: string }
  | { readonly op: 'set'; readonly id: number; readonly key: string; readonly value: unknown }
  | { readonly op: 'call'; readonly id: number; readonly key: string; readonly args: readonly unknown[] }
  | { readonly op: 'apply'; readonly id: number; readonly self: unknown; readonly args: readonly unknown[] }
  | { readonly op: 'keys'; readonly id: number }
  | { readonly op: 'now' };

/** An error as it crosses: the worker rethrows it as the execution's own Error. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** The emulator's answer to one ServiceRequest. */
export type ServiceReply =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: WireError };

/** A property as `describe` answers it (always configurable: see the worker's proxies). */
export interface WireDescriptor {
  readonly value: unknown;
  readonly writable: boolean;
  readonly enumerable: boolean;
}

/** Starts one execution: the top-level function `name`, the globals it sees, and its arguments. */
export interface RunMessage {
  readonly type: 'run';
  readonly name: string;
  readonly caller: 'sheets' | 'page';
  /** The arguments as JSON: a page's google.script.run hands them over as JSON. */
  readonly argsJson: string;
  readonly globals: Readonly<Record<string, HandleRef>>;
}

/** How an execution ended: its result as JSON (for a page), or the error that stopped it. */
export type DoneMessage =
  | { readonly type: 'done'; readonly ok: true; readonly resultJson: string | undefined }
  | { readonly type: 'done'; readonly ok: false; readonly message: string };

/** What the worker is started with. */
export interface WorkerSetup {
  readonly codePath: string;
  /** Int32 [0]: set to 1 by the main thread once a reply is posted on `port`. */
  readonly signal: SharedArrayBuffer;
}

/** True for a HandleRef (every other object crossing is an array, a Date or the script's own plain object). */
export function isHandleRef(value: unknown): value is HandleRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { __handle?: unknown }).__handle === 'number'
  );
}
