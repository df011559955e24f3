/**
 * Which sheet is a table's: the sheet tagged with its metadata, told apart from a duplicate that
 * carried the tag along by the sheet ID Suki remembers (or the remembered place), else a sheet
 * named like the table whose header row is the table's. Also whether a sheet holds a table at all.
 */

import { allTranslations } from '../core/i18n/translate';
import { headerIsTablesOwn, headerMatchesTable } from '../core/tables/columnMatching';
import { ALL_TABLES, tableByKey } from '../core/tables/registry';
import { sukiSheetName } from '../core/tables/tableLanguage';
import type { TableSpec } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { REPORT_METADATA_KEY, TABLE_METADATA_KEY, TABLE_SHEET_PROPERTY_PREFIX } from './metadataKeys';
import { rememberedPlace } from './tablePlaceCache';
import { writeSessionIfLocked } from './writeSession';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheets tagged as one table's, and which of them is the table when that is settled. */
interface TableClaims {
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
const tableSheetPropertyKey = (table: TableSpec) => `${TABLE_SHEET_PROPERTY_PREFIX}${table.key}`;

/**
 * The sheet ID remembered for `table` in document properties, or null. Inside a locked action, as
 * the write session read it with all the others (no call).
 */
function rememberedTableSheetId(table: TableSpec): number | null {
  const key = tableSheetPropertyKey(table);
  const session = writeSessionIfLocked();
  const raw = session
    ? session.propertyAtLock(key)
    : PropertiesService.getDocumentProperties()?.getProperty(key);
  const id = raw === null || raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isInteger(id) ? id : null;
}

/** Remembers `sheetId` as `table`'s sheet in document properties (written only when it changes). */
export function rememberTableSheet(table: TableSpec, sheetId: number): void {
  if (rememberedTableSheetId(table) === sheetId) return;
  const session = writeSessionIfLocked();
  if (session) session.storeProperty(tableSheetPropertyKey(table), String(sheetId));
  else PropertiesService.getDocumentProperties()?.setProperty(tableSheetPropertyKey(table), String(sheetId));
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
 * choice in document properties, else the remembered place (tablePlaceCache.ts; written only when
 * the table was settled). The remembered sheet counts only while it still carries the tag.
 */
export function tableClaims(spreadsheet: Spreadsheet, table: TableSpec): TableClaims {
  return settleClaims(table, taggedSheets(spreadsheet, table));
}

/** A table's claims as set-up's survey found them, with the settled sheet's ID (null when none). */
export interface SurveyedClaims extends TableClaims {
  readonly settledId: number | null;
}

/**
 * Every table's claims (see tableClaims) from one search of the whole spreadsheet's table tags: a
 * few calls per tagged sheet instead of a search per table. Set-up's survey, before the lock.
 */
export function everyTableClaims(spreadsheet: Spreadsheet): Map<string, SurveyedClaims> {
  const tagged = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(TABLE_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const sheets = new Map<string, Map<number, Sheet>>();
  const ids = new Map<Sheet, number>();
  for (const metadata of tagged) {
    const sheet = metadata.getLocation().getSheet();
    if (!sheet) continue;
    const key = metadata.getValue() ?? '';
    const ofTable = sheets.get(key) ?? new Map<number, Sheet>();
    const id = sheet.getSheetId();
    if (!ofTable.has(id)) ofTable.set(id, sheet);
    ids.set(ofTable.get(id) as Sheet, id);
    sheets.set(key, ofTable);
  }
  return new Map(
    ALL_TABLES.map((table) => {
      const claims = settleClaims(table, [...(sheets.get(table.key)?.values() ?? [])]);
      const settledId = claims.settled ? (ids.get(claims.settled) ?? null) : null;
      return [table.key, { ...claims, settledId }];
    }),
  );
}

/** The claims of `claimants`, the sheets tagged as `table`'s: settled as tableClaims says. */
function settleClaims(table: TableSpec, claimants: Sheet[]): TableClaims {
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
 * table (by metadata), and its row 1 is the header Suki wrote for it, ID and stamps included
 * (headerIsTablesOwn). A report named like a table, or a person's own list with a header much like
 * the table's, is never adopted (and so never written over).
 */
function adoptableByName(sheet: Sheet, table: TableSpec): boolean {
  const tags = sheet.getDeveloperMetadata().map((metadata) => metadata.getKey());
  if (tags.some((key) => key === REPORT_METADATA_KEY || key === TABLE_METADATA_KEY)) return false;
  return headerIsTablesOwn(table, headerRowOf(sheet));
}

/**
 * The names a table's sheet may have when its metadata is lost (an .xlsx round trip): its label in
 * every language, and the "(Suki)" names set-up gives it when a person's sheet has the label.
 */
function fallbackNames(table: TableSpec): string[] {
  const labels = [...new Set(allTranslations(table.sheetLabel))];
  return [...labels, ...labels.map((label) => sukiSheetName(label, 1))];
}

/**
 * The sheet holding `table` (see findTableSheet), and whether it was found by its tag (`tagged`)
 * rather than by its name; null when none. Throws when several claim the table and none is remembered.
 */
export function resolveTableSheet(
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

function headerRowOf(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
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
