import { formLayoutOf } from '../core/forms/formLayouts';
import { isArchived } from '../core/tables/clientsTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import { activeUserEmail } from '../gas/identity';
import { selectedRow } from '../gas/selection';
import { TableStore } from '../gas/tableStore';
import { alertMessage, confirmAction, toast } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * Archives one record: it stays in its row, stamped "archived at", and leaves reports and pickers.
 * Suki never deletes what people typed. Audited. Returns the message to show.
 */
export function archiveRecord(tableKey: unknown, id: unknown): { ok: boolean; message: string } {
  const t = currentTranslator();
  const form = formLayoutOf(tableKey);
  if (!form || typeof id !== 'string' || id.trim() === '' || id.length > 40) {
    return {
      ok: false,
      message: t('error.recordMissing', { id: typeof id === 'string' ? id.slice(0, 40) : '' }),
    };
  }
  const recordId = id.trim();
  try {
    return withDocumentLock(() => {
      const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
      const stamp = { at: new Date().toISOString(), by: activeUserEmail() };
      const before = store.update(
        form.table,
        recordId,
        (current): TableRecord => (isArchived(current) ? {} : { archivedAt: stamp.at }),
        stamp,
      );
      if (isArchived(before.record)) return { ok: true, message: t('archive.already', { id: recordId }) };
      appendAudit(
        store,
        [
          {
            at: stamp.at,
            who: stamp.by,
            action: 'archive',
            table: form.table.key,
            recordId,
            field: 'archivedAt',
            before: null,
            after: stamp.at,
          },
        ],
        stamp,
      );
      return { ok: true, message: t('archive.done', { id: recordId }) };
    });
  } catch (error) {
    return { ok: false, message: describeFailure(t, error) };
  }
}

/** Menu: archive the record in the selected row, after the person confirms. */
export function archiveSelectedRow(): void {
  const t = currentTranslator();
  try {
    const selected = selectedRow(new TableStore(SpreadsheetApp.getActiveSpreadsheet()), () => 'id');
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
