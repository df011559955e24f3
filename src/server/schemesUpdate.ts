/**
 * After a scheme is edited, the offer to the clients already on it (rows planned from today on
 * moved, renamed, cancelled or added: core/outreach/schemeUpdates.ts), and stopping a scheme for one
 * client (its planned rows cancelled, its history kept). Only the clients the caller may work on
 * change; the others are counted. Each runs in the document lock with one audit entry, written first. Rows moved
 * together share their values, so they go in one write per group (`TableStore.updateWhere`, not
 * journalled: a cut-off update is finished by applying it again, as the offer is worked out afresh).
 */
import type { Day } from '../core/analysis/days';
import { dayToIso } from '../core/analysis/days';
import type { Translator } from '../core/i18n/translate';
import { plannedStepRecord } from '../core/outreach/schemeEnrolment';
import { rowsToCancelOnStop } from '../core/outreach/schemeStops';
import { type Scheme, schemeKey } from '../core/outreach/schemes';
import { type RowChange, type SchemeUpdate, schemeUpdate } from '../core/outreach/schemeUpdates';
import { done, type PageResult, refused } from '../core/pageResult';
import { isArchived } from '../core/tables/clientsTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import type { Caller } from '../core/team/caller';
import { activeMember } from '../core/team/members';
import { workCapacity } from '../core/team/workRights';
import { normalizeId } from '../core/validation/recordValidation';
import { activeStore } from '../gas/activeDocument';
import { settleInterruptedWrites, withDocumentLock } from '../gas/documentLock';
import type { TableStore } from '../gas/tableStore';
import { callerStamp, currentCaller, currentTeamView } from './access';
import { describeFailure } from './failures';
import { appendInBlocks, auditAhead } from './importWrite';
import { currentTranslator } from './locale';
import { runStamp } from './schemesApply';
import {
  companyCalendar,
  dayOfValue,
  readSchemeBook,
  readSchemeClients,
  readSchemeContacts,
  schemeNamed,
} from './schemesData';

/** What the offer after an edit would do, or did. */
export interface UpdateSummary {
  readonly scheme: string;
  /** Clients whose rows change. */
  readonly clients: number;
  readonly moved: number;
  /** Rows whose channel or purpose changes (moved or not). */
  readonly changed: number;
  readonly cancelled: number;
  readonly added: number;
  /** Clients on the scheme with changes the caller may not make (another manager's). */
  readonly notYours: number;
  readonly line: string;
}

/** The offer, cut down to the clients the caller may work on. */
interface UpdatePlan {
  readonly scheme: Scheme;
  readonly update: SchemeUpdate;
  readonly notYours: number;
  /** The absent managers whose clients the caller works on as their deputy. */
  readonly deputyFor: readonly string[];
}

function planUpdate(store: TableStore, caller: Caller, scheme: Scheme): UpdatePlan {
  const { today, team } = currentTeamView();
  const clients = readSchemeClients(store).map((client) => ({
    id: client.id,
    owner: client.owner || (caller.role === 'head' ? caller.email : null),
  }));
  const todayDay = dayOfValue(today) as Day;
  const whole = schemeUpdate(scheme, clients, readSchemeContacts(store), todayDay, companyCalendar());
  const owners = new Map(clients.map((client) => [client.id, client.owner ?? '']));
  // An archived client's rows are left as they are, and not counted.
  const live = whole.clients.filter((id) => owners.has(id));
  const deputyFor = new Set<string>();
  const mine = new Set(
    live.filter((id) => {
      const owner = owners.get(id) ?? '';
      const right = activeMember(team, owner) ? workCapacity(caller, [owner]) : null;
      if (right?.kind === 'deputy') deputyFor.add(right.forManager);
      return right !== null;
    }),
  );
  const update: SchemeUpdate = {
    change: whole.change.filter((row) => mine.has(row.clientId)),
    cancel: whole.cancel.filter((row) => mine.has(row.clientId)),
    add: whole.add.filter((row) => mine.has(row.clientId)),
    clients: whole.clients.filter((id) => mine.has(id)),
  };
  return { scheme, update, notYours: live.length - mine.size, deputyFor: [...deputyFor] };
}

function summaryOf(t: Translator, plan: UpdatePlan): UpdateSummary {
  const { update } = plan;
  const figures = {
    scheme: plan.scheme.name,
    clients: update.clients.length,
    moved: update.change.filter((row) => row.plannedDay !== undefined).length,
    changed: update.change.filter((row) => row.channel !== undefined || row.purpose !== undefined).length,
    cancelled: update.cancel.length,
    added: update.add.length,
    notYours: plan.notYours,
  };
  const line =
    figures.clients === 0
      ? t('schemes.update.nothing', { notYours: figures.notYours })
      : t('schemes.update.line', figures);
  return {
    ...figures,
    line:
      figures.notYours > 0 && figures.clients > 0 ? `${line} ${t('schemes.update.notYours', figures)}` : line,
  };
}

/** `work` for the scheme `name`, its failures said in the person's words. */
function withScheme<T extends object>(
  name: unknown,
  work: (t: Translator, store: TableStore, scheme: Scheme) => PageResult<T>,
  locked: boolean,
): PageResult<T> {
  const t = currentTranslator();
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
    return refused(t('schemes.pickScheme'), [{ field: 'scheme', message: t('schemes.pickScheme') }]);
  const run = (): PageResult<T> => {
    const store = activeStore();
    const scheme = schemeNamed(readSchemeBook(store), name);
    if (!scheme) return refused(t('schemes.notFound', { name: name.slice(0, 100) }));
    return work(t, store, scheme);
  };
  try {
    if (locked) return withDocumentLock(run);
    settleInterruptedWrites();
    return run();
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** What the edited scheme `name` would change for the clients on it that the caller works on. */
export function previewSchemeUpdate(name: unknown): PageResult<{ summary: UpdateSummary }> {
  return withScheme(
    name,
    (t, store, scheme) => {
      const summary = summaryOf(t, planUpdate(store, currentCaller(), scheme));
      return done(summary.line, { summary });
    },
    false,
  );
}

/** The changed fields of a row as contact-plan values. */
function changeValues(row: RowChange): TableRecord {
  const values: TableRecord = {};
  if (row.plannedDay !== undefined) values.plannedDate = dayToIso(row.plannedDay);
  if (row.channel !== undefined) values.channel = row.channel;
  if (row.purpose !== undefined) values.purpose = row.purpose || null;
  return values;
}

/** Writes `values` to the planned, unarchived rows of `ids`, in one write per column. */
function updatePlanned(
  store: TableStore,
  ids: ReadonlySet<string>,
  values: TableRecord,
  stamp: ReturnType<typeof callerStamp>,
): void {
  if (ids.size === 0) return;
  store.updateWhere(
    CONTACT_PLAN_TABLE,
    (record) =>
      ids.has(String(record.id ?? '').trim()) &&
      !isArchived(record) &&
      (record.status === 'planned' || record.status === null || record.status === ''),
    values,
    stamp,
  );
}

/**
 * Applies the offer after an edit of `name`, for the clients the caller works on: rows planned from
 * today on take the step's new day, channel and purpose, rows of removed steps are cancelled, added
 * steps planned. One write per group of rows changed alike, one block append, one audit entry.
 */
export function applySchemeUpdate(name: unknown): PageResult<{ summary: UpdateSummary }> {
  return withScheme(
    name,
    (t, store, scheme) => {
      const plan = planUpdate(store, currentCaller(), scheme);
      const summary = summaryOf(t, plan);
      if (plan.update.clients.length === 0) return done(summary.line, { summary });
      const stamp = runStamp(plan.deputyFor);
      const groups = new Map<string, { values: TableRecord; ids: Set<string> }>();
      for (const row of plan.update.change) {
        const values = changeValues(row);
        const key = JSON.stringify(values);
        const group = groups.get(key) ?? { values, ids: new Set<string>() };
        group.ids.add(row.id);
        groups.set(key, group);
      }
      const cancelIds = new Set(plan.update.cancel.map((row) => row.id));
      const { line: _line, ...figures } = summary;
      auditAhead(store, stamp, {
        action: 'schemeUpdate',
        table: CONTACT_PLAN_TABLE.key,
        ids: [...plan.update.change.map((row) => row.id), ...cancelIds],
        after: figures,
      });
      for (const { values, ids } of groups.values()) updatePlanned(store, ids, values, stamp);
      updatePlanned(store, cancelIds, { status: 'cancelled' }, stamp);
      appendInBlocks(store, CONTACT_PLAN_TABLE, plan.update.add.map(plannedStepRecord), stamp);
      return done(t('schemes.update.done', figures), { summary });
    },
    true,
  );
}

/**
 * Stops the scheme `name` for the client `clientId`: every planned row of it is cancelled (overdue
 * ones too), done and missed rows stay as history, and applying the scheme again leaves the client
 * alone. The caller must be able to work on the client. Audited once.
 */
export function stopScheme(clientId: unknown, name: unknown): PageResult<{ cancelled: number }> {
  const t = currentTranslator();
  const id = normalizeId(clientId);
  if (id === null || id.length > 40)
    return refused(t('schemes.pickClient'), [{ field: 'clientId', message: t('schemes.pickClient') }]);
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
    return refused(t('schemes.pickScheme'), [{ field: 'scheme', message: t('schemes.pickScheme') }]);
  try {
    return withDocumentLock(() => {
      const store = activeStore();
      const client = readSchemeClients(store).find((c) => c.id === id);
      if (!client) return refused(t('error.recordMissing', { id }));
      const caller = currentCaller();
      const right = workCapacity(caller, [client.owner]);
      if (!right) return refused(t('access.notYours', { id, owner: client.owner || '—' }));
      // A scheme no longer in the Schemes sheet can still be stopped: its rows name it.
      const scheme = schemeNamed(readSchemeBook(store), name) ?? { name, key: schemeKey(name), steps: [] };
      const cancel = new Set(rowsToCancelOnStop(scheme, id, readSchemeContacts(store)));
      if (cancel.size === 0)
        return done(t('schemes.stop.nothing', { name: scheme.name, id }), { cancelled: 0 });
      const stamp = callerStamp(right);
      const ids = [...cancel];
      auditAhead(store, stamp, {
        action: 'stopScheme',
        table: CONTACT_PLAN_TABLE.key,
        ids,
        after: { scheme: scheme.name, clientId: id, cancelled: ids.length },
      });
      updatePlanned(store, cancel, { status: 'cancelled' }, stamp);
      return done(t('schemes.stop.done', { name: scheme.name, id, count: ids.length }), {
        cancelled: ids.length,
      });
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
