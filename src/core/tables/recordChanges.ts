import type { RecordValue, TableRecord } from './tableSpec';

const comparable = (value: RecordValue | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** True when two record values mean the same cell content. */
export function sameValue(a: RecordValue | undefined, b: RecordValue | undefined): boolean {
  return comparable(a) === comparable(b);
}

/** The keys of `changes` whose value differs from `current`. */
export function changedKeys(current: TableRecord, changes: TableRecord): string[] {
  return Object.keys(changes).filter((key) => !sameValue(current[key], changes[key]));
}

/** A field someone else changed after the form was opened. */
export interface EditConflict {
  readonly field: string;
  readonly current: RecordValue;
}

/**
 * Fields the person is changing that someone else changed meanwhile: the sheet no longer holds what
 * the form showed (`expected`), and not what the person typed either. Saving over them would lose
 * the other person's work, so the caller refuses and shows both.
 */
export function findEditConflicts(
  expected: TableRecord,
  current: TableRecord,
  changes: TableRecord,
): EditConflict[] {
  return Object.keys(changes)
    .filter((key) => Object.hasOwn(expected, key))
    .filter((key) => !sameValue(current[key], expected[key]) && !sameValue(current[key], changes[key]))
    .map((field) => ({ field, current: current[field] ?? null }));
}

/** One audit-log row per changed field, in the shape of the Audit log table. */
export function auditRows(
  entry: { action: string; table: string; recordId: string; who: string; at: string },
  before: TableRecord,
  after: TableRecord,
): TableRecord[] {
  const keys = Object.keys(after).filter((key) => !sameValue(before[key], after[key]));
  return keys.map((field) => ({
    at: entry.at,
    who: entry.who,
    action: entry.action,
    table: entry.table,
    recordId: entry.recordId,
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}
