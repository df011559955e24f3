import { isArchived } from '../tables/clientsTable';
import type { TableRecord } from '../tables/tableSpec';
import { activeHeads, activeMember, emailKey, type TeamMember } from './members';

/** An absence as the Absences sheet holds it; dates are YYYY-MM-DD in the spreadsheet's zone. */
export interface Absence {
  readonly id: string;
  readonly manager: string;
  readonly from: string;
  readonly to: string;
  readonly deputy: string;
  /** Who recorded it: the head the cover falls back to first. */
  readonly recordedBy: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The absences in force or to come from the Absences sheet's records; cancelled (archived) and unreadable rows are left out. */
export function absencesOf(records: readonly TableRecord[]): Absence[] {
  return records
    .filter((record) => !isArchived(record))
    .map((record) => ({
      id: String(record.id ?? ''),
      manager: emailKey(record.manager),
      from: String(record.from ?? ''),
      to: String(record.to ?? ''),
      deputy: emailKey(record.deputy),
      recordedBy: emailKey(record.createdBy),
    }))
    .filter((a) => a.manager !== '' && ISO_DATE.test(a.from) && ISO_DATE.test(a.to) && a.from <= a.to);
}

/**
 * Whether `absence` covers calendar day `today` (both ends included).
 * @forTests The cover tests pin the first and last day.
 */
export function isInForce(absence: Absence, today: string): boolean {
  return absence.from <= today && today <= absence.to;
}

/**
 * The absence of `manager` in force on `today`, if any.
 * @forTests The cover tests read it directly.
 */
export function absenceOn(absences: readonly Absence[], manager: string, today: string): Absence | undefined {
  const key = emailKey(manager);
  return absences.find((absence) => absence.manager === key && isInForce(absence, today));
}

/**
 * Who holds an absent manager's rights on `today`: the deputy, unless the deputy is absent too or no
 * longer on the team; then the head who recorded the absence, or else the first head. Never nobody
 * while the team has a head. Undefined when `manager` is not absent that day.
 * @forTests The cover tests check each fallback.
 */
export function coverHolder(
  team: readonly TeamMember[],
  absences: readonly Absence[],
  manager: string,
  today: string,
): string | undefined {
  const absence = absenceOn(absences, manager, today);
  if (!absence) return undefined;
  const deputy = activeMember(team, absence.deputy);
  if (deputy && deputy.email !== absence.manager && !absenceOn(absences, deputy.email, today)) {
    return deputy.email;
  }
  const recorder = activeMember(team, absence.recordedBy);
  if (recorder?.role === 'head') return recorder.email;
  return activeHeads(team)[0]?.email;
}

/** The managers whose work `email` holds on `today` as their deputy (or as the head they fell back to). */
export function coveredBy(
  team: readonly TeamMember[],
  absences: readonly Absence[],
  email: string,
  today: string,
): string[] {
  const key = emailKey(email);
  if (key === '') return [];
  const absent = [...new Set(absences.filter((a) => isInForce(a, today)).map((a) => a.manager))];
  return absent.filter((manager) => coverHolder(team, absences, manager, today) === key);
}
