import type { Locale } from '../core/i18n/translate';
import type { SaveResult } from '../core/saveResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { describeFieldError, validateRecord } from '../core/validation/recordValidation';
import { withDocumentLock } from '../gas/documentLock';
import { activeUserEmail } from '../gas/identity';
import { TableStore } from '../gas/tableStore';
import { alertMessage, showSidebarPage } from '../gas/ui';
import { describeFailure } from './failures';
import { currentLocale, currentTranslator } from './locale';

/** Menu: open the client form in the sidebar. */
export function showClientForm(): void {
  const t = currentTranslator();
  showSidebarPage('Client', t('form.client.title'));
}

/** What a page needs before it can draw itself: the language and who is working. */
export interface PageContext {
  readonly locale: Locale;
  readonly userEmail: string;
}

/** Called by every page on load. */
export function getPageContext(): PageContext {
  return { locale: currentLocale(), userEmail: activeUserEmail() };
}

/**
 * Saves a new client from the sidebar. The payload is checked again here with the schema the form
 * used (anyone who can open the sidebar can call this with anything); on any error nothing is written.
 */
export function saveClient(payload: unknown): SaveResult {
  const t = currentTranslator();
  const checked = validateRecord(CLIENTS_TABLE, payload, 'create');
  if (!checked.ok) {
    const fieldErrors = checked.errors.map((error) => ({
      field: error.field,
      message: describeFieldError(t, CLIENTS_TABLE, error),
    }));
    return { ok: false, message: t('form.fixErrors'), fieldErrors };
  }
  try {
    const by = activeUserEmail();
    const record = { ...checked.record, owner: checked.record.owner ?? (by || null) };
    const written = withDocumentLock(() =>
      new TableStore(SpreadsheetApp.getActiveSpreadsheet()).append(CLIENTS_TABLE, record, {
        at: new Date().toISOString(),
        by,
      }),
    );
    return { ok: true, id: written.id, row: written.row, message: t('form.saved', { id: written.id }) };
  } catch (error) {
    return { ok: false, message: describeFailure(t, error), fieldErrors: [] };
  }
}

/** Menu: a word about Suki. */
export function showAbout(): void {
  alertMessage(currentTranslator()('about.text'));
}
