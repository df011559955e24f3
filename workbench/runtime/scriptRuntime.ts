/**
 * Runs the built bundle (dist/Code.js) the way Apps Script does: each execution in a fresh
 * JavaScript context that holds only the Apps Script globals (no require, process or module), so
 * nothing survives between executions except what the services store.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext, Script } from 'node:vm';
import type { Emulator } from '../emulator';

/** How the bundle is entered: by Sheets itself (menus, triggers) or by a page's google.script.run. */
export type Caller = 'sheets' | 'page';

export class ScriptRuntime {
  private readonly script: Script;

  constructor(
    private readonly emulator: Emulator,
    readonly codePath: string,
  ) {
    this.script = new Script(readFileSync(codePath, 'utf8'), { filename: 'Code.js' });
    emulator.attachScript((name) => this.topLevelFunction(name));
  }

  /** A fresh execution context with the bundle loaded. */
  private freshContext(): Record<string, unknown> {
    const context = createContext({ ...this.emulator.globals });
    this.emulator.bindContext(context);
    this.script.runInContext(context);
    return context;
  }

  /** Top-level function `name` of a fresh execution, as Apps Script would find it. */
  private topLevelFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
    const candidate = this.freshContext()[name];
    return typeof candidate === 'function' ? (candidate as (...args: unknown[]) => unknown) : undefined;
  }

  /** The names of every top-level function the bundle declares. */
  functionNames(): string[] {
    const context = this.freshContext();
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
    const context = this.freshContext();
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    if (caller === 'sheets') return fn(...args);
    // Arguments are rebuilt inside the execution's own realm, as Apps Script hands them over.
    const contextJson = runInContext('JSON', context) as JSON;
    const result = fn(...(contextJson.parse(JSON.stringify(args)) as unknown[]));
    return result === undefined ? undefined : JSON.parse(contextJson.stringify(result));
  }
}
