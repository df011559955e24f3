/**
 * The workbook's language and how far its choice cells have followed it, in document properties
 * (see core/tables/workbookLanguage.ts for what each means). Inside the document lock they are read
 * from, and written through, the write session, so every write of the same action uses them.
 */
import type { Locale } from '../core/i18n/translate';
import {
  CHOICE_CAPTIONS_PROPERTY,
  WORKBOOK_LANGUAGE_PROPERTY,
  workbookLanguageOf,
} from '../core/tables/workbookLanguage';
import { writeSessionIfLocked } from './writeSession';

/** What the document properties say of the workbook's language. */
interface WorkbookLanguageState {
  /** The language a head chose; null while set-up has settled none. */
  readonly language: Locale | null;
  /** The language every choice cell was last relabelled into; null when never (stable keys). */
  readonly choiceCells: Locale | null;
}

/**
 * The workbook's language and its choice cells' state (one properties read; none inside the lock,
 * nor when the caller passes the document `properties` it has just read).
 */
export function readWorkbookLanguage(properties?: Readonly<Record<string, string>>): WorkbookLanguageState {
  const session = writeSessionIfLocked();
  const read = session
    ? (key: string) => session.propertyAtLock(key)
    : (
        (all) => (key: string) =>
          all[key]
      )(properties ?? PropertiesService.getDocumentProperties().getProperties());
  return {
    language: workbookLanguageOf(read(WORKBOOK_LANGUAGE_PROPERTY)),
    choiceCells: workbookLanguageOf(read(CHOICE_CAPTIONS_PROPERTY)),
  };
}

function storeProperty(key: string, value: string): void {
  const session = writeSessionIfLocked();
  if (session) session.storeProperty(key, value);
  else PropertiesService.getDocumentProperties().setProperty(key, value);
}

/** Stores the workbook's language: every write from now on (this action's too) uses its captions. */
export function storeWorkbookLanguage(language: Locale): void {
  storeProperty(WORKBOOK_LANGUAGE_PROPERTY, language);
}

/** Records that every choice cell of every table now holds `language`'s captions. */
export function markChoiceCellsRelabelled(language: Locale): void {
  storeProperty(CHOICE_CAPTIONS_PROPERTY, language);
}
