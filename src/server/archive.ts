import { formLayoutOf } from '../core/forms/formLayouts';
import { done, type PageResult, refused } from '../core/pageResult';
import { fieldEntry } from '../core/tables/auditEntries';
import { isArchived } from '../core/tables/clientsTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { normalizeId } from '../core/validation/recordValidation';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import { selectedRow } from '../gas/selection';
import { alertMessage, confirmAction, toast } from '../gas/ui';
import { callerStamp, inCapacity } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { afterTeamChange } from './teamChanges';
import { checkChange, clientOwnersOf } from './workAccess';

/**
 * Archives one record: it stays in its row, stamped "archived at", and leaves reports and pickers.
 * Suki never deletes what people typed. Audited. Returns the message to show.
 */
export function archiveRecord(tableKey: unknown, id: unknown): PageResult {
  const t = currentTranslator();
  const form = formLayoutOf(tableKey);
  const recordId = normalizeId(id);
  if (!form || recordId === null || recordId.length > 40) {
    return refused(t('error.recordMissing', { id: typeof id === 'string' ? id.slice(0, 40) : '' }));
  }
  try {
    return withDocumentLock(() => {
      const store = activeStore();
      const rowStamp = callerStamp();
      const onRow: { verdict?: ReturnType<typeof checkChange> } = {};
      const before = store.update(
        form.table,
        recordId,
        (current): TableRecord => {
          if (isArchived(current)) return {};
          onRow.verdict = checkChange(t, clientOwnersOf(store), form.table, current, {
            archivedAt: rowStamp.at,
          });
          return onRow.verdict.ok ? { archivedAt: rowStamp.at } : {};
        },
        rowStamp,
      );
      if (isArchived(before.record)) return done(t('archive.already', { id: recordId }), {});
      const { verdict } = onRow;
      if (!verdict?.ok) return verdict ?? refused(t('error.recordMissing', { id: recordId }));
      const stamp = inCapacity(rowStamp, verdict.capacity);
      const change = { before: null, after: stamp.at };
      appendAudit(
        store,
        [fieldEntry('archive', form.table.key, recordId, 'archivedAt', change, stamp)],
        stamp,
      );
      afterTeamChange(form.table);
      return done(t('archive.done', { id: recordId }), {});
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** Menu: archive the record in the selected row, after the person confirms. */
export function archiveSelectedRow(): void {
  const t = currentTranslator();
  try {
    const selected = selectedRow(activeStore(), () => 'id');
    const form = formLayoutOf(selected?.table.key);
    if (!selected || !form) throw new UserFacingError('error.noSelection');
    const id = selected.value;
    if (!confirmAction(t('archive.confirm', { id }))) return;
    const result = archiveRecord(form.table.key, id);
    if (result.ok) toast(result.message, t('app.name'));
    else alertMessage(result.message);
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}
