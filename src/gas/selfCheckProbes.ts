/**
 * The self-check's probes: every service call "Check this spreadsheet" makes. They write into a
 * temporary sheet of their own (never a person's sheet or a Suki table), read back what Sheets kept,
 * and hand the readings to core (src/core/selfCheck.ts), which judges them. The temporary sheet is
 * removed in every case; a probe Sheets refuses is reported, never thrown.
 */
import {
  type AuthorizationReading,
  type CellReading,
  type DateReading,
  decideTextWriteMode,
  isStaleProbeSheet,
  LOCK_PROBE_WAIT_MS,
  type LockReading,
  MANIFEST_SCOPES,
  METADATA_PROBE,
  type MetadataStep,
  type MetadataStepReading,
  type Observed,
  PLAIN_TEXT_FORMAT,
  PROBE_DATE_FORMAT,
  PROBE_SHEET_METADATA_KEY,
  probeDates,
  probeSheetName,
  type SelfCheckObservations,
  textCheckStatus,
  textProbes,
} from '../core/selfCheck';
import { TEXT_WRITE_MODE_PROPERTY, type TextWriteMode } from '../core/tables/textWriteMode';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column of each probe on the probe sheet; row 1 is the metadata probe's, probes start in row 2. */
const PLAIN_COLUMN = 1;
const APOSTROPHE_COLUMN = 2;
const DATES_COLUMN = 3;
const FIRST_PROBE_ROW = 2;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one probe; an exception becomes a reading of what Sheets said, so one refusal stops nothing. */
function observe<T>(probe: () => T): Observed<T> {
  try {
    return { ok: true, value: probe() };
  } catch (error) {
    console.warn(`Suki self-check: a probe was refused: ${errorText(error)}`);
    return { ok: false, error: errorText(error) };
  }
}

/** Removes probe sheets that died with their execution (our name, our tag, over an hour old). */
function removeStaleProbeSheets(spreadsheet: Spreadsheet, now: Date): void {
  const tags = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(PROBE_SHEET_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const tag of tags) {
    const sheet = tag.getLocation().getSheet();
    if (sheet && isStaleProbeSheet(sheet.getName(), tag.getValue(), now)) spreadsheet.deleteSheet(sheet);
  }
}

/** Deletes the probe sheet; false (and logged) when Sheets refuses. */
function removeProbeSheet(spreadsheet: Spreadsheet, sheet: Sheet, name: string): boolean {
  try {
    spreadsheet.deleteSheet(sheet);
    return true;
  } catch (error) {
    console.error(`Suki self-check: the probe sheet "${name}" could not be removed.`, error);
    return false;
  }
}

function activeSheetOf(spreadsheet: Spreadsheet): Sheet | null {
  try {
    return spreadsheet.getActiveSheet();
  } catch {
    return null;
  }
}

/**
 * Runs `work` on a new probe sheet, named so it cannot be a person's (`Suki check <time>`), and
 * deletes that sheet afterwards whatever `work` did or threw; then shows the person the sheet they
 * were on. Throws when the sheet cannot be made, or what `work` threw; `probeSheet.removed` says
 * whether the deletion worked.
 */
export function withProbeSheet<T>(
  spreadsheet: Spreadsheet,
  now: Date,
  work: (sheet: Sheet) => T,
): { result: T; probeSheet: { name: string; removed: boolean } } {
  try {
    removeStaleProbeSheets(spreadsheet, now);
  } catch (error) {
    console.warn('Suki self-check: old probe sheets could not be looked for.', error);
  }
  const active = activeSheetOf(spreadsheet);
  let name = probeSheetName(now);
  for (let attempt = 1; spreadsheet.getSheetByName(name); attempt++) name = probeSheetName(now, attempt);
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const probeSheet = { name, removed: false };
  try {
    try {
      // Lets a later check remove this sheet should this execution die before its own cleanup.
      sheet.addDeveloperMetadata(
        PROBE_SHEET_METADATA_KEY,
        String(now.getTime()),
        SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
      );
    } catch (error) {
      console.warn('Suki self-check: the probe sheet could not be tagged.', error);
    }
    return { result: work(sheet), probeSheet };
  } finally {
    // Runs before the caller sees the returned object, so `removed` is already set there.
    probeSheet.removed = removeProbeSheet(spreadsheet, sheet, name);
    try {
      if (active) spreadsheet.setActiveSheet(active);
    } catch (error) {
      console.warn('Suki self-check: the sheet the person was on could not be shown again.', error);
    }
  }
}

/**
 * Writes the text probes of `mode` into one column (plain: '@' cells, raw text; apostrophe:
 * automatic cells, a leading apostrophe) and reads back each cell's value and formula.
 */
function probeText(sheet: Sheet, column: number, mode: TextWriteMode): CellReading[] {
  const probes = textProbes(mode);
  const range = sheet.getRange(FIRST_PROBE_ROW, column, probes.length, 1);
  if (mode === 'plain') range.setNumberFormat(PLAIN_TEXT_FORMAT);
  range.setValues(probes.map((probe) => [probe.written]));
  SpreadsheetApp.flush();
  const values = range.getValues();
  const formulas = range.getFormulas();
  return probes.map((_, i) => ({ value: values[i]?.[0], formula: formulas[i]?.[0] ?? '' }));
}

/** Writes the start of each probe day as a Date into date-formatted cells and reads them back. */
function probeDateCells(sheet: Sheet, timeZone: string, now: Date): DateReading[] {
  const days = probeDates(timeZone, now);
  const range = sheet.getRange(FIRST_PROBE_ROW, DATES_COLUMN, days.length, 1);
  range.setNumberFormat(PROBE_DATE_FORMAT);
  range.setValues(days.map((day) => [day.instant]));
  SpreadsheetApp.flush();
  const values = range.getValues();
  return days.map((day, i) => ({ isoDate: day.isoDate, value: values[i]?.[0] }));
}

function columnLetter(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function wholeColumn(sheet: Sheet, position: number): GoogleAppsScript.Spreadsheet.Range {
  const letter = columnLetter(position);
  return sheet.getRange(`${letter}:${letter}`);
}

/** The column holding the tagged marker now (0 when none does). */
function markerColumn(row1: readonly unknown[]): number {
  return row1.indexOf(METADATA_PROBE.tagged) + 1;
}

function readRow1(sheet: Sheet): unknown[] {
  return sheet.getRange(1, 1, 1, METADATA_PROBE.width).getValues()[0] ?? [];
}

function applyStep(sheet: Sheet, step: MetadataStep, tagged: number): void {
  switch (step.kind) {
    case 'tag':
      wholeColumn(sheet, step.column).addDeveloperMetadata(
        METADATA_PROBE.key,
        METADATA_PROBE.value,
        SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
      );
      return;
    case 'insertBefore':
      sheet.insertColumnBefore(step.column);
      return;
    case 'moveTagged':
      sheet.moveColumns(wholeColumn(sheet, tagged), step.destination);
      return;
    case 'delete':
      sheet.deleteColumn(step.column);
      return;
    case 'deleteTagged':
      sheet.deleteColumn(tagged);
      return;
  }
}

/**
 * Markers in row 1, a tag on one column, then insert, move and delete columns, reading after each
 * step where the tag is and which marker its column holds. A refused step ends the probe there.
 */
function probeMetadata(sheet: Sheet): MetadataStepReading[] {
  sheet.getRange(1, 1, 1, METADATA_PROBE.markers.length).setValues([METADATA_PROBE.markers.slice()]);
  const readings: MetadataStepReading[] = [];
  let row1 = readRow1(sheet);
  for (const step of METADATA_PROBE.steps) {
    try {
      applyStep(sheet, step, markerColumn(row1));
      const tagColumns = sheet
        .createDeveloperMetadataFinder()
        .withKey(METADATA_PROBE.key)
        .find()
        .map((tag) => tag.getLocation().getColumn()?.getColumn() ?? 0);
      row1 = readRow1(sheet);
      readings.push({ step: step.kind, tagColumns, row1 });
    } catch (error) {
      readings.push({ step: step.kind, error: errorText(error) });
      break;
    }
  }
  return readings;
}

/** Takes the document lock for a moment and lets it go again. */
function probeLock(): LockReading {
  const lock = LockService.getDocumentLock();
  if (!lock) return 'noLock';
  if (!lock.tryLock(LOCK_PROBE_WAIT_MS)) return 'busy';
  lock.releaseLock();
  return lock.hasLock() ? 'stuck' : 'released';
}

/** AuthorizationInfo as Apps Script has it now: the typings lack the scope list. */
interface ScopedAuthorizationInfo {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizedScopes?: () => string[] | null;
}
interface ScopedScriptApp {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes?: string[]): ScopedAuthorizationInfo;
}

function statusOf(info: ScopedAuthorizationInfo): AuthorizationReading['status'] {
  const status = info.getAuthorizationStatus();
  if (status === ScriptApp.AuthorizationStatus.NOT_REQUIRED) return 'notRequired';
  return status === ScriptApp.AuthorizationStatus.REQUIRED ? 'required' : 'other';
}

/**
 * What Apps Script says about authorisation under AuthMode.FULL for Suki's scopes, and which of
 * them were granted: from getAuthorizedScopes where Apps Script has it, else by asking about each
 * scope on its own (getAuthorizationInfo(FULL, [scope]) is NOT_REQUIRED once it is granted).
 */
function probeAuthorization(scopes: readonly string[]): AuthorizationReading {
  const scriptApp = ScriptApp as unknown as ScopedScriptApp;
  const full = ScriptApp.AuthMode.FULL;
  let info: ScopedAuthorizationInfo;
  try {
    info = scriptApp.getAuthorizationInfo(full, scopes.slice());
  } catch {
    // An Apps Script without the scope-list form of the call: it cannot say which were granted.
    return { status: statusOf(scriptApp.getAuthorizationInfo(full)), authorizedScopes: null };
  }
  const listed = typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
  const authorizedScopes = listed
    ? Array.prototype.slice.call(listed).map(String)
    : scopes.filter((scope) => statusOf(scriptApp.getAuthorizationInfo(full, [scope])) === 'notRequired');
  return { status: statusOf(info), authorizedScopes };
}

const NOT_RUN: Observed<never> = { ok: false, error: 'not run' };

/**
 * Runs every probe of "Check this spreadsheet" in `spreadsheet`: text, dates and metadata on a
 * temporary sheet (removed afterwards in every case), then the document lock and authorisation.
 * Never throws for a refused probe: each one's reading says what happened.
 */
export function runSelfCheckProbes(spreadsheet: Spreadsheet, now: Date = new Date()): SelfCheckObservations {
  const zone = observe(() => spreadsheet.getSpreadsheetTimeZone());
  const timeZone = zone.ok ? zone.value : '';
  let plainText: Observed<readonly CellReading[]> = NOT_RUN;
  let apostropheText: Observed<readonly CellReading[]> = NOT_RUN;
  let dates: Observed<readonly DateReading[]> = zone.ok ? NOT_RUN : zone;
  let metadata: Observed<readonly MetadataStepReading[]> = NOT_RUN;
  let probeSheet: SelfCheckObservations['probeSheet'] = null;
  try {
    probeSheet = withProbeSheet(spreadsheet, now, (sheet) => {
      plainText = observe(() => probeText(sheet, PLAIN_COLUMN, 'plain'));
      apostropheText = observe(() => probeText(sheet, APOSTROPHE_COLUMN, 'apostrophe'));
      if (zone.ok) dates = observe(() => probeDateCells(sheet, timeZone, now));
      metadata = observe(() => probeMetadata(sheet));
    }).probeSheet;
  } catch (error) {
    // The probe sheet could not be made: every cell probe is "could not check", with the reason.
    const refused: Observed<never> = { ok: false, error: errorText(error) };
    console.warn('Suki self-check: the probe sheet could not be made.', error);
    plainText = refused;
    apostropheText = refused;
    dates = zone.ok ? refused : zone;
    metadata = refused;
  }
  return {
    timeZone,
    plainText,
    apostropheText,
    dates,
    metadata,
    lock: observe(probeLock),
    authorization: observe(() => probeAuthorization(MANIFEST_SCOPES)),
    probeSheet,
  };
}

/**
 * Finds, in `spreadsheet`, the text write mode that keeps text exactly as typed: 'plain' when '@'
 * cells keep the probe values, else 'apostrophe' when a leading apostrophe does; null when neither
 * was shown to (both failed, or a probe was refused). Writes only into a temporary sheet, removed
 * afterwards; records nothing (see recordTextWriteMode).
 */
export function probeTextWriteMode(spreadsheet: Spreadsheet): TextWriteMode | null {
  try {
    const { result } = withProbeSheet(spreadsheet, new Date(), (sheet) =>
      decideTextWriteMode(
        textCheckStatus(
          'plain',
          observe(() => probeText(sheet, PLAIN_COLUMN, 'plain')),
        ),
        textCheckStatus(
          'apostrophe',
          observe(() => probeText(sheet, APOSTROPHE_COLUMN, 'apostrophe')),
        ),
      ),
    );
    return result === 'plain' || result === 'apostrophe' ? result : null;
  } catch (error) {
    console.warn('Suki: the text write mode could not be probed.', error);
    return null;
  }
}

/** Whether a text write mode (or the unsafe marker) was recorded for this spreadsheet. */
export function textWriteModeRecorded(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(TEXT_WRITE_MODE_PROPERTY) !== null;
}

/** Records what the self-check found under TEXT_WRITE_MODE_PROPERTY (see textWriteModeRecord). */
export function recordTextWriteMode(value: string): void {
  PropertiesService.getDocumentProperties().setProperty(TEXT_WRITE_MODE_PROPERTY, value);
}

/** Shows the self-check's report in a dialog with an OK button. */
export function showSelfCheckReport(title: string, report: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, report, ui.ButtonSet.OK);
}
