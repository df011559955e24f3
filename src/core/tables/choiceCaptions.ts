/**
 * A choice column's values as people see them in the sheet: each choice is stored under a stable key
 * in records (`active`), and written into cells as its caption in the workbook's language ("Active",
 * "Aktibo"). Reading accepts the key and the caption in every language, so a workbook switched
 * half-way (cut off), a cell typed before a switch, or an older workbook holding keys reads the same.
 */
import { allTranslations, type Locale, translate } from '../i18n/translate';
import { type ColumnSpec, choiceLabelKey } from './tableSpec';

/** Choice text reduced to what tells choices apart: case, accents, spacing and punctuation never do. */
const choiceText = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const choiceIndexes = new WeakMap<ColumnSpec, Map<string, string>>();

/** Each way a choice may be written (its key, its label in every language) → the choice's key. */
function choiceIndex(column: ColumnSpec): Map<string, string> {
  const cached = choiceIndexes.get(column);
  if (cached) return cached;
  const index = new Map<string, string>();
  for (const choice of column.choices ?? []) index.set(choiceText(choice), choice);
  for (const choice of column.choices ?? []) {
    const labels = column.choiceLabelPrefix ? allTranslations(choiceLabelKey(column, choice)) : [];
    for (const label of labels) {
      if (!index.has(choiceText(label))) index.set(choiceText(label), choice);
    }
  }
  choiceIndexes.set(column, index);
  return index;
}

/** The choice `text` names (its key or its caption in any language, loosely matched), or null. */
export function choiceKeyOf(column: ColumnSpec, text: string): string | null {
  return choiceIndex(column).get(choiceText(text)) ?? null;
}

/** What a cell shows for `choice` in `locale`: its catalog caption (the key where it has none). */
export function choiceCaption(column: ColumnSpec, choice: string, locale: Locale): string {
  return column.choiceLabelPrefix ? translate(locale, choiceLabelKey(column, choice)) : choice;
}

/** The dropdown's list of a choice column in `locale`, in the spec's order. */
export function choiceCaptions(column: ColumnSpec, locale: Locale): string[] {
  return (column.choices ?? []).map((choice) => choiceCaption(column, choice, locale));
}
