import { type FormLayout, formLayoutOf } from '../core/forms/formLayouts';
import type { Translator } from '../core/i18n/translate';
import { DuplicateFinder } from '../core/import/importDuplicates';
import { localeConventions, type NumberConventions } from '../core/import/localeValues';
import { hasOwn } from '../core/objects';
import { done, type PageResult, type Refusal, refused } from '../core/pageResult';
import type { SaveResult } from '../core/saveResult';
import { recordEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { duplicateSearches, findDuplicateClients } from '../core/tables/duplicates';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { readShownValues } from '../core/tables/recordChanges';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import {
  describeFieldError,
  type FieldError,
  normalizeId,
  type ValidationContext,
  validateRecord,
} from '../core/validation/recordValidation';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { appendAudit, appendAudited } from '../gas/auditLog';
import { settleInterruptedWrites, withDocumentLock } from '../gas/documentLock';
import type { TableStore } from '../gas/tableStore';
import { callerStamp } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { otherClientsPersonRefusal, peopleOfOtherClients } from './personRefs';
import { followNewClient, followNewPrimary } from './primaryPersonSync';
import { editInLock, followEdit } from './recordEdit';
import { missingReferences } from './recordRefs';
import { afterTeamChange } from './teamChanges';
import { checkNewRecord, clientOwnersOf } from './workAccess';

/** How the person asked to save. */
interface SaveOptions {
  /** They saw the duplicate warning and chose "Save anyway". */
  readonly allowDuplicate?: boolean;
}

function fieldErrorsOf(t: Translator, table: TableSpec, errors: readonly FieldError[]): SaveResult {
  const fieldErrors = errors.map((error) => ({
    field: error.field,
    message: describeFieldError(t, table, error),
  }));
  return refused(t('form.fixErrors'), fieldErrors);
}

/**
 * The workbook's currency sign, which typed money is read in: the analysis setting
 * `reports.currencySymbol` (its default the spreadsheet locale's; '' for none). One settings read,
 * so an action asks it once, whatever its rows.
 */
export function workbookCurrency(): string {
  return readAnalysisSettings().reports.currencySymbol;
}

/**
 * How the spreadsheet's locale writes numbers (its decimal mark, and its country, which says what
 * `$` stands for), which typed numbers are read in, as the import reads them: one locale read.
 */
export function workbookNumbers(): NumberConventions {
  const { decimal, country } = localeConventions(activeSpreadsheet().getSpreadsheetLocale());
  return country === undefined ? { decimal } : { decimal, country };
}

const NUMBER_TYPES = new Set(['integer', 'number', 'currency']);

/**
 * What validating `payload` needs, read once per action and only when the payload types them: the
 * locale's number conventions for a number typed as text, the workbook's currency for an amount.
 */
function validationContext(table: TableSpec, payload: unknown): ValidationContext {
  if (typeof payload !== 'object' || payload === null) return {};
  const typed = (key: string) => {
    const value: unknown = hasOwn(payload, key) ? (payload as Record<string, unknown>)[key] : null;
    return typeof value === 'string' && value.trim() !== '';
  };
  const typedOf = table.columns.filter((column) => NUMBER_TYPES.has(column.type) && typed(column.key));
  if (typedOf.length === 0) return {};
  const numbers = workbookNumbers();
  return typedOf.some((column) => column.type === 'currency')
    ? { currency: workbookCurrency(), numbers }
    : { numbers };
}

/** Something a caller sent, safe to quote in a message whatever it is. */
function shortText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 40) : typeof value;
}

/** `work` on the form of `tableKey`; a refusal for a key no form serves, or for whatever `work` throws. */
function withForm<A>(tableKey: unknown, t: Translator, work: (form: FormLayout) => A): A | Refusal {
  const form = formLayoutOf(tableKey);
  if (!form) return refused(t('error.unknownTable', { table: shortText(tableKey) }));
  try {
    return work(form);
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** The most clients read to judge a new one's likely duplicates (a warning names at most 5). */
const MAX_LOOKALIKES_READ = 12;

/**
 * The clients that may duplicate `record`, without reading whole columns: Sheets searches the
 * e-mail, tax-number and name columns (duplicateSearches says how), and the rows found are read for
 * ClientIndex to judge by its own rules. A name too long to search for is judged on the columns read
 * whole, as before.
 */
function lookalikesOf(store: TableStore, record: TableRecord): TableRecord[] {
  const searches = duplicateSearches(record);
  const searched = searches.flatMap(({ column, pattern, ignoreDiacritics }) =>
    pattern === null ? [] : [{ key: column, query: { pattern, matchCase: false, ignoreDiacritics } }],
  );
  const found = store.recordsFound(CLIENTS_TABLE, searched, MAX_LOOKALIKES_READ);
  if (searched.length === searches.length) return found;
  return [...found, ...store.readColumns(CLIENTS_TABLE, ['id', 'name', 'email', 'taxNumber'])];
}

/** The warning about likely duplicates of a new client, or null when it resembles none. */
function duplicateWarning(t: Translator, store: TableStore, record: TableRecord): SaveResult | null {
  const duplicates = findDuplicateClients(record, lookalikesOf(store, record));
  if (duplicates.length === 0) return null;
  const matches = duplicates
    .map((d) => `${d.id} ${d.name} (${t(`warning.duplicateReason.${d.reason}`)})`)
    .join('; ');
  return { ...refused(t('warning.duplicate', { matches })), duplicates };
}

/**
 * The warning about a person already at the client (same e-mail, or same name whatever its case and
 * punctuation), by the People table's duplicate rules; null when there is none.
 */
function personDuplicateWarning(
  t: Translator,
  existing: readonly TableRecord[],
  record: TableRecord,
): SaveResult | null {
  const found = new DuplicateFinder(PEOPLE_TABLE, existing).find(record);
  if (found.length === 0) return null;
  const names = new Map(existing.map((person) => [String(person.id ?? ''), String(person.name ?? '')]));
  const duplicates = found.map((match) => ({
    id: match.id,
    name: names.get(match.id) ?? '',
    reason: match.rule.includes('email') ? ('email' as const) : ('name' as const),
  }));
  const matches = duplicates
    .map((d) => `${d.id} ${d.name} (${t(`warning.duplicateReason.${d.reason}`)})`)
    .join('; ');
  return { ...refused(t('warning.duplicate', { matches })), duplicates };
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
    const checked = validateRecord(table, payload, 'create', validationContext(table, payload));
    if (!checked.ok) return fieldErrorsOf(t, table, checked.errors);
    return withDocumentLock(() => {
      const store = activeStore();
      const owners = clientOwnersOf(store);
      const badRefs = missingReferences(t, store, owners, table, checked.record);
      if (badRefs.length > 0) return refused(t('form.fixErrors'), badRefs);
      const wrongPerson = otherClientsPersonRefusal(t, peopleOfOtherClients(t, store, table), checked.record);
      if (wrongPerson) return wrongPerson;
      const allowed = checkNewRecord(t, owners, table, checked.record);
      if (!allowed.ok) return allowed;
      const { record } = allowed;
      // A person's save reads the People table once, for the duplicate check and the primary person.
      let people: TableRecord[] | null = null;
      const peopleNow = () => {
        people ??= store.readColumns(PEOPLE_TABLE, [...DuplicateFinder.columnsFor(PEOPLE_TABLE), 'primary']);
        return people;
      };
      if (options?.allowDuplicate !== true) {
        const warning =
          table === CLIENTS_TABLE
            ? duplicateWarning(t, store, record)
            : table === PEOPLE_TABLE
              ? personDuplicateWarning(t, peopleNow(), record)
              : null;
        if (warning) return warning;
      }
      const stamp = callerStamp(allowed.capacity);
      // The record and its audit entry, journalled in one write before either is written.
      const [written] = appendAudited(store, table, [record], stamp, (rows) =>
        rows.map((row) => recordEntry('create', table.key, row.id, record, stamp)),
      );
      if (!written) throw new Error('append wrote nothing');
      if (table === CLIENTS_TABLE) followNewClient(store, stamp, written.id, record);
      if (table === PEOPLE_TABLE && record.primary === 'yes')
        followNewPrimary(store, stamp, record, peopleNow());
      afterTeamChange(table);
      return done(t('form.saved', { id: written.id }), { id: written.id, row: written.row });
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
    const recordId = normalizeId(id);
    if (recordId === null || recordId.length > 40) {
      return refused(t('error.recordMissing', { id: shortText(id) }));
    }
    const checked = validateRecord(table, payload, 'update', validationContext(table, payload));
    if (!checked.ok) return fieldErrorsOf(t, table, checked.errors);
    const shown = readShownValues(table, expected);
    if (!shown) return refused(t('error.notAnObject'));
    return withDocumentLock(() => {
      const store = activeStore();
      const owners = clientOwnersOf(store);
      const people = peopleOfOtherClients(t, store, table);
      // The person must work at the client the row has after the edit (either may be what changed).
      const guard = (current: TableRecord) =>
        otherClientsPersonRefusal(t, people, { ...current, ...checked.record });
      const edit = editInLock(t, store, owners, {
        table,
        id: recordId,
        wanted: checked.record,
        shown,
        guard,
        auditNow: true,
      });
      if (!edit.ok) return edit;
      if (Object.keys(edit.changes).length === 0) return done(t('form.noChanges'), edit.saved);
      if (!edit.audited) appendAudit(store, edit.entries, edit.stamp);
      followEdit(store, table, edit);
      return done(t('form.updated', { id: recordId }), edit.saved);
    });
  });
}

/** A record for an edit form, read by ID just now. */
export function getRecord(tableKey: unknown, id: unknown): PageResult<{ record: TableRecord }> {
  const t = currentTranslator();
  return withForm(tableKey, t, (form) => {
    settleInterruptedWrites();
    const found = typeof id === 'string' ? activeStore().findById(form.table, id) : null;
    return found
      ? done('', { record: found.record })
      : refused(t('error.recordMissing', { id: shortText(id) }));
  });
}

// The client picker's data lives in clientChoices.ts; pageCalls.ts answers it from here.
export { type ClientChoice, listClients } from './clientChoices';
