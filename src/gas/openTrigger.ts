/**
 * Suki's installable on-open trigger. A time-driven trigger would need the full `spreadsheets`
 * scope (it has no active spreadsheet and must open the file by ID); an installable on-open trigger
 * runs with the workbook in hand under `spreadsheets.currentonly`, so the daily work is done at
 * most once a day, when someone opens the workbook. An add-on may have one trigger of each type
 * per user per document, so this one trigger per head does all of it (src/server/dailyWork.ts):
 * the dashboard's refresh and the daily digest, each with its own document-property switch.
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

/**
 * Document property: the e-mail of the head who turned the daily digest on, while it is on. Only
 * that head's trigger sends it (from their account, on their MailApp quota); the others' find it
 * is not theirs. Off is the switch deleted, as for the dashboard.
 */
const DIGEST_SENDER_PROPERTY = 'suki.digest.sender';
/** Document property: the day (YYYY-MM-DD, the spreadsheet's zone) the digest was last claimed. */
const DIGEST_SENT_ON_PROPERTY = 'suki.digest.sentOn';
/** Document property: what the last digest run did (JSON, src/server/dailyDigest.ts). */
const DIGEST_RECORD_PROPERTY = 'suki.digest.lastRun';
/** How long claiming the day waits for another execution holding the document lock. */
const CLAIM_WAIT_MS = 10_000;

/** The head whose account sends the daily digest, or null while it is off. */
export function digestSender(): string | null {
  return PropertiesService.getDocumentProperties()?.getProperty(DIGEST_SENDER_PROPERTY) || null;
}

/** Turns the daily digest on, sent from `email`'s account, or off (null). */
export function setDigestSender(email: string | null): void {
  const properties = PropertiesService.getDocumentProperties();
  if (email) properties?.setProperty(DIGEST_SENDER_PROPERTY, email);
  else properties?.deleteProperty(DIGEST_SENDER_PROPERTY);
}

/** Whether the digest of `day` was already claimed (one property read, no lock). */
export function digestClaimed(day: string): boolean {
  return PropertiesService.getDocumentProperties()?.getProperty(DIGEST_SENT_ON_PROPERTY) === day;
}

/**
 * Claims `day`'s digest for this execution: holding the document lock, reads the day last claimed
 * again and, when it is not `day`, writes `day`. True for the one execution that claims it; false
 * when another already did, or when the lock stayed busy (a later opening tries again).
 */
export function claimDigestDay(day: string): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(CLAIM_WAIT_MS)) return false;
  try {
    const properties = PropertiesService.getDocumentProperties();
    if (properties.getProperty(DIGEST_SENT_ON_PROPERTY) === day) return false;
    properties.setProperty(DIGEST_SENT_ON_PROPERTY, day);
    return true;
  } finally {
    lock.releaseLock();
  }
}

/** What the last digest run recorded (as stored), or null. */
export function readDigestRecord(): string | null {
  return PropertiesService.getDocumentProperties()?.getProperty(DIGEST_RECORD_PROPERTY) ?? null;
}

/** Records what this digest run did (a property value, under 9 KB). */
export function writeDigestRecord(json: string): void {
  PropertiesService.getDocumentProperties()?.setProperty(DIGEST_RECORD_PROPERTY, json);
}
