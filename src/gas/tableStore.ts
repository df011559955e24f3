import { a1Notation } from '../core/tables/a1Notation';
import { cellFormatFor, toCell } from '../core/tables/cellCodec';
import { contiguousRuns } from '../core/tables/columnMatching';
import { recordIdAllocator } from '../core/tables/recordIds';
import { columnOf, isComputedColumn, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { appendOp } from '../core/tables/writeJournal';
import { UserFacingError } from '../core/userError';
import { growSheet } from './sheetGrowth';
import type { LocatedTable } from './tableLocator';
import { FIRST_DATA_ROW, type StoredRecord, TableReader } from './tableReader';
import { type CellEncoding, currentWriteSession, type WriteSession } from './writeSession';

/** Who is writing, and when (an ISO instant): stamped on every row Suki writes. */
export interface WriteStamp {
  readonly at: string;
  readonly by: string;
  /** In what right `by` writes, for the audit log ("deputy for …", "unverified"); blank for themselves. */
  readonly as?: string;
}

/** Where a record landed. */
interface WrittenRow {
  readonly id: string;
  readonly row: number;
}

/** The runs of adjacent rows in `rows` (ascending): each run's first row and its length. */
function rowRuns(rows: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === (rows[end] as number) + 1) end += 1;
    runs.push({ first: rows[start] as number, count: end - start + 1 });
    start = end + 1;
  }
  return runs;
}

/**
 * The one way Suki reads and writes its tables. Callers hold the document lock around writes
 * (withDocumentLock); the store finds the table afresh on every call, so rows and columns people
 * moved since the last read are followed, and it writes only the columns Suki owns. Each call costs
 * the same number of service calls however many rows the table has.
 */
export class TableStore extends TableReader {
  /**
   * Appends records as new rows below the last one, with fresh IDs and creation stamps. IDs come
   * after the highest ever handed out (the table's counter remembers deleted rows) and skip any ID
   * already in the column, so none is given twice (see idsInTheWay: the column is searched, not
   * read). The append is journalled before it is written.
   */
  appendMany(table: TableSpec, records: readonly TableRecord[], stamp: WriteStamp): WrittenRow[] {
    if (records.length === 0) return [];
    const session = this.session();
    const located = this.locate(table);
    const { sheet, lastRow } = located;
    const counter = session.highestIssued(table.key);
    const nextId = recordIdAllocator(table.idPrefix, this.idsInTheWay(table, located, counter), counter ?? 0);
    const ids = records.map(() => nextId());
    const firstRow = Math.max(lastRow + 1, FIRST_DATA_ROW);
    const lastNewRow = firstRow + records.length - 1;
    const maxRows = sheet.getMaxRows();
    // Grow in chunks so a run of saves on a full sheet pays for one insert, not one each.
    // The sheet grows by what the rows need and a small reserve (sheetGrowth.ts): cells are budgeted.
    if (lastNewRow > maxRows) growSheet(sheet, lastNewRow - maxRows);

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
    session.noteAppend(appendOp(table, ids, stamp.at, full, this.runKeys(located)));
    this.writeRows(table, located, firstRow, full, session.cellEncoding);
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
   * written when it returns none. Returns the record as it was, with its row. One search of the ID
   * column (by Sheets), one row read, one write per run of adjacent columns.
   */
  update(
    table: TableSpec,
    id: string,
    changesFor: (current: TableRecord) => TableRecord,
    stamp: WriteStamp,
  ): StoredRecord {
    const located = this.locate(table);
    const found = this.recordRow(located, id);
    if (found === null) throw new UserFacingError('error.recordMissing', { id });
    const { row } = found;
    const before = this.recordFromCells(table, located, found.cells);
    const changes = changesFor(before);
    if (Object.keys(changes).length > 0) {
      const session = this.session();
      const written = { ...changes, ...this.stampValues(table, stamp, false) };
      const previous = Object.fromEntries(Object.keys(written).map((key) => [key, before[key] ?? null]));
      session.noteUpdate(table.key, String(before.id ?? id).trim(), previous, written);
      this.writeRows(table, located, row, [written], session.cellEncoding);
    }
    return { row, record: before };
  }

  /**
   * Gives every record `select` picks the same `values` (a dismissal hands all of a person's work to
   * one successor), with update stamps. `beforeWrite` sees the picked records first (to audit them).
   * The rows are found again by ID just before writing, so a sort meanwhile moves nothing wrongly;
   * then per column one number-format call and one value call over all of them (a RangeList). Not
   * journalled (a journal entry per row would not fit): a cut-off leaves some records given and
   * the rest not, each with an owner, and running the action again finishes it. Returns the picked
   * records as they were.
   */
  updateWhere(
    table: TableSpec,
    select: (record: TableRecord) => boolean,
    values: TableRecord,
    stamp: WriteStamp,
    beforeWrite: (picked: readonly StoredRecord[]) => void = () => {},
  ): StoredRecord[] {
    const located = this.locate(table);
    const all = this.readAll(table);
    const idOf = (record: TableRecord) => String(record.id ?? '').trim();
    const picked = all.filter(({ record }) => idOf(record) !== '' && select(record));
    if (picked.length === 0) return [];
    // An ID copied into another row would give that row away too: refused, as a single update is.
    const rowsById = new Map<string, number[]>();
    for (const { record, row } of all)
      rowsById.set(idOf(record), [...(rowsById.get(idOf(record)) ?? []), row]);
    for (const { record } of picked) {
      const holders = rowsById.get(idOf(record)) ?? [];
      if (holders.length > 1)
        throw new UserFacingError('error.duplicateId', { id: idOf(record), rows: holders.join(', ') });
    }
    beforeWrite(picked);
    const rows = this.rowsHolding(located, new Set(picked.map(({ record }) => String(record.id).trim())));
    const written = { ...values, ...this.stampValues(table, stamp, false) };
    const { textMode, captions } = this.session().cellEncoding;
    for (const [key, value] of Object.entries(written)) {
      const position = located.columns.positions.get(key);
      if (position === undefined || rows.length === 0) continue;
      const column = columnOf(table, key);
      const notations = rowRuns(rows).map(({ first, count }) => a1Notation(first, position, count, 1));
      const cells = located.sheet.getRangeList(notations);
      cells.setNumberFormat(cellFormatFor(column, value, textMode));
      cells.setValue(toCell(column, value, this.timeZone, textMode, captions));
    }
    return picked;
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
    this.writeRows(table, located, firstRow, block, this.session().cellEncoding);
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
    this.writeRows(table, located, FIRST_DATA_ROW, rows, this.session().cellEncoding);
    return rows.length;
  }

  private stampValues(table: TableSpec, stamp: WriteStamp, creating: boolean): TableRecord {
    const values: TableRecord = { updatedAt: stamp.at, updatedBy: stamp.by };
    if (creating) Object.assign(values, { createdAt: stamp.at, createdBy: stamp.by });
    const keys = new Set(table.columns.map((c) => c.key));
    return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
  }

  /** Clears Suki's cells in `rows` (contents only; the person's columns untouched), in one call. */
  clearSukiCells(located: LocatedTable, rows: readonly number[]): void {
    if (rows.length === 0) return;
    const runs = contiguousRuns(located.columns.positions);
    const notations = rowRuns(rows).flatMap(({ first, count }) =>
      runs.map((run) => a1Notation(first, run.start, count, run.keys.length)),
    );
    located.sheet.getRangeList(notations).clearContent();
  }

  /** Writes exactly `values` into row `row` (no stamps): the undo's way back. */
  writeFieldsAt(table: TableSpec, located: LocatedTable, row: number, values: TableRecord): void {
    if (Object.keys(values).length > 0)
      this.writeRows(table, located, row, [values], this.session().cellEncoding);
  }

  /** The session of the locked action: every write is journalled in it first. */
  private session(): WriteSession {
    return currentWriteSession();
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
    { textMode, captions }: CellEncoding,
  ): void {
    const keys = new Set(rows.flatMap((record) => Object.keys(record)));
    // A value for a column the sheet lacks (one a newer version added) would be lost: refused.
    const unplaced = located.columns.missing.filter(
      (key) => !isComputedColumn(columnOf(table, key)) && rows.some((record) => !isBlankValue(record[key])),
    );
    if (unplaced.length > 0) {
      throw new UserFacingError('error.columnsMissing', (t) => ({
        table: t(table.sheetLabel),
        columns: unplaced.map((key) => t(columnOf(table, key).label)).join(', '),
      }));
    }
    const positions = new Map([...located.columns.positions].filter(([key]) => keys.has(key)));
    const runs = contiguousRuns(positions);
    runs.sort((a, b) => Number(b.keys.includes('id')) - Number(a.keys.includes('id')));
    for (const run of runs) {
      const columns = run.keys.map((key) => columnOf(table, key));
      const values = rows.map((record) =>
        columns.map((column) =>
          toCell(column, record[column.key] ?? null, this.timeZone, textMode, captions),
        ),
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

/** Whether a record value holds nothing (null, undefined or ''). */
function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}
