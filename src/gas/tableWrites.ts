/** The shapes of the table store's writes (tableStore.ts), and the small helpers they share. */
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import type { JournalOp } from '../core/tables/writeJournal';
import type { LocatedTable } from './tableLocator';
import type { WriteStamp } from './tableStore';

/** Where a record landed. */
export interface WrittenRow {
  readonly id: string;
  readonly row: number;
}

/** Rows to append after another append, journalled with it (see TableStore.appendThen). */
export interface FollowingAppend {
  readonly table: TableSpec;
  readonly records: readonly TableRecord[];
  /** The stamp of the rows appended, when not the write's own (an audit entry's "As"). */
  readonly stamp?: WriteStamp;
}

/** An append planned (IDs and rows chosen, its journal note made) but not yet written. */
export interface PlannedAppend {
  readonly table: TableSpec;
  readonly located: LocatedTable;
  readonly firstRow: number;
  readonly lastNewRow: number;
  readonly grows: boolean;
  readonly full: readonly TableRecord[];
  readonly op: Extract<JournalOp, { kind: 'append' }>;
  readonly written: WrittenRow[];
}

/** The runs of adjacent rows in `rows` (ascending): each run's first row and its length. */
export function rowRuns(rows: readonly number[]): { first: number; count: number }[] {
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

/** Whether a record value holds nothing (null, undefined or ''). */
export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}
