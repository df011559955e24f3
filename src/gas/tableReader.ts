import { fromCell } from '../core/tables/cellCodec';
import { contiguousRuns } from '../core/tables/columnMatching';
import { columnOf, mayBeMissing, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { type LocatedTable, locateTable } from './tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A record and the row it was found in (rows move when people sort: use it only for display). */
export interface StoredRecord {
  readonly row: number;
  readonly record: TableRecord;
}

/** The first row below a table's header. */
export const FIRST_DATA_ROW = 2;

/**
 * How Suki reads its tables (TableStore adds the writes). Every call finds the table afresh, so
 * rows and columns people moved since the last read are followed, and costs the same number of
 * service calls however many rows the table has.
 */
export class TableReader {
  /** The spreadsheet's time zone, in which dates are written and read. */
  readonly timeZone: string;

  constructor(protected readonly spreadsheet: Spreadsheet) {
    this.timeZone = spreadsheet.getSpreadsheetTimeZone();
  }

  /**
   * The table's sheet and columns, found afresh: people edit while scripts run (the document lock
   * holds back only other scripts), so every write locates its table just before writing. A clear
   * error when the sheet, one of its columns, or its header row is not where Suki needs it.
   */
  locate(table: TableSpec): LocatedTable {
    const located = locateTable(this.spreadsheet, table);
    if (!located) throw new UserFacingError('error.tableMissing', (t) => ({ table: t(table.sheetLabel) }));
    // A computed column missing, or one a newer version added (before set-up ran again), stops
    // nothing: reads leave it out, and writes skip it (the store refuses a value for it).
    const missing = located.columns.missing.filter((key) => !mayBeMissing(columnOf(table, key)));
    if (missing.length > 0) {
      throw new UserFacingError('error.columnsMissing', (t) => ({
        table: t(table.sheetLabel),
        columns: missing.map((key) => t(columnOf(table, key).label)).join(', '),
      }));
    }
    if (!located.headerInPlace) {
      throw new UserFacingError('error.headerMoved', (t) => ({ table: t(table.sheetLabel) }));
    }
    return located;
  }

  /** Every non-blank row of the table as records, with one read of the whole data block. */
  readAll(table: TableSpec): StoredRecord[] {
    const located = this.locate(table);
    const { sheet, lastRow } = located;
    if (lastRow < FIRST_DATA_ROW) return [];
    const width = Math.max(...located.columns.positions.values());
    const values = sheet.getRange(FIRST_DATA_ROW, 1, lastRow - FIRST_DATA_ROW + 1, width).getValues();
    const stored: StoredRecord[] = [];
    values.forEach((cells, index) => {
      const record = this.recordFromCells(table, located, cells);
      if (Object.values(record).some((value) => value !== null))
        stored.push({ row: FIRST_DATA_ROW + index, record });
    });
    return stored;
  }

  /**
   * Some columns of every row (blank rows included, as nulls), one read per column: far less data
   * than readAll when a check needs only a few fields of a large table.
   */
  readColumns(table: TableSpec, keys: readonly string[]): TableRecord[] {
    const located = this.locate(table);
    const { sheet, lastRow } = located;
    if (lastRow < FIRST_DATA_ROW) return [];
    const records: TableRecord[] = Array.from({ length: lastRow - FIRST_DATA_ROW + 1 }, () => ({}));
    for (const key of keys) {
      const position = located.columns.positions.get(key);
      if (position === undefined) continue;
      const column = columnOf(table, key);
      const cells = sheet.getRange(FIRST_DATA_ROW, position, records.length, 1).getValues();
      cells.forEach((row, index) => {
        (records[index] as TableRecord)[key] = fromCell(column, row[0], this.timeZone);
      });
    }
    return records;
  }

  /** The record with `id`, found by reading the ID column just now; null when no row has it. */
  findById(table: TableSpec, id: string): StoredRecord | null {
    const located = this.locate(table);
    const row = this.rowOfId(located, id);
    if (row === null) return null;
    const width = Math.max(...located.columns.positions.values());
    const cells = located.sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
    return { row, record: this.recordFromCells(table, located, cells) };
  }

  /** Every ID in the table's ID column, read just now. */
  ids(table: TableSpec): string[] {
    return this.idColumn(this.locate(table)).map((value) => String(value).trim());
  }

  /** The records in rows `firstRow`..`lastRow` (blank rows included), with one read. */
  readRows(
    table: TableSpec,
    firstRow: number,
    lastRow: number,
    located: LocatedTable = this.locate(table),
  ): StoredRecord[] {
    const width = Math.max(...located.columns.positions.values());
    const cells = located.sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues();
    return cells.map((row, index) => ({
      row: firstRow + index,
      record: this.recordFromCells(table, located, row),
    }));
  }

  protected idColumn(located: LocatedTable): unknown[] {
    const { sheet, lastRow } = located;
    if (lastRow < FIRST_DATA_ROW) return [];
    const idColumn = located.columns.positions.get('id') as number;
    return sheet
      .getRange(FIRST_DATA_ROW, idColumn, lastRow - FIRST_DATA_ROW + 1, 1)
      .getValues()
      .map((cells) => cells[0]);
  }

  /**
   * The one row holding `id`. A blank ID matches nothing, and an ID found in two rows (a copied row)
   * is refused by name rather than guessed at, so a write never lands in the wrong record.
   */
  protected rowOfId(located: LocatedTable, id: string): number | null {
    const wanted = id.trim();
    if (wanted === '') return null;
    const rows: number[] = [];
    this.idColumn(located).forEach((value, index) => {
      if (String(value).trim() === wanted) rows.push(FIRST_DATA_ROW + index);
    });
    if (rows.length > 1)
      throw new UserFacingError('error.duplicateId', { id: wanted, rows: rows.join(', ') });
    return rows[0] ?? null;
  }

  protected recordFromCells(table: TableSpec, located: LocatedTable, cells: readonly unknown[]): TableRecord {
    const record: TableRecord = {};
    for (const [key, position] of located.columns.positions) {
      record[key] = fromCell(columnOf(table, key), cells[position - 1], this.timeZone);
    }
    return record;
  }

  /** The rows (ascending) whose ID is one of `ids`, read from the ID column just now. */
  rowsHolding(located: LocatedTable, ids: ReadonlySet<string>): number[] {
    return this.idColumn(located).flatMap((value, index) =>
      ids.has(String(value).trim()) ? [FIRST_DATA_ROW + index] : [],
    );
  }

  /** The one row holding `id` (see rowOfId): null when none does. */
  rowHolding(located: LocatedTable, id: string): number | null {
    return this.rowOfId(located, id);
  }

  /**
   * The records in `rows` (ascending): with `keys`, just those columns (one read each), else every
   * Suki column of the span the rows lie in (one read).
   */
  recordsAt(
    table: TableSpec,
    located: LocatedTable,
    rows: readonly number[],
    keys?: readonly string[],
  ): StoredRecord[] {
    if (rows.length === 0) return [];
    const first = rows[0] as number;
    const span = (rows[rows.length - 1] as number) - first + 1;
    const columns = new Map<string, unknown[]>();
    if (keys) {
      for (const key of keys) {
        const position = located.columns.positions.get(key);
        if (position === undefined) continue;
        const cells = located.sheet.getRange(first, position, span, 1).getValues();
        columns.set(
          key,
          cells.map((cell) => cell[0]),
        );
      }
    } else {
      const width = Math.max(...located.columns.positions.values());
      const block = located.sheet.getRange(first, 1, span, width).getValues();
      for (const [key, position] of located.columns.positions) {
        columns.set(
          key,
          block.map((cells) => cells[position - 1]),
        );
      }
    }
    return rows.map((row) => {
      const record: TableRecord = {};
      for (const [key, cells] of columns)
        record[key] = fromCell(columnOf(table, key), cells[row - first], this.timeZone);
      return { row, record };
    });
  }

  /** The keys of each run of adjacent Suki columns, left to right (the store writes run by run). */
  runKeys(located: LocatedTable): string[][] {
    return contiguousRuns(located.columns.positions).map((run) => [...run.keys]);
  }
}
