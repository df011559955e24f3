/**
 * Runs the built bundle (dist/Code.js) the way Apps Script does: each execution in a fresh
 * JavaScript context that holds only the Apps Script globals (no require, process or module), so
 * nothing survives between executions except what the services store.
 *
 * Each execution also has Apps Script's six minutes, on its own clock (see ExecutionClock).
 *
 * Each context is also a stripped V8: the library methods newer than ES2020 are deleted from its
 * own intrinsics (STRIPPED_BUILTINS), so a call to one in dist/Code.js fails here instead of
 * slipping through to a runtime that may lack it. Values the emulator hands the script cross a
 * small membrane (see Membrane) so that arrays from getValues() and the like are arrays of the
 * context, with the stripped prototype, not Node's full one.
 */
import { readFileSync } from 'node:fs';
import { types } from 'node:util';
import { type Context, createContext, runInContext, Script } from 'node:vm';
import type { Emulator } from '../emulator';
import { ExecutionClock, TIME_LIMIT_MESSAGE as LIMIT_MESSAGE } from './executionClock';

/** How the bundle is entered: by Sheets itself (menus, triggers) or by a page's google.script.run. */
type Caller = 'sheets' | 'page';

/**
 * Built-ins removed from every execution context, by owner. Owners are expressions evaluated in
 * the context; `%TypedArray%.prototype` and `%IteratorPrototype%` are reached through prototypes.
 * Mostly ES2021+ library methods, plus later ones (ES2024/2025 and proposals) for the same reason.
 * @forTests The stripped-V8 tests check each entry is gone.
 */
export const STRIPPED_BUILTINS: Readonly<Record<string, readonly string[]>> = {
  globalThis: ['structuredClone', 'AggregateError', 'WeakRef', 'FinalizationRegistry', 'Iterator'],
  Object: ['hasOwn', 'groupBy'],
  Map: ['groupBy'],
  Array: ['fromAsync'],
  'Array.prototype': [
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
    'toSpliced',
    'with',
    'group',
    'groupToMap',
  ],
  'Object.getPrototypeOf(Int8Array.prototype)': [
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
    'with',
  ],
  'String.prototype': ['at', 'replaceAll', 'isWellFormed', 'toWellFormed'],
  Promise: ['any', 'withResolvers', 'try'],
  'Set.prototype': [
    'union',
    'intersection',
    'difference',
    'symmetricDifference',
    'isSubsetOf',
    'isSupersetOf',
    'isDisjointFrom',
  ],
  // Iterator helpers live on %IteratorPrototype%, reachable from any array iterator.
  'Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))': [
    'map',
    'filter',
    'take',
    'drop',
    'flatMap',
    'reduce',
    'toArray',
    'forEach',
    'some',
    'every',
    'find',
  ],
  'ArrayBuffer.prototype': ['resize', 'transfer', 'transferToFixedLength'],
  Atomics: ['waitAsync'],
  Math: ['sumPrecise'],
  Error: ['isError'],
  RegExp: ['escape'],
};

/** The script that deletes STRIPPED_BUILTINS inside a context (its own realm's intrinsics). */
const STRIP_SOURCE = Object.entries(STRIPPED_BUILTINS)
  .map(
    ([owner, names]) =>
      `{ const target = ${owner}; if (target) for (const name of ${JSON.stringify(names)}) delete target[name]; }`,
  )
  .join('\n');
const STRIP_SCRIPT = new Script(STRIP_SOURCE, { filename: 'strip-post-es2020.js' });

/** Removes every STRIPPED_BUILTINS entry from `context`'s own intrinsics. */
export function stripContext(context: Context): void {
  STRIP_SCRIPT.runInContext(context);
}

type AnyFunction = (...args: unknown[]) => unknown;

/** `value instanceof ctor` without narrowing: the ctor is another realm's, so TS's narrowing is wrong. */
function madeBy(
  value: object,
  ctor: AnyFunction | ObjectConstructor | ErrorConstructor | ArrayConstructor,
): boolean {
  return value instanceof ctor;
}

/**
 * The boundary between the emulator (Node's realm) and one execution context. Objects going in are
 * viewed through proxies whose methods pass results back through the membrane; arrays are copied
 * into the context's own Array (so Array.prototype there is the stripped one); errors are rethrown
 * as the context's Error (so `error instanceof Error` holds in the script, as in Apps Script).
 * Everything going out is unwrapped, so the emulator sees its own objects again (instanceof and
 * === checks keep working). Proxies use an empty shadow target so frozen emulator objects (enums)
 * can still be wrapped consistently without breaking Proxy invariants.
 */
class Membrane {
  private readonly toProxy = new WeakMap<object, object>();
  private readonly toRaw = new WeakMap<object, object>();
  private readonly ArrayCtor: ArrayConstructor;
  private readonly ObjectCtor: ObjectConstructor;
  private readonly ErrorCtor: ErrorConstructor;
  private readonly DateCtor: DateConstructor;

  constructor(context: Context) {
    this.ArrayCtor = runInContext('Array', context) as ArrayConstructor;
    this.ObjectCtor = runInContext('Object', context) as ObjectConstructor;
    this.ErrorCtor = runInContext('Error', context) as ErrorConstructor;
    this.DateCtor = runInContext('Date', context) as DateConstructor;
  }

  /** A value as the script should see it. */
  in(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const known = this.toProxy.get(value);
    if (known) return known;
    if (this.toRaw.has(value)) return value;
    if (Array.isArray(value)) {
      if (madeBy(value, this.ArrayCtor)) return value;
      const copy = new this.ArrayCtor(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.in(value[i]);
      return copy;
    }
    if (madeBy(value, this.ObjectCtor)) return value; // made by the script itself
    if (typeof value === 'function') return this.wrapFunction(value as AnyFunction);
    if (types.isDate(value)) return new this.DateCtor((value as Date).getTime());
    return this.wrapObject(value);
  }

  /** A value as the emulator should see it: membrane proxies back to their targets, deeply in arrays. */
  out(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const raw = this.toRaw.get(value);
    if (raw) return raw;
    if (Array.isArray(value) && this.holdsProxy(value)) return value.map((item) => this.out(item));
    return value;
  }

  private holdsProxy(values: unknown[]): boolean {
    return values.some(
      (v) =>
        v !== null &&
        typeof v === 'object' &&
        (this.toRaw.has(v) || (Array.isArray(v) && this.holdsProxy(v))),
    );
  }

  private remember<T extends object>(raw: object, proxy: T): T {
    this.toProxy.set(raw, proxy);
    this.toRaw.set(proxy, raw);
    return proxy;
  }

  /** Rethrows an emulator error as the context's Error, keeping message, name and stack. */
  private rethrow(error: unknown): never {
    if (!types.isNativeError(error) || madeBy(error, this.ErrorCtor)) throw error;
    const inner = new this.ErrorCtor(error.message);
    if (error.name !== 'Error') inner.name = error.name;
    if (error.stack) inner.stack = error.stack;
    throw inner;
  }

  private call(fn: AnyFunction, self: unknown, args: unknown[]): unknown {
    let result: unknown;
    try {
      result = Reflect.apply(
        fn,
        this.out(self),
        args.map((a) => this.out(a)),
      );
    } catch (error) {
      this.rethrow(error);
    }
    return this.in(result);
  }

  private wrapFunction(fn: AnyFunction): AnyFunction {
    const membrane = this;
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      return membrane.call(fn, this, args);
    };
    return this.remember(fn, wrapped);
  }

  private wrapObject(raw: object): object {
    const shadow: object = Object.create(null);
    const proxy = new Proxy(shadow, {
      get: (_t, prop) => this.in(Reflect.get(raw, prop)),
      set: (_t, prop, value) => Reflect.set(raw, prop, this.out(value)),
      has: (_t, prop) => Reflect.has(raw, prop),
      deleteProperty: (_t, prop) => Reflect.deleteProperty(raw, prop),
      ownKeys: () => Reflect.ownKeys(raw),
      getPrototypeOf: () => Reflect.getPrototypeOf(raw),
      // Reported configurable: the shadow holds no such property, and a proxy may not claim a
      // non-configurable one it does not have.
      getOwnPropertyDescriptor: (_t, prop) => {
        const d = Reflect.getOwnPropertyDescriptor(raw, prop);
        if (!d) return undefined;
        if ('value' in d) d.value = this.in(d.value);
        return { ...d, configurable: true };
      },
      defineProperty: (_t, prop, d) => Reflect.defineProperty(raw, prop, d),
    });
    return this.remember(raw, proxy);
  }
}

/** Apps Script's limit on one execution (installable triggers, menus, google.script.run). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** What Apps Script says when it stops an execution at its limit (ExecutionClock's). @forTests */
export const TIME_LIMIT_MESSAGE = LIMIT_MESSAGE;

/** How a runtime runs executions. */
export interface RuntimeOptions {
  /** The longest an execution may run on its own clock; default Apps Script's 6 minutes. */
  readonly executionLimitMs?: number;
}

export class ScriptRuntime {
  private readonly script: Script;
  private readonly limitMs: number;

  constructor(
    private readonly emulator: Emulator,
    readonly codePath: string,
    options: RuntimeOptions = {},
  ) {
    this.script = new Script(readFileSync(codePath, 'utf8'), { filename: 'Code.js' });
    this.limitMs = options.executionLimitMs ?? EXECUTION_LIMIT_MS;
    emulator.attachScript((name) => this.topLevelFunction(name));
  }

  /** Runs one execution on its own clock (ExecutionClock); the script's Date.now() reads it. */
  private timed<T>(context: Record<string, unknown>, run: () => T): T {
    const clock = new ExecutionClock(this.emulator, this.limitMs);
    const contextDate = runInContext('Date', context) as DateConstructor;
    contextDate.now = () => clock.now();
    return clock.timed(run);
  }

  /** A fresh, stripped execution context with the emulator's globals (through a membrane) and the bundle loaded. */
  private freshContext(): { context: Record<string, unknown>; membrane: Membrane } {
    const context = createContext({});
    stripContext(context);
    const membrane = new Membrane(context);
    for (const [name, value] of Object.entries(this.emulator.globals)) context[name] = membrane.in(value);
    this.emulator.bindContext(context);
    this.script.runInContext(context);
    return { context, membrane };
  }

  /** Top-level function `name` of a fresh execution, as Apps Script would find it. */
  private topLevelFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
    const { context, membrane } = this.freshContext();
    const candidate = context[name];
    if (typeof candidate !== 'function') return undefined;
    // The emulator calls it with its own objects (an event): they enter through the membrane.
    return (...args: unknown[]) =>
      this.timed(context, () => membrane.out((candidate as AnyFunction)(...args.map((a) => membrane.in(a)))));
  }

  /** The names of every top-level function the bundle declares. */
  functionNames(): string[] {
    const { context } = this.freshContext();
    return Object.keys(context).filter(
      (name) => typeof context[name] === 'function' && !(name in this.emulator.globals),
    );
  }

  /**
   * Calls a top-level function in a new execution. From a page, Apps Script refuses names ending in
   * `_` and carries arguments and results as JSON (so a Date arrives as a string).
   */
  call(name: string, args: readonly unknown[] = [], caller: Caller = 'sheets'): unknown {
    if (caller === 'page' && name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
    const { context, membrane } = this.freshContext();
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    if (caller === 'sheets')
      return this.timed(context, () => membrane.out(fn(...args.map((a) => membrane.in(a)))));
    // Arguments are rebuilt inside the execution's own realm, as Apps Script hands them over.
    const contextJson = runInContext('JSON', context) as JSON;
    const result = this.timed(context, () => fn(...(contextJson.parse(JSON.stringify(args)) as unknown[])));
    return result === undefined ? undefined : JSON.parse(contextJson.stringify(result));
  }
}
