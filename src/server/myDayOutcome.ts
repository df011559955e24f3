/**
 * Logging a contact's outcome from My day, in one locked action through the edit path every form
 * uses (records.ts editInLock: validation, record rights, the conflict check, one audit row per
 * changed field): the contact-plan row takes its outcome, the scheme's stop condition cancels the
 * client's later steps when it holds, the client's next contact date follows its remaining planned
 * rows, and the answer proposes the next step. A refusal writes nothing.
 */
import { type Day, dayToIso, parseIsoDay } from '../core/analysis/days';
import type { Translator } from '../core/i18n/translate';
import { nextContactDay, type OutcomeKind } from '../core/outreach/contactOutcome';
import { done, type PageResult, refused } from '../core/pageResult';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { SCHEMES_TABLE } from '../core/tables/schemeTable';
import { choiceLabelKey, columnOf, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { UserFacingError } from '../core/userError';
import { describeFieldError, validateRecord } from '../core/validation/recordValidation';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import type { TableStore } from '../gas/tableStore';
import { currentTeamView } from './access';
import { currentTranslator } from './locale';
import { statusOf, textOf } from './myDay';
import { type NextStepOffer, nextStepOffer, schemeContacts, schemeOfRow, schemeStopping } from './myDayNext';
import { type OutcomeRequest, onPageFields, outcomeChanges, readRequest, stillPlanned } from './myDayRequest';
import { editInLock, followEdit, type LockedEdit } from './recordEdit';
import { dayOfValue } from './schemesData';
import { type ClientOwners, clientOwnersOf } from './workAccess';

const CONTACT = CONTACT_PLAN_TABLE;

/** What logging an outcome did, for the page to show in place of the entry. */
export interface LoggedOutcome {
  readonly id: string;
  readonly kind: OutcomeKind;
  readonly clientId: string;
  /** The client's next contact date now (YYYY-MM-DD), or null when nothing is planned. */
  readonly nextContactDate: string | null;
  /** The scheme's stop, when its condition now holds: the rows it cancelled. */
  readonly stopped: { readonly scheme: string; readonly step: number; readonly cancelled: string[] } | null;
  readonly next: NextStepOffer;
}

/** The records with `changes` applied to the one with `id`. */
const withChanges = (records: readonly TableRecord[], id: string, changes: TableRecord) =>
  records.map((record) => (textOf(record.id) === id ? { ...record, ...changes } : record));

/** One locked action's context: who writes where, and the edits made so far (audited together). */
interface LockedAction {
  readonly t: Translator;
  readonly store: TableStore;
  readonly owners: ClientOwners;
  readonly today: Day;
  readonly edits: { readonly table: TableSpec; readonly edit: LockedEdit }[];
}

/**
 * Logs an outcome of the planned contact `contactId`: `kind` done, missed or rescheduled (to
 * `rescheduleTo`, YYYY-MM-DD, today or later), with `note` and, when given, the client's `nextStep`.
 * `shown` holds the row's values as My day showed them: a row someone changed since (logged,
 * cancelled, noted) is refused by name and nothing is written. Answers what follows (see LoggedOutcome).
 */
export function logContactOutcome(
  contactId: unknown,
  kind: unknown,
  note: unknown,
  rescheduleTo: unknown,
  shown: unknown,
  nextStep?: unknown,
): PageResult<LoggedOutcome> {
  const t = currentTranslator();
  const request = readRequest(t, { id: contactId, kind, note, rescheduleTo, nextStep, shown });
  if ('ok' in request) return request;
  const today = parseIsoDay(currentTeamView().today) ?? 0;
  return withDocumentLock(() => {
    const store = activeStore();
    return logInLock({ t, store, owners: clientOwnersOf(store), today, edits: [] }, request);
  });
}

/** The locked part of logContactOutcome: the row, the scheme's stop, the client; then one audit write. */
function logInLock(action: LockedAction, request: OutcomeRequest): PageResult<LoggedOutcome> {
  const { t, store, owners, today, edits } = action;
  const all = store.readAll(CONTACT).map((stored) => stored.record);
  const row = all.find((record) => textOf(record.id) === request.id);
  if (!row) return refused(t('error.recordMissing', { id: request.id }));
  if (isArchived(row)) return refused(t('myDay.error.archived', { id: request.id }));
  const planned = outcomeChanges(t, request, row, today);
  if (!planned.ok) return planned;
  const { id, shown } = request;
  const guard = stillPlanned(t);
  const first = editInLock(t, store, owners, { table: CONTACT, id, wanted: planned.changes, shown, guard });
  if (!first.ok) return onPageFields(first);
  edits.push({ table: CONTACT, edit: first });
  const clientId = textOf(row.clientId) ?? '';
  const scheme = schemeOfRow(store, row);
  let live = withChanges(
    all.filter((record) => !isArchived(record)),
    id,
    first.changes,
  );
  const stopping = scheme ? schemeStopping(store, scheme, clientId, schemeContacts(live), today) : null;
  live = cancelRows(action, live, stopping?.cancel ?? []);
  const loggedDay = dayOfValue(row.plannedDate);
  const stamp = stampClient(action, { id: clientId, loggedDay }, live, request.nextStep);
  appendAudit(
    store,
    edits.flatMap(({ edit }) => edit.entries),
    first.stamp,
  );
  for (const { table, edit } of edits) followEdit(store, table, edit);
  const logged = live.find((record) => textOf(record.id) === id) ?? row;
  const answer: LoggedOutcome = {
    id,
    kind: request.outcome.kind,
    clientId,
    nextContactDate: stamp.next,
    stopped:
      stopping && scheme
        ? { scheme: scheme.name, step: stopping.step, cancelled: [...stopping.cancel] }
        : null,
    next: nextStepOffer(request.outcome.kind, logged, scheme, schemeContacts(live), today),
  };
  return done(outcomeMessage(t, answer, request, stopping?.reason ?? null, stamp.left), answer);
}

/**
 * Cancels the rows the scheme's stop names, each through the edit path; one that cannot be (someone
 * changed it, or it is not the caller's) undoes the whole action, so nothing is half logged.
 */
function cancelRows(action: LockedAction, live: TableRecord[], ids: readonly string[]): TableRecord[] {
  const { t, store, owners } = action;
  let rows = live;
  for (const id of ids) {
    const wanted = { status: 'cancelled' };
    const shown = { status: 'planned' };
    const edit = editInLock(t, store, owners, { table: CONTACT, id, wanted, shown, guard: stillPlanned(t) });
    if (!edit.ok) throw new UserFacingError('myDay.error.stopFailed', { id, reason: edit.message });
    action.edits.push({ table: CONTACT, edit });
    rows = withChanges(rows, id, edit.changes);
  }
  return rows;
}

/**
 * The date the client's Next contact cell keeps: the one typed there (a follow-up agreed by phone,
 * not a contact-plan row) when it is today or later and was not the day of the contact just logged
 * (`loggedDay`: that date was this contact's, which is now done, missed or moved). Null otherwise.
 */
function typedNextDay(store: TableStore, clientId: string, today: Day, loggedDay: Day | null): Day | null {
  const typed = dayOfValue(store.findById(CLIENTS_TABLE, clientId)?.record.nextContactDate ?? null);
  return typed !== null && typed >= today && typed !== loggedDay ? typed : null;
}

/**
 * The client's stamp: its next contact date, the earliest of its remaining planned rows and the
 * date typed on the client (see typedNextDay), and the next step when one was given, through the
 * same edit path. A refusal (the client is not the caller's to change) leaves the client as it is
 * and says why; the outcome stands.
 */
function stampClient(
  action: LockedAction,
  client: { readonly id: string; readonly loggedDay: Day | null },
  contacts: readonly TableRecord[],
  nextStep: string | null,
): { next: string | null; left: string | null } {
  const { t, store, owners, today } = action;
  const clientId = client.id;
  const rows = contacts
    .filter((record) => textOf(record.clientId) === clientId)
    .map((record) => ({ status: statusOf(record), plannedDay: dayOfValue(record.plannedDate) }));
  const planned = nextContactDay(rows, today);
  const typed = typedNextDay(store, clientId, today, client.loggedDay);
  const day = planned === null || (typed !== null && typed < planned) ? typed : planned;
  const next = day === null ? null : dayToIso(day);
  const checked = validateRecord(
    CLIENTS_TABLE,
    { nextContactDate: next, ...(nextStep ? { nextStep } : {}) },
    'update',
  );
  if (!checked.ok) {
    const [error] = checked.errors;
    return { next, left: error ? describeFieldError(t, CLIENTS_TABLE, error) : t('form.fixErrors') };
  }
  const wanted = checked.record;
  const edit = editInLock(t, store, owners, { table: CLIENTS_TABLE, id: clientId, wanted, shown: {} });
  if (!edit.ok) return { next, left: edit.message };
  action.edits.push({ table: CLIENTS_TABLE, edit });
  return { next, left: null };
}

const STOP_WHEN = columnOf(SCHEMES_TABLE, 'stopWhen');

/** What the page says after logging: the outcome, the scheme's stop, the client's next contact. */
function outcomeMessage(
  t: Translator,
  answer: LoggedOutcome,
  request: OutcomeRequest,
  reason: string | null,
  left: string | null,
): string {
  const { id } = answer;
  const movedTo = request.outcome.rescheduleTo;
  const parts = [
    answer.kind === 'rescheduled'
      ? t('myDay.logged.rescheduled', { id, date: movedTo === null ? '—' : dayToIso(movedTo) })
      : t(answer.kind === 'done' ? 'myDay.logged.done' : 'myDay.logged.missed', { id }),
  ];
  if (answer.stopped && reason) {
    const why = t(choiceLabelKey(STOP_WHEN, reason));
    const count = answer.stopped.cancelled.length;
    parts.push(t('myDay.stopped', { scheme: answer.stopped.scheme, reason: why, count }));
  }
  if (left) parts.push(t('myDay.clientLeft', { reason: left }));
  else if (answer.nextContactDate) parts.push(t('myDay.clientNext', { date: answer.nextContactDate }));
  else parts.push(t('myDay.clientNoNext'));
  return parts.join(' ');
}
