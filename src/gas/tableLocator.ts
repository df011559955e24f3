import { allTranslations } from '../core/i18n/translate';
import {
  type ColumnMap,
  headerMatchesTable,
  headerNamesColumns,
  matchColumns,
  type TaggedColumn,
} from '../core/tables/columnMatching';
import { ALL_TABLES, tableByKey } from '../core/tables/registry';
import type { TableSpec } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import {
  COLUMN_METADATA_KEY,
  REPORT_METADATA_KEY,
  TABLE_METADATA_KEY,
  TABLE_SHEET_PROPERTY_PREFIX,
} from './metadataKeys';

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

/** The sheets tagged as one table's, and which of them is the table when that is settled. */
export interface TableClaims {
  /** Every sheet carrying the table's `suki.table` tag, each once. */
  readonly claimants: readonly Sheet[];
  /**
   * The table's sheet when the tags settle it: the only claimant, or the one Suki remembers (set-up's
   * choice, or the place found before a copy appeared); null when no claimant, or several and none
   * remembered.
   */
  readonly settled: Sheet | null;
}

const AMBIGUOUS_KEY = 'error.tableAmbiguous';

/** The document property that remembers which sheet is `table`'s (see TABLE_SHEET_PROPERTY_PREFIX). */
export const tableSheetPropertyKey = (table: TableSpec) => `${TABLE_SHEET_PROPERTY_PREFIX}${table.key}`;

/** The sheet ID remembered for `table` in document properties, or null. */
export function rememberedTableSheetId(table: TableSpec): number | null {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(tableSheetPropertyKey(table));
  const id = raw === null || raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isInteger(id) ? id : null;
}

/** Remembers `sheetId` as `table`'s sheet in document properties (written only when it changes). */
export function rememberTableSheet(table: TableSpec, sheetId: number): void {
  if (rememberedTableSheetId(table) === sheetId) return;
  PropertiesService.getDocumentProperties()?.setProperty(tableSheetPropertyKey(table), String(sheetId));
}

/** Whether `error` is the refusal of a table that several sheets claim (see tableClaims). */
export function isAmbiguousTableError(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError && error.key === AMBIGUOUS_KEY;
}

function ambiguousTable(table: TableSpec, sheets: readonly Sheet[]): UserFacingError {
  const names = sheets.map((sheet) => `"${sheet.getName()}"`).join(', ');
  return new UserFacingError(AMBIGUOUS_KEY, (t) => ({ table: t(table.sheetLabel), sheets: names }));
}

function taggedSheets(spreadsheet: Spreadsheet, table: TableSpec): Sheet[] {
  const tagged = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(TABLE_METADATA_KEY)
    .withValue(table.key)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const sheets: Sheet[] = [];
  const seen = new Set<number>();
  for (const metadata of tagged) {
    const sheet = metadata.getLocation().getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    if (!seen.has(id)) sheets.push(sheet);
    seen.add(id);
  }
  return sheets;
}

/**
 * The sheets that claim to be `table`'s, and which one is it. A duplicated sheet may carry the
 * table's metadata with it, so two claimants are settled by the sheet Suki remembers: set-up's
 * choice in document properties, else the remembered place in the document cache (written only
 * when the table was settled). The remembered sheet counts only while it still carries the tag.
 */
export function tableClaims(spreadsheet: Spreadsheet, table: TableSpec): TableClaims {
  const claimants = taggedSheets(spreadsheet, table);
  if (claimants.length <= 1) return { claimants, settled: claimants[0] ?? null };
  const ids = claimants.map((sheet) => sheet.getSheetId());
  for (const remembered of [rememberedTableSheetId(table), rememberedPlace(table)?.sheetId]) {
    const index = remembered === null || remembered === undefined ? -1 : ids.indexOf(remembered);
    if (index >= 0) return { claimants, settled: claimants[index] as Sheet };
  }
  return { claimants, settled: null };
}

/**
 * Whether a sheet found only by its name may be taken as `table`'s: it is no report and no other
 * table (by metadata), and its row 1 is the table's header. A report named like a table, or a
 * person's own sheet with their own header row, is never adopted (and so never written over).
 */
function adoptableByName(sheet: Sheet, table: TableSpec): boolean {
  const tags = sheet.getDeveloperMetadata().map((metadata) => metadata.getKey());
  if (tags.some((key) => key === REPORT_METADATA_KEY || key === TABLE_METADATA_KEY)) return false;
  return headerMatchesTable(table, headerRowOf(sheet));
}

/**
 * The names a table's sheet may have when its metadata is lost (an .xlsx round trip): its label in
 * every language, and the "(Suki)" names set-up gives it when a person's sheet has the label.
 */
function fallbackNames(table: TableSpec): string[] {
  const labels = [...new Set(allTranslations(table.sheetLabel))];
  return [...labels, ...labels.map((label) => sukiSheetName(label, 1))];
}

/** The name set-up gives a table whose label is taken: "<label> (Suki)", then "<label> (Suki 2)"… */
export function sukiSheetName(label: string, n: number): string {
  return n <= 1 ? `${label} (Suki)` : `${label} (Suki ${n})`;
}

function resolveTableSheet(
  spreadsheet: Spreadsheet,
  table: TableSpec,
): { sheet: Sheet; tagged: boolean } | null {
  const claims = tableClaims(spreadsheet, table);
  if (claims.settled) return { sheet: claims.settled, tagged: true };
  if (claims.claimants.length > 1) throw ambiguousTable(table, claims.claimants);
  for (const name of fallbackNames(table)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && adoptableByName(sheet, table)) return { sheet, tagged: false };
  }
  return null;
}

/**
 * The sheet holding `table`: the one tagged with its metadata (which survives renames; when copies
 * carry the tag too, the one Suki remembers), else one named with the table's label in any language
 * whose header row is the table's and that is no report; null when none. Throws a UserFacingError
 * naming the sheets when several claim the table and none is remembered: Suki writes to neither.
 */
export function findTableSheet(spreadsheet: Spreadsheet, table: TableSpec): Sheet | null {
  return resolveTableSheet(spreadsheet, table)?.sheet ?? null;
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

function headerRowOf(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
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

/** A remembered place names a position for every column the table has now (specs grow). */
function coversTable(remembered: RememberedPlace, table: TableSpec): boolean {
  const keys = new Set(remembered.positions.map(([key]) => key));
  return table.columns.every((column) => keys.has(column.key));
}

function hasRepeatedText(headerRow: readonly unknown[]): boolean {
  const texts = headerTexts(headerRow).filter((text) => text.trim() !== '');
  return new Set(texts.map((text) => text.trim().toLowerCase())).size !== texts.length;
}

/**
 * Whether `sheet` is `table`'s own sheet rather than a copy carrying its tag. The remembered place
 * answers in a few calls; otherwise the claims decide. While several sheets claim the table
 * unsettled, every claimant answers yes, so the caller's locate refuses them by name.
 */
function isTablesOwnSheet(spreadsheet: Spreadsheet, table: TableSpec, sheet: Sheet): boolean {
  const id = sheet.getSheetId();
  const remembered = rememberedPlace(table);
  if (remembered) {
    if (remembered.sheetId === id) return true;
    if (spreadsheet.getSheetById(remembered.sheetId)) return false;
  }
  const claims = tableClaims(spreadsheet, table);
  return claims.settled ? claims.settled.getSheetId() === id : claims.claimants.length > 1;
}

/**
 * The key of the Suki table a sheet holds, from its metadata; null for any other sheet, including a
 * duplicate of a table's sheet that carried the tag along (an edit there is the person's own).
 */
export function tableKeyOfSheet(sheet: Sheet): string | null {
  const tags = sheet.createDeveloperMetadataFinder().withKey(TABLE_METADATA_KEY).find();
  let key: string | null = null;
  for (const tag of tags) {
    if (tag.getLocation().getLocationType() === SpreadsheetApp.DeveloperMetadataLocationType.SHEET) {
      key = tag.getValue();
      break;
    }
  }
  const table = key === null ? undefined : tableByKey(key);
  if (!table) return key;
  return isTablesOwnSheet(sheet.getParent(), table, sheet) ? key : null;
}

/**
 * Whether a sheet holds a Suki table: tagged as one, or its row 1 is one's header in any language.
 * A report never clears or writes such a sheet. A few calls, whatever the sheet's size.
 */
export function sheetHoldsTable(sheet: Sheet): boolean {
  const tags = sheet.getDeveloperMetadata().map((metadata) => metadata.getKey());
  if (tags.includes(TABLE_METADATA_KEY)) return true;
  const headerRow = headerRowOf(sheet);
  return ALL_TABLES.some((table) => headerMatchesTable(table, headerRow));
}
