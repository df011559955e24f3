/**
 * Reading one table record's cells as typed values. Nothing here throws: an unusable cell is logged in
 * the issue log and read as null, and a required one also marks the row to be skipped.
 */
import type { RecordValue, TableRecord } from '../tables/tableSpec';
import { MAX_ABS_AMOUNT } from '../validation/numbers';
import { type Day, parseIsoDay, parseIsoInstantDay } from './days';
import type { InputIssue, InputProblem } from './issues';

/** Where a reader records unusable cells: the analyses' IssueLog, or nowhere (cells read for display). */
export interface IssueSink {
  add(issue: InputIssue): void;
}

/** Records nothing: for cells that only describe a row (a contact's purpose), never an analysis input. */
export const NO_ISSUES: IssueSink = { add: () => undefined };

/** A cell as it arrives: a property of a TableRecord, so possibly absent. */
type Cell = RecordValue | undefined;

/**
 * Reads one record's cells, logging unusable ones; `skip` turns true when a required cell fails.
 * Callers pass the cell itself (`record.amount`) and its column key: a property read with a fixed name
 * at each call site stays fast in V8, where one shared `record[key]` would not, over 500,000 rows (the
 * row readers of `tableRows.ts` are compiled to such call sites from the column specs).
 */
export class CellReader {
  id: string | null = null;
  skip = false;

  constructor(
    private readonly log: IssueSink,
    private readonly table: string,
  ) {}

  /** Starts a record: clears the skip flag and reads its ID for the issue log. */
  start(record: TableRecord): void {
    this.skip = false;
    this.id = null;
    this.id = this.text(record.id, 'id');
  }

  private problem(column: string, problem: InputProblem, value: RecordValue, required: boolean): null {
    if (required) this.skip = true;
    this.log.add({ table: this.table, recordId: this.id, column, problem, value, rowSkipped: required });
    return null;
  }

  /** Trimmed text; a number becomes its text; blank is null. */
  text(cell: Cell, key: string, required = false): string | null {
    const value = cell ?? null;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
    const trimmed = value === null ? '' : value.trim();
    if (trimmed === '') return required ? this.problem(key, 'missing', value, true) : null;
    return trimmed;
  }

  /**
   * A finite number within ±MAX_ABS_AMOUNT (what a form accepts); text in a number column is junk
   * (not guessed at: '1.234' is ambiguous). A bigger number typed by hand is out of range, so sums
   * over a whole sheet stay finite.
   */
  number(
    cell: Cell,
    key: string,
    required = false,
    min = Number.NEGATIVE_INFINITY,
    max = Number.POSITIVE_INFINITY,
  ): number | null {
    const value = cell ?? null;
    if (value === null || value === '') return required ? this.problem(key, 'missing', value, true) : null;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.problem(key, 'notNumber', value, required);
    if (value < min || value > max || Math.abs(value) > MAX_ABS_AMOUNT)
      return this.problem(key, 'outOfRange', value, required);
    return value;
  }

  /** An integer within [min, max]. */
  integer(cell: Cell, key: string, min: number, max: number, required = false): number | null {
    const value = this.number(cell, key, required);
    if (value === null) return null;
    if (!Number.isInteger(value) || value < min || value > max)
      return this.problem(key, 'outOfRange', value, required);
    return value;
  }

  /** A strict YYYY-MM-DD date as a day number. */
  day(cell: Cell, key: string, required = false): Day | null {
    const value = cell ?? null;
    if (value === null || value === '') return required ? this.problem(key, 'missing', value, true) : null;
    const day = typeof value !== 'string' ? null : parseIsoDay(value.length === 10 ? value : value.trim());
    return day === null ? this.problem(key, 'notDate', value, required) : day;
  }

  /** The UTC day of an ISO instant (stamp columns). */
  instantDay(cell: Cell, key: string, required = false): Day | null {
    const value = cell ?? null;
    if (value === null || value === '') return required ? this.problem(key, 'missing', value, true) : null;
    const day = typeof value === 'string' ? parseIsoInstantDay(value.trim()) : null;
    return day === null ? this.problem(key, 'notDate', value, required) : day;
  }

  /** One of `choices`, matched case-insensitively; anything else is logged and read as blank. */
  choice<T extends string>(
    cell: Cell,
    key: string,
    choices: ReadonlySet<string>,
    required = false,
  ): T | null {
    const text = this.text(cell, key, required);
    if (text === null) return null;
    if (choices.has(text)) return text as T;
    const lower = text.toLowerCase();
    return choices.has(lower) ? (lower as T) : this.problem(key, 'unknownChoice', text, required);
  }
}
