/**
 * Runs executions of the built bundle in a worker thread (executionWorker.ts) against the emulator
 * on this thread, so an execution can wait for a person: its ui.alert or ui.prompt blocks the
 * worker on Atomics.wait while this thread, free, serves the page that shows the dialog; the
 * person's button (and text) is the call's answer and the script goes on from there, as in Sheets.
 * Nothing is replayed: the execution runs once, from its first line to its last.
 *
 * Executions run one at a time, in the order asked (a modal dialog holds back the next one, as the
 * dialog holds back the person in Sheets). The worker is started on the first call.
 */
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Emulator } from '../emulator';
import type { PersonAnswers } from '../emulator/ui';
import { ExecutionClock } from './executionClock';
import { serveExecutions } from './executionWorker';
import { EXECUTION_LIMIT_MS, type RuntimeOptions } from './scriptRuntime';
import { ServiceServer } from './serviceServer';
import type { DoneMessage, RunMessage, ServiceReply, ServiceRequest, WorkerSetup } from './wire';

let workerSource: string | undefined;

/**
 * The worker's code, bundled once per process (it is TypeScript, and a worker runs plain JS): a
 * call to serveExecutions, named from the function itself so a rename cannot leave it behind.
 */
function workerCode(): string {
  const entry = `import { ${serveExecutions.name} } from './executionWorker';\n${serveExecutions.name}();\n`;
  workerSource ??=
    buildSync({
      stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts', sourcefile: 'worker.ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0]?.text ?? '';
  return workerSource;
}

/** The execution in progress: who answers its requests and how it ends. */
interface Running {
  server: ServiceServer;
  finish: (message: DoneMessage) => void;
  fail: (error: Error) => void;
}

/** A worker running one execution at a time, each in a fresh context, against `emulator`. */
export class WorkerRuntime {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly signal = new SharedArrayBuffer(4);
  private running: Running | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly limitMs: number;

  constructor(
    private readonly emulator: Emulator,
    readonly codePath: string,
    options: RuntimeOptions = {},
  ) {
    this.limitMs = options.executionLimitMs ?? EXECUTION_LIMIT_MS;
  }

  /**
   * Calls a top-level function in a new execution, after any before it end. `person` answers its
   * alerts and prompts (without one, the emulator's queues do). From a page, Apps Script refuses
   * names ending in `_` and carries arguments and results as JSON; from Sheets the result is dropped.
   */
  call(
    name: string,
    args: readonly unknown[] = [],
    caller: 'sheets' | 'page' = 'sheets',
    person?: PersonAnswers,
  ): Promise<unknown> {
    const next = this.queue.catch(() => undefined).then(() => this.execute(name, args, caller, person));
    this.queue = next;
    return next;
  }

  /** Stops the worker (an execution in progress fails). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.port?.close();
    this.port = undefined;
    if (worker) await worker.terminate();
  }

  private execute(
    name: string,
    args: readonly unknown[],
    caller: 'sheets' | 'page',
    person: PersonAnswers | undefined,
  ): Promise<unknown> {
    if (caller === 'page' && name.endsWith('_'))
      return Promise.reject(new Error(`Script function not found: ${name}`));
    const worker = this.started();
    worker.ref(); // a waiting execution keeps the process alive; an idle worker does not
    const clock = new ExecutionClock(this.emulator, this.limitMs);
    const server = new ServiceServer(this.emulator, {
      timed: (run) => clock.timed(run),
      now: () => clock.now(),
      person,
    });
    return new Promise((resolveRun, rejectRun) => {
      this.running = {
        server,
        finish: (message) => {
          this.running = undefined;
          worker.unref();
          if (!message.ok) rejectRun(new Error(message.message));
          else resolveRun(message.resultJson === undefined ? undefined : JSON.parse(message.resultJson));
        },
        fail: (error) => {
          this.running = undefined;
          rejectRun(error);
        },
      };
      const run: RunMessage = {
        type: 'run',
        name,
        caller,
        argsJson: JSON.stringify(args),
        globals: server.globals(),
      };
      worker.postMessage(run);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const { port1, port2 } = new MessageChannel();
    const setup: WorkerSetup & { port: MessagePort } = {
      codePath: this.codePath,
      signal: this.signal,
      port: port1,
    };
    const worker = new Worker(workerCode(), { eval: true, workerData: setup, transferList: [port1] });
    worker.unref();
    port2.unref();
    port2.on('message', (request: ServiceRequest) => this.answer(port2, request));
    worker.on('message', (message: DoneMessage) => this.running?.finish(message));
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.running?.fail(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The execution worker stopped (exit code ${code}).`)));
    this.worker = worker;
    this.port = port2;
    return worker;
  }

  /** Answers one request of the running execution, now or once a person has answered. */
  private answer(port: MessagePort, request: ServiceRequest): void {
    const server = this.running?.server;
    const reply: ServiceReply | Promise<ServiceReply> = server
      ? server.handle(request)
      : { ok: false, error: { name: 'Error', message: 'No execution is running.' } };
    const send = (value: ServiceReply) => {
      try {
        port.postMessage(value);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ ok: false, error: { name: 'Error', message } } satisfies ServiceReply);
      }
      Atomics.store(new Int32Array(this.signal), 0, 1);
      Atomics.notify(new Int32Array(this.signal), 0);
    };
    if (reply instanceof Promise) void reply.then(send);
    else send(reply);
  }
}
