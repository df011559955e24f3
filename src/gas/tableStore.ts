import { toCell } from '../core/tables/cellCodec';
import { contiguousRuns } from '../core/tables/columnMatching';
import { nextRecordId } from '../core/tables/recordIds';
import { columnOf, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { type LocatedTable, locateTable } from './tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Who is writing, and when (an ISO instant): stamped on every row Suki writes. */
export interface WriteStamp {
  readonly at: string;
  readonly by: string;
}

/** Where a record landed. */
export interface WrittenRow {
  readonly id: string;
  readonly row: number;
}

const FIRST_DATA_ROW = 2;

/**
 * The one way Suki reads and writes its tables. Callers hold the document lock around writes
 * (withDocumentLock); the store finds the table afresh on every call, so rows and columns that
 * people moved since the last read are followed, and it writes only the columns Suki owns.
 */
export class TableStore {
  private readonly timeZone: string;

  constructor(private readonly spreadsheet: Spreadsheet) {
    this.timeZone = spreadsheet.getSpreadsheetTimeZone();
  }

  /** The table's sheet and columns; a clear error when the sheet or one of its columns is gone. */
  private requireTable(table: TableSpec): LocatedTable {
    const located = locateTable(this.spreadsheet, table);
    if (!located) throw new UserFacingError('error.tableMissing', (t) => ({ table: t(table.sheetLabel) }));
    const { missing } = located.columns;
    if (missing.length > 0) {
      throw new UserFacingError('error.columnsMissing', (t) => ({
        table: t(table.sheetLabel),
        columns: missing.map((key) => t(columnOf(table, key).label)).join(', '),
      }));
    }
    return located;
  }

  /** Appends a record as a new row with a fresh ID and the creation stamps; one write per column run. */
  append(table: TableSpec, record: TableRecord, stamp: WriteStamp): WrittenRow {
    const located = this.requireTable(table);
    const { sheet, lastRow } = located;
    const idColumn = located.columns.positions.get('id') as number;
    const existingIds =
      lastRow >= FIRST_DATA_ROW
        ? sheet
            .getRange(FIRST_DATA_ROW, idColumn, lastRow - FIRST_DATA_ROW + 1, 1)
            .getValues()
            .map((row) => row[0])
        : [];
    const id = nextRecordId(table.idPrefix, existingIds);
    const row = Math.max(lastRow + 1, FIRST_DATA_ROW);
    const maxRows = sheet.getMaxRows();
    if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);

    const full: TableRecord = { ...record, id, ...this.stampValues(table, stamp, true) };
    this.writeRow(table, located, row, full);
    return { id, row };
  }

  private stampValues(table: TableSpec, stamp: WriteStamp, creating: boolean): TableRecord {
    const values: TableRecord = { updatedAt: stamp.at, updatedBy: stamp.by };
    if (creating) Object.assign(values, { createdAt: stamp.at, createdBy: stamp.by });
    const keys = new Set(table.columns.map((c) => c.key));
    return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
  }

  /** Writes the given fields of one row, one setValues per run of adjacent columns. */
  private writeRow(table: TableSpec, located: LocatedTable, row: number, values: TableRecord): void {
    const positions = new Map([...located.columns.positions].filter(([key]) => Object.hasOwn(values, key)));
    for (const run of contiguousRuns(positions)) {
      const cells = run.keys.map((key) => toCell(columnOf(table, key), values[key] ?? null, this.timeZone));
      located.sheet.getRange(row, run.start, 1, run.keys.length).setValues([cells]);
    }
  }
}
