import { fromCell } from '../core/tables/cellCodec';
import { exactCellPattern, idsAbovePattern } from '../core/tables/cellSearch';
import { isUsableCounter, MAX_FOLLOWED_DIGITS } from '../core/tables/recordIds';
import { columnOf, mayBeMissing, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { type LocatedTable, locateTable } from './tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * A search of one column's cells done by Sheets (TextFinder): one call however many rows the table
 * has, where reading the column costs a cell per row. The pattern is a regular expression over each
 * cell's displayed text (core/tables/cellSearch.ts).
 */
interface CellQuery {
  readonly pattern: string;
  /** Whether case matters (IDs); otherwise the search is case-blind. */
  readonly matchCase: boolean;
  /** Whether accents are ignored (names). */
  readonly ignoreDiacritics?: boolean;
}

/** A row and its cells from column A to the table's last column, as read just now. */
interface RowCells {
  readonly row: number;
  readonly cells: readonly unknown[];
}

/**
 * A value search's matches read one row each (two calls) up to this many; past it, the block from
 * the first match to the last is read in one call and filtered (one client's rows of a large table).
 */
const MAX_ROWS_READ_ONE_BY_ONE = 40;

/** A record and the row it was found in (rows move when people sort: use it only for display). */
export interface StoredRecord {
  readonly row: number;
  readonly record: TableRecord;
}

/** The first row below a table's header. */
export const FIRST_DATA_ROW = 2;

/**
 * The table store's base: finding a table afresh, and finding records in it without reading whole
 * columns, by letting Sheets search one column (TextFinder) and reading only the rows it finds.
 * TableReader adds the whole-table reads, TableStore the writes.
 */
export class TableSearch {
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
    // Named as the sheet is called (the workbook's language, or a person's rename), so it can be found.
    if (missing.length > 0) {
      const sheetName = located.sheet.getName();
      throw new UserFacingError('error.columnsMissing', (t) => ({
        table: sheetName,
        columns: missing.map((key) => t(columnOf(table, key).label)).join(', '),
      }));
    }
    if (!located.headerInPlace) {
      throw new UserFacingError('error.headerMoved', { table: located.sheet.getName() });
    }
    return located;
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

  protected recordFromCells(table: TableSpec, located: LocatedTable, cells: readonly unknown[]): TableRecord {
    const record: TableRecord = {};
    for (const [key, position] of located.columns.positions) {
      record[key] = fromCell(columnOf(table, key), cells[position - 1], this.timeZone);
    }
    return record;
  }

  /** How many columns, from A, a read of whole records covers. */
  protected width(located: LocatedTable): number {
    return Math.max(...located.columns.positions.values());
  }

  /** The cells of row `row` from column A to the table's last column, with one read. */
  protected rowCells(located: LocatedTable, row: number): unknown[] {
    return located.sheet.getRange(row, 1, 1, this.width(located)).getValues()[0] ?? [];
  }

  /**
   * The cells of column `key` in the data rows that `query` matches, in row order, found by Sheets in
   * one search: the calls are the same however many rows the table has (none when it has none).
   */
  protected findCells(located: LocatedTable, key: string, query: CellQuery): Range[] {
    const { sheet, lastRow } = located;
    const column = located.columns.positions.get(key);
    if (column === undefined || lastRow < FIRST_DATA_ROW) return [];
    const finder = sheet
      .getRange(FIRST_DATA_ROW, column, lastRow - FIRST_DATA_ROW + 1, 1)
      .createTextFinder(query.pattern)
      .useRegularExpression(true);
    if (query.matchCase) finder.matchCase(true);
    if (query.ignoreDiacritics) finder.ignoreDiacritics(true);
    return finder.findAll();
  }

  /**
   * The one row holding `id` and its cells, read just now. A blank ID matches nothing, and an ID found
   * in two rows (a copied row) is refused by name rather than guessed at, so a write never lands in
   * the wrong record. Sheets finds the row (one search, whatever the rows); the row is then read and
   * must hold the ID. Should it not (its cell shows the ID but holds another value), the ID column
   * is read after all and decides, as it did before the search.
   */
  protected recordRow(located: LocatedTable, id: string): RowCells | null {
    const wanted = id.trim();
    if (wanted === '') return null;
    const hits = this.findCells(located, 'id', { pattern: exactCellPattern(wanted), matchCase: true });
    if (hits.length === 0) return null;
    const rows = hits.map((hit) => hit.getRow());
    if (rows.length > 1)
      throw new UserFacingError('error.duplicateId', { id: wanted, rows: rows.join(', ') });
    const found = { row: rows[0] as number, cells: this.rowCells(located, rows[0] as number) };
    const idColumn = located.columns.positions.get('id') as number;
    if (String(found.cells[idColumn - 1] ?? '').trim() === wanted) return found;
    const row = this.rowOfIdInColumn(located, wanted);
    return row === null ? null : { row, cells: this.rowCells(located, row) };
  }

  /** The one row holding `id` (see recordRow), or null. */
  protected rowOfId(located: LocatedTable, id: string): number | null {
    return this.recordRow(located, id)?.row ?? null;
  }

  /** The one row holding `id`, by reading the whole ID column (a duplicate refused by name). */
  private rowOfIdInColumn(located: LocatedTable, wanted: string): number | null {
    const rows: number[] = [];
    this.idColumn(located).forEach((value, index) => {
      if (String(value).trim() === wanted) rows.push(FIRST_DATA_ROW + index);
    });
    if (rows.length > 1)
      throw new UserFacingError('error.duplicateId', { id: wanted, rows: rows.join(', ') });
    return rows[0] ?? null;
  }

  /**
   * The records whose `key` column holds `value` (spaces around it aside, case counting, as the
   * analyses read IDs), blank rows never: one client's orders, claims or people. Found by one search
   * on Google's side, then the rows found are read: one by one when few, else the block from the
   * first to the last in one read. The calls do not grow with the table, only with the matches
   * (at most MAX_ROWS_READ_ONE_BY_ONE row reads).
   */
  recordsHolding(table: TableSpec, key: string, value: string): TableRecord[] {
    const located = this.locate(table);
    const wanted = value.trim();
    const column = located.columns.positions.get(key);
    if (wanted === '' || column === undefined) return [];
    const hits = this.findCells(located, key, { pattern: exactCellPattern(wanted), matchCase: true });
    const width = this.width(located);
    let rows: unknown[][];
    if (hits.length <= MAX_ROWS_READ_ONE_BY_ONE) {
      rows = hits.map((hit) => hit.offset(0, 1 - column, 1, width).getValues()[0] ?? []);
    } else {
      const first = (hits[0] as Range).getRow();
      const last = (hits[hits.length - 1] as Range).getRow();
      rows = located.sheet.getRange(first, 1, last - first + 1, width).getValues();
    }
    // What was found is checked on the values read: the search only chose the rows.
    return rows
      .filter((cells) => String(cells[column - 1] ?? '').trim() === wanted)
      .map((cells) => this.recordFromCells(table, located, cells));
  }

  /**
   * The last record (lowest row) whose `key` column holds `value` (spaces around it aside, case
   * counting), or null: the newest entry of an append-only table. One search and one row read.
   */
  lastRecordHolding(table: TableSpec, key: string, value: string): TableRecord | null {
    const located = this.locate(table);
    const column = located.columns.positions.get(key);
    if (column === undefined || value.trim() === '') return null;
    const hits = this.findCells(located, key, { pattern: exactCellPattern(value), matchCase: true });
    const last = hits[hits.length - 1];
    if (!last) return null;
    const cells = last.offset(0, 1 - column, 1, this.width(located)).getValues()[0] ?? [];
    return String(cells[column - 1] ?? '').trim() === value.trim()
      ? this.recordFromCells(table, located, cells)
      : null;
  }

  /**
   * The records of the rows where `searches` find a cell (each one column, searched by Sheets), in
   * the searches' order, each search's in row order (a row two searches find is read twice), those
   * `keep` accepts; reading stops at `wanted` kept or `limit` read. A search only picks rows: what
   * they hold is judged on the values read. The calls grow with the rows read (two each, at most
   * `limit`), never with the table.
   */
  recordsFound(
    table: TableSpec,
    searches: readonly { readonly key: string; readonly query: CellQuery }[],
    limit: number,
    keep: (record: TableRecord) => boolean = () => true,
    wanted = limit,
  ): TableRecord[] {
    if (searches.length === 0) return [];
    const located = this.locate(table);
    const width = this.width(located);
    const kept: TableRecord[] = [];
    let read = 0;
    for (const { key, query } of searches) {
      const column = located.columns.positions.get(key) as number;
      for (const hit of this.findCells(located, key, query)) {
        if (read >= limit || kept.length >= wanted) return kept;
        read += 1;
        const record = this.recordFromCells(
          table,
          located,
          hit.offset(0, 1 - column, 1, width).getValues()[0] ?? [],
        );
        if (keep(record)) kept.push(record);
      }
    }
    return kept;
  }

  /**
   * The IDs the allocator must step over, without reading the ID column when the table's counter
   * can be trusted. The allocator hands out `${prefix}-<n>` for n above the counter only, so only an
   * ID above the counter can be in the way: a person typed or pasted one, or the counter is behind
   * (document properties restored from an older copy). One search (by Sheets, whatever the rows)
   * looks for any ID whose number is above the counter, in the shapes the allocator follows
   * (recordIdNumber with MAX_FOLLOWED_DIGITS: spaces around, leading zeros, at most 12 digits).
   * Finding none proves every new ID free: an ID equal to a new one would be such an ID. Finding
   * one, or having no usable counter (an older workbook, a garbled property), the column is read
   * once, as before the search: the allocator follows the highest ID in it, and noteAppend then
   * moves the counter past the IDs handed out, so the next append needs no read. A longer number
   * typed by hand is never handed out (the allocator stays within the followed digits), so it
   * needs no read. IDs whose rows were deleted stay above the counter's reach, as before.
   */
  protected idsInTheWay(table: TableSpec, located: LocatedTable, counter: number | null): readonly unknown[] {
    if (!isUsableCounter(counter)) return this.idColumn(located);
    const pattern = idsAbovePattern(table.idPrefix, counter, MAX_FOLLOWED_DIGITS);
    if (pattern === null) return [];
    const ahead = this.findCells(located, 'id', { pattern, matchCase: true });
    return ahead.length === 0 ? [] : this.idColumn(located);
  }
}
