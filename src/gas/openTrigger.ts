/**
 * Suki's installable on-open trigger. A time-driven trigger would need the full `spreadsheets`
 * scope (it has no active spreadsheet and must open the file by ID); an installable on-open trigger
 * runs with the workbook in hand under `spreadsheets.currentonly`, so the dashboard is refreshed at
 * most once a day, when someone opens the workbook.
 */
const HANDLER = 'refreshDashboardOnOpen';
const LAST_REFRESH_PROPERTY = 'suki.dashboard.refreshedAt';
const MIN_HOURS_BETWEEN = 20;
/**
 * Document property: 'on' while a head wants the daily refresh. A script can delete only its own
 * user's triggers, so "off" is this switch: every head's trigger finds it off and removes itself.
 */
const SWITCH_PROPERTY = 'suki.dashboard.daily';

function sukiTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter(
    (trigger) => trigger.getHandlerFunction() === HANDLER,
  );
}

/** Whether a head has turned the daily refresh on (and no head has turned it off since). */
export function dailyRefreshOn(): boolean {
  return PropertiesService.getDocumentProperties()?.getProperty(SWITCH_PROPERTY) === 'on';
}

/** Turns the workbook-wide switch of the daily refresh on or off. */
export function setDailyRefresh(on: boolean): void {
  const properties = PropertiesService.getDocumentProperties();
  if (on) properties?.setProperty(SWITCH_PROPERTY, 'on');
  else properties?.deleteProperty(SWITCH_PROPERTY);
}

/** Installs the daily refresh for the person turning it on (once; a second call changes nothing). */
export function installDailyRefresh(): void {
  if (sukiTriggers().length > 0) return;
  ScriptApp.newTrigger(HANDLER).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onOpen().create();
}

/** Removes the running user's own daily-refresh trigger (Apps Script lets no one remove another's). */
export function removeDailyRefresh(): void {
  for (const trigger of sukiTriggers()) ScriptApp.deleteTrigger(trigger);
}

/** Whether the dashboard was refreshed less than a day ago. */
export function refreshedRecently(now: Date): boolean {
  const last = Number(PropertiesService.getDocumentProperties()?.getProperty(LAST_REFRESH_PROPERTY) ?? 0);
  return now.getTime() - last < MIN_HOURS_BETWEEN * 3_600_000;
}

/** Notes that the dashboard was just refreshed. */
export function markRefreshed(now: Date): void {
  PropertiesService.getDocumentProperties()?.setProperty(LAST_REFRESH_PROPERTY, String(now.getTime()));
}
