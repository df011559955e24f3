/**
 * Relationship health per client and per person (issue #16): when each person at a client was last
 * reached, which decision makers have gone unreached, and the shapes of a fragile relationship.
 *
 * Rules, exactly (a person "left" when their status is 'left'; any other status, blank included, is
 * active, as the People table's default is):
 * - A person's last contact is the latest day of a done contact with their person ID, on or before
 *   asOf: the done date, else the planned date (as `lastDoneContactByClient` counts a client's).
 * - staleDecisionMakers: active decision makers whose last contact is `staleAfterDays` (default 90)
 *   or more days before asOf, or who were never contacted.
 * - singlePointOfContact: exactly one active person.
 * - keyPersonLeft: the decision makers who left, listed only when no active decision maker remains.
 * - noDecisionMaker: active people, none of them a decision maker.
 * - noPeople: no active person at all.
 * The suggestions that use these relationships are in relationshipSuggestions.ts.
 */
import type { Day } from './days';

/** A person at a client, as the relationship rules read them (the People table's row, plain). */
export interface PersonFacts {
  readonly id: string;
  readonly clientId: string;
  readonly name: string;
  /** decisionMaker, influencer, user, gatekeeper or other; null when blank. */
  readonly buyingRole: string | null;
  /** 'active' or 'left'; anything but 'left' counts as active. */
  readonly status: string | null;
  /** Opted out of mail: never written to, called instead. */
  readonly optedOut: boolean;
  /** The client's primary person (the contact person the Clients table named). */
  readonly primary: boolean;
  /** email, call, meeting, fax or letter; null when blank. */
  readonly preferredChannel: string | null;
}

/** A contact-plan row, as the relationship rules read it. */
export interface ContactFacts {
  readonly clientId: string;
  /** Whom the contact was with (a People ID), or null when not recorded. */
  readonly personId: string | null;
  /** planned, done, missed or cancelled. */
  readonly status: string;
  readonly plannedDay: Day | null;
  readonly doneDay: Day | null;
  /** What came of it; a non-blank outcome means the person responded. */
  readonly outcome: string | null;
}

/** The relationship rules' thresholds. */
export interface RelationshipSettings {
  /** A decision maker not contacted for this many days or more is stale (default 90). */
  readonly staleAfterDays: number;
  /** A referral needs a late chance (0-1) at most this (default 0.2). */
  readonly referralMaxLateChance: number;
  /** A referral needs the first order at least this many days before asOf (default 730: two years). */
  readonly referralMinDays: number;
  /** A category is offered when at least this share (0-1) of similar clients buys it (default 0.3)… */
  readonly crossSellMinShare: number;
  /** … and at least this many of them (default 3). */
  readonly crossSellMinBuyers: number;
  /** A client that ordered before but not for this many days or more is dormant (default 180). */
  readonly dormantAfterDays: number;
}

/** The thresholds issue #16 names. */
export const DEFAULT_RELATIONSHIP_SETTINGS: RelationshipSettings = {
  staleAfterDays: 90,
  referralMaxLateChance: 0.2,
  referralMinDays: 730,
  crossSellMinShare: 0.3,
  crossSellMinBuyers: 3,
  dormantAfterDays: 180,
};

/** One active person and when they were last reached. */
export interface PersonContact {
  readonly personId: string;
  readonly buyingRole: string | null;
  readonly lastContactDay: Day | null;
  /** Days from the last contact to asOf; null when never contacted. */
  readonly daysSince: number | null;
}

/** A client's relationship health (see the module notes for each rule). */
export interface RelationshipHealth {
  readonly clientId: string;
  readonly staleAfterDays: number;
  /** Every active person, in the order given, with their last contact. */
  readonly people: readonly PersonContact[];
  readonly staleDecisionMakers: readonly PersonContact[];
  /** The one active person when there is exactly one, else null. */
  readonly singlePointOfContact: PersonContact | null;
  /** IDs of the decision makers who left, when no active decision maker remains; else empty. */
  readonly keyPersonLeft: readonly string[];
  readonly noDecisionMaker: boolean;
  readonly noPeople: boolean;
}

/** True unless the person left the client. */
export function isActivePerson(person: PersonFacts): boolean {
  return person.status !== 'left';
}

/** True for a person whose role in the buying decision is to decide. */
export function isDecisionMaker(person: PersonFacts): boolean {
  return person.buyingRole === 'decisionMaker';
}

/** The day a done contact happened (done date, else planned date), or null when not done or after asOf. */
export function doneContactDay(contact: ContactFacts, asOfDay: Day): Day | null {
  if (contact.status !== 'done') return null;
  const day = contact.doneDay ?? contact.plannedDay;
  return day === null || day > asOfDay ? null : day;
}

/**
 * Each person's last contact on or before asOf, by person ID: what Suki keeps in the People table's
 * "last contacted". One pass over every contact, so the analysis run calls it once for all clients.
 */
export function lastContactByPerson(contacts: readonly ContactFacts[], asOfDay: Day): Map<string, Day> {
  const last = new Map<string, Day>();
  for (const c of contacts) {
    if (c.personId === null) continue;
    const day = doneContactDay(c, asOfDay);
    if (day === null) continue;
    const seen = last.get(c.personId);
    if (seen === undefined || day > seen) last.set(c.personId, day);
  }
  return last;
}

/** Rows grouped by their client ID, each group in input order: group once, then look up per client. */
export function rowsByClient<T extends { readonly clientId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.clientId);
    if (group) group.push(row);
    else groups.set(row.clientId, [row]);
  }
  return groups;
}

/**
 * One client's relationship health as of asOf. `people` and `contacts` may be the whole tables, but
 * the analysis run should pass the client's own (see `rowsByClient`): rows of other clients are
 * skipped, at the cost of reading them.
 */
export function relationshipHealth(
  client: { readonly id: string },
  people: readonly PersonFacts[],
  contacts: readonly ContactFacts[],
  asOfDay: Day,
  settings: Pick<RelationshipSettings, 'staleAfterDays'> = DEFAULT_RELATIONSHIP_SETTINGS,
): RelationshipHealth {
  const own = people.filter((p) => p.clientId === client.id);
  const last = lastContactByPerson(
    contacts.filter((c) => c.clientId === client.id),
    asOfDay,
  );
  const active = own.filter(isActivePerson);
  const listed: PersonContact[] = active.map((p) => {
    const day = last.get(p.id) ?? null;
    return {
      personId: p.id,
      buyingRole: p.buyingRole,
      lastContactDay: day,
      daysSince: day === null ? null : asOfDay - day,
    };
  });
  const stale = listed.filter(
    (p) =>
      p.buyingRole === 'decisionMaker' && (p.daysSince === null || p.daysSince >= settings.staleAfterDays),
  );
  const activeDecides = active.some(isDecisionMaker);
  // A decision maker who left matters only while no one active decides in their place.
  const left = activeDecides
    ? []
    : own.filter((p) => !isActivePerson(p) && isDecisionMaker(p)).map((p) => p.id);
  return {
    clientId: client.id,
    staleAfterDays: settings.staleAfterDays,
    people: listed,
    staleDecisionMakers: stale,
    singlePointOfContact: listed.length === 1 ? (listed[0] ?? null) : null,
    keyPersonLeft: left,
    noDecisionMaker: active.length > 0 && !activeDecides,
    noPeople: active.length === 0,
  };
}

/** Names by ID, in a record without a prototype (an ID such as "__proto__" is only a key). */
function namesById(rows: readonly { readonly id: string; readonly name: string }[]): Record<string, string> {
  const names: Record<string, string> = Object.create(null);
  for (const row of rows) names[row.id] = row.name;
  return names;
}

/** The names the words say a client or person by: IDs to names. */
export interface RelationshipNames {
  // Plain records, not Maps: the analysis is plain data (it crosses google.script.run as JSON).
  readonly clients: Readonly<Record<string, string>>;
  readonly people: Readonly<Record<string, string>>;
}

/** The names of the given clients and people, by ID. */
export function relationshipNames(
  clients: readonly { readonly id: string; readonly name: string }[],
  people: readonly { readonly id: string; readonly name: string }[],
): RelationshipNames {
  return {
    clients: namesById(clients),
    people: namesById(people),
  };
}
