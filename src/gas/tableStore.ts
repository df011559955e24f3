import { a1Notation } from '../core/tables/a1Notation';
import { cellFormatFor, toCell } from '../core/tables/cellCodec';
import { contiguousRuns } from '../core/tables/columnMatching';
import { recordIdAllocator } from '../core/tables/recordIds';
import { columnOf, isComputedColumn, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { appendOp, type JournalOp } from '../core/tables/writeJournal';
import { UserFacingError } from '../core/userError';
import { growSheet } from './sheetGrowth';
import { withLastRow } from './sheetPlace';
import type { LocatedTable } from './tableLocator';
import { FIRST_DATA_ROW, type StoredRecord, TableReader } from './tableReader';
import {
  type FollowingAppend,
  isBlankValue,
  type PlannedAppend,
  rowRuns,
  type WrittenRow,
} from './tableWrites';
import { type CellEncoding, currentWriteSession, type WriteSession } from './writeSession';

export type { WrittenRow } from './tableWrites';

/** Who is writing, and when (an ISO instant): stamped on every row Suki writes. */
export interface WriteStamp {
  readonly at: string;
  readonly by: string;
  /** In what right `by` writes, for the audit log ("deputy for …", "unverified"); blank for themselves. */
  readonly as?: string;
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
    return this.appendThen(table, records, stamp, () => null).written;
  }

  /**
   * appendMany, and then the rows `next` makes from the rows written (a record's audit entry) in
   * another table, journalled together with them in one property write before either is written;
   * `next` returns null for none. The audit log's guarantee holds: a cut-off leaves the journal
   * naming both, and the undo clears whichever was written.
   */
  appendThen(
    table: TableSpec,
    records: readonly TableRecord[],
    stamp: WriteStamp,
    next: (written: readonly WrittenRow[]) => FollowingAppend | null,
  ): { written: WrittenRow[]; following: WrittenRow[] } {
    if (records.length === 0) return { written: [], following: [] };
    const session = this.session();
    const first = this.planAppend(table, records, stamp, session);
    const then = next(first.written);
    const second =
      then && then.records.length > 0 && then.table !== table
        ? this.planAppend(then.table, then.records, stamp, session)
        : null;
    session.noteWrites(second ? [first.op, second.op] : [first.op]);
    this.writePlanned(first, session);
    if (second) this.writePlanned(second, session);
    // Into the same table it is planned only once the first is written (its IDs come after them).
    const following = then && !second ? this.appendMany(then.table, then.records, stamp) : [];
    return { written: first.written, following: second ? second.written : following };
  }

  /**
   * Where `records` go and with which IDs, the sheet grown to hold them (growth in small steps,
   * sheetGrowth.ts), their journal note: nothing of them written yet.
   */
  private planAppend(
    table: TableSpec,
    records: readonly TableRecord[],
    stamp: WriteStamp,
    session: WriteSession,
  ): PlannedAppend {
    const located = this.locate(table);
    const { sheet } = located;
    // Asked afresh for every append, never reused: another store may have appended since.
    const lastRow = sheet.getLastRow();
    const counter = session.highestIssued(table.key);
    const nextId = recordIdAllocator(table.idPrefix, this.idsInTheWay(table, located, counter), counter ?? 0);
    const ids = records.map(() => nextId());
    const firstRow = Math.max(lastRow + 1, FIRST_DATA_ROW);
    const lastNewRow = firstRow + records.length - 1;
    const maxRows = sheet.getMaxRows();
    const grows = lastNewRow > maxRows;
    if (grows) growSheet(sheet, lastNewRow - maxRows);
    // Every column of a new row is written (blank where the record has nothing): fewer runs than
    // the record's own fields would make, and the same runs the undo will check.
    const blank = Object.fromEntries(table.columns.map((column) => [column.key, null]));
    const full = records.map((record, index) => ({
      ...blank,
      ...record,
      id: ids[index] ?? null,
      ...this.stampValues(table, stamp, true),
    }));
    return {
      table,
      located,
      firstRow,
      lastNewRow,
      grows,
      full,
      op: appendOp(table, ids, stamp.at, full, this.runKeys(located)),
      written: ids.map((id, index) => ({ id, row: firstRow + index })),
    };
  }

  /** Writes a planned append (journalled already), and keeps the table's place in step. */
  private writePlanned(plan: PlannedAppend, session: WriteSession): void {
    const located = this.writeRows(plan.table, plan.located, plan.firstRow, plan.full, session.cellEncoding);
    // The sheet grew (its shape changed): found afresh next time; else its last row is the new one's.
    if (plan.grows) this.forgetPlace(plan.table);
    else this.notePlace(plan.table, withLastRow(located, plan.lastNewRow));
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
   * column (by Sheets), one row read, one write per run of adjacent columns. `then` (given the
   * record as it was and the changes) names rows to append after the update, in another table (its
   * audit entries), journalled with it in one property write; it runs only when something is written.
   */
  update(
    table: TableSpec,
    id: string,
    changesFor: (current: TableRecord) => TableRecord,
    stamp: WriteStamp,
    then?: (before: TableRecord, changes: TableRecord) => FollowingAppend | null,
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
      const op: JournalOp = {
        kind: 'update',
        table: table.key,
        id: String(before.id ?? id).trim(),
        before: previous,
        after: written,
      };
      // What follows the update (its audit entries) is journalled with it, in one property write.
      const follow = then?.(before, changes) ?? null;
      const planned =
        follow && follow.records.length > 0 && follow.table !== table
          ? this.planAppend(follow.table, follow.records, follow.stamp ?? stamp, session)
          : null;
      session.noteWrites(planned ? [op, planned.op] : [op]);
      this.writeRows(table, located, row, [written], session.cellEncoding);
      if (planned) this.writePlanned(planned, session);
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
   * Writes columns only Suki fills (scores, classes) in up to `count` rows from data row `first`
   * (0 is the first data row), each matched by the ID it holds now; rows without a value get a
   * blank. One ID read and one write per run of adjacent columns. Returns how many rows it covered
   * (fewer than `count` at the table's end, 0 past it), so a caller can write a long table in
   * windows, each in its own short hold of the lock.
   */
  writeComputed(
    table: TableSpec,
    keys: readonly string[],
    valuesById: ReadonlyMap<string, TableRecord>,
    first = 0,
    count = Number.POSITIVE_INFINITY,
  ): number {
    const located = this.locate(table);
    const firstRow = FIRST_DATA_ROW + first;
    const rowCount = Math.min(count, located.lastRow - firstRow + 1);
    if (rowCount <= 0) return 0;
    const idPosition = located.columns.positions.get('id') as number;
    const ids = located.sheet.getRange(firstRow, idPosition, rowCount, 1).getValues();
    const computed = keys.filter((key) => columnOf(table, key).writtenBy === 'suki');
    const rows = ids.map(([id]) => {
      const values = valuesById.get(String(id).trim());
      return Object.fromEntries(computed.map((key) => [key, values?.[key] ?? null]));
    });
    this.writeRows(table, located, firstRow, rows, this.session().cellEncoding);
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
    this.forgetAll();
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
   * The columns are the header's as it reads just before the write (placeForWrite); returns the
   * place written through.
   */
  private writeRows(
    table: TableSpec,
    locatedBefore: LocatedTable,
    firstRow: number,
    rows: readonly TableRecord[],
    { textMode, captions }: CellEncoding,
  ): LocatedTable {
    const located = this.placeForWrite(table, locatedBefore);
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
    return located;
  }
}
