/**
 * The rules a Team or Absences record must keep beyond its fields' own checks: they compare it with
 * the rest of the team. Pure: the server hands in the records it read inside the lock.
 */
import type { MessageKey } from '../i18n/en';
import type { TableRecord } from '../tables/tableSpec';
import type { Absence } from './cover';
import { activeHeads, activeMember, emailKey, type TeamMember } from './members';

/** A broken rule: the field to mark, and the message's key and parameters. */
export interface RuleError {
  readonly field: string;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The errors of a team member as it would be saved: `candidate` is the whole record after the save,
 * `before` the record as it was (null when appointing). An e-mail may be on the team once; an
 * e-mail never changes (the person's work is filed under it); the team keeps at least one head; no
 * one changes their own role (`byEmail`: who is saving).
 */
export function teamRecordErrors(
  candidate: TableRecord,
  before: TableRecord | null,
  team: readonly TeamMember[],
  byEmail = '',
): RuleError[] {
  const email = emailKey(candidate.email);
  const errors: RuleError[] = [];
  if (before && emailKey(before.email) !== email) {
    errors.push({ field: 'email', key: 'team.emailFixed', params: {} });
    return errors;
  }
  if (before && !before.archivedAt && candidate.archivedAt) {
    errors.push({ field: 'email', key: 'team.archiveNotAllowed', params: {} });
    return errors;
  }
  // A head who changed their own role would keep the Team sheet's edit rights Sheets gave them.
  if (before && email === emailKey(byEmail) && candidate.role !== before.role) {
    errors.push({ field: 'role', key: 'team.ownRole', params: {} });
    return errors;
  }
  const holder = activeMember(team, email);
  if (!before && holder)
    errors.push({ field: 'email', key: 'team.emailTaken', params: { email, id: holder.id } });
  const wasHead = before?.role === 'head' && before.status !== 'dismissed';
  const otherHeads = activeHeads(team).filter((head) => head.email !== email);
  if (wasHead && candidate.role !== 'head' && otherHeads.length === 0) {
    errors.push({ field: 'role', key: 'team.lastHead', params: {} });
  }
  return errors;
}

/**
 * The errors of an absence as it would be saved (`candidate` whole; `id` blank when recording a new
 * one): the absent person is an active manager, the deputy another active member, the last day not
 * before the first, and no other absence of the same manager overlaps it.
 */
export function absenceErrors(
  candidate: TableRecord,
  team: readonly TeamMember[],
  absences: readonly Absence[],
): RuleError[] {
  const errors: RuleError[] = [];
  const manager = emailKey(candidate.manager);
  const deputy = emailKey(candidate.deputy);
  if (activeMember(team, manager)?.role !== 'manager') {
    errors.push({ field: 'manager', key: 'absence.notManager', params: { email: manager } });
  }
  if (!activeMember(team, deputy) || deputy === manager) {
    errors.push({ field: 'deputy', key: 'absence.deputyInvalid', params: {} });
  }
  const from = String(candidate.from ?? '');
  const to = String(candidate.to ?? '');
  if (to < from) {
    errors.push({ field: 'to', key: 'absence.order', params: {} });
    return errors;
  }
  const clash = absences.find(
    (other) =>
      other.id !== String(candidate.id ?? '') &&
      other.manager === manager &&
      other.from <= to &&
      from <= other.to,
  );
  if (clash) {
    errors.push({
      field: 'from',
      key: 'absence.overlap',
      params: { manager, from: clash.from, to: clash.to, id: clash.id },
    });
  }
  return errors;
}
