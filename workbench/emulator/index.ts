/**
 * Suki's local Apps Script: typed fakes of the services Suki uses, over an in-memory spreadsheet,
 * counting every service call. Google's services cannot be reached from the build machine, so
 * tests, benchmarks and the preview server all run against this.
 */
import vm from 'node:vm';
import type { AuthModeName } from './auth';
import { createCacheService } from './cache';
import type { CallCounter } from './callCounter';
import { type AddOnState, EmulatorContext, type EmulatorOptions, type ScriptLookup } from './context';
import { fireTrigger, personEdit, personOpen } from './events';
import { rangeOf, spreadsheetOf } from './handles';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createMailApp, type SentMail } from './mail';
import { sheetById } from './model';
import { createPropertiesService } from './properties';
import { makeRange } from './range';
import { createScriptApp, type InstalledTrigger } from './scriptApp';
import { createSession } from './session';
import { makeSheet } from './sheet';
import { copySheet } from './sheetCopy';
import { makeSpreadsheet } from './spreadsheet';
import { createCharts, createSpreadsheetApp } from './spreadsheetApp';
import { createUiRecorder, type UiRecorder } from './ui';
import { createConsole, createLogger, createUtilities } from './utilities';

/** @forTests The names tests build emulators with (modes, scopes, options). */
export type { AuthModeName } from './auth';
/** @forTests */
export { SCOPE } from './auth';
/** @forTests */
export type { EmulatorOptions } from './context';
/** Sheets' limit on one spreadsheet's cells, which the emulator enforces unless made with another. */
export { SHEETS_CELL_LIMIT } from './model';
export type { MenuEntry } from './ui';

/** The globals a script sees, ready for a node:vm context or globalThis. */
interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: Pick<GoogleAppsScript.Charts.Charts, 'ChartType'>;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
}

/** One emulated spreadsheet with its bound script's services. */
export interface Emulator {
  globals: AppsScriptGlobals;
  calls: CallCounter;
  /** The mode scripts run in now; assigning it is the same as setAuthMode. */
  authMode: AuthModeName;
  setAuthMode(mode: AuthModeName): void;
  /**
   * The add-on's state in this document: 'installed' (simple onOpen/onEdit run in NONE) or
   * 'enabled' (they run in LIMITED). Assign 'enabled' when a person first uses the add-on here.
   */
  addOnState: AddOnState;
  /** The OAuth scopes the manifest grants, or undefined when any scope is granted ('auto'). */
  grantedScopes: readonly string[] | undefined;
  /** Changes who runs the script; the effective user follows (add-ons run as the active user). */
  setActiveUser(email: string, locale?: string): void;
  /**
   * The most cells the workbook may hold: Sheets' 10,000,000 unless the emulator was made with
   * another `cellLimit` (EmulatorOptions); the seed checks a demo against it before writing.
   */
  readonly cellLimit: number;
  /** Runs fn with call counting paused, for test inspection. */
  uncounted<T>(fn: () => T): T;
  /** Values of a sheet as getValues would return them (uncounted); [] for an empty sheet. */
  sheetValues(sheetName: string): unknown[][];
  /** Makes a selection, as a person clicking would (getActiveRange then returns it). */
  select(sheetName: string, row: number, column: number, numRows?: number, numColumns?: number): void;
  /** Moves the emulated clock (cache expiry, lock waits, Utilities.sleep) forward. */
  advanceClock(ms: number): void;
  /** Emulated now, in epoch ms. */
  now(): number;
  locks: { holdDocumentLockElsewhere(): () => void; holdScriptLockElsewhere(): () => void };
  ui: UiRecorder;
  mail: { outbox: SentMail[]; remaining(): number };
  triggers: () => InstalledTrigger[];
  /** Tells the emulator how to find the script's top-level functions (so it can fire onEdit/onOpen as Sheets does). */
  attachScript(lookup: ScriptLookup): void;
  /**
   * A person types `value` into a cell: parsed as typed in Sheets unless the cell is plain text
   * ('@', stored verbatim), data validation enforced (returns { accepted:false, reason } and
   * changes nothing when validation or protection rejects), then the simple trigger onEdit(e)
   * fires under AuthMode.LIMITED (NONE while addOnState is 'installed') and any installable onEdit
   * trigger under FULL as its creator, who sees the person's e-mail only when they are the creator.
   * Errors thrown by onEdit are caught and recorded in `triggerErrors`, never thrown, like Sheets.
   */
  personEdit(
    sheetName: string,
    row: number,
    column: number,
    value: string,
  ): { accepted: boolean; reason?: string };
  /**
   * A person duplicates a sheet from its tab menu: the copy (content, formats and all its developer
   * metadata) lands right after it as "Copy of <name>" and becomes active. Returns the copy's name.
   */
  personDuplicateSheet(sheetName: string): string;
  /**
   * A person opens the document: onOpen(e) runs in `mode` (default from addOnState: NONE when
   * 'installed', LIMITED when 'enabled'), then installable onOpen triggers.
   */
  personOpen(mode?: AuthModeName): void;
  /**
   * Runs an installable trigger's handler now, as its creator in FULL mode; no active user e-mail.
   * A time-driven trigger runs with no container (no active spreadsheet, Ui or document stores).
   */
  fireTrigger(uniqueId: string): void;
  triggerErrors: { functionName: string; error: string }[];
  /** Logger.log and console lines. */
  logs: string[];
  /** The spreadsheet object as the script sees it (counted like any call). */
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Makes Dates (and getValues' arrays) handed to the script come from a vm context's realm, so `instanceof` holds there. */
  bindContext(context: vm.Context): void;
}

/** Creates an emulator: one spreadsheet holding 'Sheet1', and the services bound to it. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const recorder = createUiRecorder();
  const ctx = new EmulatorContext(options, recorder, {
    range: makeRange,
    sheet: makeSheet,
    spreadsheet: makeSpreadsheet,
  });
  const holdElsewhere = (name: string) => () => {
    const state = ctx.lock(name);
    state.elsewhere++;
    let released = false;
    return () => {
      if (!released) state.elsewhere--;
      released = true;
    };
  };
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: createSpreadsheetApp(ctx, recorder),
    Charts: createCharts(),
    HtmlService: createHtmlService(ctx),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx),
    LockService: createLockService(ctx),
    Session: createSession(ctx),
    MailApp: createMailApp(ctx),
    Utilities: createUtilities(ctx),
    ScriptApp: createScriptApp(ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
  };
  return {
    globals,
    calls: ctx.calls,
    get authMode() {
      return ctx.authMode;
    },
    set authMode(mode) {
      ctx.authMode = mode;
    },
    setAuthMode: (mode) => {
      ctx.authMode = mode;
    },
    get addOnState() {
      return ctx.addOnState;
    },
    set addOnState(state) {
      ctx.addOnState = state;
    },
    grantedScopes: ctx.grantedScopes ? [...ctx.grantedScopes] : undefined,
    setActiveUser: (email, locale) => {
      ctx.activeUser = email;
      ctx.effectiveUser = email || (options.effectiveUserEmail ?? 'owner@example.com');
      if (locale !== undefined) ctx.locale = locale;
    },
    cellLimit: ctx.book.cellLimit,
    uncounted: (fn) => ctx.calls.uncounted(fn),
    sheetValues: (sheetName) =>
      ctx.calls.uncounted(() => {
        const sheet = spreadsheetOf(ctx).getSheetByName(sheetName);
        if (!sheet) throw new Error(`No sheet named ${sheetName}.`);
        // Arrays of this realm, not the script's (getValues makes those): a test may use newer methods.
        return sheet.getLastRow() === 0
          ? []
          : Array.from(sheet.getDataRange().getValues(), (row) => Array.from(row));
      }),
    select: (sheetName, row, column, numRows = 1, numColumns = 1) => {
      const model = ctx.book.sheets.find((s) => s.name === sheetName);
      if (!model) throw new Error(`No sheet named ${sheetName}.`);
      const rect = { sheetId: model.id, row, column, numRows, numColumns };
      ctx.calls.uncounted(() => rangeOf(ctx, rect));
      ctx.book.activeSheetId = sheetById(ctx.book, model.id).id;
      ctx.book.selection = rect;
    },
    advanceClock: (ms) => ctx.advance(ms),
    now: () => ctx.now(),
    locks: {
      holdDocumentLockElsewhere: holdElsewhere('document'),
      holdScriptLockElsewhere: holdElsewhere('script'),
    },
    ui: recorder,
    mail: { outbox: ctx.outbox, remaining: () => (options.mailQuota ?? 100) - ctx.mailUsed },
    triggers: () => ctx.triggers.map((t) => ({ ...t, schedule: { ...t.schedule } })),
    attachScript: (lookup) => {
      ctx.script = lookup;
    },
    personEdit: (sheetName, row, column, value) => personEdit(ctx, sheetName, row, column, value),
    personDuplicateSheet: (sheetName) => {
      const model = ctx.book.sheets.find((s) => s.name === sheetName);
      if (!model) throw new Error(`No sheet named ${sheetName}.`);
      const copy = copySheet(ctx, model, ctx.book.sheets.indexOf(model) + 1);
      ctx.book.activeSheetId = copy.id;
      ctx.book.selection = undefined;
      return copy.name;
    },
    personOpen: (mode) => personOpen(ctx, mode),
    fireTrigger: (id) => fireTrigger(ctx, id),
    triggerErrors: ctx.triggerErrors,
    logs: ctx.logs,
    spreadsheet: spreadsheetOf(ctx),
    bindContext: (context) => {
      ctx.dateCtor = vm.runInContext('Date', context) as DateConstructor;
      ctx.arrayCtor = vm.runInContext('Array', context) as ArrayConstructor;
    },
  };
}
