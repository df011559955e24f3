import { allTranslations } from '../core/i18n/translate';
import { type ColumnMap, matchColumns, type TaggedColumn } from '../core/tables/columnMatching';
import type { TableSpec } from '../core/tables/tableSpec';
import { COLUMN_METADATA_KEY, TABLE_METADATA_KEY } from './metadataKeys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A table's sheet as found now, with where its columns are. */
export interface LocatedTable {
  readonly sheet: Sheet;
  readonly columns: ColumnMap;
  /** The header row's values, as wide as the sheet's content. */
  readonly headerRow: readonly unknown[];
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * The sheet holding `table`: the one tagged with its metadata (which survives renames), else one
 * named with the table's label in any language; null when neither exists.
 */
export function findTableSheet(spreadsheet: Spreadsheet, table: TableSpec): Sheet | null {
  const tagged = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(TABLE_METADATA_KEY)
    .withValue(table.key)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const metadata of tagged) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  for (const name of allTranslations(table.sheetLabel)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** The Suki columns tagged on a sheet, with their current positions. */
export function taggedColumns(sheet: Sheet): TaggedColumn[] {
  const found = sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
  const columns: TaggedColumn[] = [];
  for (const metadata of found) {
    const column = metadata.getLocation().getColumn();
    if (column) columns.push({ columnKey: metadata.getValue() ?? '', position: column.getColumn() });
  }
  return columns;
}

/**
 * Finds a table's sheet and columns, reading the header row once. The cost is the same whatever the
 * number of rows: a metadata search, one read per tagged column's location, and one header read.
 */
export function locateTable(spreadsheet: Spreadsheet, table: TableSpec): LocatedTable | null {
  const sheet = findTableSheet(spreadsheet, table);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  const columns = matchColumns(table, taggedColumns(sheet), headerRow);
  return { sheet, columns, headerRow, lastRow, lastColumn };
}

/** The key of the Suki table a sheet holds, from its metadata; null for any other sheet. */
export function tableKeyOfSheet(sheet: Sheet): string | null {
  const tags = sheet.createDeveloperMetadataFinder().withKey(TABLE_METADATA_KEY).find();
  for (const tag of tags) {
    if (tag.getLocation().getLocationType() === SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      return tag.getValue();
  }
  return null;
}
