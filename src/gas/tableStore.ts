import { a1Notation } from '../core/tables/a1Notation';
import { cellFormatFor, fromCell, toCell } from '../core/tables/cellCodec';
import { contiguousRuns } from '../core/tables/columnMatching';
import { sameValue } from '../core/tables/recordChanges';
import { recordIdAllocator, recordIdNumber } from '../core/tables/recordIds';
import { columnOf, type RecordValue, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import type { TextWriteMode } from '../core/tables/textWriteMode';
import { MAX_FINGERPRINTED_ROWS, matchesFingerprint, rowFingerprint } from '../core/tables/writeJournal';
import { UserFacingError } from '../core/userError';
import { type LocatedTable, locateTable } from './tableLocator';
import { currentWriteSession, type WriteSession } from './writeSession';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Who is writing, and when (an ISO instant): stamped on every row Suki writes. */
export interface WriteStamp {
  readonly at: string;
  readonly by: string;
}

/** A record and the row it was found in (rows move when people sort: use it only for display). */
export interface StoredRecord {
  readonly row: number;
  readonly record: TableRecord;
}

/** Where a record landed. */
export interface WrittenRow {
  readonly id: string;
  readonly row: number;
}

const FIRST_DATA_ROW = 2;

/** A stamp read back equals the one written, to the second (a cell may not keep milliseconds). */
function sameInstant(cell: RecordValue, written: string): boolean {
  if (cell === null) return true;
  return Math.abs(Date.parse(String(cell)) - Date.parse(written)) < 1000;
}
const GROW_ROWS = 500;

/**
 * The one way Suki reads and writes its tables. Callers hold the document lock around writes
 * (withDocumentLock); the store finds the table afresh on every call, so rows and columns people
 * moved since the last read are followed, and it writes only the columns Suki owns. Each call costs
 * the same number of service calls however many rows the table has.
 */
export class TableStore {
  private readonly timeZone: string;

  constructor(private readonly spreadsheet: Spreadsheet) {
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
    const { missing } = located.columns;
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

  /**
   * Appends records as new rows below the last one, with fresh IDs and creation stamps. IDs come
   * after the highest ever handed out (the table's counter remembers deleted rows) and skip any ID
   * already in the column, so none is given twice. The append is journalled before it is written.
   */
  appendMany(table: TableSpec, records: readonly TableRecord[], stamp: WriteStamp): WrittenRow[] {
    if (records.length === 0) return [];
    const session = this.session();
    const located = this.locate(table);
    const { sheet, lastRow } = located;
    const counter = session.highestIssued(table.key);
    // The audit log only grows: once its counter exists, its ever-longer ID column is not read.
    const existingIds = table.appendOnly && counter !== null ? [] : this.idColumn(located);
    const nextId = recordIdAllocator(table.idPrefix, existingIds, counter ?? 0);
    const ids = records.map(() => nextId());
    const numbers = ids.map((id) => recordIdNumber(table.idPrefix, id) ?? 0);
    const from = numbers[0] ?? 0;
    const to = numbers[numbers.length - 1] ?? from;
    const given = new Set(ids);
    const skipped: string[] = [];
    for (let number = from; number <= to; number += 1) {
      const id = `${table.idPrefix}-${String(number).padStart(6, '0')}`;
      if (!given.has(id)) skipped.push(id);
    }
    const firstRow = Math.max(lastRow + 1, FIRST_DATA_ROW);
    const lastNewRow = firstRow + records.length - 1;
    const maxRows = sheet.getMaxRows();
    // Grow in chunks so a run of saves on a full sheet pays for one insert, not one each.
    if (lastNewRow > maxRows) sheet.insertRowsAfter(maxRows, Math.max(lastNewRow - maxRows, GROW_ROWS));

    const written = ids.map((id, index) => ({ id, row: firstRow + index }));
    // Every column of a new row is written (blank where the record has nothing): fewer runs than
    // the record's own fields would make, and the same runs the undo will check.
    const blank = Object.fromEntries(table.columns.map((column) => [column.key, null]));
    const full = records.map((record, index) => ({
      ...blank,
      ...record,
      id: ids[index] ?? null,
      ...this.stampValues(table, stamp, true),
    }));
    const runs = this.runKeys(located);
    session.noteAppend({
      kind: 'append',
      table: table.key,
      prefix: table.idPrefix,
      from,
      to,
      skipped,
      at: stamp.at,
      ...(full.length <= MAX_FINGERPRINTED_ROWS
        ? { fingerprints: full.map((record) => rowFingerprint(runs, record)) }
        : {}),
    });
    this.writeRows(table, located, firstRow, full, session.textMode);
    return written;
  }

  /** Appends one record; see appendMany. */
  append(table: TableSpec, record: TableRecord, stamp: WriteStamp): WrittenRow {
    const [written] = this.appendMany(table, [record], stamp);
    if (!written) throw new Error('append wrote nothing');
    return written;
  }

  /**
   * Updates the row that holds `id` now (found by ID just before writing, so a sort in between does
   * not matter). `changesFor` sees the record as it is and returns the fields to write; nothing is
   * written when it returns none. Returns the record as it was, with its row. One ID-column read,
   * one row read, one write per run of adjacent columns.
   */
  update(
    table: TableSpec,
    id: string,
    changesFor: (current: TableRecord) => TableRecord,
    stamp: WriteStamp,
  ): StoredRecord {
    const located = this.locate(table);
    const row = this.rowOfId(located, id);
    if (row === null) throw new UserFacingError('error.recordMissing', { id });
    const width = Math.max(...located.columns.positions.values());
    const cells = located.sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
    const before = this.recordFromCells(table, located, cells);
    const changes = changesFor(before);
    if (Object.keys(changes).length > 0) {
      const session = this.session();
      const written = { ...changes, ...this.stampValues(table, stamp, false) };
      const previous = Object.fromEntries(Object.keys(written).map((key) => [key, before[key] ?? null]));
      session.noteUpdate(table.key, String(before.id ?? id).trim(), previous, written);
      this.writeRows(table, located, row, [written], session.textMode);
    }
    return { row, record: before };
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

  /**
   * Stamps rows a person edited by hand: updatedAt (and updatedBy when their e-mail is known) on
   * each edited row that still holds data. Returns the rows' records after the edit. One read and
   * one write whatever the number of rows.
   */
  stampRows(
    table: TableSpec,
    firstRow: number,
    lastRow: number,
    stamp: WriteStamp,
    located: LocatedTable = this.locate(table),
    rows: readonly StoredRecord[] = this.readRows(table, firstRow, lastRow, located),
  ): readonly StoredRecord[] {
    const stamps: TableRecord = stamp.by
      ? { updatedAt: stamp.at, updatedBy: stamp.by }
      : { updatedAt: stamp.at };
    const stampKeys = new Set(Object.keys(stamps));
    const block = rows.map(({ record }) => {
      const holdsData = Object.entries(record).some(([key, value]) => !stampKeys.has(key) && value !== null);
      return holdsData ? stamps : Object.fromEntries([...stampKeys].map((key) => [key, record[key] ?? null]));
    });
    this.writeRows(table, located, firstRow, block, this.session().textMode);
    return rows;
  }

  /**
   * Writes columns only Suki fills (scores, classes) for every row, matched by the ID each row holds
   * now; rows without a value get a blank. One ID read and one write per run of adjacent columns.
   */
  writeComputed(
    table: TableSpec,
    keys: readonly string[],
    valuesById: ReadonlyMap<string, TableRecord>,
  ): number {
    const located = this.locate(table);
    const ids = this.idColumn(located);
    if (ids.length === 0) return 0;
    const computed = keys.filter((key) => columnOf(table, key).writtenBy === 'suki');
    const rows = ids.map((id) => {
      const values = valuesById.get(String(id).trim());
      return Object.fromEntries(computed.map((key) => [key, values?.[key] ?? null]));
    });
    this.writeRows(table, located, FIRST_DATA_ROW, rows, this.session().textMode);
    return rows.length;
  }

  private idColumn(located: LocatedTable): unknown[] {
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
  private rowOfId(located: LocatedTable, id: string): number | null {
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

  private recordFromCells(table: TableSpec, located: LocatedTable, cells: readonly unknown[]): TableRecord {
    const record: TableRecord = {};
    for (const [key, position] of located.columns.positions) {
      record[key] = fromCell(columnOf(table, key), cells[position - 1], this.timeZone);
    }
    return record;
  }

  private stampValues(table: TableSpec, stamp: WriteStamp, creating: boolean): TableRecord {
    const values: TableRecord = { updatedAt: stamp.at, updatedBy: stamp.by };
    if (creating) Object.assign(values, { createdAt: stamp.at, createdBy: stamp.by });
    const keys = new Set(table.columns.map((c) => c.key));
    return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
  }

  /**
   * Undoes an append that never committed: Suki's cells of the rows holding `ids` are cleared in one
   * call (the person's own columns are left alone), except rows someone worked on since, which are
   * returned for the caller to audit as recovered. A row is untouched when it still matches its
   * fingerprint (`fingerprints`, in the order of `ids`), or, for large imports journalled without
   * them, when its "updated at" is still `stampedAt`.
   */
  clearRecords(
    table: TableSpec,
    ids: readonly string[],
    stampedAt: string,
    fingerprints?: readonly string[],
  ): StoredRecord[] {
    const located = this.locate(table);
    const wanted = new Map(ids.map((id, index) => [id, fingerprints?.[index]]));
    const idCells = this.idColumn(located);
    const found = idCells.flatMap((value, index) =>
      wanted.has(String(value).trim()) ? [FIRST_DATA_ROW + index] : [],
    );
    if (found.length === 0) return [];
    const records = this.recordsAt(table, located, found, fingerprints === undefined);
    const runs = this.runKeys(located);
    const kept: StoredRecord[] = [];
    const cleared: number[] = [];
    for (const stored of records) {
      const expected = wanted.get(String(stored.record.id ?? '').trim());
      const untouched =
        expected === undefined
          ? sameInstant(stored.record.updatedAt ?? null, stampedAt)
          : matchesFingerprint(runs, stored.record, expected);
      if (untouched) cleared.push(stored.row);
      else kept.push(stored);
    }
    this.clearRows(located, cleared);
    return kept;
  }

  /**
   * The records in `rows` (ascending): with `stampsOnly`, just their ID and "updated at" (two column
   * reads), else every Suki column of the span they lie in (one read).
   */
  private recordsAt(
    table: TableSpec,
    located: LocatedTable,
    rows: readonly number[],
    stampsOnly: boolean,
  ): StoredRecord[] {
    const first = rows[0] as number;
    const span = (rows[rows.length - 1] as number) - first + 1;
    const keys = stampsOnly ? ['id', 'updatedAt'] : [...located.columns.positions.keys()];
    const columns = new Map<string, unknown[]>();
    if (stampsOnly) {
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
      for (const key of keys) {
        const position = located.columns.positions.get(key) as number;
        columns.set(
          key,
          block.map((cells) => cells[position - 1]),
        );
      }
    }
    return rows.map((row) => {
      const record: TableRecord = {};
      for (const [key, cells] of columns) {
        record[key] = fromCell(columnOf(table, key), cells[row - first], this.timeZone);
      }
      return { row, record };
    });
  }

  /** The keys of each run of adjacent Suki columns, left to right. */
  private runKeys(located: LocatedTable): string[][] {
    return contiguousRuns(located.columns.positions).map((run) => [...run.keys]);
  }

  /** Clears Suki's cells in `rows` (contents only), adjacent rows together, in one call. */
  private clearRows(located: LocatedTable, rows: readonly number[]): void {
    if (rows.length === 0) return;
    const notations: string[] = [];
    const runs = contiguousRuns(located.columns.positions);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === (rows[end] as number) + 1) end += 1;
      const first = rows[start] as number;
      for (const run of runs) notations.push(a1Notation(first, run.start, end - start + 1, run.keys.length));
      start = end + 1;
    }
    located.sheet.getRangeList(notations).clearContent();
  }

  /**
   * Undoes an update that never committed: writes `before` back into the record with `id`, field by
   * field, where the field still holds what the update wrote (`after`); a field someone changed
   * since is theirs and kept. Returns whether the record was found.
   */
  restoreRecord(table: TableSpec, id: string, before: TableRecord, after: TableRecord): boolean {
    const located = this.locate(table);
    const row = this.rowOfId(located, id);
    if (row === null) return false;
    const width = Math.max(...located.columns.positions.values());
    const cells = located.sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
    const current = this.recordFromCells(table, located, cells);
    const restore = Object.fromEntries(
      Object.keys(before)
        .filter((key) => located.columns.positions.has(key) && sameValue(current[key], after[key]))
        .map((key) => [key, before[key] ?? null]),
    );
    if (Object.keys(restore).length > 0)
      this.writeRows(table, located, row, [restore], this.session().textMode);
    return true;
  }

  /** The session of the locked action: every write is journalled in it first. */
  private session(): WriteSession {
    const session = currentWriteSession();
    if (!session) throw new Error('Suki writes only while holding the document lock (withDocumentLock).');
    return session;
  }

  /**
   * Writes consecutive rows from `firstRow`, only the fields the records carry, one setValues per
   * run of adjacent columns. Each run's cells first get their column's number format in one call,
   * so text is stored as typed even in rows set-up never formatted or a column a person reformatted.
   * The run holding the ID goes first: a cut-off append then leaves nothing that its ID cannot find.
   */
  private writeRows(
    table: TableSpec,
    located: LocatedTable,
    firstRow: number,
    rows: readonly TableRecord[],
    textMode: TextWriteMode,
  ): void {
    const keys = new Set(rows.flatMap((record) => Object.keys(record)));
    const positions = new Map([...located.columns.positions].filter(([key]) => keys.has(key)));
    const runs = contiguousRuns(positions);
    runs.sort((a, b) => Number(b.keys.includes('id')) - Number(a.keys.includes('id')));
    for (const run of runs) {
      const columns = run.keys.map((key) => columnOf(table, key));
      const values = rows.map((record) =>
        columns.map((column) => toCell(column, record[column.key] ?? null, this.timeZone, textMode)),
      );
      const formats = rows.map((record) =>
        columns.map((column) => cellFormatFor(column, record[column.key] ?? null, textMode)),
      );
      const range = located.sheet.getRange(firstRow, run.start, rows.length, run.keys.length);
      range.setNumberFormats(formats);
      range.setValues(values);
    }
  }
}
