/** The parts of a table search (tableSearch.ts): its queries, and the places a store has located. */
import type { TableSpec } from '../core/tables/tableSpec';
import type { LocatedTable } from './tableLocator';
import { currentLockEpoch } from './writeSession';

/**
 * A search of one column's cells done by Sheets (TextFinder): one call however many rows the table
 * has, where reading the column costs a cell per row. The pattern is a regular expression over each
 * cell's displayed text (core/tables/cellSearch.ts).
 */
export interface CellQuery {
  readonly pattern: string;
  /** Whether case matters (IDs); otherwise the search is case-blind. */
  readonly matchCase: boolean;
  /** Whether accents are ignored (names). */
  readonly ignoreDiacritics?: boolean;
  /** The pattern is plain text, found anywhere in a cell (no regular expression: one call fewer). */
  readonly literal?: boolean;
}

/**
 * An ID as Suki hands them out (prefix, dash, six digits or more): a cell holding it as a part is
 * only a longer ID or a person's text, so a plain search finds its rows, and what they hold is
 * checked on the values read.
 */
export const ALLOCATED_ID = /^[A-Za-z]+-\d{6,}$/;

/** A row and its cells from column A to the table's last column, as read just now. */
export interface RowCells {
  readonly row: number;
  readonly cells: readonly unknown[];
}

/**
 * A value search's matches read one row each (two calls) up to this many; past it, the block from
 * the first match to the last is read in one call and filtered (one client's rows of a large table).
 */
export const MAX_ROWS_READ_ONE_BY_ONE = 40;

/**
 * The tables one store has located, each trusted only in the stretch of the execution it was
 * located in (currentLockEpoch: before the lock, inside it, after it).
 */
export class LocatedPlaces {
  private readonly places = new Map<string, { readonly place: LocatedTable; readonly epoch: number }>();

  /** The table's place, when located in this stretch; else null. */
  get(table: TableSpec): LocatedTable | null {
    const known = this.places.get(table.key);
    return known && known.epoch === currentLockEpoch() ? known.place : null;
  }

  set(table: TableSpec, place: LocatedTable): void {
    this.places.set(table.key, { place, epoch: currentLockEpoch() });
  }

  forget(table: TableSpec): void {
    this.places.delete(table.key);
  }

  clear(): void {
    this.places.clear();
  }
}
