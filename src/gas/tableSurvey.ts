/**
 * Set-up's look at every table before it takes the document lock (issue #15): which tables need a
 * change of structure (a sheet to make, adopt or rename, copies to untag, a column to add, tag,
 * retire or relabel, rows or columns to trim, choice cells to relabel), found by reads only. Only
 * those are set up holding the lock (ensureTable, which looks again there); a table already in
 * place keeps what it has, and a save never waits for set-up to read it.
 *
 * Column tags are counted, not read: one search of the whole spreadsheet's column tags, whose number
 * must be the number of Suki columns found on the tables' sheets. Suki tags each column once and
 * untags a copy's columns, and a person cannot add developer metadata by hand, so a lost tag (or a
 * retired column's tag still there) changes the count; only then is each sheet's count compared,
 * and a sheet whose count differs is set up holding the lock, where every tag's value is read.
 */
import type { Locale } from '../core/i18n/translate';
import { tableSheetSize } from '../core/space/cellBudget';
import { ALL_TABLES } from '../core/tables/registry';
import { headersToRelabel, tableSheetNameIn } from '../core/tables/tableLanguage';
import type { TableSpec } from '../core/tables/tableSpec';
import { COLUMN_METADATA_KEY, TABLE_SHEET_PROPERTY_PREFIX } from './metadataKeys';
import type { SurveyedClaims } from './tableIdentity';
import { type LocatedTable, locateTableOnSheet } from './tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the survey found of one table. */
export interface TableSurvey {
  readonly table: TableSpec;
  /** Where the table is, when its one tagged sheet was looked at; else null (it needs the lock). */
  readonly located: LocatedTable | null;
  /** The sheet's row count, read with the trim check; null when not read. */
  readonly maxRows: number | null;
  /** Whether set-up must change the sheet's structure, holding the document lock (ensureTable). */
  readonly needsLock: boolean;
}

/** How the survey looks at the tables. */
interface SurveyOptions {
  /** The workbook's language as known before the lock: sheet names and headers in it. */
  readonly language: Locale;
  /** Whether choice cells are still to be relabelled into `language` (every table then needs the lock). */
  readonly relabelChoices: boolean;
  /** The document properties, read once (which sheet Suki remembers as each table's). */
  readonly properties: Readonly<Record<string, string>>;
}

/** The document properties, in one call: the survey's and the formats' read. */
export function documentPropertiesNow(): Record<string, string> {
  return { ...PropertiesService.getDocumentProperties().getProperties() };
}

/** A table that must be set up holding the lock, without a look at its sheet. */
const needsLock = (table: TableSpec): TableSurvey => ({
  table,
  located: null,
  maxRows: null,
  needsLock: true,
});

/**
 * Looks at one table on its one tagged sheet: whether set-up would change its structure there. A
 * few calls, whatever its rows; its column tags are checked by the caller (see the module comment).
 */
function surveyTable(sheet: Sheet, sheetId: number, table: TableSpec, options: SurveyOptions): TableSurvey {
  const remembered = options.properties[`${TABLE_SHEET_PROPERTY_PREFIX}${table.key}`];
  if (remembered !== String(sheetId)) return needsLock(table);
  if (tableSheetNameIn(table, sheet.getName(), options.language) !== null) return needsLock(table);
  const located = locateTableOnSheet(sheet, table);
  const { positions, missing } = located.columns;
  const maxRows = sheet.getMaxRows();
  const size = tableSheetSize(located.lastRow, located.lastColumn, Math.max(0, ...positions.values()));
  const changes =
    missing.length > 0 ||
    positions.size < table.columns.length ||
    headersToRelabel(table, positions, located.headerRow, options.language).size > 0 ||
    maxRows > size.rows ||
    sheet.getMaxColumns() > size.columns;
  return { table, located, maxRows, needsLock: changes };
}

/** Whether `sheet` carries exactly `count` column tags (one search, no tag's value read). */
function carriesTags(sheet: Sheet, count: number): boolean {
  return sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find().length === count;
}

/**
 * Every table's survey, in ALL_TABLES' order, from `claims` (everyTableClaims): a table whose sheet
 * is not settled by one tag, or that set-up would change, needs the lock; the others are in place.
 */
export function surveyTables(
  spreadsheet: Spreadsheet,
  claims: ReadonlyMap<string, SurveyedClaims>,
  options: SurveyOptions,
): TableSurvey[] {
  const surveys = ALL_TABLES.map((table) => {
    const claim = claims.get(table.key);
    if (options.relabelChoices || claim?.claimants.length !== 1 || !claim.settled || claim.settledId === null)
      return needsLock(table);
    return surveyTable(claim.settled, claim.settledId, table, options);
  });
  const kept = surveys.filter((survey) => !survey.needsLock && survey.located);
  if (kept.length === 0) return surveys;
  // Every tag of the spreadsheet at once: equal to the columns found when all is well.
  const single = [...claims.values()].every((claim) => claim.claimants.length <= 1);
  const expected = surveys.reduce((sum, survey) => sum + (survey.located?.columns.positions.size ?? 0), 0);
  const everyTableSurveyed = surveys.every(
    (survey) => survey.located || !claims.get(survey.table.key)?.settled,
  );
  if (single && everyTableSurveyed) {
    const total = spreadsheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find().length;
    if (total === expected) return surveys;
  }
  return surveys.map((survey) =>
    survey.needsLock ||
    !survey.located ||
    carriesTags(survey.located.sheet, survey.located.columns.positions.size)
      ? survey
      : { ...survey, needsLock: true },
  );
}
