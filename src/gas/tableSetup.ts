import { type Locale, type Translator, translate } from '../core/i18n/translate';
import { columnLetter } from '../core/tables/a1Notation';
import type { TableSpec } from '../core/tables/tableSpec';
import { COLUMN_METADATA_KEY, TABLE_METADATA_KEY } from './metadataKeys';
import { fitTableSheet } from './sheetGrowth';
import { placeOf, withCellRoom } from './spaceUsed';
import { findTableSheet, rememberTableSheet, tableClaims } from './tableIdentity';
import { locateTableOnSheet } from './tableLocator';
import { freeSheetName, relabelChoiceCells, relabelHeaders, renameTableSheet } from './tableRelabel';

/** My day's overdue highlight is kept by set-up (rowHighlight.ts). */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What set-up did to one table ('notChosen': several sheets claim it and the person chose none). */
type SetupOutcome = 'created' | 'repaired' | 'unchanged' | 'notChosen';

/** What set-up did to one table, and what to tell the person about it (in the translator's language). */
export interface TableSetupResult {
  readonly outcome: SetupOutcome;
  readonly notices: readonly string[];
  /** The table's sheet and where its columns are now; null when not chosen. */
  readonly sheet: Sheet | null;
  readonly positions: ReadonlyMap<string, number>;
}

/** The cells of a sheet Sheets inserts: 1,000 rows × 26 columns. */
const NEW_SHEET_CELLS = 1000 * 26;

const quoted = (sheets: readonly Sheet[]) => sheets.map((sheet) => `"${sheet.getName()}"`).join(', ');

/**
 * Which sheet set-up takes as `table`'s, with notices for the person: the one tagged sheet; among
 * several tagged ones (copies may carry the tag), the remembered or `chosenSheetId` one, the others
 * untagged (their data left alone); else a sheet with the table's name, header and no report tag;
 * else a new sheet under a free name, saying so when a sheet that is not the table has the name.
 */
function tableSheetFor(
  spreadsheet: Spreadsheet,
  table: TableSpec,
  t: Translator,
  options: TableSetupOptions,
): { sheet: Sheet | null; created: boolean; tagged: boolean; notices: string[] } {
  const chosenSheetId = options.chosenSheetId;
  const claims = tableClaims(spreadsheet, table);
  if (claims.claimants.length > 1) {
    const kept = claims.settled ?? claims.claimants.find((sheet) => sheet.getSheetId() === chosenSheetId);
    if (!kept) {
      const notice = t('setup.notChosen', { table: t(table.sheetLabel), sheets: quoted(claims.claimants) });
      return { sheet: null, created: false, tagged: false, notices: [notice] };
    }
    const others = claims.claimants.filter((sheet) => sheet !== kept);
    for (const other of others) untagTable(other, table);
    const notice = t('setup.copiesUntagged', {
      sheets: quoted(others),
      table: t(table.sheetLabel),
      kept: kept.getName(),
    });
    return { sheet: kept, created: false, tagged: true, notices: [notice] };
  }
  if (claims.settled) return { sheet: claims.settled, created: false, tagged: true, notices: [] };
  const found = findTableSheet(spreadsheet, table);
  if (found) return { sheet: found, created: false, tagged: false, notices: [] };
  const wanted = translate(options.language, table.sheetLabel);
  const free = freeSheetName(spreadsheet, wanted);
  // A new sheet is 1,000 × 26 cells until fitTableSheet trims it.
  const place = { spreadsheet: () => spreadsheet, sheetName: () => free };
  const sheet = withCellRoom(place, NEW_SHEET_CELLS, () => spreadsheet.insertSheet(free));
  const name = sheet.getName();
  const notices =
    name === wanted ? [] : [t('setup.leftAlone', { sheet: wanted, table: wanted, created: name })];
  return { sheet, created: true, tagged: false, notices };
}

/** How set-up treats one table. */
interface TableSetupOptions {
  /** The workbook's language: the sheet's name, its headers and its dropdowns' captions. */
  readonly language: Locale;
  /** Whether the choice cells must be relabelled into `language` (a switch not yet finished). */
  readonly relabelChoices: boolean;
  /** The sheet the person chose when several claim the table. */
  readonly chosenSheetId?: number;
}

/**
 * Creates a table's sheet, or repairs one that lost columns or tags, and remembers which sheet it
 * is (document property `suki.sheetId.<table>`): the structural part of set-up, run holding the
 * document lock (formats, dropdowns and the header's style follow outside it: TableFormats.keep in
 * tableFormats.ts). Idempotent, and it never changes what a data row says: only the header row,
 * column metadata and size of the table's own sheet, and, when asked, the choice cells' captions
 * (same choices, the workbook's words). The sheet's name and headers follow the workbook's
 * language where they are Suki's own words. A report or a person's sheet that merely has the
 * table's name is left alone. When several sheets claim the table, `chosenSheetId` (the person's
 * answer) settles it unless Suki remembers which is the table; with neither, nothing is changed
 * ('notChosen'). Notices are in `t`'s language (the caller's).
 * The sheet is trimmed to what it holds and a small reserve of empty rows (fitTableSheet: empty
 * cells count against the spreadsheet's limit); a column or row holding anything is never deleted.
 */
export function ensureTable(
  spreadsheet: Spreadsheet,
  table: TableSpec,
  t: Translator,
  options: TableSetupOptions,
): TableSetupResult {
  const { sheet, created, tagged, notices } = tableSheetFor(spreadsheet, table, t, options);
  if (!sheet) return { outcome: 'notChosen', notices, sheet: null, positions: new Map() };
  const { language } = options;
  let repaired = !tagged && tagSheet(sheet, table);
  rememberTableSheet(table, sheet.getSheetId());
  repaired = renameTableSheet(spreadsheet, sheet, table, language) || repaired;
  // One search of the sheet's column tags, each value read once: retired columns and tagged keys.
  const tags = columnTags(sheet);
  repaired = retireColumns(sheet, table, tags, t, notices, language) || repaired;

  const located = locateTableOnSheet(sheet, table);
  repaired = relabelHeaders(sheet, table, located, language) || repaired;
  const retired = new Set(table.retiredColumns ?? []);
  const taggedKeys = new Set(tags.map((tag) => tag.key).filter((key) => !retired.has(key)));
  let nextFree = located.lastColumn + 1;
  const positions = new Map(located.columns.positions);
  for (const column of table.columns) {
    let position = positions.get(column.key);
    if (position === undefined) {
      position = nextFree++;
      if (position > sheet.getMaxColumns()) addColumn(sheet);
      sheet.getRange(1, position).setValue(`'${translate(language, column.label)}`);
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
  }
  // Every cell counts against the spreadsheet's limit, empty ones too: keep only what the sheet holds.
  fitTableSheet(sheet, located.lastRow, nextFree - 1, Math.max(...positions.values()));
  if (options.relabelChoices) relabelChoiceCells(sheet, table, positions, language);
  const outcome = created ? 'created' : repaired || notices.length > 0 ? 'repaired' : 'unchanged';
  return { outcome, notices, sheet, positions };
}

/**
 * Untags the table's retired columns (see TableSpec.retiredColumns) and marks their headers as no
 * longer updated, saying so; their values stay. True when it changed something.
 */
function retireColumns(
  sheet: Sheet,
  table: TableSpec,
  tags: readonly ColumnTag[],
  t: Translator,
  notices: string[],
  language: Locale,
): boolean {
  const retired = new Set(table.retiredColumns ?? []);
  if (retired.size === 0) return false;
  let changed = false;
  for (const { key, metadata } of tags) {
    if (!retired.has(key)) continue;
    const position = metadata.getLocation().getColumn()?.getColumn();
    metadata.remove();
    changed = true;
    if (position === undefined) continue;
    const header = sheet.getRange(1, position);
    const label = String(header.getValue() ?? '');
    header.setValue(`'${translate(language, 'setup.retiredHeader', { label })}`);
    notices.push(t('setup.retiredColumn', { label, table: t(table.sheetLabel) }));
  }
  return changed;
}

/** One more column at the sheet's right edge, refused in Suki's words when the spreadsheet is full. */
function addColumn(sheet: Sheet): void {
  const maxColumns = sheet.getMaxColumns();
  withCellRoom(placeOf(sheet), sheet.getMaxRows(), () => sheet.insertColumnsAfter(maxColumns, 1));
}

/** Stops a sheet counting as `table`: removes its table tag and column tags, never its data. */
function untagTable(sheet: Sheet, table: TableSpec): void {
  for (const tag of sheet
    .createDeveloperMetadataFinder()
    .withKey(TABLE_METADATA_KEY)
    .withValue(table.key)
    .find())
    tag.remove();
  for (const tag of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) tag.remove();
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

/** A column tag on a sheet, with its value read once. */
interface ColumnTag {
  readonly key: string;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** The sheet's column tags: one search, then one call per tag for its value. */
function columnTags(sheet: Sheet): ColumnTag[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .find()
    .map((metadata) => ({ key: metadata.getValue() ?? '', metadata }));
}

function columnRange(sheet: Sheet, position: number): GoogleAppsScript.Spreadsheet.Range {
  const letter = columnLetter(position);
  return sheet.getRange(`${letter}:${letter}`);
}
