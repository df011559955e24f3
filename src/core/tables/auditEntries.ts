import type { TableRecord } from './tableSpec';

/** One change as the audit log records it (before the log gives it an ID and stamps). */
export interface AuditEntry {
  readonly at: string;
  readonly who: string;
  readonly action: string;
  readonly table: string;
  readonly recordId: string | null;
  readonly field: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

/** Sheets holds at most 50,000 characters in a cell; an audit value longer than this is continued. */
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
