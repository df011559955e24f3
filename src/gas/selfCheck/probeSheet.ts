/**
 * The self-check's temporary sheet: made for one check, named so it cannot be a person's, tagged so
 * a later check can clear it away should this execution die, and removed in every case.
 */
import { isStaleProbeSheet, PROBE_SHEET_METADATA_KEY, probeSheetName } from '../../core/selfCheck/probeSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
