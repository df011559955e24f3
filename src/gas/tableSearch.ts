import { fromCell } from '../core/tables/cellCodec';
import { exactCellPattern, idsAbovePattern } from '../core/tables/cellSearch';
import { isUsableCounter, MAX_FOLLOWED_DIGITS } from '../core/tables/recordIds';
import { columnOf, mayBeMissing, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import {
  ALLOCATED_ID,
  type CellQuery,
  LocatedPlaces,
  MAX_ROWS_READ_ONE_BY_ONE,
  type RowCells,
} from './searchParts';
import { headerRange, trimmedTexts, withLastRow } from './sheetPlace';
import { columnLetters, type LocatedTable, locateTable } from './tableLocator';
import { PlaceCache } from './tablePlaceCache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A record and the row it was found in (rows move when people sort: use it only for display). */
export interface StoredRecord {
  readonly row: number;
  readonly record: TableRecord;
}

/** The records of the data rows from FIRST_DATA_ROW on that hold anything, with their row numbers. */
export function nonBlankRows(records: readonly TableRecord[]): StoredRecord[] {
  const stored: StoredRecord[] = [];
  records.forEach((record, index) => {
    if (Object.values(record).some((value) => value !== null))
      stored.push({ row: FIRST_DATA_ROW + index, record });
  });
  return stored;
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

  /** The document cache's remembered places, read once for every table this store locates. */
  private readonly placeCache = new PlaceCache();
  /** Each table as this store located it in this stretch of the execution. */
  private readonly located = new LocatedPlaces();

  /** `timeZone`: the spreadsheet's, when the caller read it already (once per execution). */
  constructor(
    protected readonly spreadsheet: Spreadsheet,
    timeZone?: string,
  ) {
    this.timeZone = timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  }

  /**
   * The table's sheet and columns: found, and its header row checked, once per stretch of the
   * execution (before the lock, inside it, after it: another script may write in between), then
   * reused by this store's later calls, which saves each its sheet, bounds and header reads. A
   * write that changes the sheet's bounds keeps them in step (notePlace) or forgets the place
   * (forgetPlace). A clear error when the sheet, one of its columns, or its header row is not where
   * Suki needs it (never remembered: asked again, it is found again).
   */
  locate(table: TableSpec): LocatedTable {
    const known = this.located.get(table);
    if (known) return known;
    const located = this.checked(table, locateTable(this.spreadsheet, table, this.placeCache));
    this.located.set(table, located);
    return located;
  }

  /**
   * `located`, when its sheet's header row still reads as it did when located (one read of row 1);
   * else the table found afresh. Before every write: the lock holds back other scripts, not people,
   * and a person may insert or move a column while a locked action runs; its write must land in
   * the columns the header names now.
   */
  protected placeForWrite(table: TableSpec, located: LocatedTable): LocatedTable {
    const row = headerRange(located.sheet).getValues()[0] ?? [];
    if (JSON.stringify(trimmedTexts(row)) === JSON.stringify(trimmedTexts(located.headerRow))) return located;
    this.forgetPlace(table);
    return this.locate(table);
  }

  /** Keeps `place` as the table's place for the rest of this stretch (a write moved its last row). */
  protected notePlace(table: TableSpec, place: LocatedTable): void {
    this.located.set(table, place);
  }

  /** Forgets the table's place (a write changed the sheet's shape): the next call locates it afresh. */
  protected forgetPlace(table: TableSpec): void {
    this.located.forget(table);
  }

  /** Forgets every table's place (rows were cleared: their last rows may have moved up). */
  protected forgetAll(): void {
    this.located.clear();
  }

  /**
   * Every non-blank row of a small table (the team, its absences) as records. When this store has
   * not located it yet, its sheet is read whole with the header row in one call, so the header check
   * and the rows cost one read; otherwise the rows below the header are read (one read).
   */
  readWhole(table: TableSpec): StoredRecord[] {
    const known = this.located.get(table);
    let located: LocatedTable;
    let block: readonly (readonly unknown[])[];
    if (known) {
      located = known;
      const { lastRow } = located;
      block =
        lastRow < FIRST_DATA_ROW
          ? []
          : located.sheet.getRange(FIRST_DATA_ROW, 1, lastRow - 1, this.width(located)).getValues();
    } else {
      located = this.checked(table, locateTable(this.spreadsheet, table, this.placeCache, true));
      block = located.block ?? [];
      // Kept without its rows: what later calls read, they read afresh.
      this.notePlace(table, withLastRow(located, located.lastRow));
    }
    return nonBlankRows(block.map((cells) => this.recordFromCells(table, located, cells)));
  }

  private checked(table: TableSpec, located: LocatedTable | null): LocatedTable {
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
    const column = located.columns.positions.get(key);
    if (column === undefined) return [];
    // The column from the first data row to the sheet's end: no call to learn where its rows end.
    const letters = columnLetters(column);
    const finder = located.sheet
      .getRange(`${letters}${FIRST_DATA_ROW}:${letters}`)
      .createTextFinder(query.pattern);
    if (!query.literal) finder.useRegularExpression(true);
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
    // Case-blind, and for an ID of Suki's shape plain text (a call fewer each): the rows found are
    // checked on their values below, case counting.
    const query = ALLOCATED_ID.test(wanted)
      ? { pattern: wanted, matchCase: false, literal: true }
      : { pattern: exactCellPattern(wanted), matchCase: false };
    const hits = this.findCells(located, key, query);
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
   * The last record (lowest row) whose `key` column `query` finds and `keep` accepts, or null: the
   * newest such entry of an append-only table. One search, then one row read per match from the
   * last one up, at most `maxReads` (the newest entries are the ones wanted).
   */
  lastRecordWhere(
    table: TableSpec,
    key: string,
    query: CellQuery,
    keep: (record: TableRecord) => boolean,
    maxReads = 5,
  ): TableRecord | null {
    const located = this.locate(table);
    const column = located.columns.positions.get(key);
    if (column === undefined || query.pattern.trim() === '') return null;
    const hits = this.findCells(located, key, query);
    const width = this.width(located);
    for (let index = hits.length - 1; index >= Math.max(0, hits.length - maxReads); index--) {
      const cells = (hits[index] as Range).offset(0, 1 - column, 1, width).getValues()[0] ?? [];
      const record = this.recordFromCells(table, located, cells);
      if (keep(record)) return record;
    }
    return null;
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
    // Case-blind (a call fewer): it finds every ID the case-true search would, so none found still
    // proves every new ID free; an ID found only so costs the column read, as any found does.
    const ahead = this.findCells(located, 'id', { pattern, matchCase: false });
    return ahead.length === 0 ? [] : this.idColumn(located);
  }
}
