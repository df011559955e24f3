/**
 * Reading one table record's cells as typed values. Nothing here throws: an unusable cell is logged in
 * the issue log and read as null, and a required one also marks the row to be skipped.
 */
import type { RecordValue, TableRecord } from '../tables/tableSpec';
import { type Day, parseIsoDay, parseIsoInstantDay } from './days';
import type { InputProblem, IssueLog } from './issues';

/** Reads one record's cells, logging unusable ones; `skip` turns true when a required cell fails. */
export class CellReader {
  record: TableRecord = {};
  id: string | null = null;
  skip = false;

  constructor(
    private readonly log: IssueLog,
    private readonly table: string,
  ) {}

  start(record: TableRecord): void {
    this.record = record;
    this.skip = false;
    this.id = null;
    this.id = this.text('id');
  }

  private problem(column: string, problem: InputProblem, value: RecordValue, required: boolean): null {
    if (required) this.skip = true;
    this.log.add({ table: this.table, recordId: this.id, column, problem, value, rowSkipped: required });
    return null;
  }

  private raw(key: string): RecordValue {
    const value = this.record[key];
    return value === undefined ? null : value;
  }

  /** Trimmed text; a number becomes its text; blank is null. */
  text(key: string, required = false): string | null {
    const value = this.raw(key);
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
    const trimmed = value === null ? '' : value.trim();
    if (trimmed === '') return required ? this.problem(key, 'missing', value, true) : null;
    return trimmed;
  }

  /** A finite number; text in a number column is junk (not guessed at: '1.234' is ambiguous). */
  number(key: string, required = false, min = Number.NEGATIVE_INFINITY): number | null {
    const value = this.raw(key);
    if (value === null || value === '') return required ? this.problem(key, 'missing', value, true) : null;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.problem(key, 'notNumber', value, required);
    if (value < min) return this.problem(key, 'outOfRange', value, required);
    return value;
  }

  /** An integer within [min, max]. */
  integer(key: string, min: number, max: number): number | null {
    const value = this.number(key);
    if (value === null) return null;
    if (!Number.isInteger(value) || value < min || value > max)
      return this.problem(key, 'outOfRange', value, false);
    return value;
  }

  /** A strict YYYY-MM-DD date as a day number. */
  day(key: string, required = false): Day | null {
    const value = this.raw(key);
    if (value === null || value === '') return required ? this.problem(key, 'missing', value, true) : null;
    const day = typeof value === 'string' ? parseIsoDay(value.trim()) : null;
    return day === null ? this.problem(key, 'notDate', value, required) : day;
  }

  /** The (valid) ISO date text of a date cell, for callers that also need its month. */
  dayText(key: string): string {
    const value = this.raw(key);
    return typeof value === 'string' ? value.trim() : '';
  }

  /** The UTC day of an ISO instant (stamp columns). */
  instantDay(key: string): Day | null {
    const value = this.raw(key);
    if (value === null || value === '') return null;
    const day = typeof value === 'string' ? parseIsoInstantDay(value.trim()) : null;
    return day === null ? this.problem(key, 'notDate', value, false) : day;
  }

  /** One of `choices`, matched case-insensitively; anything else is logged and read as blank. */
  choice<T extends string>(key: string, choices: ReadonlySet<string>): T | null {
    const text = this.text(key);
    if (text === null) return null;
    if (choices.has(text)) return text as T;
    const lower = text.toLowerCase();
    return choices.has(lower) ? (lower as T) : this.problem(key, 'unknownChoice', text, false);
  }
}
