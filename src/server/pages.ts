import { type FormLayout, formLayoutOf } from '../core/forms/formLayouts';
import type { MessageKey } from '../core/i18n/en';
import { type Locale, messagesOf, translatorFor } from '../core/i18n/translate';
import { columnOf, type TableRecord } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import { activeUserEmail } from '../gas/identity';
import { putPendingEdit, takePendingEdit } from '../gas/pendingEdit';
import { selectedRow } from '../gas/selection';
import { alertMessage, showSidebarPage } from '../gas/ui';
import { menuEntry } from './access';
import { describeFailure } from './failures';
import { currentLocale, currentTranslator } from './locale';
import { workbookCurrency } from './records';

/**
 * The menu function that opens the sidebar form of table `tableKey`: for a head when the table is
 * a head's (the team, absences), else for any member (the generated formCommands.ts makes one per
 * form). The sidebar's title is the form's, the menu item's words.
 */
export function formCommand(tableKey: string): () => void {
  const form = formLayoutOf(tableKey);
  return menuEntry(form?.table.writableBy === 'head' ? 'head' : 'member', () => {
    if (form) showSidebarPage(form.page, currentTranslator()(form.title));
  });
}

/**
 * Menu: open the form of the Suki table the selected row belongs to, with that row's record.
 * The row is identified by its ID, so sorting before the save does not matter.
 */
export function editSelectedRow(): void {
  const t = currentTranslator();
  try {
    const selected = selectedRow(activeStore(), () => 'id');
    const form = formLayoutOf(selected?.table.key);
    if (!selected || !form) throw new UserFacingError('error.noSelection');
    const id = selected.value;
    putPendingEdit({ table: form.table.key, id });
    showSidebarPage(form.page, t('form.edit', { id }));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/** What a page needs before it can draw itself. */
export interface PageContext {
  readonly locale: Locale;
  /** Every message in the person's language: pages carry no catalog of their own. */
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly userEmail: string;
  /** The record to edit, when the page was opened by "Edit selected row". */
  readonly edit: { readonly id: string; readonly record: TableRecord } | null;
  /**
   * The workbook's currency sign, which the form's amounts are read in (the setting
   * `reports.currencySymbol`; '' for none); only for a form with an amount field.
   */
  readonly currencySymbol?: string;
}

/** Whether a form has a field for money (a currency column), whose amounts the page reads. */
function typesMoney(form: FormLayout): boolean {
  return form.sections.some((section) =>
    section.columns.some((key) => columnOf(form.table, key).type === 'currency'),
  );
}

/**
 * What a page needs on load, for the table its form serves (if any): with an amount field, the
 * workbook's currency (one settings read; none for a form without money). A failure is thrown, said
 * in the person's words. Pages reach it as `getPageContext` through pageCalls.ts (a PageResult).
 */
export function getPageContext(tableKey?: unknown): PageContext {
  const locale = currentLocale();
  try {
    const form = formLayoutOf(tableKey);
    let edit: PageContext['edit'] = null;
    if (form) {
      const pending = takePendingEdit(form.table.key);
      const found = pending ? activeStore().findById(form.table, pending.id) : null;
      if (found && pending) edit = { id: pending.id, record: found.record };
    }
    const context: PageContext = { locale, messages: messagesOf(locale), userEmail: activeUserEmail(), edit };
    return form && typesMoney(form) ? { ...context, currencySymbol: workbookCurrency() } : context;
  } catch (error) {
    // The page shows a failure's message as it is: say it in the person's words.
    throw new Error(describeFailure(translatorFor(locale), error));
  }
}

/** Menu: a word about Suki. */
export function showAbout(): void {
  const t = currentTranslator();
  try {
    alertMessage(t('about.text'));
  } catch (error) {
    console.error(describeFailure(t, error));
  }
}
