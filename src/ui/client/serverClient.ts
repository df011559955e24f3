/**
 * The one way a page talks to the server: a Proxy typed from the server's exports, so
 * `serverClient.saveRecord(tableKey, payload)` is checked against `saveRecord` in src/server/main.ts
 * and returns a promise of its answer, a PageResult (src/core/pageResult.ts): check `ok`, then read
 * the data or the refusal's message and field errors. google.script.run serialises results as JSON,
 * so dates arrive as strings.
 */
import type { PageResult } from '../../core/pageResult';
import type * as ServerExports from '../../server/main';

type ServerApi = typeof ServerExports;

/** The public server functions that answer neither nothing (menus, triggers) nor a PageResult. */
type Unanswered = {
  [K in keyof ServerApi]: ReturnType<ServerApi[K]> extends PageResult<object, object>
    ? never
    : ReturnType<ServerApi[K]> extends void
      ? never
      : K;
}[keyof ServerApi];
type MustBeNone<T extends never> = T;
/** Compiles only while every public server function answers a PageResult (or, for menus, nothing). */
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check; nothing needs to name it.
type EveryServerCallAnswersAPageResult = MustBeNone<Unanswered>;

/** What JSON makes of a server result (google.script.run drops functions and turns Date into string). */
type OverTheWire<T> = T extends Date
  ? string
  : T extends (...args: never[]) => unknown
    ? never
    : T extends readonly (infer U)[]
      ? OverTheWire<U>[]
      : T extends object
        ? { [K in keyof T]: OverTheWire<T[K]> }
        : T;

type Remote<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<OverTheWire<R>> : never;

/** Every public server function, as a promise-returning call. */
export type ServerClient = { readonly [K in keyof ServerApi]: Remote<ServerApi[K]> };

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

interface ScriptHost {
  close(): void;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRunner; host: ScriptHost } };
  }
}

function runner(): ScriptRunner {
  const run = window.google?.script.run;
  if (!run) throw new Error('google.script.run is not available: open this page from the Suki menu.');
  return run;
}

export const serverClient = new Proxy({} as ServerClient, {
  get(_target, name) {
    if (typeof name !== 'string') return undefined;
    return (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const call = runner().withSuccessHandler(resolve).withFailureHandler(reject)[name];
        if (typeof call !== 'function') {
          reject(new Error(`The server has no function ${name}.`));
          return;
        }
        call(...args);
      });
  },
});

/** Closes the sidebar or dialog the page is in. */
export function closePage(): void {
  window.google?.script.host.close();
}
