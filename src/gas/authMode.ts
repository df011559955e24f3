/**
 * Whether Sheets runs this trigger under AuthMode.NONE: the add-on is installed but not yet used in
 * this document, so no document data or property may be touched. An event without a mode is not.
 */
export function isAuthModeNone(mode: GoogleAppsScript.Script.AuthMode | undefined): boolean {
  return mode !== undefined && mode === ScriptApp.AuthMode.NONE;
}
