/**
 * The execution worker (a worker_thread; workerRuntime.ts starts it): runs one top-level function of
 * the bundle at a time in a fresh, stripped node:vm context, as ScriptRuntime does, but off the main
 * thread, so the execution may block while the main thread keeps serving the page. Every service
 * call is a synchronous request: posted to the main thread, which answers on the port and raises
 * the shared signal; the worker sleeps on Atomics.wait until then. A ui.alert or ui.prompt is such
 * a request whose answer comes when the person presses a button, so the script waits as in Sheets.
 */
import { readFileSync } from 'node:fs';
import { types } from 'node:util';
import { type Context, createContext, runInContext, Script } from 'node:vm';
import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { stripContext } from './scriptRuntime';
import {
  type DoneMessage,
  type HandleRef,
  isHandleRef,
  type RunMessage,
  type ServiceReply,
  type ServiceRequest,
  type WireDescriptor,
  type WorkerSetup,
} from './wire';

type AnyFunction = (...args: unknown[]) => unknown;

/** Sends one request to the main thread and returns its reply, blocking until it comes. */
type Ask = (request: ServiceRequest) => ServiceReply;

/** Asks over `port`, sleeping on `signal` until the main thread has posted the reply. */
function askOver(port: MessagePort, signal: Int32Array): Ask {
  return (request) => {
    Atomics.store(signal, 0, 0);
    port.postMessage(request);
    Atomics.wait(signal, 0, 0);
    for (;;) {
      const received = receiveMessageOnPort(port);
      if (received) return received.message as ServiceReply;
      Atomics.wait(signal, 0, 1, 1); // the signal came before the message was queued: look again
    }
  };
}

/**
 * The script's view of the emulator's objects: a proxy per handle whose every operation is a
 * request; values coming in are rebuilt in the context's realm (its Array and Date), errors are
 * rethrown as the context's Error.
 */
class RemoteMembrane {
  private readonly proxies = new Map<number, object>();
  private readonly handles = new WeakMap<object, number>();
  private readonly ArrayCtor: ArrayConstructor;
  private readonly DateCtor: DateConstructor;
  private readonly ErrorCtor: ErrorConstructor;
  private readonly objectPrototype: object;

  constructor(
    context: Context,
    private readonly ask: Ask,
  ) {
    this.ArrayCtor = runInContext('Array', context) as ArrayConstructor;
    this.DateCtor = runInContext('Date', context) as DateConstructor;
    this.ErrorCtor = runInContext('Error', context) as ErrorConstructor;
    this.objectPrototype = runInContext('Object.prototype', context) as object;
  }

  /** Sends a request; its value as the script should see it, or its error thrown in the script's realm. */
  request(request: ServiceRequest): unknown {
    return this.in(this.send(request));
  }

  /** Sends a request; its value as it crossed, or its error thrown in the script's realm. */
  private send(request: ServiceRequest): unknown {
    const reply = this.ask(request);
    if (reply.ok) return reply.value;
    const error = new this.ErrorCtor(reply.error.message);
    if (reply.error.name !== 'Error') error.name = reply.error.name;
    if (reply.error.stack) error.stack = reply.error.stack;
    throw error;
  }

  in(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (types.isDate(value)) return new this.DateCtor((value as Date).getTime());
    if (Array.isArray(value)) {
      const copy = new this.ArrayCtor(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.in(value[i]);
      return copy;
    }
    if (isHandleRef(value)) return this.proxy(value);
    throw new Error('The emulator sent an object that is not a handle.');
  }

  out(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const id = this.handles.get(value);
    if (id !== undefined) return { __handle: id, callable: false, methods: [] } satisfies HandleRef;
    if (typeof value === 'function')
      throw new TypeError('The workbench cannot hand a function to a service.');
    if (types.isDate(value)) return new Date((value as Date).getTime());
    if (Array.isArray(value)) {
      const copy: unknown[] = [];
      for (const item of value) copy.push(this.out(item));
      return copy;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = this.out((value as Record<string, unknown>)[key]);
    return copy;
  }

  private outAll(args: readonly unknown[]): unknown[] {
    return args.map((arg) => this.out(arg));
  }

  private proxy(ref: HandleRef): object {
    const known = this.proxies.get(ref.__handle);
    if (known) return known;
    const id = ref.__handle;
    const methods = new Set(ref.methods);
    const stubs = new Map<string, AnyFunction>();
    const stub = (key: string): AnyFunction => {
      let made = stubs.get(key);
      if (!made) {
        made = (...args: unknown[]) => this.request({ op: 'call', id, key, args: this.outAll(args) });
        stubs.set(key, made);
      }
      return made;
    };
    // An arrow function as the target of callable handles: its own properties are all configurable.
    const shadow: object = ref.callable ? () => undefined : Object.create(null);
    const proxy = new Proxy(shadow, {
      get: (_t, key) => {
        if (typeof key === 'symbol') return undefined;
        return methods.has(key) ? stub(key) : this.request({ op: 'get', id, key });
      },
      set: (_t, key, value) =>
        typeof key === 'string' && Boolean(this.request({ op: 'set', id, key, value: this.out(value) })),
      has: (_t, key) => typeof key === 'string' && Boolean(this.request({ op: 'has', id, key })),
      deleteProperty: (_t, key) =>
        typeof key === 'string' && Boolean(this.request({ op: 'delete', id, key })),
      ownKeys: () => this.request({ op: 'keys', id }) as string[],
      getPrototypeOf: () => this.objectPrototype,
      getOwnPropertyDescriptor: (_t, key) => {
        if (typeof key === 'symbol') return undefined;
        const found = this.send({ op: 'describe', id, key }) as WireDescriptor | undefined;
        return found && { ...found, value: this.in(found.value), configurable: true };
      },
      defineProperty: (_t, key, descriptor) =>
        typeof key === 'string' &&
        Boolean(this.request({ op: 'set', id, key, value: this.out(descriptor.value) })),
      apply: (_t, self, args: unknown[]) =>
        this.request({ op: 'apply', id, self: this.out(self), args: this.outAll(args) }),
    });
    this.proxies.set(id, proxy);
    this.handles.set(proxy, id);
    return proxy;
  }
}

/** As the main thread reports an error that stopped an execution (see WorkbookSession). */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one execution of `bundle` to its end. */
function run(message: RunMessage, bundle: Script, ask: Ask): DoneMessage {
  const context = createContext({});
  stripContext(context);
  const membrane = new RemoteMembrane(context, ask);
  for (const [name, ref] of Object.entries(message.globals)) context[name] = membrane.in(ref);
  const contextDate = runInContext('Date', context) as DateConstructor;
  contextDate.now = () => Number(membrane.request({ op: 'now' }));
  try {
    bundle.runInContext(context);
    const fn: unknown = context[message.name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${message.name}`);
    // Arguments are rebuilt inside the execution's own realm, as Apps Script hands them over.
    const contextJson = runInContext('JSON', context) as JSON;
    const result: unknown = (fn as AnyFunction)(...(contextJson.parse(message.argsJson) as unknown[]));
    const resultJson =
      message.caller === 'page' && result !== undefined ? contextJson.stringify(result) : undefined;
    return { type: 'done', ok: true, resultJson };
  } catch (error) {
    return { type: 'done', ok: false, message: messageOf(error) };
  }
}

/**
 * Serves executions on this worker thread, one per 'run' message, each answered with 'done'.
 * workerRuntime.ts starts the worker with a call to it; it refuses to run anywhere else.
 */
export function serveExecutions(): void {
  const setup = workerData as (WorkerSetup & { port: MessagePort }) | null;
  const parent = parentPort;
  if (!setup || !parent) throw new Error('serveExecutions runs on the execution worker.');
  const bundle = new Script(readFileSync(setup.codePath, 'utf8'), { filename: 'Code.js' });
  const ask = askOver(setup.port, new Int32Array(setup.signal));
  parent.on('message', (message: RunMessage) => {
    parent.postMessage(run(message, bundle, ask));
  });
}
