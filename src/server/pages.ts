import { type FormLayout, formLayoutOf } from '../core/forms/formLayouts';
import type { MessageKey } from '../core/i18n/en';
import { type Locale, messagesOf, translatorFor } from '../core/i18n/translate';
import type { NumberConventions } from '../core/import/localeValues';
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
import { workbookCurrency, workbookNumbers } from './records';

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
  /**
   * How the spreadsheet's locale writes numbers (its decimal mark and country), which the form's
   * numbers are read in as the server reads them (`1.000` is a thousand in de_DE); only for a form
   * with a number field.
   */
  readonly numbers?: NumberConventions;
}

/** Whether a form has a field of one of `types`, whose typed text the page reads. */
function hasFieldOf(form: FormLayout, types: readonly string[]): boolean {
  return form.sections.some((section) =>
    section.columns.some((key) => types.includes(columnOf(form.table, key).type)),
  );
}

/** What a form's page reads its numbers with: the locale's conventions, and with an amount the currency. */
function numberContext(form: FormLayout): Pick<PageContext, 'currencySymbol' | 'numbers'> {
  if (!hasFieldOf(form, ['integer', 'number', 'currency'])) return {};
  const numbers = workbookNumbers();
  return hasFieldOf(form, ['currency']) ? { currencySymbol: workbookCurrency(), numbers } : { numbers };
}

/**
 * What a page needs on load, for the table its form serves (if any): with a number field, the
 * locale's number conventions (one locale read), with an amount field also the workbook's currency
 * (one settings read); neither for a form without numbers. A failure is thrown, said in the
 * person's words. Pages reach it as `getPageContext` through pageCalls.ts (a PageResult).
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
    return form ? { ...context, ...numberContext(form) } : context;
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
