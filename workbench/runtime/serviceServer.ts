/**
 * The main-thread side of an execution running in the worker: it answers the worker's service
 * requests on the emulator's own objects, by number (HandleRef). One server per execution, so its
 * handles die with it, as an execution's objects do in Apps Script.
 *
 * A call that must wait for a person (ui.alert or ui.prompt while `person` is set) returns a
 * PendingAnswer: the reply is sent when the person answers, and the worker stays blocked until then.
 */
import { types } from 'node:util';
import type { Emulator } from '../emulator';
import { PendingAnswer, type PersonAnswers } from '../emulator/ui';
import {
  type HandleRef,
  isHandleRef,
  type ServiceReply,
  type ServiceRequest,
  type WireDescriptor,
  type WireError,
} from './wire';

type AnyFunction = (...args: unknown[]) => unknown;

/** Names of the methods an object answers to, own or inherited (not Object's nor Function's). */
function methodNames(value: object): string[] {
  const names = new Set<string>();
  for (
    let level: object | null = value;
    level !== null && level !== Object.prototype && level !== Function.prototype;
    level = Reflect.getPrototypeOf(level)
  ) {
    for (const name of Object.getOwnPropertyNames(level)) {
      if (name === 'constructor' || names.has(name)) continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(level, name);
      if (descriptor && typeof descriptor.value === 'function') names.add(name);
    }
  }
  return [...names];
}

function wireError(error: unknown): WireError {
  if (types.isNativeError(error)) {
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

/** What the server needs from the runtime around each call. */
interface ExecutionHooks {
  /** Runs one service call under the execution's clock and time limit. */
  timed<T>(call: () => T): T;
  /** The execution's Date.now(). */
  now(): number;
  /** Who answers alerts and prompts, or undefined to leave them to the emulator's queues. */
  person: PersonAnswers | undefined;
}

/** Answers one execution's service requests. */
export class ServiceServer {
  private readonly ids = new Map<object, number>();
  private readonly objects: object[] = [];

  constructor(
    private readonly emulator: Emulator,
    private readonly hooks: ExecutionHooks,
  ) {}

  /** The script's globals as handles. */
  globals(): Record<string, HandleRef> {
    return Object.fromEntries(
      Object.entries(this.emulator.globals).map(([name, value]) => [name, this.ref(value as object)]),
    );
  }

  /** Answers `request`; a call waiting for a person resolves when they answer. */
  handle(request: ServiceRequest): ServiceReply | Promise<ServiceReply> {
    let result: unknown;
    try {
      result = this.perform(request);
    } catch (error) {
      return { ok: false, error: wireError(error) };
    }
    if (!(result instanceof PendingAnswer)) return { ok: true, value: result };
    return result.value.then(
      (value): ServiceReply => ({ ok: true, value: this.encode(value) }),
      (error: unknown): ServiceReply => ({ ok: false, error: wireError(error) }),
    );
  }

  private perform(request: ServiceRequest): unknown {
    if (request.op === 'now') return this.hooks.now();
    const target = this.object(request.id);
    switch (request.op) {
      case 'get':
        return this.encode(Reflect.get(target, request.key));
      case 'has':
        return Reflect.has(target, request.key);
      case 'delete':
        return Reflect.deleteProperty(target, request.key);
      case 'keys':
        return Reflect.ownKeys(target).filter((key) => typeof key === 'string');
      case 'describe':
        return this.describe(target, request.key);
      case 'set':
        return Reflect.set(target, request.key, this.decode(request.value));
      case 'call':
        return this.invoke(Reflect.get(target, request.key), target, request.args);
      case 'apply':
        return this.invoke(target, this.decode(request.self), request.args);
    }
  }

  private describe(target: object, key: string): WireDescriptor | undefined {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
    if (!descriptor) return undefined;
    return {
      value: this.encode(Reflect.get(target, key)),
      writable: descriptor.writable ?? descriptor.set !== undefined,
      enumerable: descriptor.enumerable ?? false,
    };
  }

  /** Calls a service method for the script; only here may an alert or prompt ask the person. */
  private invoke(fn: unknown, self: unknown, args: readonly unknown[]): unknown {
    if (typeof fn !== 'function') throw new TypeError('Not a function.');
    const decoded = args.map((arg) => this.decode(arg));
    const { ui } = this.emulator;
    const result = this.hooks.timed(() => {
      ui.person = this.hooks.person;
      try {
        return Reflect.apply(fn as AnyFunction, self, decoded);
      } finally {
        ui.person = undefined;
      }
    });
    return result instanceof PendingAnswer ? result : this.encode(result);
  }

  private object(id: number): object {
    const found = this.objects[id];
    if (found === undefined) throw new Error(`No such object in this execution: ${id}.`);
    return found;
  }

  private ref(value: object): HandleRef {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.objects.length;
      this.objects.push(value);
      this.ids.set(value, id);
    }
    return { __handle: id, callable: typeof value === 'function', methods: methodNames(value) };
  }

  /** A value for the worker: primitives, Dates and arrays as they are, other objects as handles. */
  encode(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (types.isDate(value)) return new Date((value as Date).getTime());
    if (Array.isArray(value)) return value.map((item: unknown) => this.encode(item));
    return this.ref(value);
  }

  /** A value from the worker: handles back to the emulator's objects, deeply in arrays and plain objects. */
  decode(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (isHandleRef(value)) return this.object(value.__handle);
    if (types.isDate(value)) return value;
    if (Array.isArray(value)) return value.map((item: unknown) => this.decode(item));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.decode(item)]));
  }
}
