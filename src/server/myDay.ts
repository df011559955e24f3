/**
 * My day (issue #13): the sidebar of the person's planned contacts, overdue, today and the next seven
 * days, counted and grouped; a deputy also sees the absent manager's, marked as theirs. Each table it
 * needs is read once (contacts, clients, people, plans, schemes), whatever its size. Logging an
 * outcome is myDayOutcome.ts; the sheet's highlight of overdue rows is myDayHighlight.ts.
 */
import { dayToIso, parseIsoDay } from '../core/analysis/days';
import {
  type DayContact,
  type DayEntry,
  type DayWorker,
  MY_DAY_AHEAD_DAYS,
  type MyDay,
  myDayOf,
  type OwnedRow,
  rowsFollowingClient,
} from '../core/outreach/myDay';
import { type Scheme, schemeKey } from '../core/outreach/schemes';
import { done, type PageResult } from '../core/pageResult';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { PLANS_TABLE } from '../core/tables/planTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { emailKey } from '../core/team/members';
import { isTableMissingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import { settleInterruptedWrites } from '../gas/documentLock';
import type { TableStore } from '../gas/tableStore';
import { showSidebarPage } from '../gas/ui';
import { currentCaller, currentTeamView } from './access';
import { currentTranslator } from './locale';
import { dayOfValue, readSchemeBook } from './schemesData';

/** The page My day is built as (dist/MyDay.html). */
const MY_DAY_PAGE = 'MyDay';
/** The entries a group lists at most; its count is always whole. */
const MAX_ENTRIES = 100;

/** One planned contact as My day lists it; dates as YYYY-MM-DD. */
export interface MyDayEntry {
  readonly id: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly personId: string | null;
  /** The person's name (the People table), or their ID when it has no such person. */
  readonly person: string | null;
  readonly channel: string | null;
  readonly purpose: string | null;
  readonly scheme: string | null;
  readonly step: number | null;
  /** How many steps the scheme has now (null: no scheme, or one no longer in the Schemes sheet). */
  readonly steps: number | null;
  readonly plannedDate: string;
  /** Days overdue (positive), 0 for today, negative for days ahead. */
  readonly daysLate: number;
  /** The absent manager a deputy works it for; null for the person's own. */
  readonly forManager: { readonly email: string; readonly name: string } | null;
  /** The client's active relationship plan, if it has one (the contact is one of its actions). */
  readonly planId: string | null;
  /** The row's values as read, for the conflict check when an outcome is logged. */
  readonly shown: TableRecord;
}

/** My day as the sidebar draws it. */
export interface MyDayView {
  /** Today in the spreadsheet's time zone. */
  readonly asOf: string;
  /** How many days ahead the last group looks, today not counted. */
  readonly aheadDays: number;
  readonly overdue: readonly MyDayEntry[];
  readonly today: readonly MyDayEntry[];
  readonly ahead: readonly MyDayEntry[];
  /** Each group's whole count (a group lists MAX_ENTRIES at most). */
  readonly counts: { readonly overdue: number; readonly today: number; readonly ahead: number };
  /** Entries worked for absent managers, of all three groups. */
  readonly forOthers: number;
}

/** Text of a record value, trimmed; null when blank or not text. */
export const textOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** A contact-plan row's status as core reads it: blank or unknown is the column's default, planned. */
export function statusOf(record: TableRecord): string {
  const status = textOf(record.status);
  return status === 'done' || status === 'missed' || status === 'cancelled' ? status : 'planned';
}

/** A table's live (not archived) records in one read, or none when its sheet is not there yet. */
export function liveRecords(store: TableStore, table: TableSpec, keys?: readonly string[]): TableRecord[] {
  try {
    const records = keys ? store.readColumns(table, keys) : store.readAll(table).map((s) => s.record);
    return records.filter((record) => !isArchived(record));
  } catch (error) {
    if (isTableMissingError(error)) return [];
    throw error;
  }
}

/** A contact-plan record as the owner rule reads it (core/outreach/myDay.ts rowsFollowingClient). */
function ownedRowOf(record: TableRecord): OwnedRow {
  const step = typeof record.step === 'number' && Number.isInteger(record.step) ? record.step : null;
  return {
    id: textOf(record.id) ?? '',
    clientId: textOf(record.clientId) ?? '',
    scheme: textOf(record.scheme),
    schemeStart: textOf(record.schemeStart),
    step,
    owner: textOf(record.owner),
    createdAt: textOf(record.createdAt),
  };
}

/**
 * The planned rows of the contact plan as My day reads them (of live clients only), with the records
 * they came from; the daily digest reads them the same way (dailyDigest.ts).
 */
export function plannedContacts(records: readonly TableRecord[], liveClients: ReadonlySet<string>) {
  const planned: DayContact[] = [];
  const byId = new Map<string, TableRecord>();
  const following = rowsFollowingClient(records.map(ownedRowOf));
  for (const record of records) {
    const id = textOf(record.id);
    const clientId = textOf(record.clientId);
    const plannedDay = dayOfValue(record.plannedDate);
    if (!id || !clientId || plannedDay === null || statusOf(record) !== 'planned') continue;
    if (!liveClients.has(clientId)) continue;
    const step = typeof record.step === 'number' && Number.isInteger(record.step) ? record.step : null;
    planned.push({
      id,
      clientId,
      plannedDay,
      owner: textOf(record.owner),
      channel: textOf(record.channel),
      purpose: textOf(record.purpose),
      personId: textOf(record.personId),
      scheme: textOf(record.scheme),
      step,
      followsClient: following.has(id),
    });
    byId.set(id, record);
  }
  return { planned, byId };
}

/** What the entries are drawn with, each read once. */
interface EntryContext {
  readonly clientNames: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, string>;
  readonly activePlans: ReadonlyMap<string, string>;
  readonly stepsByScheme: ReadonlyMap<string, number>;
  readonly managerNames: ReadonlyMap<string, string>;
  readonly records: ReadonlyMap<string, TableRecord>;
}

function entryOf(entry: DayEntry, ctx: EntryContext): MyDayEntry {
  const record = ctx.records.get(entry.id) ?? {};
  const manager = entry.forManager;
  return {
    id: entry.id,
    clientId: entry.clientId,
    clientName: ctx.clientNames.get(entry.clientId) ?? entry.clientId,
    personId: entry.personId,
    person: entry.personId ? (ctx.people.get(entry.personId) ?? entry.personId) : null,
    channel: entry.channel,
    purpose: entry.purpose,
    scheme: entry.scheme,
    step: entry.step,
    steps: entry.scheme ? (ctx.stepsByScheme.get(schemeKey(entry.scheme)) ?? null) : null,
    plannedDate: dayToIso(entry.plannedDay),
    daysLate: entry.daysLate,
    forManager: manager ? { email: manager, name: ctx.managerNames.get(manager) ?? manager } : null,
    planId: ctx.activePlans.get(entry.clientId) ?? null,
    shown: {
      status: record.status ?? null,
      plannedDate: record.plannedDate ?? null,
      outcome: record.outcome ?? null,
    },
  };
}

/** Each client's active relationship plan (its newest), by client ID. */
function activePlansOf(store: TableStore): Map<string, string> {
  const plans = new Map<string, string>();
  for (const plan of liveRecords(store, PLANS_TABLE, ['id', 'clientId', 'status', 'archivedAt'])) {
    const id = textOf(plan.id);
    const clientId = textOf(plan.clientId);
    const status = textOf(plan.status) ?? 'active';
    if (!id || !clientId || status !== 'active') continue;
    const known = plans.get(clientId);
    if (!known || id.localeCompare(known) > 0) plans.set(clientId, id);
  }
  return plans;
}

/**
 * The schemes of the Schemes sheet (one read, schemesData.ts), or none while the workbook has no
 * Schemes sheet (set up before schemes came): My day still lists every contact.
 */
export function schemesNow(store: TableStore): readonly Scheme[] {
  try {
    return readSchemeBook(store).schemes;
  } catch (error) {
    if (isTableMissingError(error)) return [];
    throw error;
  }
}

/** The number of steps of each scheme in the Schemes sheet, by its key. */
function stepsBySchemeOf(store: TableStore): Map<string, number> {
  return new Map(schemesNow(store).map((scheme) => [scheme.key, scheme.steps.length]));
}

/**
 * The caller's My day: their planned contacts overdue, today and in the next seven days (a deputy's
 * with the absent managers' marked), each with its client, person, scheme step and whether the
 * client has an active relationship plan. Each table is read once; the same calls at any size.
 */
export function getMyDay(): PageResult<MyDayView> {
  settleInterruptedWrites();
  const store = activeStore();
  const caller = currentCaller();
  const view = currentTeamView();
  const today = parseIsoDay(view.today) ?? 0;
  const clients = liveRecords(store, CLIENTS_TABLE, ['id', 'name', 'owner', 'archivedAt']);
  const clientOwners = new Map(clients.map((c) => [textOf(c.id) ?? '', textOf(c.owner)]));
  const clientNames = new Map(clients.map((c) => [textOf(c.id) ?? '', textOf(c.name) ?? '']));
  const { planned, byId } = plannedContacts(
    liveRecords(store, CONTACT_PLAN_TABLE),
    new Set(clientOwners.keys()),
  );
  const worker: DayWorker = { email: caller.email, covers: caller.covers };
  const day: MyDay = myDayOf(planned, clientOwners, clientNames, worker, today, MY_DAY_AHEAD_DAYS);
  const people = liveRecords(store, PEOPLE_TABLE, ['id', 'name', 'archivedAt']);
  const ctx: EntryContext = {
    clientNames,
    people: new Map(people.map((p) => [textOf(p.id) ?? '', textOf(p.name) ?? ''])),
    activePlans: activePlansOf(store),
    stepsByScheme: stepsBySchemeOf(store),
    managerNames: new Map(view.team.map((member) => [emailKey(member.email), member.name || member.email])),
    records: byId,
  };
  const list = (entries: readonly DayEntry[]) => entries.slice(0, MAX_ENTRIES).map((e) => entryOf(e, ctx));
  return done('', {
    asOf: dayToIso(today),
    aheadDays: MY_DAY_AHEAD_DAYS,
    overdue: list(day.overdue),
    today: list(day.today),
    ahead: list(day.ahead),
    counts: { overdue: day.overdue.length, today: day.today.length, ahead: day.ahead.length },
    forOthers: day.forOthers,
  });
}

/** Menu: opens My day in the sidebar. */
export function showMyDay(): void {
  showSidebarPage(MY_DAY_PAGE, currentTranslator()('myDay.title'));
}
