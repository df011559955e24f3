/**
 * The workbook's language (issue #14): the language of its table sheets' names, their headers, the
 * dropdowns' captions and the report sheets, chosen by a head at set-up and switched later. Each
 * person's menus and pages follow their own language instead. Kept in a document property, so every
 * locked action knows it from the properties it reads anyway (see gas/writeSession.ts).
 */
import { isLocale, type Locale } from '../i18n/translate';

/** The document property holding the workbook's language. */
export const WORKBOOK_LANGUAGE_PROPERTY = 'suki.workbookLanguage';

/**
 * The document property naming the language every choice cell was last relabelled into: when it
 * differs from the workbook's language, a switch was cut off (or the workbook predates captions,
 * holding stable keys) and set-up finishes the relabelling.
 */
export const CHOICE_CAPTIONS_PROPERTY = 'suki.choiceCaptions';

/**
 * The workbook's language as stored, or null when set-up has not settled one yet: such a workbook
 * (set up before captions) keeps stable keys in its choice cells until set-up runs again.
 */
export function workbookLanguageOf(raw: string | null | undefined): Locale | null {
  return isLocale(raw) ? raw : null;
}
