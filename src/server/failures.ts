import type { Translator } from '../core/i18n/translate';
import { CELL_LIMIT, isCellLimitError } from '../core/space/cellBudget';
import { cellCount } from '../core/space/spaceWords';
import { UserFacingError } from '../core/userError';
import { activeSpreadsheet } from '../gas/activeDocument';
import { fullness } from '../gas/spaceUsed';

/**
 * Sheets' own refusal to pass the 10 million cells, from a growth Suki did not word itself: how full
 * the spreadsheet is (measured now, when it can be) and what to do. The growths of Suki's tables,
 * reports and set-up are refused in Suki's words where they happen, naming the sheet (spaceUsed.ts).
 */
function describeCellLimit(t: Translator): string {
  let full: ReturnType<typeof fullness> = null;
  try {
    full = fullness(activeSpreadsheet());
  } catch {
    // No spreadsheet to measure: the refusal stands without figures.
  }
  if (!full) return t('error.cellLimitUnmeasured', { limit: cellCount(CELL_LIMIT) });
  return t('error.cellLimitRaw', full);
}

/**
 * The message a person sees for a failure: a UserFacingError in their language, Sheets' refusal to
 * pass the cell limit in Suki's words (how full the spreadsheet is, what to do), anything else
 * logged in full (for Stackdriver) and summarised, so a sidebar never shows a bare stack trace.
 */
export function describeFailure(t: Translator, error: unknown): string {
  if (error instanceof UserFacingError) return error.describe(t);
  console.error(error);
  if (isCellLimitError(error)) return describeCellLimit(t);
  const detail = error instanceof Error ? error.message : String(error);
  return t('error.unexpected', { detail: detail.slice(0, 300) });
}
