import { type AnalysisSettings, DEFAULT_SETTINGS, resolveSettings } from '../core/analysis/settings';

const SETTINGS_PROPERTY = 'suki.analysisSettings';

/**
 * The workbook's analysis settings (cut-offs, the forecast's settings, thresholds) from document properties, shared
 * by everyone in the workbook; the defaults when none are stored or the stored ones are invalid.
 */
export function readAnalysisSettings(): AnalysisSettings {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(SETTINGS_PROPERTY);
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const resolved = resolveSettings(JSON.parse(raw));
    return resolved.ok ? resolved.settings : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores validated settings for everyone in the workbook. */
export function writeAnalysisSettings(settings: AnalysisSettings): void {
  PropertiesService.getDocumentProperties()?.setProperty(SETTINGS_PROPERTY, JSON.stringify(settings));
}
