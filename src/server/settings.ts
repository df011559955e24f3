import { DEFAULT_SETTINGS, resolveSettings } from '../core/analysis/settings';
import { describeSettingsError, formToSettingsInput, settingsToForm } from '../core/forms/settingsFields';
import type { SaveResult } from '../core/saveResult';
import { readAnalysisSettings, writeAnalysisSettings } from '../gas/analysisSettings';
import { showSidebarPage } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** Menu: the analysis settings page. */
export function showAnalysisSettings(): void {
  showSidebarPage('Settings', currentTranslator()('settings.title'));
}

/** The settings page's fields: the workbook's settings and the defaults, as text. */
export function getAnalysisSettings(): { values: Record<string, string>; defaults: Record<string, string> } {
  return { values: settingsToForm(readAnalysisSettings()), defaults: settingsToForm(DEFAULT_SETTINGS) };
}

/**
 * Saves the settings typed on the page. Every field is checked (ranges, whole numbers, cut-offs
 * increasing, weights not all zero); on any error nothing is stored and each bad field is named.
 */
export function saveAnalysisSettings(values: unknown): SaveResult {
  const t = currentTranslator();
  try {
    const resolved = resolveSettings(formToSettingsInput(values));
    if (!resolved.ok) {
      return {
        ok: false,
        message: t('form.fixErrors'),
        fieldErrors: resolved.errors.map((error) => describeSettingsError(t, error)),
      };
    }
    writeAnalysisSettings(resolved.settings);
    return { ok: true, id: '', row: 0, message: t('settings.saved') };
  } catch (error) {
    return { ok: false, message: describeFailure(t, error), fieldErrors: [] };
  }
}
