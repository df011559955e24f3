/**
 * Finds a Suki table in an emulated workbook from the outside (no script globals): the sheet by its
 * `suki.table` metadata, else by its label in any language; each column by `suki.column` metadata,
 * else by header text, with the same matching core uses. Every read is uncounted.
 */
import { allTranslations } from '../../src/core/i18n/translate';
import { type ColumnMap, matchColumns, type TaggedColumn } from '../../src/core/tables/columnMatching';
import type { TableSpec } from '../../src/core/tables/tableSpec';
import { COLUMN_METADATA_KEY, TABLE_METADATA_KEY } from '../../src/gas/metadataKeys';
import type { Emulator } from '../emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A table's sheet and where its columns are, as found now. */
interface TableLocation {
  readonly sheet: Sheet;
  readonly sheetName: string;
  readonly columns: ColumnMap;
  readonly headerRow: readonly unknown[];
}

function sheetOfTable(emulator: Emulator, table: TableSpec): Sheet | null {
  const spreadsheet = emulator.spreadsheet;
  for (const sheet of spreadsheet.getSheets()) {
    const tags = sheet.getDeveloperMetadata().filter((m) => m.getKey() === TABLE_METADATA_KEY);
    if (tags.some((m) => m.getValue() === table.key)) return sheet;
  }
  for (const name of allTranslations(table.sheetLabel)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

function taggedColumnsOf(sheet: Sheet): TaggedColumn[] {
  const tagged: TaggedColumn[] = [];
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const column = metadata.getLocation().getColumn();
    if (column) tagged.push({ columnKey: metadata.getValue() ?? '', position: column.getColumn() });
  }
  return tagged;
}

/** Where `table` lives in the emulator's workbook, or null when no sheet holds it. */
export function locateTableIn(emulator: Emulator, table: TableSpec): TableLocation | null {
  return emulator.uncounted(() => {
    const sheet = sheetOfTable(emulator, table);
    if (!sheet) return null;
    const lastColumn = sheet.getLastColumn();
    const headerRow = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
    const columns = matchColumns(table, taggedColumnsOf(sheet), headerRow);
    return { sheet, sheetName: sheet.getName(), columns, headerRow };
  });
}
