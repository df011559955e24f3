import { resolveSettings } from '../core/analysis/settings';
import { isoDateInZone } from '../core/dates';
import { describeSettingsError, formToSettingsInput, settingsToForm } from '../core/forms/settingsFields';
import type { Translator } from '../core/i18n/translate';
import { done, type PageResult, refused } from '../core/pageResult';
import { cellSamples } from '../core/reports/dashboardSpace';
import type { KpiSnapshot } from '../core/reports/kpiHistory';
import { type SpaceUsed, spaceUsed } from '../core/space/spaceUsed';
import {
  cellCount,
  fullInText,
  partLabel,
  sharePercent,
  spaceSummary,
  spaceWarning,
} from '../core/space/spaceWords';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import {
  readAnalysisSettings,
  spreadsheetDefaultSettings,
  writeAnalysisSettings,
} from '../gas/analysisSettings';
import { measureSheets } from '../gas/spaceUsed';
import { readKpiSnapshots } from '../gas/tableHistory';
import { showSidebarPage } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** The space used, in the person's words, for the settings page. */
export interface SpaceView {
  readonly summary: string;
  readonly fullIn: string;
  /** From 80% of the limit on, else null. */
  readonly warning: string | null;
  /** Each table, then the report sheets and the other sheets: its name, cells and share of the limit. */
  readonly parts: readonly { readonly label: string; readonly cells: string; readonly share: string }[];
}

/** The settings page's fields, as text, and the space the spreadsheet uses (null when it could not be measured). */
export interface SettingsForm {
  readonly values: Record<string, string>;
  readonly defaults: Record<string, string>;
  readonly space: SpaceView | null;
}

/**
 * The cells the spreadsheet uses now (every sheet measured), as of `asOf`, with the rate from the
 * KPI history's snapshots `history` (the dashboard's refreshes record the cells used).
 */
export function workbookSpace(history: readonly KpiSnapshot[], asOf: string): SpaceUsed {
  return spaceUsed(measureSheets(activeSpreadsheet()), cellSamples(history), asOf);
}

/** The space used as the settings page shows it, in `t`'s language. */
function spaceView(t: Translator, space: SpaceUsed): SpaceView {
  return {
    summary: spaceSummary(t, space),
    fullIn: fullInText(t, space.fullIn),
    warning: space.warn ? spaceWarning(t, space).join(' ') : null,
    parts: space.parts.map((part) => ({
      label: partLabel(t, part),
      cells: cellCount(part.cells),
      share: sharePercent(part.cells / space.limit),
    })),
  };
}

/**
 * The space used now, for the settings page: measured, with the rate from the KPI history. Null when
 * it cannot be said (the failure logged): the settings stay usable whatever the space's reading does.
 */
function currentSpace(t: Translator): SpaceView | null {
  try {
    const store = activeStore();
    const asOf = isoDateInZone(new Date(), store.timeZone);
    return spaceView(t, workbookSpace(readKpiSnapshots(store) ?? [], asOf));
  } catch (error) {
    console.error(error);
    return null;
  }
}

/** Menu: the analysis settings page. */
export function showAnalysisSettings(): void {
  showSidebarPage('Settings', currentTranslator()('settings.title'));
}

/**
 * The settings page's fields: the workbook's settings and the defaults (the currency sign the
 * spreadsheet's locale gives), as text, and the space the spreadsheet uses (cells of the limit, per
 * table, when it will be full, the warning from 80% on) in the person's words. Throws on failure;
 * the page calls it through `getAnalysisSettings` in pageCalls.ts, which answers a PageResult.
 */
export function getAnalysisSettings(): SettingsForm {
  return {
    values: settingsToForm(readAnalysisSettings()),
    defaults: settingsToForm(spreadsheetDefaultSettings()),
    space: currentSpace(currentTranslator()),
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
