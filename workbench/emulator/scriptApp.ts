/**
 * ScriptApp: auth info, and installable triggers. Triggers are recorded (emulator.triggers()) and
 * can be fired by the emulator; the limits are Apps Script's: 20 per user per script, and an
 * add-on's time-driven triggers at most hourly.
 */
import { scopesGranted } from './auth';
import { asGas, type EmulatorContext } from './context';
import { AuthMode, AuthorizationStatus, EventType, enumName, TriggerSource, WeekDay } from './enums';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Trigger = GoogleAppsScript.Script.Trigger;

/** An installable trigger as created through ScriptApp. */
export interface InstalledTrigger {
  uniqueId: string;
  functionName: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string;
  owner: string;
  schedule: Record<string, unknown>;
}

const MAX_TRIGGERS = 20;

function triggerOf(ctx: EmulatorContext, t: InstalledTrigger): Trigger {
  const trigger: Trigger = {
    getHandlerFunction: () => t.functionName,
    getUniqueId: () => t.uniqueId,
    getEventType: () => asGas(EventType[t.eventType]),
    getTriggerSource: () => asGas(TriggerSource[t.source]),
    getTriggerSourceId: () => t.sourceId,
  };
  return ctx.track(trigger, 'Trigger');
}

function create(ctx: EmulatorContext, draft: Omit<InstalledTrigger, 'uniqueId' | 'owner'>): Trigger {
  const owner = ctx.effectiveUser;
  if (ctx.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS) {
    throw new Error(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  if (draft.eventType === 'CLOCK' && draft.schedule.everyMinutes !== undefined) {
    throw new Error('Add-ons can only create time-based triggers that run at most once per hour.');
  }
  const trigger: InstalledTrigger = { ...draft, uniqueId: String(ctx.book.nextId++), owner };
  ctx.triggers.push(trigger);
  return triggerOf(ctx, trigger);
}

function clockBuilder(
  ctx: EmulatorContext,
  functionName: string,
): GoogleAppsScript.Script.ClockTriggerBuilder {
  const schedule: Record<string, unknown> = {};
  const builder: Omit<GoogleAppsScript.Script.ClockTriggerBuilder, 'atDate' | 'onMonthDay'> = {
    after: (ms: number) => set('after', ms),
    at: (date: Date) => set('at', new Date(date.getTime())),
    atHour: (hour: number) => {
      if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
      return set('atHour', hour);
    },
    everyMinutes: (n: number) => {
      if (![1, 5, 10, 15, 30].includes(n))
        throw new Error('Invalid argument: minutes must be 1, 5, 10, 15 or 30');
      return set('everyMinutes', n);
    },
    everyHours: (n: number) => {
      if (![1, 2, 4, 6, 8, 12].includes(n))
        throw new Error('Invalid argument: hours must be 1, 2, 4, 6, 8 or 12');
      return set('everyHours', n);
    },
    everyDays: (n: number) => set('everyDays', n),
    everyWeeks: (n: number) => set('everyWeeks', n),
    inTimezone: (tz: string) => set('timezone', tz),
    nearMinute: (m: number) => set('nearMinute', m),
    onWeekDay: (day: GoogleAppsScript.Base.Weekday) => set('weekDay', enumName(day)),
    create: () =>
      create(ctx, {
        functionName,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: '',
        schedule: { ...schedule },
      }),
  };
  const proxy = asGas<GoogleAppsScript.Script.ClockTriggerBuilder>(ctx.track(builder, 'ClockTriggerBuilder'));
  function set(key: string, value: unknown) {
    schedule[key] = value;
    return proxy;
  }
  return proxy;
}

function spreadsheetBuilder(
  ctx: EmulatorContext,
  functionName: string,
  sourceId: string,
): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  let eventType: InstalledTrigger['eventType'] | undefined;
  const on = (type: InstalledTrigger['eventType']) => () => {
    eventType = type;
    return proxy;
  };
  const builder: GoogleAppsScript.Script.SpreadsheetTriggerBuilder = {
    onOpen: on('ON_OPEN'),
    onEdit: on('ON_EDIT'),
    onChange: on('ON_CHANGE'),
    onFormSubmit: on('ON_FORM_SUBMIT'),
    create: () => {
      if (!eventType)
        throw new Error('The trigger needs an event type (onOpen, onEdit, onChange or onFormSubmit).');
      return create(ctx, { functionName, eventType, source: 'SPREADSHEETS', sourceId, schedule: {} });
    },
  };
  const proxy = ctx.track(builder, 'SpreadsheetTriggerBuilder');
  return proxy;
}

/** The ScriptApp global. */
export function createScriptApp(ctx: EmulatorContext): ScriptApp {
  const mine = () => ctx.triggers.filter((t) => t.owner === ctx.effectiveUser);
  // A scope the manifest does not list can never be consented to, so asking for it fails too.
  const missing = (scopes?: string[]) =>
    ctx.authMode === 'NONE' || (scopes !== undefined && !scopesGranted(scopes, ctx.grantedScopes));
  const requireAuth = (_mode?: unknown, scopes?: string[]) => {
    if (missing(scopes)) throw new Error('Authorization is required to perform that action.');
  };
  const service: Pick<
    ScriptApp,
    | 'AuthMode'
    | 'AuthorizationStatus'
    | 'EventType'
    | 'TriggerSource'
    | 'WeekDay'
    | 'getAuthorizationInfo'
    | 'requireScopes'
    | 'requireAllScopes'
    | 'getScriptId'
    | 'getOAuthToken'
    | 'newTrigger'
    | 'getProjectTriggers'
    | 'getUserTriggers'
    | 'deleteTrigger'
  > = {
    AuthMode: asGas(AuthMode),
    AuthorizationStatus: asGas(AuthorizationStatus),
    EventType: asGas(EventType),
    TriggerSource: asGas(TriggerSource),
    WeekDay: asGas(WeekDay),
    getAuthorizationInfo: (_mode: unknown, scopes?: string[]) => {
      const required = missing(scopes);
      const info: GoogleAppsScript.Script.AuthorizationInfo = {
        getAuthorizationStatus: () =>
          asGas(required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
        getAuthorizationUrl: () =>
          asGas(required ? 'https://script.google.com/macros/d/suki-emulated/authorize' : null),
      };
      return ctx.track(info, 'AuthorizationInfo');
    },
    requireScopes: (mode, scopes) => requireAuth(mode, scopes),
    requireAllScopes: () => requireAuth(),
    getScriptId: () => 'suki-emulated-script-id',
    getOAuthToken: () => 'emulated-oauth-token',
    newTrigger: (functionName: string) => {
      const builder = {
        timeBased: () => clockBuilder(ctx, functionName),
        forSpreadsheet: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet | string) =>
          spreadsheetBuilder(ctx, functionName, typeof ss === 'string' ? ss : ss.getId()),
      };
      return asGas(ctx.track(builder, 'TriggerBuilder'));
    },
    getProjectTriggers: () => mine().map((t) => triggerOf(ctx, t)),
    getUserTriggers: (doc: { getId(): string }) =>
      mine()
        .filter((t) => t.sourceId === doc.getId())
        .map((t) => triggerOf(ctx, t)),
    deleteTrigger: (trigger: Trigger) => {
      const id = trigger.getUniqueId();
      const index = ctx.triggers.findIndex((t) => t.uniqueId === id);
      if (index >= 0) ctx.triggers.splice(index, 1);
    },
  };
  return asGas(ctx.track(service, 'ScriptApp'));
}
