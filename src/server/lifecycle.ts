import { currentTranslator } from './locale';
import { buildAddonMenu } from './menu';

/**
 * Sheets calls onOpen when the spreadsheet opens. Under AuthMode.NONE (the add-on is installed but
 * not yet used in this document) only the menu may be built: the stored language is not read then.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authorised = e?.authMode !== undefined && e.authMode !== ScriptApp.AuthMode.NONE;
  buildAddonMenu(currentTranslator(authorised));
}

/** Called once when the add-on is installed: show the menu at once, without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
