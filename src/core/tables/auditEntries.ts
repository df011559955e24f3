import type { TableRecord } from './tableSpec';

/** One change as the audit log records it (before the log gives it an ID and stamps). */
export interface AuditEntry {
  readonly at: string;
  readonly who: string;
  /** In what right `who` acted, when not simply as themselves ("deputy for …", "unverified"). */
  readonly capacity: string | null;
  readonly action: string;
  readonly table: string;
  readonly recordId: string | null;
  readonly field: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * Sheets holds at most 50,000 characters in a cell; an audit value longer than this is continued.
 * @forTests The audit-trail tests write values just over it.
 */
export const AUDIT_CELL_CHARS = 50_000;

const pieces = (text: string | null): (string | null)[] => {
  if (text === null || text.length <= AUDIT_CELL_CHARS) return [text];
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += AUDIT_CELL_CHARS) {
    parts.push(text.slice(start, start + AUDIT_CELL_CHARS));
  }
  return parts;
};

/**
 * Audit entries as rows that fit the sheet: a value longer than a cell holds is split over
 * continuation rows (the field reads `notes [2/3]`), so a valid save never fails on its audit entry
 * and nothing of the change is lost. Rows read in order rebuild the value exactly.
 */
export function auditLogRows(entries: readonly AuditEntry[]): TableRecord[] {
  return entries.flatMap((entry) => {
    const before = pieces(entry.before);
    const after = pieces(entry.after);
    const count = Math.max(before.length, after.length);
    if (count === 1) return [{ ...entry }];
    return Array.from({ length: count }, (_, index) => ({
      ...entry,
      field: `${entry.field ?? ''} [${index + 1}/${count}]`.trim(),
      before: before[index] ?? null,
      after: after[index] ?? null,
    }));
  });
}

/** A value for the audit log: text as it is, numbers as text, nothing as null. */
export function auditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

/** Who wrote, and when: what every audit entry carries. */
interface AuditStamp {
  readonly at: string;
  readonly by: string;
  readonly as?: string;
}

/**
 * The entry for a whole record coming into a table (`create`, `import`, `recovered`): its fields
 * that hold something, as JSON.
 */
export function recordEntry(
  action: string,
  table: string,
  recordId: string | null,
  record: TableRecord,
  stamp: AuditStamp,
): AuditEntry {
  const held = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));
  return fieldEntry(action, table, recordId, null, { before: null, after: JSON.stringify(held) }, stamp);
}

/** The entry for one field's change (`archive`, `computed`, `handEdit`…), its value before and after. */
export function fieldEntry(
  action: string,
  table: string,
  recordId: string | null,
  field: string | null,
  change: { readonly before: unknown; readonly after: unknown },
  stamp: AuditStamp,
): AuditEntry {
  return {
    at: stamp.at,
    who: stamp.by,
    capacity: stamp.as ? stamp.as : null,
    action,
    table,
    recordId,
    field,
    before: auditValue(change.before),
    after: auditValue(change.after),
  };
}
