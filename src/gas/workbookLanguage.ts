/**
 * The workbook's language and how far its choice cells have followed it, in document properties
 * (see core/tables/workbookLanguage.ts for what each means).
 */
import type { Locale } from '../core/i18n/translate';
import {
  CHOICE_CAPTIONS_PROPERTY,
  WORKBOOK_LANGUAGE_PROPERTY,
  workbookLanguageOf,
} from '../core/tables/workbookLanguage';

/** What the document properties say of the workbook's language, read in one call. */
interface WorkbookLanguageState {
  /** The language a head chose; null while set-up has settled none. */
  readonly language: Locale | null;
  /** The language every choice cell was last relabelled into; null when never (stable keys). */
  readonly choiceCells: Locale | null;
}

/** The workbook's language and its choice cells' state (one properties read). */
export function readWorkbookLanguage(): WorkbookLanguageState {
  const properties = PropertiesService.getDocumentProperties().getProperties();
  return {
    language: workbookLanguageOf(properties[WORKBOOK_LANGUAGE_PROPERTY]),
    choiceCells: workbookLanguageOf(properties[CHOICE_CAPTIONS_PROPERTY]),
  };
}

/** Stores the workbook's language: every write from now on puts choices in its captions. */
export function storeWorkbookLanguage(language: Locale): void {
  PropertiesService.getDocumentProperties().setProperty(WORKBOOK_LANGUAGE_PROPERTY, language);
}

/** Records that every choice cell of every table now holds `language`'s captions. */
export function markChoiceCellsRelabelled(language: Locale): void {
  PropertiesService.getDocumentProperties().setProperty(CHOICE_CAPTIONS_PROPERTY, language);
}
