import { fromCell } from '../core/tables/cellCodec';
import { contiguousRuns } from '../core/tables/columnMatching';
import { columnOf, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import type { LocatedTable } from './tableLocator';
import { FIRST_DATA_ROW, nonBlankRows, type StoredRecord, TableSearch } from './tableSearch';

export { FIRST_DATA_ROW, type StoredRecord } from './tableSearch';

/**
 * How Suki reads its tables (TableStore adds the writes). A store finds each table once per
 * stretch of an execution (tableSearch.ts `locate`), so rows and columns people moved since the
 * last action are followed; each call costs the same number of service calls however many rows
 * the table has.
 */
export class TableReader extends TableSearch {
  /** Every non-blank row of the table as records, with one read of the whole data block. */
  readAll(table: TableSpec): StoredRecord[] {
    const located = this.locate(table);
    const { sheet, lastRow } = located;
    if (lastRow < FIRST_DATA_ROW) return [];
    const width = Math.max(...located.columns.positions.values());
    const values = sheet.getRange(FIRST_DATA_ROW, 1, lastRow - FIRST_DATA_ROW + 1, width).getValues();
    return nonBlankRows(values.map((cells) => this.recordFromCells(table, located, cells)));
  }

  /**
   * Columns `keys` of every row not blank in them, as records holding just those columns (a key
   * whose column the sheet lacks, as readAll leaves out a computed or newer column, is left out).
   * One read per run of adjacent columns among them, never the columns in between: at a table's
   * size, each column skipped saves a cell per row (0.01 ms each, where a read costs 50 ms, so a
   * gap is worth a read once the table has 5,000 rows); joining over gaps by the row count would
   * make the reads vary with the rows, so the calls depend on the columns' places alone.
   */
  readFields(table: TableSpec, keys: readonly string[]): StoredRecord[] {
    return nonBlankRows(this.columnsOf(table, this.locate(table), keys));
  }

  /**
   * Some columns of every row (blank rows included, as nulls), one read per run of adjacent
   * columns among them: far less data than readAll when a check needs only a few fields of a large
   * table.
   */
  readColumns(table: TableSpec, keys: readonly string[]): TableRecord[] {
    return this.columnsOf(table, this.locate(table), keys);
  }

  /** readColumns, when the table has at most `maxRows` rows (blank ones too); else null, read nothing. */
  readColumnsUpTo(table: TableSpec, keys: readonly string[], maxRows: number): TableRecord[] | null {
    const located = this.locate(table);
    return located.lastRow - FIRST_DATA_ROW + 1 > maxRows ? null : this.columnsOf(table, located, keys);
  }

  /** Columns `keys` of every data row, blank rows included; one read per run of adjacent columns. */
  private columnsOf(table: TableSpec, located: LocatedTable, keys: readonly string[]): TableRecord[] {
    const { sheet, lastRow } = located;
    if (lastRow < FIRST_DATA_ROW) return [];
    const wanted = new Map<string, number>();
    for (const key of keys) {
      const position = located.columns.positions.get(key);
      if (position !== undefined) wanted.set(key, position);
    }
    const count = lastRow - FIRST_DATA_ROW + 1;
    const records: TableRecord[] = Array.from({ length: count }, () => ({}));
    for (const run of contiguousRuns(wanted)) {
      const block = sheet.getRange(FIRST_DATA_ROW, run.start, count, run.keys.length).getValues();
      run.keys.forEach((key, offset) => {
        const column = columnOf(table, key);
        block.forEach((cells, index) => {
          (records[index] as TableRecord)[key] = fromCell(column, cells[offset], this.timeZone);
        });
      });
    }
    return records;
  }

  /** The record with `id`, found just now (see recordRow); null when no row has it. */
  findById(table: TableSpec, id: string): StoredRecord | null {
    const located = this.locate(table);
    const found = this.recordRow(located, id);
    return found ? { row: found.row, record: this.recordFromCells(table, located, found.cells) } : null;
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
