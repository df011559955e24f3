/**
 * What a table's sheet must change to speak the workbook's language (issue #14): its name, the
 * headers of Suki's columns and the captions in its choice cells. Only Suki's own words are
 * changed: a sheet or header a person renamed to words of their own stays as they wrote it.
 */
import { allTranslations, LOCALES, type Locale, translate } from '../i18n/translate';
import { choiceCaption } from './choiceCaptions';
import { normalizeLabel } from './columnMatching';
import { type ColumnSpec, choiceLabelKey, type TableSpec } from './tableSpec';

/** The name set-up gives a table whose label is taken: "<label> (Suki)", then "<label> (Suki 2)"… */
export function sukiSheetName(label: string, n: number): string {
  return n <= 1 ? `${label} (Suki)` : `${label} (Suki ${n})`;
}

/** The "(Suki)" number of `name` as a name set-up gave for `label` (1 for "(Suki)"), else null. */
function sukiNumberOf(name: string, label: string): number | null {
  if (name === label) return 0;
  if (name === sukiSheetName(label, 1)) return 1;
  const match = /^ \(Suki (\d+)\)$/.exec(name.slice(label.length));
  return name.startsWith(label) && match ? Number(match[1]) : null;
}

/**
 * The name the table's sheet should have in `language`, when `current` is a name Suki gave it in
 * another language (its label, or a "(Suki)" form of it); null when the sheet already has its name
 * in `language`, or a name a person chose. The caller makes it unique among the other sheets.
 */
export function tableSheetNameIn(table: TableSpec, current: string, language: Locale): string | null {
  const wanted = translate(language, table.sheetLabel);
  if (sukiNumberOf(current, wanted) !== null) return null;
  const isSukis = allTranslations(table.sheetLabel).some((label) => sukiNumberOf(current, label) !== null);
  return isSukis ? wanted : null;
}

/**
 * The header cells to rewrite in `language`: position → label, for each of Suki's columns whose
 * header is its label in another language (case and spacing aside). A header a person wrote in
 * words of their own is left alone.
 */
export function headersToRelabel(
  table: TableSpec,
  positions: ReadonlyMap<string, number>,
  headerRow: readonly unknown[],
  language: Locale,
): Map<number, string> {
  const changes = new Map<number, string>();
  for (const column of table.columns) {
    const position = positions.get(column.key);
    if (position === undefined) continue;
    const shown = String(headerRow[position - 1] ?? '');
    const wanted = translate(language, column.label);
    if (shown === wanted) continue;
    const text = normalizeLabel(shown);
    if (allTranslations(column.label).some((label) => normalizeLabel(label) === text))
      changes.set(position, wanted);
  }
  return changes;
}

/** One exact, whole-cell text replacement in a choice column. */
interface CaptionReplacement {
  readonly from: string;
  readonly to: string;
}

/**
 * The replacements that put a choice column's cells in `language`: each choice's stable key and its
 * caption in every other language become its caption in `language`. Each `from` names one choice
 * only (see the choice-caption tests), so the order of the replacements does not matter.
 */
export function captionReplacements(column: ColumnSpec, language: Locale): CaptionReplacement[] {
  const replacements: CaptionReplacement[] = [];
  for (const choice of column.choices ?? []) {
    const to = choiceCaption(column, choice, language);
    const captions = column.choiceLabelPrefix ? allTranslations(choiceLabelKey(column, choice)) : [];
    for (const from of new Set([choice, ...captions])) if (from !== to) replacements.push({ from, to });
  }
  return replacements;
}

/** The language whose name for the table (its label or a "(Suki)" form of it) `name` is, or null. */
export function sheetNameLanguage(table: TableSpec, name: string): Locale | null {
  for (const language of LOCALES) {
    if (sukiNumberOf(name, translate(language, table.sheetLabel)) !== null) return language;
  }
  return null;
}
