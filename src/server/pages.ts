import { FORM_LAYOUTS, formLayoutOf } from '../core/forms/formLayouts';
import type { MessageKey } from '../core/i18n/en';
import { type Locale, messagesOf, translatorFor } from '../core/i18n/translate';
import type { TableRecord } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { activeUserEmail } from '../gas/identity';
import { putPendingEdit, takePendingEdit } from '../gas/pendingEdit';
import { selectedRow } from '../gas/selection';
import { TableStore } from '../gas/tableStore';
import { alertMessage, showSidebarPage } from '../gas/ui';
import { describeFailure } from './failures';
import { currentLocale, currentTranslator } from './locale';

function showForm(tableKey: string): void {
  const form = FORM_LAYOUTS[tableKey];
  if (form) showSidebarPage(form.page, currentTranslator()(form.title));
}

/** Menu: the client form. */
export function showClientForm(): void {
  showForm('clients');
}
/** Menu: plan or log a contact. */
export function showContactForm(): void {
  showForm('contacts');
}
/** Menu: register a claim. */
export function showClaimForm(): void {
  showForm('claims');
}
/** Menu: a deal (negotiation). */
export function showDealForm(): void {
  showForm('deals');
}
/** Menu: an order. */
export function showOrderForm(): void {
  showForm('orders');
}
/** Menu: an obligation to a client. */
export function showObligationForm(): void {
  showForm('obligations');
}
/** Menu: a competitor observation. */
export function showCompetitorForm(): void {
  showForm('competitors');
}

/**
 * Menu: open the form of the Suki table the selected row belongs to, with that row's record.
 * The row is identified by its ID, so sorting before the save does not matter.
 */
export function editSelectedRow(): void {
  const t = currentTranslator();
  try {
    const selected = selectedRow(new TableStore(SpreadsheetApp.getActiveSpreadsheet()), () => 'id');
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
}

/** Called by every page on load, with the table its form serves (if any). */
export function getPageContext(tableKey?: unknown): PageContext {
  const locale = currentLocale();
  try {
    const form = formLayoutOf(tableKey);
    let edit: PageContext['edit'] = null;
    if (form) {
      const pending = takePendingEdit(form.table.key);
      const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
      const found = pending ? store.findById(form.table, pending.id) : null;
      if (found && pending) edit = { id: pending.id, record: found.record };
    }
    return { locale, messages: messagesOf(locale), userEmail: activeUserEmail(), edit };
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
