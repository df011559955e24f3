import { resolveSettings } from '../core/analysis/settings';
import { describeSettingsError, formToSettingsInput, settingsToForm } from '../core/forms/settingsFields';
import { done, type PageResult, refused } from '../core/pageResult';
import {
  readAnalysisSettings,
  spreadsheetDefaultSettings,
  writeAnalysisSettings,
} from '../gas/analysisSettings';
import { showSidebarPage } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** The settings page's fields, as text. */
export interface SettingsForm {
  readonly values: Record<string, string>;
  readonly defaults: Record<string, string>;
}

/** Menu: the analysis settings page. */
export function showAnalysisSettings(): void {
  showSidebarPage('Settings', currentTranslator()('settings.title'));
}

/**
 * The settings page's fields: the workbook's settings and the defaults (the currency sign the
 * spreadsheet's locale gives), as text. Throws on failure;
 * the page calls it through `getAnalysisSettings` in pageCalls.ts, which answers a PageResult.
 */
export function getAnalysisSettings(): SettingsForm {
  return {
    values: settingsToForm(readAnalysisSettings()),
    defaults: settingsToForm(spreadsheetDefaultSettings()),
  };
}

/**
 * Saves the settings typed on the page. Every field is checked (ranges, whole numbers, cut-offs
 * increasing, the late-chance bands too, the currency sign); on any error nothing is stored and each bad field is named.
 */
export function saveAnalysisSettings(values: unknown): PageResult {
  const t = currentTranslator();
  try {
    const resolved = resolveSettings(formToSettingsInput(values), spreadsheetDefaultSettings());
    if (!resolved.ok) {
      return refused(
        t('form.fixErrors'),
        resolved.errors.map((error) => describeSettingsError(t, error)),
      );
    }
    writeAnalysisSettings(resolved.settings);
    return done(t('settings.saved'), {});
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
