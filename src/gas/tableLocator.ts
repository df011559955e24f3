/**
 * Where a table is now: its sheet (see tableIdentity.ts) and the position of each of its columns,
 * found by metadata, then by header text, and remembered in the document cache (tablePlaceCache.ts).
 */
import {
  type ColumnMap,
  headerNamesColumns,
  matchColumns,
  type TaggedColumn,
} from '../core/tables/columnMatching';
import type { TableSpec } from '../core/tables/tableSpec';
import { COLUMN_METADATA_KEY } from './metadataKeys';
import { rememberTableSheet, resolveTableSheet } from './tableIdentity';
import {
  coversTable,
  headerTexts,
  PLACE_CACHE_SECONDS,
  placeCacheKey,
  type RememberedPlace,
  rememberedPlace,
} from './tablePlaceCache';

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

/** The Suki columns tagged on a sheet, with their current positions. */
function taggedColumns(sheet: Sheet): TaggedColumn[] {
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

function readPlace(sheet: Sheet): Pick<LocatedTable, 'headerRow' | 'lastRow' | 'lastColumn'> {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  return { headerRow, lastRow, lastColumn };
}

/** The remembered place, when it is on `sheet` and that sheet's header row is exactly as it was. */
function placeIfUnchanged(
  remembered: RememberedPlace | null,
  sheet: Sheet,
  table: TableSpec,
): LocatedTable | null {
  if (!remembered || !coversTable(remembered, table)) return null;
  const place = readPlace(sheet);
  if (JSON.stringify(headerTexts(place.headerRow)) !== JSON.stringify(remembered.header)) return null;
  const columns = { positions: new Map(remembered.positions), missing: [] };
  return { sheet, columns, ...place, headerInPlace: true };
}

/**
 * Searches a sheet for the table's columns (metadata, then header text) and remembers the place
 * found. A place that cannot be remembered forgets the old one, which may be another sheet's.
 */
function searchTableOnSheet(sheet: Sheet, table: TableSpec): LocatedTable {
  const place = readPlace(sheet);
  const columns = matchColumns(table, taggedColumns(sheet), place.headerRow);
  const headerInPlace = headerNamesColumns(table, columns.positions, place.headerRow);
  const cache = CacheService.getDocumentCache();
  // Two equal header texts would let a swap of those columns pass unseen: such a sheet is not remembered.
  if (columns.missing.length === 0 && headerInPlace && !hasRepeatedText(place.headerRow)) {
    const memo: RememberedPlace = {
      sheetId: sheet.getSheetId(),
      header: headerTexts(place.headerRow),
      positions: [...columns.positions],
    };
    cache?.put(placeCacheKey(table), JSON.stringify(memo), PLACE_CACHE_SECONDS);
  } else {
    cache?.remove(placeCacheKey(table));
  }
  return { sheet, columns, ...place, headerInPlace };
}

/**
 * The table's columns on `sheet`, which the caller (set-up) has decided is the table's: the
 * remembered place when it is this sheet's and its header row is unchanged, else a fresh search,
 * remembered in place of whatever was remembered before.
 */
export function locateTableOnSheet(sheet: Sheet, table: TableSpec): LocatedTable {
  const remembered = rememberedPlace(table);
  const onThisSheet = remembered?.sheetId === sheet.getSheetId() ? remembered : null;
  return placeIfUnchanged(onThisSheet, sheet, table) ?? searchTableOnSheet(sheet, table);
}

/**
 * Finds a table's sheet and columns. Metadata is the truth, but reading it costs a few calls per
 * column, so the positions found are remembered in the document cache with the header row they
 * were found under. A later call that reads the very same header row in the same sheet reuses them;
 * any move, insert or delete of a column changes the header row and so forces a fresh search.
 * Either way the cost does not depend on the number of rows. The remembered place also keeps the
 * table's identity: a copy of its sheet made since (which may carry its metadata) is ignored.
 * Throws when several sheets claim the table and none is remembered (see findTableSheet).
 */
export function locateTable(spreadsheet: Spreadsheet, table: TableSpec): LocatedTable | null {
  const remembered = rememberedPlace(table);
  const rememberedSheet = remembered ? spreadsheet.getSheetById(remembered.sheetId) : null;
  const warm = rememberedSheet ? placeIfUnchanged(remembered, rememberedSheet, table) : null;
  if (warm) return warm;
  const found = resolveTableSheet(spreadsheet, table);
  if (!found) return null;
  // The only tagged sheet is the table: remember it, so a copy made later is told apart even after
  // the cached place expires.
  if (found.tagged) rememberTableSheet(table, found.sheet.getSheetId());
  return searchTableOnSheet(found.sheet, table);
}

function hasRepeatedText(headerRow: readonly unknown[]): boolean {
  const texts = headerTexts(headerRow).filter((text) => text.trim() !== '');
  return new Set(texts.map((text) => text.trim().toLowerCase())).size !== texts.length;
}
