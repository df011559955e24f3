/**
 * Which calls each authorization mode allows. Apps Script runs add-on onOpen in NONE (menus only)
 * or LIMITED (the current document, properties, cache, locks) and refuses anything needing a grant
 * the mode lacks; this table reproduces that so code that works here also works in Sheets.
 */

/** ScriptApp.AuthMode names. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

const SCOPE = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  storage: 'https://www.googleapis.com/auth/script.storage',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptapp: 'https://www.googleapis.com/auth/script.scriptapp',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
};

interface Requirement {
  min: 'LIMITED' | 'FULL';
  scope: string;
}

const SHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'Protection',
  'NamedRange',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
]);
const TRIGGER_CLASSES = new Set([
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'Trigger',
]);

function requirement(kind: string): Requirement | undefined {
  const [cls = '', method = ''] = kind.split('.');
  if (SHEET_CLASSES.has(cls)) return { min: 'LIMITED', scope: SCOPE.sheets };
  if (cls === 'SpreadsheetApp' && /^(getActive|flush|open)/.test(method))
    return { min: 'LIMITED', scope: SCOPE.sheets };
  if (cls === 'PropertiesService' || cls === 'Properties') return { min: 'LIMITED', scope: SCOPE.storage };
  if (cls === 'CacheService' || cls === 'Cache' || cls === 'LockService' || cls === 'Lock') {
    return { min: 'LIMITED', scope: SCOPE.storage };
  }
  if (cls === 'Session' && /^(getActiveUser|getEffectiveUser|getTemporaryActiveUserKey)$/.test(method)) {
    return { min: 'LIMITED', scope: SCOPE.email };
  }
  if (cls === 'Ui' && /^(show|alert|prompt)/.test(method)) return { min: 'LIMITED', scope: SCOPE.ui };
  if (cls === 'MailApp') return { min: 'FULL', scope: SCOPE.mail };
  if (TRIGGER_CLASSES.has(cls)) return { min: 'FULL', scope: SCOPE.scriptapp };
  if (cls === 'ScriptApp' && /^(newTrigger|get\w*Triggers|deleteTrigger|getOAuthToken)$/.test(method)) {
    return { min: 'FULL', scope: SCOPE.scriptapp };
  }
  return undefined;
}

const RANK: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 1, FULL: 2 };

/** Throws Apps Script's permission error when `kind` is not allowed under `mode`. */
export function assertAllowed(kind: string, mode: AuthModeName): void {
  const req = requirement(kind);
  if (req && RANK[mode] < RANK[req.min]) {
    throw new Error(`You do not have permission to call ${kind}. Required permissions: ${req.scope}`);
  }
}
