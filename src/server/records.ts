import { type FormLayout, formLayoutOf } from '../core/forms/formLayouts';
import type { Translator } from '../core/i18n/translate';
import type { FieldMessage, SaveResult } from '../core/saveResult';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { findDuplicateClients } from '../core/tables/duplicates';
import {
  auditRows,
  changedKeys,
  type EditConflict,
  findEditConflicts,
  readShownValues,
} from '../core/tables/recordChanges';
import { tableByKey } from '../core/tables/registry';
import { columnOf, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { describeFieldError, type FieldError, validateRecord } from '../core/validation/recordValidation';
import { appendAudit } from '../gas/auditLog';
import { settleInterruptedWrites, withDocumentLock } from '../gas/documentLock';
import { activeUserEmail } from '../gas/identity';
import { TableStore, type WriteStamp } from '../gas/tableStore';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** How the person asked to save. */
interface SaveOptions {
  /** They saw the duplicate warning and chose "Save anyway". */
  readonly allowDuplicate?: boolean;
}

const refused = (message: string, fieldErrors: readonly FieldMessage[] = []): SaveResult => ({
  ok: false,
  message,
  fieldErrors,
});

function fieldErrorsOf(t: Translator, table: TableSpec, errors: readonly FieldError[]): SaveResult {
  const fieldErrors = errors.map((error) => ({
    field: error.field,
    message: describeFieldError(t, table, error),
  }));
  return refused(t('form.fixErrors'), fieldErrors);
}

/** Something a caller sent, safe to quote in a message whatever it is. */
function shortText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 40) : typeof value;
}

function stampNow(): WriteStamp {
  return { at: new Date().toISOString(), by: activeUserEmail() };
}

/** Field errors for references to records that do not exist (one ID-column read per referenced table). */
function missingReferences(
  t: Translator,
  store: TableStore,
  table: TableSpec,
  record: TableRecord,
): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const idsByTable = new Map<string, Set<string>>();
  for (const column of table.columns) {
    const value = record[column.key];
    if (column.type !== 'ref' || value === null || value === undefined) continue;
    const target = tableByKey(column.refTable ?? '');
    if (!target) continue;
    let ids = idsByTable.get(target.key);
    if (!ids) {
      ids = new Set(store.ids(target));
      idsByTable.set(target.key, ids);
    }
    if (!ids.has(String(value))) {
      errors.push({
        field: column.key,
        message: t('error.refMissing', { field: t(column.label), id: String(value) }),
      });
    }
  }
  return errors;
}

function withForm(tableKey: unknown, t: Translator, work: (form: FormLayout) => SaveResult): SaveResult {
  const form = formLayoutOf(tableKey);
  if (!form) return refused(t('error.unknownTable', { table: shortText(tableKey) }));
  try {
    return work(form);
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/**
 * Saves a new record from a sidebar form. The payload is checked again with the schema the form
 * used (anyone who can open the sidebar can call this with anything); references must exist; a
 * client that looks like an existing one is held back with a warning unless the person confirmed.
 * On any refusal nothing is written. Every save is audited.
 */
export function saveRecord(tableKey: unknown, payload: unknown, options?: SaveOptions): SaveResult {
  const t = currentTranslator();
  return withForm(tableKey, t, ({ table }) => {
    const checked = validateRecord(table, payload, 'create');
    if (!checked.ok) return fieldErrorsOf(t, table, checked.errors);
    const stamp = stampNow();
    const record = { ...checked.record };
    const hasOwner = table.columns.some((column) => column.key === 'owner');
    if (hasOwner && record.owner === null && stamp.by) record.owner = stamp.by;
    return withDocumentLock(() => {
      const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
      const badRefs = missingReferences(t, store, table, record);
      if (badRefs.length > 0) return refused(t('form.fixErrors'), badRefs);
      if (table === CLIENTS_TABLE && options?.allowDuplicate !== true) {
        const existing = store.readColumns(CLIENTS_TABLE, ['id', 'name', 'email', 'taxNumber']);
        const duplicates = findDuplicateClients(record, existing);
        if (duplicates.length > 0) {
          const matches = duplicates
            .map((d) => `${d.id} ${d.name} (${t(`warning.duplicateReason.${d.reason}`)})`)
            .join('; ');
          return { ok: false, message: t('warning.duplicate', { matches }), fieldErrors: [], duplicates };
        }
      }
      const written = store.append(table, record, stamp);
      const created = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));
      appendAudit(
        store,
        [
          {
            at: stamp.at,
            who: stamp.by,
            action: 'create',
            table: table.key,
            recordId: written.id,
            field: null,
            before: null,
            after: JSON.stringify(created),
          },
        ],
        stamp,
      );
      return { ok: true, id: written.id, row: written.row, message: t('form.saved', { id: written.id }) };
    });
  });
}

/**
 * Saves the fields a person changed in an edit form. `expected` holds the values the form showed;
 * a field someone else changed since then is not overwritten: the save is refused and says what the
 * sheet holds now. Each changed field is audited with its value before and after.
 */
export function updateRecord(
  tableKey: unknown,
  id: unknown,
  payload: unknown,
  expected: unknown,
): SaveResult {
  const t = currentTranslator();
  return withForm(tableKey, t, ({ table }) => {
    if (typeof id !== 'string' || id.trim() === '' || id.length > 40) {
      return refused(t('error.recordMissing', { id: shortText(id) }));
    }
    const recordId = id.trim();
    const checked = validateRecord(table, payload, 'update');
    if (!checked.ok) return fieldErrorsOf(t, table, checked.errors);
    const shown = readShownValues(table, expected);
    if (!shown) return refused(t('error.notAnObject'));
    const stamp = stampNow();
    return withDocumentLock(() => {
      const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
      const badRefs = missingReferences(t, store, table, checked.record);
      if (badRefs.length > 0) return refused(t('form.fixErrors'), badRefs);
      let refusal: SaveResult | null = null;
      let changes: TableRecord = {};
      const before = store.update(
        table,
        recordId,
        (current) => {
          const conflicts = findEditConflicts(shown, current, checked.record);
          if (conflicts.length > 0) {
            refusal = conflictRefusal(t, table, conflicts);
            return {};
          }
          const keys = changedKeys(current, checked.record);
          changes = Object.fromEntries(keys.map((key) => [key, checked.record[key] ?? null]));
          return changes;
        },
        stamp,
      );
      if (refusal) return refusal;
      if (Object.keys(changes).length === 0)
        return { ok: true, id: recordId, row: before.row, message: t('form.noChanges') };
      const entries = auditRows(
        { action: 'update', table: table.key, recordId, who: stamp.by, at: stamp.at },
        before.record,
        changes,
      );
      appendAudit(store, entries, stamp);
      return { ok: true, id: recordId, row: before.row, message: t('form.updated', { id: recordId }) };
    });
  });
}

/** Names each field someone else changed, with what the sheet holds now; nothing was written. */
function conflictRefusal(t: Translator, table: TableSpec, conflicts: readonly EditConflict[]): SaveResult {
  const fieldErrors = conflicts.map(({ field, current }) => ({
    field,
    message: t('error.conflict', { field: t(columnOf(table, field).label), current: String(current ?? '—') }),
  }));
  return refused(fieldErrors[0]?.message ?? '', fieldErrors);
}

/** A record for an edit form, read by ID just now. */
export function getRecord(
  tableKey: unknown,
  id: unknown,
): { ok: true; record: TableRecord } | { ok: false; message: string } {
  const t = currentTranslator();
  const form = formLayoutOf(tableKey);
  if (!form) return { ok: false, message: t('error.unknownTable', { table: shortText(tableKey) }) };
  try {
    settleInterruptedWrites();
    const found =
      typeof id === 'string'
        ? new TableStore(SpreadsheetApp.getActiveSpreadsheet()).findById(form.table, id)
        : null;
    return found
      ? { ok: true, record: found.record }
      : { ok: false, message: t('error.recordMissing', { id: shortText(id) }) };
  } catch (error) {
    return { ok: false, message: describeFailure(t, error) };
  }
}

/** A client as the picker lists it. */
export interface ClientChoice {
  readonly id: string;
  readonly name: string;
}

/** Every client's ID and name, in one read, for the picker to search locally as the person types. */
export function listClients(): ClientChoice[] {
  settleInterruptedWrites();
  const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
  return store
    .readColumns(CLIENTS_TABLE, ['id', 'name', 'archivedAt'])
    .filter((record) => !isArchived(record))
    .map((record) => ({ id: String(record.id ?? ''), name: String(record.name ?? '') }))
    .filter((client) => client.id !== '');
}
