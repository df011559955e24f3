/**
 * My day: the planned contacts a person works, overdue, today and the days ahead, counted and
 * grouped. A contact belongs to its own owner, else to its client's owner; a deputy also gets the
 * contacts of the managers they cover today, each marked with whose it is.
 */
import type { Day } from '../analysis/days';
import { emailKey } from '../team/members';

/** A planned contact as My day reads it. */
export interface DayContact {
  readonly id: string;
  readonly clientId: string;
  readonly plannedDay: Day;
  readonly owner: string | null;
  readonly channel: string | null;
  readonly purpose: string | null;
  readonly personId: string | null;
  readonly scheme: string | null;
  readonly step: number | null;
}

/** A contact in My day, with whose it is when the person works it as a deputy. */
export interface DayEntry extends DayContact {
  /** The absent manager it belongs to, or null for the person's own. */
  readonly forManager: string | null;
  /** Days overdue (positive), 0 for today, negative for days ahead. */
  readonly daysLate: number;
}

/** My day's three groups, each in date then client order. */
export interface MyDay {
  readonly overdue: readonly DayEntry[];
  readonly today: readonly DayEntry[];
  readonly ahead: readonly DayEntry[];
  /** Entries worked for absent managers, of all three groups. */
  readonly forOthers: number;
}

/** Who My day is for: the person, and the managers they cover today. */
export interface DayWorker {
  readonly email: string;
  readonly covers: readonly string[];
}

/** How many days ahead My day looks, today not counted. */
export const MY_DAY_AHEAD_DAYS = 7;

/**
 * The planned contacts of `worker` (overdue, today, and the next `aheadDays` days), from the planned
 * rows of the contact plan; `clientOwners` gives each client's owner, `clientNames` the order
 * within a day. Rows of other people and rows further ahead are left out.
 */
export function myDayOf(
  planned: readonly DayContact[],
  clientOwners: ReadonlyMap<string, string | null>,
  clientNames: ReadonlyMap<string, string>,
  worker: DayWorker,
  today: Day,
  aheadDays: number = MY_DAY_AHEAD_DAYS,
): MyDay {
  const me = emailKey(worker.email);
  const covered = new Set(worker.covers.map(emailKey));
  const entries: DayEntry[] = [];
  for (const contact of planned) {
    if (contact.plannedDay > today + aheadDays) continue;
    const owner = emailKey(contact.owner || clientOwners.get(contact.clientId) || '');
    if (owner === '' || (owner !== me && !covered.has(owner))) continue;
    entries.push({
      ...contact,
      forManager: owner === me ? null : owner,
      daysLate: today - contact.plannedDay,
    });
  }
  const name = (id: string) => clientNames.get(id) ?? id;
  entries.sort((a, b) => a.plannedDay - b.plannedDay || name(a.clientId).localeCompare(name(b.clientId)));
  return {
    overdue: entries.filter((e) => e.daysLate > 0),
    today: entries.filter((e) => e.daysLate === 0),
    ahead: entries.filter((e) => e.daysLate < 0),
    forOthers: entries.filter((e) => e.forManager !== null).length,
  };
}
