/**
 * The self-check's metadata probe on the probe sheet: a tag on one column, then columns inserted,
 * moved and deleted, reading after each step where the tag is.
 */
import {
  METADATA_PROBE,
  type MetadataStep,
  type MetadataStepReading,
} from '../../core/selfCheck/metadataProbe';
import { errorText } from './observe';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
export function probeMetadata(sheet: Sheet): MetadataStepReading[] {
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
