/**
 * Record-level rights, checked by every action that writes a record (inside its lock, on the rows as
 * they are now): a manager works on their own clients and the work attached to them, and on what
 * they hold as a deputy; a head on everything; the team and its absences are a head's alone. The
 * entry point has already checked the caller's role (src/server/access.ts).
 */
import type { Translator } from '../core/i18n/translate';
import { type FieldMessage, type Refusal, refused } from '../core/pageResult';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { columnOf, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../core/tables/teamTables';
import type { Caller } from '../core/team/caller';
import { activeMember, emailKey } from '../core/team/members';
import { optOutBroken } from '../core/team/peopleRules';
import { absenceErrors, type RuleError, teamRecordErrors } from '../core/team/teamRules';
import { mayAssignTo, type WorkCapacity, workCapacity } from '../core/team/workRights';
import { currentCaller, currentTeamView } from './access';
import { readTeamView } from './callers';
import type { ClientOwners } from './clientOwners';

/** A write the caller may make: in what right, and the record with its owner filled in. */
interface Allowed {
  readonly ok: true;
  readonly capacity: WorkCapacity;
  readonly record: TableRecord;
}

const hasColumn = (table: TableSpec, key: string) => table.columns.some((column) => column.key === key);

/** Whether whose work a record is matters for `table`: it has an owner or belongs to a client. */
function isOwnedWork(table: TableSpec): boolean {
  return hasColumn(table, 'owner') || hasColumn(table, 'clientId');
}

export { type ClientOwners, clientOwnersOf } from './clientOwners';

/** The people whose work `record` is: its owner, and its client's owner (when it belongs to a client). */
function ownersOf(table: TableSpec, record: TableRecord, owners: ClientOwners): string[] {
  const people = [emailKey(record.owner)];
  if (table === CLIENTS_TABLE) return people;
  if (hasColumn(table, 'clientId')) people.push(owners().get(String(record.clientId ?? '').trim()) ?? '');
  return people.filter((person) => person !== '');
}

function fieldRefusal(field: string, message: string): Refusal {
  return refused(message, [{ field, message }]);
}

function ruleMessages(t: Translator, table: TableSpec, errors: readonly RuleError[]): FieldMessage[] {
  return errors.map((error) => ({
    field: error.field,
    message: t(error.key, { field: t(columnOf(table, error.field).label), ...error.params }),
  }));
}

/** The team's own rules for a Team or Absences record as it would be saved (read now, in the lock). */
function teamRuleRefusal(
  t: Translator,
  table: TableSpec,
  candidate: TableRecord,
  before: TableRecord | null,
): Refusal | null {
  if (table !== TEAM_TABLE && table !== ABSENCES_TABLE) return null;
  const view = readTeamView();
  const errors =
    table === TEAM_TABLE
      ? teamRecordErrors(candidate, before, view.team, currentCaller().email)
      : absenceErrors(candidate, view.team, view.absences);
  if (errors.length === 0) return null;
  return refused(t('form.fixErrors'), ruleMessages(t, table, errors));
}

/** Whether the new owner of a record may be given it by the caller, else the refusal. */
function ownerRefusal(t: Translator, table: TableSpec, owner: unknown): Refusal | null {
  if (!hasColumn(table, 'owner')) return null;
  const field = t(columnOf(table, 'owner').label);
  if (!activeMember(currentTeamView().team, emailKey(owner))) {
    return fieldRefusal('owner', t('access.ownerNotOnTeam', { field, email: emailKey(owner) }));
  }
  if (!mayAssignTo(currentCaller(), owner)) {
    return fieldRefusal('owner', t('access.ownerNotAllowed', { field }));
  }
  return null;
}

/** The head-only tables: refused for anyone else. */
function headOnlyRefusal(t: Translator, table: TableSpec): Refusal | null {
  const caller = currentCaller();
  return table.writableBy === 'head' && caller.role !== 'head'
    ? refused(t('access.headOnly', { email: caller.email }))
    : null;
}

/** The right in which a member works on a table that is nobody's in particular (competitors). */
function everyonesWork(caller: Caller): WorkCapacity {
  return { kind: caller.role === 'head' ? 'head' : 'own' };
}

/** The table's own refusal of `candidate`: a head's table for anyone else, or a team rule broken. */
function tableRefusal(
  t: Translator,
  table: TableSpec,
  candidate: TableRecord,
  before: TableRecord | null,
): Refusal | null {
  return (
    headOnlyRefusal(t, table) ??
    teamRuleRefusal(t, table, candidate, before) ??
    optOutRefusal(t, table, candidate, before)
  );
}

/** A person opted out of mail stays opted out (core/team/peopleRules.ts). */
function optOutRefusal(
  t: Translator,
  table: TableSpec,
  candidate: TableRecord,
  before: TableRecord | null,
): Refusal | null {
  if (table !== PEOPLE_TABLE) return null;
  const field = optOutBroken(before, candidate);
  return field
    ? fieldRefusal(field, t('people.stayOptedOut', { field: t(columnOf(table, field).label) }))
    : null;
}

/**
 * Checks a new record before it is appended, and fills in its owner: the one chosen, else the
 * client's owner (so work a deputy adds for an absent manager's client stays that manager's), else
 * the caller. Refused when the caller may not add work to that client or give it to that owner.
 */
export function checkNewRecord(
  t: Translator,
  owners: ClientOwners,
  table: TableSpec,
  wanted: TableRecord,
): Allowed | Refusal {
  const caller = currentCaller();
  const refusal = tableRefusal(t, table, wanted, null);
  if (refusal) return refusal;
  if (table === TEAM_TABLE) {
    const appointed = {
      ...wanted,
      status: 'active',
      appointedBy: caller.email,
      appointedAt: new Date().toISOString(),
    };
    return { ok: true, capacity: { kind: 'head' }, record: appointed };
  }
  if (!isOwnedWork(table)) return { ok: true, capacity: everyonesWork(caller), record: wanted };
  const record = { ...wanted };
  const belongsToClient = hasColumn(table, 'clientId') && table !== CLIENTS_TABLE;
  const clientOwner = belongsToClient ? (owners().get(String(record.clientId ?? '').trim()) ?? '') : '';
  let clientRight: WorkCapacity | null = null;
  if (belongsToClient) {
    clientRight = workCapacity(caller, [clientOwner]);
    if (!clientRight) {
      const message = t('access.clientNotYours', {
        field: t(columnOf(table, 'clientId').label),
        id: String(record.clientId ?? ''),
        owner: clientOwner || '—',
      });
      return fieldRefusal('clientId', message);
    }
  }
  if (hasColumn(table, 'owner') && emailKey(record.owner) === '') record.owner = clientOwner || caller.email;
  const owner = ownerRefusal(t, table, record.owner);
  if (owner) return owner;
  // A manager's work on a client is the client owner's: a deputy cannot file it under their own name.
  if (
    belongsToClient &&
    caller.role !== 'head' &&
    hasColumn(table, 'owner') &&
    emailKey(record.owner) !== clientOwner
  ) {
    return fieldRefusal('owner', t('access.ownerNotAllowed', { field: t(columnOf(table, 'owner').label) }));
  }
  const capacity =
    clientRight ??
    workCapacity(
      caller,
      ownersOf(table, record, () => new Map()),
    );
  if (!capacity)
    return refused(t('access.notYours', { id: t('form.newRecord'), owner: emailKey(record.owner) }));
  return { ok: true, capacity, record };
}

/**
 * Checks a change to `current` (as read just now): the caller must be able to work on the record,
 * and on the client or owner it is moved to. Null changes nothing.
 */
export function checkChange(
  t: Translator,
  owners: ClientOwners,
  table: TableSpec,
  current: TableRecord,
  changes: TableRecord,
): Allowed | Refusal {
  const caller = currentCaller();
  const refusal = tableRefusal(t, table, { ...current, ...changes }, current);
  if (refusal) return refusal;
  if (!isOwnedWork(table)) return { ok: true, capacity: everyonesWork(caller), record: changes };
  const people = ownersOf(table, current, owners);
  const capacity = workCapacity(caller, people);
  if (!capacity) {
    return refused(t('access.notYours', { id: String(current.id ?? ''), owner: people.join(', ') || '—' }));
  }
  if (changes.owner !== undefined && emailKey(changes.owner) !== emailKey(current.owner)) {
    // Only a head hands work from one person to another: a deputy taking an absent manager's
    // client for good is exactly what cover must never do.
    if (caller.role !== 'head') {
      const field = t(columnOf(table, 'owner').label);
      return fieldRefusal('owner', t('access.ownerNotAllowed', { field }));
    }
    const owner = ownerRefusal(t, table, changes.owner);
    if (owner) return owner;
  }
  if (
    changes.clientId !== undefined &&
    table !== CLIENTS_TABLE &&
    String(changes.clientId) !== String(current.clientId)
  ) {
    // Moved onto another client: checked as new work there (a manager's must stay the client owner's).
    const moved = checkNewRecord(t, owners, table, { ...current, ...changes });
    if (!moved.ok) return moved;
  }
  return { ok: true, capacity, record: changes };
}
