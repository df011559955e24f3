/**
 * Suki's installable on-open trigger. A time-driven trigger would need the full `spreadsheets`
 * scope (it has no active spreadsheet and must open the file by ID); an installable on-open trigger
 * runs with the workbook in hand under `spreadsheets.currentonly`, so the dashboard is refreshed at
 * most once a day, when someone opens the workbook.
 */
const HANDLER = 'refreshDashboardOnOpen';
const LAST_REFRESH_PROPERTY = 'suki.dashboard.refreshedAt';
const MIN_HOURS_BETWEEN = 20;

function sukiTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter(
    (trigger) => trigger.getHandlerFunction() === HANDLER,
  );
}

/** Installs the daily refresh for the person turning it on (once; a second call changes nothing). */
export function installDailyRefresh(): void {
  if (sukiTriggers().length > 0) return;
  ScriptApp.newTrigger(HANDLER).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onOpen().create();
}

/** Removes the daily refresh. */
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
