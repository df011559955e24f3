import {
  type AnalysisSettings,
  DEFAULT_SETTINGS,
  defaultSettingsFor,
  resolveSettings,
} from '../core/analysis/settings';

const SETTINGS_PROPERTY = 'suki.analysisSettings';

/**
 * The defaults of the active spreadsheet: the currency sign follows its locale (none when there is
 * no active spreadsheet to ask, as in a time-driven trigger).
 */
export function spreadsheetDefaultSettings(): AnalysisSettings {
  const spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet();
  return defaultSettingsFor(spreadsheet?.getSpreadsheetLocale() ?? '');
}

/** Whether stored settings name their currency sign (only then is the locale not needed). */
function namesCurrency(stored: unknown): boolean {
  const reports = (stored as { reports?: { currencySymbol?: unknown } } | null)?.reports;
  return typeof reports?.currencySymbol === 'string';
}

/**
 * The workbook's analysis settings (cut-offs, the forecast's settings, thresholds, the currency
 * sign) from document properties, shared by everyone in the workbook; the spreadsheet's defaults
 * when none are stored or the stored ones are invalid.
 */
export function readAnalysisSettings(): AnalysisSettings {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(SETTINGS_PROPERTY);
  let stored: unknown;
  try {
    stored = raw ? JSON.parse(raw) : undefined;
  } catch {
    stored = undefined;
  }
  // The locale is read only when it decides something: settings saved name their sign.
  const defaults = namesCurrency(stored) ? DEFAULT_SETTINGS : spreadsheetDefaultSettings();
  const resolved = resolveSettings(stored, defaults);
  return resolved.ok ? resolved.settings : spreadsheetDefaultSettings();
}

/** Stores validated settings for everyone in the workbook. */
export function writeAnalysisSettings(settings: AnalysisSettings): void {
  PropertiesService.getDocumentProperties()?.setProperty(SETTINGS_PROPERTY, JSON.stringify(settings));
}
