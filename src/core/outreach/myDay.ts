/**
 * My day: the planned contacts a person works, overdue, today and the days ahead, counted and
 * grouped. Whose a contact is: see contactOwner. A deputy also gets the contacts of the managers
 * they cover today, each marked with whose it is.
 */
import type { Day } from '../analysis/days';
import { emailKey } from '../team/members';
import { schemeKey } from './schemes';

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
  /** The row's owner is the one its scheme planned it for (see rowsFollowingClient): it follows the client. */
  readonly followsClient?: boolean;
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

/** A contact-plan row as the owner rule reads it (any status: a run's done rows count too). */
export interface OwnedRow {
  readonly id: string;
  readonly clientId: string;
  readonly scheme: string | null;
  readonly schemeStart: string | null;
  readonly step: number | null;
  readonly owner: string | null;
  readonly createdAt: string | null;
}

/**
 * The rows of a scheme whose owner is the one the scheme planned them for. Applying a scheme writes
 * a client's run (its rows of one scheme and start) in one go, each row owned by the client's owner
 * then; the owner most of those first rows still carry (a tie: the lowest step's) is that owner. A
 * row carrying another owner was given to a colleague on purpose and stays theirs; a row carrying
 * that owner follows its client to whoever owns the client now (a head gave the client to someone
 * else). Rows of no scheme are not in the set: their own owner stands.
 */
export function rowsFollowingClient(rows: readonly OwnedRow[]): Set<string> {
  const runs = new Map<string, OwnedRow[]>();
  for (const row of rows) {
    if (!row.scheme || !row.owner) continue;
    const key = `${row.clientId}\u0000${schemeKey(row.scheme)}\u0000${row.schemeStart ?? ''}`;
    runs.set(key, [...(runs.get(key) ?? []), row]);
  }
  const following = new Set<string>();
  for (const run of runs.values()) {
    const first = run.reduce(
      (at, r) => (r.createdAt !== null && r.createdAt < at ? r.createdAt : at),
      '\uffff',
    );
    const planned = run.filter((r) => r.createdAt === null || r.createdAt === first || first === '\uffff');
    const votes = new Map<string, { count: number; step: number }>();
    for (const r of planned) {
      const owner = emailKey(r.owner);
      const vote = votes.get(owner) ?? { count: 0, step: Number.POSITIVE_INFINITY };
      votes.set(owner, {
        count: vote.count + 1,
        step: Math.min(vote.step, r.step ?? Number.POSITIVE_INFINITY),
      });
    }
    const [runOwner] = [...votes].sort(([, a], [, b]) => b.count - a.count || a.step - b.step)[0] ?? [''];
    for (const r of run) if (emailKey(r.owner) === runOwner) following.add(r.id);
  }
  return following;
}

/**
 * Whose a planned contact is: a row of a scheme that follows its client (see rowsFollowingClient)
 * is the client's owner's, whoever that is now; any other row is its own owner's, else its
 * client's owner's. '' for nobody's.
 */
function contactOwner(contact: DayContact, clientOwner: string | null | undefined): string {
  if (contact.followsClient && clientOwner) return emailKey(clientOwner);
  return emailKey(contact.owner || clientOwner || '');
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
    const owner = contactOwner(contact, clientOwners.get(contact.clientId));
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
