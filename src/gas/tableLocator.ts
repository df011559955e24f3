import { allTranslations } from '../core/i18n/translate';
import {
  type ColumnMap,
  headerNamesColumns,
  matchColumns,
  type TaggedColumn,
} from '../core/tables/columnMatching';
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
  /** Row 1 holds the table's column names (people may insert rows above it; Suki needs it there). */
  readonly headerInPlace: boolean;
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

/** What a previous execution learnt about a table's place, kept in the document cache. */
interface RememberedPlace {
  readonly sheetId: number;
  readonly header: readonly string[];
  readonly positions: readonly (readonly [string, number])[];
}

const PLACE_CACHE_SECONDS = 6 * 60 * 60;
const placeCacheKey = (table: TableSpec) => `suki.place.${table.key}`;
const headerTexts = (row: readonly unknown[]) => row.map((cell) => String(cell ?? ''));

function rememberedPlace(table: TableSpec): RememberedPlace | null {
  const raw = CacheService.getDocumentCache()?.get(placeCacheKey(table));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RememberedPlace;
  } catch {
    return null;
  }
}

function readPlace(sheet: Sheet): Pick<LocatedTable, 'headerRow' | 'lastRow' | 'lastColumn'> {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  return { headerRow, lastRow, lastColumn };
}

/**
 * Finds a table's sheet and columns. Metadata is the truth, but reading it costs a few calls per
 * column, so the positions found are remembered in the document cache with the header row they
 * were found under. A later call that reads the very same header row in the same sheet reuses them;
 * any move, insert or delete of a column changes the header row and so forces a fresh search.
 * Either way the cost does not depend on the number of rows.
 */
export function locateTable(spreadsheet: Spreadsheet, table: TableSpec): LocatedTable | null {
  const remembered = rememberedPlace(table);
  const rememberedSheet = remembered ? spreadsheet.getSheetById(remembered.sheetId) : null;
  if (remembered && rememberedSheet && coversTable(remembered, table)) {
    const place = readPlace(rememberedSheet);
    if (JSON.stringify(headerTexts(place.headerRow)) === JSON.stringify(remembered.header)) {
      const columns = { positions: new Map(remembered.positions), missing: [] };
      return { sheet: rememberedSheet, columns, ...place, headerInPlace: true };
    }
  }
  const sheet = findTableSheet(spreadsheet, table);
  if (!sheet) return null;
  const place = readPlace(sheet);
  const columns = matchColumns(table, taggedColumns(sheet), place.headerRow);
  const headerInPlace = headerNamesColumns(table, columns.positions, place.headerRow);
  // Two equal header texts would let a swap of those columns pass unseen: such a sheet is not remembered.
  if (columns.missing.length === 0 && headerInPlace && !hasRepeatedText(place.headerRow)) {
    const memo: RememberedPlace = {
      sheetId: sheet.getSheetId(),
      header: headerTexts(place.headerRow),
      positions: [...columns.positions],
    };
    CacheService.getDocumentCache()?.put(placeCacheKey(table), JSON.stringify(memo), PLACE_CACHE_SECONDS);
  }
  return { sheet, columns, ...place, headerInPlace };
}

/** A remembered place names a position for every column the table has now (specs grow). */
function coversTable(remembered: RememberedPlace, table: TableSpec): boolean {
  const keys = new Set(remembered.positions.map(([key]) => key));
  return table.columns.every((column) => keys.has(column.key));
}

function hasRepeatedText(headerRow: readonly unknown[]): boolean {
  const texts = headerTexts(headerRow).filter((text) => text.trim() !== '');
  return new Set(texts.map((text) => text.trim().toLowerCase())).size !== texts.length;
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
