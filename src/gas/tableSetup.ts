import type { Translator } from '../core/i18n/translate';
import { sheetFormatFor } from '../core/tables/columnFormats';
import { contiguousRuns } from '../core/tables/columnMatching';
import type { ColumnSpec, TableSpec } from '../core/tables/tableSpec';
import { COLUMN_METADATA_KEY, TABLE_METADATA_KEY } from './metadataKeys';
import { findTableSheet, locateTable } from './tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What set-up did to one table. */
export type SetupOutcome = 'created' | 'repaired' | 'unchanged';

const HEADER_BACKGROUND = '#1f4e5f';
const HEADER_FONT_COLOR = '#ffffff';

/**
 * Creates a table's sheet, or repairs one that lost columns, tags or formats. Idempotent, and it
 * never touches data rows' values: only the header row, column metadata, formats and validation.
 */
export function ensureTable(spreadsheet: Spreadsheet, table: TableSpec, t: Translator): SetupOutcome {
  let sheet = findTableSheet(spreadsheet, table);
  const created = !sheet;
  if (!sheet) sheet = spreadsheet.insertSheet(uniqueSheetName(spreadsheet, t(table.sheetLabel)));
  let repaired = tagSheet(sheet, table);

  const located = locateTable(spreadsheet, table);
  if (!located) throw new Error(`Table ${table.key} vanished during set-up`);
  const taggedKeys = new Set(taggedColumnKeys(sheet));
  let nextFree = located.lastColumn + 1;
  const positions = new Map(located.columns.positions);
  for (const column of table.columns) {
    let position = positions.get(column.key);
    if (position === undefined) {
      position = nextFree++;
      if (position > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
      sheet.getRange(1, position).setValue(`'${t(column.label)}`);
      positions.set(column.key, position);
      repaired = true;
    }
    if (!taggedKeys.has(column.key)) {
      columnRange(sheet, position).addDeveloperMetadata(
        COLUMN_METADATA_KEY,
        column.key,
        SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
      );
      repaired = true;
    }
    formatColumn(sheet, position, column);
  }
  styleHeader(sheet, positions);
  if (created) return 'created';
  return repaired ? 'repaired' : 'unchanged';
}

function uniqueSheetName(spreadsheet: Spreadsheet, wanted: string): string {
  let name = wanted;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${wanted} (${n})`;
  return name;
}

function tagSheet(sheet: Sheet, table: TableSpec): boolean {
  const tags = sheet.createDeveloperMetadataFinder().withKey(TABLE_METADATA_KEY).withValue(table.key).find();
  if (tags.length > 0) return false;
  sheet.addDeveloperMetadata(
    TABLE_METADATA_KEY,
    table.key,
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
  return true;
}

function taggedColumnKeys(sheet: Sheet): string[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .find()
    .map((metadata) => metadata.getValue() ?? '');
}

function columnLetter(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnRange(sheet: Sheet, position: number): GoogleAppsScript.Spreadsheet.Range {
  const letter = columnLetter(position);
  return sheet.getRange(`${letter}:${letter}`);
}

/** Number format and dropdown for the data cells of one column (rows 2 to the sheet's end). */
function formatColumn(sheet: Sheet, position: number, column: ColumnSpec): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const cells = sheet.getRange(2, position, rows, 1);
  cells.setNumberFormat(sheetFormatFor(column));
  if (column.type === 'choice' && column.choices) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...column.choices], true)
      .setAllowInvalid(false)
      .build();
    cells.setDataValidation(rule);
  } else if (column.type === 'date') {
    cells.setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build());
  }
}

/** Bold, coloured header cells over Suki's own columns only, one range per run of adjacent columns. */
function styleHeader(sheet: Sheet, positions: ReadonlyMap<string, number>): void {
  sheet.setFrozenRows(1);
  for (const run of contiguousRuns(positions)) {
    sheet
      .getRange(1, run.start, 1, run.keys.length)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setFontColor(HEADER_FONT_COLOR);
  }
}
