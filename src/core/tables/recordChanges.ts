import { hasOwn } from '../objects';
import { type AuditEntry, fieldEntry } from './auditEntries';
import { personColumns, type RecordValue, type TableRecord, type TableSpec } from './tableSpec';

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
    .filter((key) => hasOwn(expected, key))
    .filter((key) => !sameValue(current[key], expected[key]) && !sameValue(current[key], changes[key]))
    .map((field) => ({ field, current: current[field] ?? null }));
}

/** One audit entry per changed field, with its value before and after. */
export function auditRows(
  entry: { readonly action: string; readonly table: string; readonly recordId: string },
  stamp: { readonly at: string; readonly by: string; readonly as?: string },
  before: TableRecord,
  after: TableRecord,
): AuditEntry[] {
  const keys = Object.keys(after).filter((key) => !sameValue(before[key], after[key]));
  return keys.map((field) =>
    fieldEntry(
      entry.action,
      entry.table,
      entry.recordId,
      field,
      { before: before[field], after: after[field] },
      stamp,
    ),
  );
}

const MAX_SHOWN_TEXT = 50_000;

/**
 * The values an edit form says it showed, taken as they were read from the sheet (not cleaned up,
 * so they compare equal to the cells): a plain object of the table's person columns holding text,
 * numbers or nothing. Anything else is null: the caller refuses the save.
 */
export function readShownValues(table: TableSpec, input: unknown): TableRecord | null {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) return null;
  const allowed = new Set(personColumns(table).map((column) => column.key));
  const shown: TableRecord = {};
  for (const [key, value] of Object.entries(input)) {
    if (!allowed.has(key)) return null;
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) shown[key] = value;
    else if (typeof value === 'string' && value.length <= MAX_SHOWN_TEXT) shown[key] = value;
    else return null;
  }
  return shown;
}
