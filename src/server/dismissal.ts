/**
 * Dismissing a team member: in one locked step their clients and open work go to the successor the
 * head chose, their absences end, the absences they were to cover pass to the successor (or to the
 * dismissing head), and their Team row is marked dismissed. Every moved record is audited; nothing is
 * left without an owner.
 */

import { dayToIso, parseIsoDay } from '../core/analysis/days';
import { done, type PageResult, refused } from '../core/pageResult';
import { fieldEntry } from '../core/tables/auditEntries';
import { isArchived } from '../core/tables/clientsTable';
import { ALL_TABLES } from '../core/tables/registry';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../core/tables/teamTables';
import { isHandedOver } from '../core/team/handover';
import { activeHeads, activeMember, emailKey } from '../core/team/members';
import { isTableMissingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import type { StoredRecord } from '../gas/tableReader';
import type { TableStore, WriteStamp } from '../gas/tableStore';
import { headSheetsEditable } from '../gas/teamProtections';
import { showSidebarPage } from '../gas/ui';
import { withoutJournal } from '../gas/writeSession';
import { callerStamp, currentCaller } from './access';
import { readTeamView, type TeamView } from './callers';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { afterTeamChange } from './teamChanges';

/** A member as the dismissal page lists them. */
interface MemberChoice {
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

/** Menu: the page that dismisses a team member. */
export function showDismissal(): void {
  showSidebarPage('Dismiss', currentTranslator()('dismiss.title'));
}

/** The active members, for the page's two lists (whom to dismiss, who takes over). */
export function getDismissalChoices(): PageResult<{ members: readonly MemberChoice[] }> {
  const t = currentTranslator();
  try {
    const members = readTeamView()
      .team.filter((member) => member.active)
      .map(({ email, name, role }) => ({ email, name, role }));
    return done('', { members });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** Why `email` cannot be dismissed in favour of `successor`, or null. */
function dismissalRefusal(view: TeamView, email: string, successor: string): string | null {
  const t = currentTranslator();
  const member = activeMember(view.team, email);
  // A row typed in by hand without an ID cannot be marked dismissed: refused before anything moves.
  if (!member || member.id === '') return t('team.dismissUnknown', { email: email.slice(0, 80) || '—' });
  if (member.email === currentCaller().email) return t('team.notYourself');
  if (!activeMember(view.team, successor) || successor === member.email) return t('team.successorInvalid');
  const otherHeads = activeHeads(view.team).filter((head) => head.email !== member.email);
  if (member.role === 'head' && otherHeads.length === 0) {
    return t('team.lastHead', { field: t('col.team.role') });
  }
  return null;
}

/**
 * Hands the person's clients and open work of every owned table to `successor`, each record audited
 * just before it moves. Not journalled (see TableStore.updateWhere): if cut off, the person is still
 * on the team and the head runs the dismissal again, which moves what is left. Returns the counts.
 */
function handOverWork(
  store: TableStore,
  tables: readonly TableSpec[],
  email: string,
  successor: string,
  stamp: WriteStamp,
) {
  let clients = 0;
  let items = 0;
  const change = { before: email, after: successor };
  withoutJournal(() => {
    for (const table of tables) {
      const audit = (picked: readonly StoredRecord[]) => {
        const entries = picked.map(({ record }) =>
          fieldEntry('handOver', table.key, String(record.id), 'owner', change, stamp),
        );
        appendAudit(store, entries, stamp);
      };
      const select = (record: TableRecord) => isHandedOver(table, record, email);
      const moved = store.updateWhere(table, select, { owner: successor }, stamp, audit);
      if (table.key === 'clients') clients += moved.length;
      else items += moved.length;
    }
  });
  return { clients, items };
}

/**
 * The person's absences end (one not yet begun is cancelled; one under way ends yesterday), and the
 * absences they were to cover from today pass to the successor, or to the dismissing head where the
 * successor is the absent manager.
 */
function settleAbsences(
  store: TableStore,
  view: TeamView,
  email: string,
  successor: string,
  stamp: WriteStamp,
) {
  const yesterday = dayToIso((parseIsoDay(view.today) ?? 0) - 1);
  const entries = [];
  for (const { record } of store.readAll(ABSENCES_TABLE)) {
    if (isArchived(record) || String(record.to ?? '') < view.today) continue;
    const id = String(record.id ?? '');
    const changes: TableRecord = {};
    if (emailKey(record.manager) === email) {
      if (String(record.from ?? '') >= view.today) changes.archivedAt = stamp.at;
      else changes.to = yesterday;
    } else if (emailKey(record.deputy) === email) {
      changes.deputy = emailKey(record.manager) === successor ? currentCaller().email : successor;
    } else continue;
    store.update(ABSENCES_TABLE, id, () => changes, stamp);
    for (const [field, after] of Object.entries(changes)) {
      entries.push(
        fieldEntry('handOver', ABSENCES_TABLE.key, id, field, { before: record[field], after }, stamp),
      );
    }
  }
  appendAudit(store, entries, stamp);
}

/** A table's place, or null when the table is not there (it then holds no work to hand over). */
function presentOrNull(store: TableStore, table: TableSpec) {
  try {
    return store.locate(table);
  } catch (error) {
    if (isTableMissingError(error)) return null;
    throw error;
  }
}

/**
 * The tables holding work with an owner that are there (a deleted one holds no work to hand over).
 * Throws what locating throws for a table Suki cannot read as it is (a missing column…).
 */
function ownedTablesPresent(store: TableStore): TableSpec[] {
  return ALL_TABLES.filter(
    (table) => table.columns.some((column) => column.key === 'owner') && presentOrNull(store, table) !== null,
  );
}

/**
 * What would stop a dismissal after some work had moved: the person's Team row not found by its ID,
 * the team's sheets protected against the person running it (the tables themselves were located by
 * ownedTablesPresent). The message, or null when nothing does. An ID copied into another row is
 * found table by table as the work moves (TableStore.updateWhere): the dismissal stops there with
 * the ID named, every record still with an owner, and running it again after the fix finishes it.
 */
function dismissalBlocker(store: TableStore, view: TeamView, email: string): string | null {
  const t = currentTranslator();
  const member = activeMember(view.team, email);
  if (!member || !store.findById(TEAM_TABLE, member.id)) return t('team.dismissUnknown', { email });
  if (!headSheetsEditable(store)) return t('team.sheetsLocked');
  return null;
}

/**
 * Dismisses `email`, handing everything they hold to `successor` in one step. Refused (nothing
 * written) for someone not on the team, oneself, the last head, or a successor not on the team.
 */
export function dismissMember(
  email: unknown,
  successor: unknown,
): PageResult<{ clients: number; items: number }> {
  const t = currentTranslator();
  try {
    return withDocumentLock(() => {
      const view = readTeamView();
      const who = emailKey(email);
      const heir = emailKey(successor);
      const refusal = dismissalRefusal(view, who, heir);
      if (refusal) return refused(refusal);
      const store = activeStore();
      // Everything that could stop the dismissal halfway is checked before anything moves.
      const tables = ownedTablesPresent(store);
      const blocker = dismissalBlocker(store, view, who);
      if (blocker) return refused(blocker);
      const stamp = callerStamp();
      const counts = handOverWork(store, tables, who, heir, stamp);
      settleAbsences(store, view, who, heir, stamp);
      const member = activeMember(view.team, who);
      const dismissed = { status: 'dismissed', dismissedAt: stamp.at };
      const before = store.update(TEAM_TABLE, member?.id ?? '', () => dismissed, stamp);
      appendAudit(
        store,
        [
          fieldEntry(
            'dismiss',
            TEAM_TABLE.key,
            member?.id ?? '',
            'status',
            { before: before.record.status, after: 'dismissed' },
            stamp,
          ),
        ],
        stamp,
      );
      afterTeamChange(TEAM_TABLE);
      return done(t('team.dismissed', { email: who, successor: heir, ...counts }), counts);
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
