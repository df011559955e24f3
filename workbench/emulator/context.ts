/**
 * Shared state of one emulator instance: who is running, in which auth mode, the emulated clock,
 * the spreadsheet model and every service's store. All fakes hold a reference to it.
 */
import { type AuthModeName, assertAllowed } from './auth';
import { CallCounter } from './callCounter';
import type { HandleMakers } from './handles';
import type { SentMail } from './mail';
import { manifestScopes } from './manifest';
import { type BookModel, newBookModel } from './model';
import type { InstalledTrigger } from './scriptApp';
import type { UiRecorder } from './ui';

/**
 * An editor add-on's state in this document (developers.google.com/workspace/add-ons/concepts/
 * editor-auth-lifecycle): 'installed' for the user but not yet used here, so simple triggers run
 * in AuthMode.NONE; 'enabled' once anyone used it in the document, so they run in LIMITED.
 */
export type AddOnState = 'installed' | 'enabled';

/** Options, as documented on EmulatorOptions in index.ts. */
export interface EmulatorOptions {
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  ownerEmail?: string;
  locale?: string;
  spreadsheetLocale?: string;
  timeZone?: string;
  spreadsheetName?: string;
  authMode?: AuthModeName;
  htmlFiles?: (name: string) => string | undefined;
  mailQuota?: number;
  latencyMs?: Partial<Record<string, number>>;
  noContainer?: boolean;
  /** Title of the menu createAddonMenu() builds; Sheets uses the add-on's name. */
  addonName?: string;
  /**
   * The OAuth scopes the project is granted. Default: the `oauthScopes` of the repository's
   * appsscript.json. 'auto' models a manifest without the field (Apps Script then grants whatever
   * the code uses), so no call is refused for its scope.
   */
  oauthScopes?: readonly string[] | 'auto';
  /** The add-on's state in this document; decides the mode of simple triggers. Default 'enabled'. */
  addOnState?: AddOnState;
  /**
   * The most cells the workbook may hold. Default: Sheets' own 10,000,000 (SHEETS_CELL_LIMIT), which
   * every test, the seed and `npm start` keep. A higher one is the scale benchmark's only: it
   * measures a size past Sheets' limit with the limit lifted and labels those figures so.
   */
  cellLimit?: number;
}

/** A cached value and when it expires on the emulated clock. */
export interface CacheEntry {
  value: string;
  expiresAt: number;
}

/** One lock: whether this execution holds it, and how many other executions do. */
export interface LockState {
  held: boolean;
  elsewhere: number;
}

/** A script's top-level function lookup, as attachScript receives it. */
export type ScriptLookup = (functionName: string) => ((...args: unknown[]) => unknown) | undefined;

/** The state every fake shares. */
export class EmulatorContext {
  readonly calls: CallCounter;
  readonly book: BookModel;
  authMode: AuthModeName;
  /** The scopes granted by the manifest; undefined when it lists none (everything is granted). */
  readonly grantedScopes: ReadonlySet<string> | undefined;
  addOnState: AddOnState;
  activeUser: string;
  effectiveUser: string;
  locale: string;
  readonly logs: string[] = [];
  readonly outbox: SentMail[] = [];
  mailUsed = 0;
  readonly triggers: InstalledTrigger[] = [];
  readonly triggerErrors: { functionName: string; error: string }[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  readonly caches = new Map<string, Map<string, CacheEntry>>();
  readonly locks = new Map<string, LockState>();
  script: ScriptLookup | undefined;
  /** Date constructor for values handed to the script, so they pass `instanceof Date` in its realm. */
  dateCtor: DateConstructor = Date;
  /**
   * Array constructor for the values getValues hands the script: made in its realm, they cross into
   * it as they are (the runtime copies an array from another realm cell by cell).
   */
  arrayCtor: ArrayConstructor = Array;
  private clockOffset = 0;
  /** How many time-driven executions are running now (they have no container; see fireTrigger). */
  private containerlessRuns = 0;

  constructor(
    readonly options: EmulatorOptions,
    readonly ui: UiRecorder,
    /** How ranges, sheets and the spreadsheet are made (handles.ts; createEmulator passes them). */
    readonly handles: HandleMakers,
  ) {
    this.calls = new CallCounter(options.latencyMs);
    const scopes = options.oauthScopes ?? manifestScopes();
    this.grantedScopes = scopes === 'auto' || scopes === undefined ? undefined : new Set(scopes);
    this.calls.guard = (kind) => assertAllowed(kind, this.authMode, this.grantedScopes);
    this.authMode = options.authMode ?? 'FULL';
    this.addOnState = options.addOnState ?? 'enabled';
    this.activeUser = options.activeUserEmail ?? 'head@example.com';
    this.effectiveUser = options.effectiveUserEmail ?? (this.activeUser || 'owner@example.com');
    this.locale = options.locale ?? 'en';
    this.book = newBookModel({
      name: options.spreadsheetName ?? 'Suki workbook',
      timeZone: options.timeZone ?? 'Asia/Manila',
      locale: options.spreadsheetLocale ?? 'en_US',
      owner: options.ownerEmail ?? 'head@example.com',
      ...(options.cellLimit === undefined ? {} : { cellLimit: options.cellLimit }),
    });
  }

  /** Emulated time in epoch ms: real time plus every advance (sleeps, lock waits). */
  now(): number {
    return Date.now() + this.clockOffset;
  }

  /** Moves the emulated clock forward without waiting. */
  advance(ms: number): void {
    this.clockOffset += Math.max(0, ms);
  }

  /** A Date for the script's realm. */
  outDate(ms: number): Date {
    return new this.dateCtor(ms);
  }

  /** Wraps a fake so its calls are counted (and auth-checked) as `cls.method`. */
  track<T extends object>(obj: T, cls: string, cells?: (target: T) => number): T {
    return this.calls.track(obj, cls, cells);
  }

  /** The user whose per-user stores (properties, cache, locks) apply: the one the script runs as. */
  userKey(): string {
    return this.effectiveUser;
  }

  /** The script's time zone; one zone serves script and spreadsheet here. */
  get timeZone(): string {
    return this.book.timeZone;
  }

  /**
   * Runs fn under another auth mode, effective user and (when given) active user, restoring all
   * three afterwards. An active user of '' is one Google hides from the script.
   */
  runAs<T>(mode: AuthModeName, effectiveUser: string, fn: () => T, activeUser: string = this.activeUser): T {
    const saved = [this.authMode, this.effectiveUser, this.activeUser] as const;
    this.authMode = mode;
    this.effectiveUser = effectiveUser;
    this.activeUser = activeUser;
    try {
      return this.calls.asScript(fn);
    } finally {
      [this.authMode, this.effectiveUser, this.activeUser] = saved;
    }
  }

  /**
   * Whether the running execution has a container: the spreadsheet it is bound to, its document
   * properties, cache and lock, and its Ui. Not with the noContainer option, nor in a time-driven
   * trigger's execution (withoutContainer).
   */
  hasContainer(): boolean {
    return !this.options.noContainer && this.containerlessRuns === 0;
  }

  /** Runs fn as an execution without a container (a time-driven trigger's), whatever the options. */
  withoutContainer<T>(fn: () => T): T {
    this.containerlessRuns++;
    try {
      return fn();
    } finally {
      this.containerlessRuns--;
    }
  }

  /** A lock's state, created on first use. */
  lock(name: string): LockState {
    let state = this.locks.get(name);
    if (!state) {
      state = { held: false, elsewhere: 0 };
      this.locks.set(name, state);
    }
    return state;
  }
}

/** Casts a fake to the Apps Script type it stands in for. Fakes implement only what Suki uses. */
export function asGas<T>(fake: unknown): T {
  return fake as unknown as T;
}
