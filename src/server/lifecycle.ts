import { type Translator, translatorFor } from '../core/i18n/translate';
import { isAuthModeNone } from '../gas/authMode';
import { currentTranslator } from './locale';
import { buildAddonMenu } from './menu';

/** The menu's language; English when even the account's locale cannot be read in this mode. */
function menuTranslator(authorised: boolean): Translator {
  try {
    return currentTranslator(authorised);
  } catch (error) {
    console.warn('Suki: the language could not be read; the menu is in English.', error);
    return translatorFor('en');
  }
}

/**
 * Builds the menu. `authorised: false` (AuthMode.NONE, or no mode known) reads only the account's
 * language, never the stored choice.
 */
export function showMenu(authorised: boolean): void {
  buildAddonMenu(menuTranslator(authorised));
}

/**
 * Sheets calls onOpen when the spreadsheet opens. Under AuthMode.NONE (the add-on is installed but
 * not yet used in this document) only the menu may be built: the stored language is not read then,
 * and a failure to read even the account's locale must not cost the person the menu.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  showMenu(e?.authMode !== undefined && !isAuthModeNone(e.authMode));
}

/** Called once when the add-on is installed: show the menu at once, without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
