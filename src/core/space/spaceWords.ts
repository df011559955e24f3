/**
 * The space used in words, pure: the summary line (cells used of the limit, the share), when the
 * spreadsheet will be full, the warning from 80% on, and a label per part. The dashboard and the
 * settings page say it the same way.
 */
import type { Translator } from '../i18n/translate';
import { shownText } from '../reports/sheetSizing';
import { ALL_TABLES } from '../tables/registry';
import type { FullIn, SpacePart, SpaceUsed } from './spaceUsed';

/** Beyond this many months the date is too far to be worth a figure. */
const FAR_MONTHS = 120;

/** A whole number with thousands separators ("4,520,000"). */
export const cellCount = (cells: number): string => shownText(Math.round(cells), 'integer', '');

/** A share as a percentage with one decimal ("45.2%"). */
export const sharePercent = (share: number): string => shownText(share, 'percent', '');

/** "Full in about 14 months at the current rate (…).", or why it cannot be said. */
export function fullInText(t: Translator, fullIn: FullIn): string {
  if (fullIn.kind === 'unknown') return t('space.rateUnknown');
  if (fullIn.kind === 'notGrowing') return t('space.notGrowing');
  const perMonth = cellCount(fullIn.perMonth);
  if (fullIn.months < 1) return t('space.fullSoon', { perMonth });
  if (fullIn.months > FAR_MONTHS) return t('space.fullLater');
  return t('space.fullInMonths', { months: String(Math.round(fullIn.months)), perMonth });
}

/** "Space used: 4,520,000 of the 10,000,000 cells Google Sheets allows (45.2%)." */
export function spaceSummary(t: Translator, space: SpaceUsed): string {
  return t('space.summary', {
    used: cellCount(space.used),
    limit: cellCount(space.limit),
    percent: sharePercent(space.share),
  });
}

/** The warning from 80% of the limit on, its two sentences (how full, what to do); else none. */
export function spaceWarning(t: Translator, space: SpaceUsed): readonly string[] {
  if (!space.warn) return [];
  const percent = sharePercent(space.share);
  return [t('space.warning', { percent, limit: cellCount(space.limit) }), t('space.warningAction')];
}

/** A part's name: the table's (in `t`'s language), or the report sheets or other sheets together. */
export function partLabel(t: Translator, part: SpacePart): string {
  if (part.kind !== 'table')
    return t(part.kind === 'reports' ? 'space.reports' : 'space.otherSheets', {
      sheets: String(part.sheets),
    });
  const table = ALL_TABLES.find((candidate) => candidate.key === part.key);
  return table ? t(table.sheetLabel) : part.key;
}
