import type { TableRecord, TableSpec } from '../../src/core/tables/tableSpec';
import { isoInstant } from './days';
import type { Rng } from './random';

/** Seconds of the UTC day that fall in Manila office hours (08:00–18:00, UTC+8). */
const OFFICE_SECONDS = 10 * 3600;

/** The ID of the `n`-th record (1-based) of a table, as the table store numbers them. */
export function recordId(table: TableSpec, n: number): string {
  return `${table.idPrefix}-${String(n).padStart(6, '0')}`;
}

/** The order rows were appended in, and the second of its day each was made at. */
interface CreationOrder {
  /** order[i] is the index (as generated) of the i-th row of the table. */
  readonly order: Int32Array;
  /** seconds[i] is the second of its creation day at which the i-th row was made; it grows within a day. */
  readonly seconds: Int32Array;
}

/**
 * Orders `count` rows by creation day (a stable counting sort, so rows of one day keep the order they
 * were generated in) and gives each an office-hour second, rising within the day, so creation
 * instants grow with the IDs.
 */
export function creationOrder(createdDays: ArrayLike<number>, count: number, rng: Rng): CreationOrder {
  const order = new Int32Array(count);
  const seconds = new Int32Array(count);
  if (count === 0) return { order, seconds };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const day = createdDays[i] as number;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const starts = new Int32Array(last - first + 2);
  for (let i = 0; i < count; i++) (starts[(createdDays[i] as number) - first + 1] as number)++;
  for (let i = 1; i < starts.length; i++) (starts[i] as number) += starts[i - 1] as number;
  for (let i = 0; i < count; i++) {
    const slot = (createdDays[i] as number) - first;
    order[starts[slot] as number] = i;
    (starts[slot] as number)++;
  }
  for (let start = 0; start < count; ) {
    const day = createdDays[order[start] as number];
    let end = start + 1;
    while (end < count && createdDays[order[end] as number] === day) end++;
    const slice = seconds.subarray(start, end);
    for (let i = 0; i < slice.length; i++) slice[i] = Math.floor(rng.next() * OFFICE_SECONDS);
    slice.sort();
    start = end;
  }
  return { order, seconds };
}

/** The last-changed instant: the creation instant when changed the same day, else a time on `updatedDay`. */
export function updatedInstant(createdDay: number, createdAt: string, updatedDay: number, rng: Rng): string {
  return updatedDay > createdDay
    ? isoInstant(updatedDay, Math.floor(rng.next() * OFFICE_SECONDS))
    : createdAt;
}

/**
 * Rows of a smaller table before they are numbered and stamped. Each row holds every column already
 * (ID and stamp instants as ''), and is added with the day it was made and the day it last changed.
 */
export class Drafts {
  private readonly rows: TableRecord[] = [];
  private readonly created: number[] = [];
  private readonly updated: number[] = [];

  /** Adds a row made on `createdDay` and last changed on `updatedDay` (not before `createdDay`). */
  add(record: TableRecord, createdDay: number, updatedDay: number): void {
    this.rows.push(record);
    this.created.push(createdDay);
    this.updated.push(Math.max(updatedDay, createdDay));
  }

  /** The row added `index`-th (0-based), if any. */
  at(index: number): TableRecord | undefined {
    return this.rows[index];
  }

  /** How many rows were added. */
  get length(): number {
    return this.rows.length;
  }

  /** The rows in creation order (see creationOrder), numbered from `${prefix}-000001` and stamped. */
  finalize(table: TableSpec, rng: Rng): TableRecord[] {
    const { rows, created, updated } = this;
    const { order, seconds } = creationOrder(created, rows.length, rng);
    const ordered: TableRecord[] = [];
    for (let i = 0; i < rows.length; i++) {
      const source = order[i] as number;
      const day = created[source] as number;
      const record = rows[source] as TableRecord;
      const createdAt = isoInstant(day, seconds[i] as number);
      record.id = recordId(table, i + 1);
      record.createdAt = createdAt;
      record.updatedAt = updatedInstant(day, createdAt, updated[source] as number, rng);
      // Every column of the spec, in its order: a column the generator does not fill is blank.
      ordered.push(
        Object.fromEntries(table.columns.map((column) => [column.key, record[column.key] ?? null])),
      );
    }
    return ordered;
  }
}
