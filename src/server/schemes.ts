/**
 * Interaction schemes (issue #13): the sidebar that lists, edits and applies them. A scheme lives in
 * the Schemes sheet, one row per step (editable by hand, checked on use: schemesData.ts); saving is
 * schemesSave.ts, applying schemesApply.ts, the offer after an edit and stopping schemesUpdate.ts.
 * This module opens the sidebar and answers its first read.
 */
import { clientsOnScheme } from '../core/outreach/schemeEnrolment';
import { done, type PageResult, refused } from '../core/pageResult';
import { normalizeId } from '../core/validation/recordValidation';
import { activeStore } from '../gas/activeDocument';
import { settleInterruptedWrites } from '../gas/documentLock';
import { putPendingEdit, takePendingEdit } from '../gas/pendingEdit';
import { showSidebarPage } from '../gas/ui';
import { callerStamp, currentTeamView } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import {
  problemsOfScheme,
  problemTexts,
  readSchemeBook,
  readSchemeClients,
  readSchemeContacts,
  realId,
} from './schemesData';
import { type FilterChoices, filterChoices } from './schemesFilter';
import { settleCutOffRename } from './schemesRename';

/** The page the sidebar is built as (src/ui/pages/Schemes). */
const PAGE = 'Schemes';
/** The pending-request key under which the client card hands its client to the sidebar. */
const PENDING_CLIENT = 'schemes.client';

/** A step as the sidebar shows and sends it back. */
export interface StepView {
  /** The row's ID; a stand-in (`@row:7`) for a row typed by hand without one. */
  readonly id: string;
  /** True for a row typed by hand without an ID: the sidebar can show it, not change it. */
  readonly byHand: boolean;
  readonly step: number;
  readonly dayOffset: number;
  readonly channel: string;
  readonly purpose: string;
  readonly note: string;
  readonly stopWhen: string | null;
}

/** A scheme in the sidebar, with how many clients are on it. */
export interface SchemeView {
  readonly name: string;
  readonly steps: readonly StepView[];
  /** Clients with any contact-plan row of it. */
  readonly clients: number;
  /** Clients with a planned row of it still (the ones an edit is offered to). */
  readonly active: number;
  /** Rows of the Schemes sheet that name it but cannot be used. */
  readonly unusable: number;
}

/** The sidebar's first read. */
export interface SchemesPage {
  readonly schemes: readonly SchemeView[];
  /** The Schemes sheet's rows that cannot be used, each in words (its row, the field and why). */
  readonly problems: readonly string[];
  readonly choices: FilterChoices;
  /** Today in the spreadsheet's time zone, ISO: the default start. */
  readonly today: string;
  /** The client the card asked to apply a scheme to, if any. */
  readonly client: { readonly id: string; readonly name: string } | null;
}

/** Menu: the interaction schemes sidebar. */
export function showSchemes(): void {
  showSidebarPage(PAGE, currentTranslator()('schemes.title'));
}

/**
 * The client card's "Apply a scheme…": opens the sidebar on the card's client (handed over in the
 * person's cache, as an edit request is).
 */
export function showSchemesForClient(clientId: unknown): PageResult {
  const t = currentTranslator();
  const id = normalizeId(clientId);
  if (id === null || id.length > 40)
    return refused(t('schemes.pickClient'), [{ field: 'clientId', message: t('schemes.pickClient') }]);
  putPendingEdit({ table: PENDING_CLIENT, id });
  showSidebarPage(PAGE, t('schemes.title'));
  return done('', {});
}

/**
 * The schemes with their steps and the clients on each, the Schemes sheet's unusable rows in words,
 * what the Clients sheet offers to filter by, today, and the client the card handed over. One read
 * of each table, whatever their size.
 */
export function getSchemes(): PageResult<SchemesPage> {
  const t = currentTranslator();
  try {
    settleInterruptedWrites();
    const store = activeStore();
    const book = readSchemeBook(store);
    const clients = readSchemeClients(store);
    let contacts = readSchemeContacts(store);
    if (settleCutOffRename(store, book, contacts, () => callerStamp())) contacts = readSchemeContacts(store);
    const planned = contacts.filter((row) => row.status === 'planned');
    const schemes = book.schemes.map((scheme) => {
      return {
        name: scheme.name,
        steps: scheme.steps.map((step) => ({
          ...step,
          id: step.id ?? '',
          byHand: realId(step.id) === null,
          stopWhen: step.stopWhen,
        })),
        clients: clientsOnScheme(scheme, contacts).size,
        active: clientsOnScheme(scheme, planned).size,
        unusable: problemsOfScheme(book, scheme.key),
      };
    });
    const pending = takePendingEdit(PENDING_CLIENT);
    const found = pending ? clients.find((client) => client.id === pending.id) : undefined;
    return done('', {
      schemes,
      problems: problemTexts(t, book),
      choices: filterChoices(clients),
      today: currentTeamView().today,
      client: found ? { id: found.id, name: found.name } : null,
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
