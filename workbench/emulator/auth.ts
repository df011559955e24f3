/**
 * Which calls each authorization mode and each OAuth scope allow. Apps Script runs add-on onOpen in
 * NONE (menus only) or LIMITED (the current document, properties, cache, locks) and refuses
 * anything needing a grant the mode lacks; and whatever the mode, a project whose manifest lists
 * `oauthScopes` can only call services whose scope is listed. This table reproduces both, so code
 * that works here also works in Sheets.
 *
 * Scopes per method are from Google's reference ("Authorization" under each method,
 * developers.google.com/apps-script/reference/...):
 * - SpreadsheetApp.getActive*, flush and every Spreadsheet/Sheet/Range method:
 *   spreadsheets.currentonly or spreadsheets; SpreadsheetApp.openById/openByUrl/create: spreadsheets.
 *   SpreadsheetApp.getUi, newDataValidation, newConditionalFormatRule and the builders: none.
 * - Ui.showSidebar / showModalDialog / showModelessDialog: script.container.ui.
 * - Session.getActiveUser / getEffectiveUser: userinfo.email.
 * - MailApp.sendEmail / getRemainingDailyQuota: script.send_mail.
 * - ScriptApp.newTrigger / getProjectTriggers / getUserTriggers / deleteTrigger: script.scriptapp.
 * - PropertiesService, CacheService, LockService, Utilities, HtmlService, Logger: no scope.
 * Where the reference says nothing (Ui.alert/prompt, User.getEmail, chart and metadata objects)
 * the emulator asks for the scope of the service the object comes from: the stricter choice.
 */

/** ScriptApp.AuthMode names. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** OAuth scope URLs the emulator knows. @forTests Tests grant and expect them by name. */
export const SCOPE = {
  sheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptapp: 'https://www.googleapis.com/auth/script.scriptapp',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
} as const;

/** What one call needs: the lowest auth mode that may make it, and any one of `scopes` (none = no scope). */
interface Requirement {
  min: 'LIMITED' | 'FULL';
  scopes: readonly string[];
}

const CURRENT_DOCUMENT = [SCOPE.sheetsCurrent, SCOPE.sheets] as const;

const SHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'TextFinder',
  'DeveloperMetadataLocation',
  'Protection',
  'NamedRange',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'ContainerInfo',
  'ChartOptions',
]);
const TRIGGER_CLASSES = new Set([
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'Trigger',
]);
/** Services the reference lists no scope for, but which AuthMode.NONE still refuses. */
const STORAGE_CLASSES = new Set([
  'PropertiesService',
  'Properties',
  'CacheService',
  'Cache',
  'LockService',
  'Lock',
]);

/** The requirement of a call `Class.method`, or undefined when anything may make it. */
function requirement(kind: string): Requirement | undefined {
  const [cls = '', method = ''] = kind.split('.');
  if (SHEET_CLASSES.has(cls)) return { min: 'LIMITED', scopes: CURRENT_DOCUMENT };
  if (cls === 'SpreadsheetApp') {
    if (/^(open|create)/.test(method)) return { min: 'FULL', scopes: [SCOPE.sheets] };
    if (/^(getActive|getCurrent|getSelection|setActive|flush)/.test(method)) {
      return { min: 'LIMITED', scopes: CURRENT_DOCUMENT };
    }
    return undefined;
  }
  if (STORAGE_CLASSES.has(cls)) return { min: 'LIMITED', scopes: [] };
  if (cls === 'Session') {
    if (method === 'getActiveUser' || method === 'getEffectiveUser')
      return { min: 'LIMITED', scopes: [SCOPE.email] };
    // No scope documented; NONE still hides who the user is.
    if (method === 'getTemporaryActiveUserKey') return { min: 'LIMITED', scopes: [] };
    return undefined;
  }
  if (cls === 'User' && method === 'getEmail') return { min: 'LIMITED', scopes: [SCOPE.email] };
  if (cls === 'Ui' && /^(show|alert|prompt)/.test(method)) return { min: 'LIMITED', scopes: [SCOPE.ui] };
  if (cls === 'MailApp') return { min: 'FULL', scopes: [SCOPE.mail] };
  if (cls === 'UrlFetchApp') return { min: 'FULL', scopes: [SCOPE.externalRequest] };
  if (TRIGGER_CLASSES.has(cls)) return { min: 'FULL', scopes: [SCOPE.scriptapp] };
  if (cls === 'ScriptApp') {
    if (/^(newTrigger|get\w*Triggers|deleteTrigger)$/.test(method))
      return { min: 'FULL', scopes: [SCOPE.scriptapp] };
    // getOAuthToken needs no scope of its own, but a token is only handed out with full authorization.
    if (method === 'getOAuthToken') return { min: 'FULL', scopes: [] };
  }
  return undefined;
}

const RANK: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 1, FULL: 2 };

/** Apps Script's wording: one scope as is, alternatives as `(a || b)`. */
function permissionError(kind: string, scopes: readonly string[]): Error {
  if (scopes.length === 0) return new Error(`You do not have permission to call ${kind}.`);
  const list = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return new Error(`You do not have permission to call ${kind}. Required permissions: ${list}`);
}

/**
 * Throws Apps Script's permission error when `kind` is not allowed under `mode`, or needs a scope
 * the manifest does not grant. `granted` undefined means the manifest lists no oauthScopes, so
 * Apps Script grants whatever the code uses.
 */
export function assertAllowed(kind: string, mode: AuthModeName, granted?: ReadonlySet<string>): void {
  const req = requirement(kind);
  if (!req) return;
  if (RANK[mode] < RANK[req.min]) throw permissionError(kind, req.scopes);
  if (granted && req.scopes.length > 0 && !req.scopes.some((scope) => granted.has(scope))) {
    throw permissionError(kind, req.scopes);
  }
}

/** Whether every scope in `scopes` is granted (always, when the manifest lists none). */
export function scopesGranted(scopes: readonly string[], granted?: ReadonlySet<string>): boolean {
  return !granted || scopes.every((scope) => granted.has(scope));
}
