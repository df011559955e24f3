/**
 * The update path every edit of a record goes through (the edit form's updateRecord, My day's
 * outcomes): inside the caller's document lock, conflicts with what the person was shown, record
 * rights on the row as read just before writing, audit entries, and what follows an edit.
 */
import type { Translator } from '../core/i18n/translate';
import { type Refusal, refused } from '../core/pageResult';
import { type AuditEntry, auditLogRows } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { auditRows, changedKeys, type EditConflict, findEditConflicts } from '../core/tables/recordChanges';
import { columnOf, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { callerStamp, inCapacity } from './access';
import { followClient, followPerson } from './primaryPersonSync';
import { missingReferences } from './recordRefs';
import { afterTeamChange } from './teamChanges';
import { type ClientOwners, checkChange } from './workAccess';

/** What an edit does to the record as it is now: the fields someone else changed, else what to write. */
interface EditPlan {
  readonly conflicts: readonly EditConflict[];
  readonly changes: TableRecord;
}

/**
 * Plans an edit of `current`: a field the form showed as `shown` that someone changed since is a
 * conflict (and nothing is written); otherwise the fields of `wanted` that differ from `current`.
 */
function planEdit(shown: TableRecord, current: TableRecord, wanted: TableRecord): EditPlan {
  const conflicts = findEditConflicts(shown, current, wanted);
  if (conflicts.length > 0) return { conflicts, changes: {} };
  const keys = changedKeys(current, wanted);
  return { conflicts, changes: Object.fromEntries(keys.map((key) => [key, wanted[key] ?? null])) };
}

/** An edit made inside the caller's lock, not yet audited: what it wrote, and its audit entries. */
export interface LockedEdit {
  readonly ok: true;
  readonly saved: { readonly id: string; readonly row: number };
  /** The record as it was just before the edit. */
  readonly before: TableRecord;
  /** The fields written (none when the record already held them). */
  readonly changes: TableRecord;
  /** One `update` entry per changed field, stamped in the caller's right to the record. */
  readonly entries: readonly AuditEntry[];
  readonly stamp: WriteStamp;
  /** The entries are written already, journalled with the edit (editInLock's `auditNow`). */
  readonly audited: boolean;
}

/**
 * The update path of every edit, inside the caller's document lock: references must exist, a field
 * the person was shown as `shown` that someone changed since is a conflict, the caller's right to
 * the record is checked on the row as read just before writing, and `guard` (when given) may refuse
 * on that same row. A refusal writes nothing. `wanted` is already validated (validateRecord,
 * 'update'). The caller appends the entries (one audit write for several edits), unless `auditNow`
 * wrote them with the edit (`audited`), and calls followEdit.
 */
export function editInLock(
  t: Translator,
  store: TableStore,
  owners: ClientOwners,
  edit: {
    readonly table: TableSpec;
    readonly id: string;
    readonly wanted: TableRecord;
    readonly shown: TableRecord;
    readonly guard?: (current: TableRecord) => Refusal | null;
    /** Write the audit entries with the edit, journalled in the same property write. */
    readonly auditNow?: boolean;
  },
): LockedEdit | Refusal {
  const { table, id: recordId, wanted, shown, guard } = edit;
  const badRefs = missingReferences(t, store, owners, table, wanted);
  if (badRefs.length > 0) return refused(t('form.fixErrors'), badRefs);
  // The store hands the plan the row as read just before writing, and returns that same row:
  // planning it again (a pure function) gives what was decided, with no state kept aside. The
  // caller's right to the record is checked on that row too; a refusal writes nothing.
  const onRow: { verdict?: ReturnType<typeof checkChange>; guarded?: Refusal | null } = {};
  const plan = (current: TableRecord) => planEdit(shown, current, wanted);
  const rowStamp = callerStamp();
  const entriesOf = (
    record: TableRecord,
    changes: TableRecord,
    capacity: Parameters<typeof inCapacity>[1],
  ) => {
    const stamp = inCapacity(rowStamp, capacity);
    return {
      stamp,
      entries: auditRows({ action: 'update', table: table.key, recordId }, stamp, record, changes),
    };
  };
  let audited = false;
  const before = store.update(
    table,
    recordId,
    (current) => {
      onRow.guarded = guard ? guard(current) : null;
      if (onRow.guarded) return {};
      const { changes } = plan(current);
      onRow.verdict = checkChange(t, owners, table, current, changes);
      return onRow.verdict.ok ? changes : {};
    },
    rowStamp,
    (record, changes) => {
      if (!edit.auditNow || !onRow.verdict?.ok) return null;
      const { stamp, entries } = entriesOf(record, changes, onRow.verdict.capacity);
      audited = entries.length > 0;
      return audited ? { table: AUDIT_LOG_TABLE, records: auditLogRows(entries), stamp } : null;
    },
  );
  if (onRow.guarded) return onRow.guarded;
  const { conflicts, changes } = plan(before.record);
  if (conflicts.length > 0) return conflictRefusal(t, table, conflicts);
  const verdict = onRow.verdict ?? checkChange(t, owners, table, before.record, changes);
  if (!verdict.ok) return verdict;
  const { stamp, entries } = entriesOf(before.record, changes, verdict.capacity);
  return {
    ok: true,
    saved: { id: recordId, row: before.row },
    before: before.record,
    changes,
    entries,
    stamp,
    audited,
  };
}

/** What follows an audited edit: the client's primary person, a primary person's client, the team's mark. */
export function followEdit(store: TableStore, table: TableSpec, edit: LockedEdit): void {
  if (Object.keys(edit.changes).length === 0) return;
  if (table === CLIENTS_TABLE)
    followClient(store, edit.stamp, edit.saved.id, edit.changes, { ...edit.before, ...edit.changes });
  followPerson(store, edit.stamp, table, edit.before, edit.changes);
  afterTeamChange(table);
}

/** Names each field someone else changed, with what the sheet holds now; nothing was written. */
function conflictRefusal(t: Translator, table: TableSpec, conflicts: readonly EditConflict[]): Refusal {
  const fieldErrors = conflicts.map(({ field, current }) => ({
    field,
    message: t('error.conflict', { field: t(columnOf(table, field).label), current: String(current ?? '—') }),
  }));
  return refused(fieldErrors[0]?.message ?? '', fieldErrors);
}
