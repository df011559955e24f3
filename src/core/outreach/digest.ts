/**
 * The daily digest (issue #13): what each manager has to do today — contacts overdue and due today
 * (My day's rule, myDay.ts), claims past or near their SLA date, obligations overdue or due soon
 * (the rules claimPastSla and obligationDueSoon of recommendations.ts, with the same definitions and
 * the same setting of days) — and, for each head, one summary with a line per manager and who
 * covers whom today. A deputy's digest carries the absent manager's items, marked; the absent
 * manager gets none while away. A manager with nothing gets no digest. Pure: the server reads.
 */
import type { Day } from '../analysis/days';
import { isClaimOpen, isObligationPending } from '../analysis/definitions';
import type { ClaimRow, ObligationRow } from '../analysis/rows';
import { type Absence, absenceOn, coveredBy, coverHolder } from '../team/cover';
import { activeHeads, emailKey, type TeamMember } from '../team/members';
import { type DayContact, myDayOf } from './myDay';

/** How many items of each list a digest shows; its count is always whole. */
const DIGEST_MAX_ITEMS = 10;

/** One item of a digest, as its words need it. */
export interface DigestItem {
  readonly id: string;
  readonly clientId: string;
  readonly clientName: string;
  /** A contact's channel, a claim's category, an obligation's text (null when blank). */
  readonly what: string | null;
  /** The planned date, the SLA date or the due date, as a day. */
  readonly day: Day;
  /** Days past it (positive), 0 for today, negative for days left. */
  readonly daysLate: number;
  /** The absent manager (e-mail) the reader works it for as their deputy; null for their own. */
  readonly forManager: string | null;
}

/** A list of a digest: its whole count and its first items. */
export interface DigestList {
  readonly count: number;
  readonly items: readonly DigestItem[];
}

/** The four counts of a digest. */
export interface DigestCounts {
  readonly overdue: number;
  readonly today: number;
  readonly claims: number;
  readonly obligations: number;
}

/** One person's digest: their own items and those of the managers they cover today. */
export interface PersonDigest {
  readonly email: string;
  readonly overdue: DigestList;
  readonly today: DigestList;
  readonly claims: DigestList;
  readonly obligations: DigestList;
  /** The absent managers whose items it carries (e-mails). */
  readonly covering: readonly string[];
}

/** A line of the heads' summary: one member's own counts, and who covers them if away today. */
interface SummaryLine {
  readonly email: string;
  readonly counts: DigestCounts;
  /** Who holds their work today while they are away (null: not away). */
  readonly coveredBy: string | null;
  /** The last day of their absence in force (YYYY-MM-DD), or null. */
  readonly awayUntil: string | null;
}

/** What every head receives: a line per manager (and per head with items), and the totals. */
export interface HeadSummary {
  readonly lines: readonly SummaryLine[];
  readonly totals: DigestCounts;
}

/** A head's mail: the summary, and their own digest when they have items or cover someone. */
export interface HeadDigest {
  readonly email: string;
  readonly own: PersonDigest | null;
}

/** Everything one day's digest sends. */
export interface DailyDigests {
  readonly summary: HeadSummary;
  /** Every active head, in the Team sheet's order. */
  readonly heads: readonly HeadDigest[];
  /** The managers with something to do, not away today, by name. */
  readonly managers: readonly PersonDigest[];
  /** Managers away today: their items are in their deputy's digest, they get none. */
  readonly away: readonly string[];
}

/** What the digest is computed from, each table read once by the server. */
export interface DigestInputs {
  readonly today: Day;
  /** Today as YYYY-MM-DD (the absences' dates are compared as text). */
  readonly todayIso: string;
  readonly team: readonly TeamMember[];
  readonly absences: readonly Absence[];
  readonly contacts: readonly DayContact[];
  readonly clientOwners: ReadonlyMap<string, string | null>;
  readonly clientNames: ReadonlyMap<string, string>;
  readonly claims: readonly ClaimRow[];
  readonly obligations: readonly ObligationRow[];
  /** Claims whose SLA date and obligations whose due date are at most this many days ahead count. */
  readonly dueDays: number;
  readonly maxItems?: number;
}

/** An item with the owner it belongs to (e-mail key, '' for nobody). */
interface Owned {
  readonly owner: string;
  readonly item: Omit<DigestItem, 'forManager'>;
}

/** The urgent claims and obligations, each with its owner: the record's, else its client's. */
function urgentItems(inputs: DigestInputs): { claims: Owned[]; obligations: Owned[] } {
  const { today, dueDays, clientOwners, clientNames } = inputs;
  const owned = (own: string | null, clientId: string, id: string | null, what: string | null, day: Day) => ({
    owner: emailKey(own || clientOwners.get(clientId) || ''),
    item: {
      id: id ?? '',
      clientId,
      clientName: clientNames.get(clientId) ?? clientId,
      what,
      day,
      daysLate: today - day,
    },
  });
  const claims: Owned[] = [];
  for (const c of inputs.claims) {
    if (c.slaDueDay === null || c.slaDueDay - today > dueDays || !isClaimOpen(c, today)) continue;
    claims.push(owned(c.owner, c.clientId, c.id, c.category, c.slaDueDay));
  }
  const obligations: Owned[] = [];
  for (const o of inputs.obligations) {
    if (!isObligationPending(o) || o.dueDay - today > dueDays) continue;
    obligations.push(owned(o.owner, o.clientId, o.id, o.obligation, o.dueDay));
  }
  const order = (a: Owned, b: Owned) =>
    a.item.day - b.item.day || a.item.clientName.localeCompare(b.item.clientName);
  return { claims: claims.sort(order), obligations: obligations.sort(order) };
}

/** The items of `owned` belonging to `email` or to one of `covers`, marked with whose they are. */
function itemsOf(owned: readonly Owned[], email: string, covers: ReadonlySet<string>): DigestItem[] {
  return owned
    .filter((o) => o.owner !== '' && (o.owner === email || covers.has(o.owner)))
    .map((o) => ({ ...o.item, forManager: o.owner === email ? null : o.owner }));
}

const listOf = (items: readonly DigestItem[], max: number): DigestList => ({
  count: items.length,
  items: items.slice(0, max),
});

/** The digest of `email`, who covers `covers` today (their items marked). */
function personDigest(
  inputs: DigestInputs,
  urgent: ReturnType<typeof urgentItems>,
  email: string,
  covers: readonly string[],
): PersonDigest {
  const max = inputs.maxItems ?? DIGEST_MAX_ITEMS;
  const day = myDayOf(
    inputs.contacts,
    inputs.clientOwners,
    inputs.clientNames,
    { email, covers },
    inputs.today,
    0,
  );
  const contactItem = (entry: (typeof day.overdue)[number]): DigestItem => ({
    id: entry.id,
    clientId: entry.clientId,
    clientName: inputs.clientNames.get(entry.clientId) ?? entry.clientId,
    what: entry.channel,
    day: entry.plannedDay,
    daysLate: entry.daysLate,
    forManager: entry.forManager,
  });
  const covered = new Set(covers.map(emailKey));
  return {
    email,
    overdue: listOf(day.overdue.map(contactItem), max),
    today: listOf(day.today.map(contactItem), max),
    claims: listOf(itemsOf(urgent.claims, email, covered), max),
    obligations: listOf(itemsOf(urgent.obligations, email, covered), max),
    covering: [...covered],
  };
}

/** A digest's four counts. */
export function countsOf(digest: PersonDigest): DigestCounts {
  return {
    overdue: digest.overdue.count,
    today: digest.today.count,
    claims: digest.claims.count,
    obligations: digest.obligations.count,
  };
}

/** Whether a digest has anything in it. @forTests The digest tests check a head's own digest. */
export function hasItems(digest: PersonDigest): boolean {
  const c = countsOf(digest);
  return c.overdue + c.today + c.claims + c.obligations > 0;
}

const ZERO: DigestCounts = { overdue: 0, today: 0, claims: 0, obligations: 0 };

function added(a: DigestCounts, b: DigestCounts): DigestCounts {
  return {
    overdue: a.overdue + b.overdue,
    today: a.today + b.today,
    claims: a.claims + b.claims,
    obligations: a.obligations + b.obligations,
  };
}

/** The heads' summary: each manager's own counts (a head's when they have any), cover, totals. */
function headSummary(inputs: DigestInputs, urgent: ReturnType<typeof urgentItems>): HeadSummary {
  const members = inputs.team.filter((m) => m.active);
  const lines: SummaryLine[] = [];
  for (const member of members) {
    const counts = countsOf(personDigest(inputs, urgent, member.email, []));
    const absence = absenceOn(inputs.absences, member.email, inputs.todayIso);
    const isEmpty = counts.overdue + counts.today + counts.claims + counts.obligations === 0;
    if (member.role === 'head' && isEmpty && !absence) continue;
    lines.push({
      email: member.email,
      counts,
      coveredBy: absence
        ? (coverHolder(inputs.team, inputs.absences, member.email, inputs.todayIso) ?? null)
        : null,
      awayUntil: absence?.to ?? null,
    });
  }
  return { lines, totals: lines.reduce((sum, line) => added(sum, line.counts), ZERO) };
}

/**
 * One day's digests: the heads' summary, each active head's mail (with their own items when they
 * have some or cover someone), and a digest for each active manager who has something to do and is
 * not away today (a deputy's with the absent manager's items marked), managers by name.
 */
export function dailyDigests(inputs: DigestInputs): DailyDigests {
  const urgent = urgentItems(inputs);
  const digestOf = (email: string) =>
    personDigest(inputs, urgent, email, coveredBy(inputs.team, inputs.absences, email, inputs.todayIso));
  const heads = activeHeads(inputs.team).map((head) => {
    const own = digestOf(head.email);
    return { email: head.email, own: hasItems(own) ? own : null };
  });
  const isAway = (email: string) => absenceOn(inputs.absences, email, inputs.todayIso) !== undefined;
  const managers = inputs.team
    .filter((m) => m.active && m.role === 'manager')
    .sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email));
  const away = managers.filter((m) => isAway(m.email)).map((m) => m.email);
  const digests = managers
    .filter((m) => !isAway(m.email))
    .map((m) => digestOf(m.email))
    .filter(hasItems);
  return { summary: headSummary(inputs, urgent), heads, managers: digests, away };
}
