/**
 * The client card's lists of one client's work, from its typed rows: who to reach and when, open
 * claims, next contacts, pending obligations, deals, people and plans.
 */
import { type Day, dayToIso } from '../core/analysis/days';
import { isClaimOpen, isContactUpcoming, isObligationPending } from '../core/analysis/definitions';
import type { AnalysisData } from '../core/analysis/inputs';
import { contactFacts } from '../core/analysis/relationshipFacts';
import { lastContactByPerson } from '../core/analysis/relationships';
import { type ClientRow, nameList } from '../core/analysis/rows';
import { isOptedOut } from '../core/outreach/optOut';
import type { TableRecord } from '../core/tables/tableSpec';

/** The client's contact as the card shows it; each field null when nobody typed it. */
export interface ClientContact {
  readonly person: string | null;
  readonly position: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly nextStep: string | null;
  readonly nextContactDate: string | null;
  /** The next contact date is before today. */
  readonly overdue: boolean;
}

/** The card's lists of a client's work. */
export interface ClientWork {
  readonly openClaims: readonly TableRecord[];
  readonly nextContacts: readonly TableRecord[];
  readonly obligations: readonly TableRecord[];
  readonly deals: readonly TableRecord[];
  /** The people at the client, primary first, each with when a done contact last reached them. */
  readonly people: readonly TableRecord[];
  /** The client's active relationship plans: objective, period, review date and the people, named. */
  readonly plans: readonly TableRecord[];
}

const MAX_LISTED = 10;

/** A day as YYYY-MM-DD, or null for none (how pages receive dates). */
export const isoOrNull = (day: Day | null): string | null => (day === null ? null : dayToIso(day));

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The client's contact: the primary person at the client in People (the first one, should there be
 * two), each field falling back to the client's own contact person, phone and e-mail (Suki keeps those
 * in step with the primary person; a hand edit or an older workbook may not have). The People rows
 * the analysis reads carry no phone, so the phone is the client's, which follows the primary person's.
 */
export function contactOf(data: AnalysisData, client: ClientRow, asOfDay: Day): ClientContact {
  const primary = data.people.find(
    (p) => p.clientId === client.id && p.primary === 'yes' && p.status !== 'left',
  );
  const nextDay = client.nextContactDay;
  return {
    person: textOrNull(primary?.name) ?? textOrNull(client.contactPerson),
    position: primary ? textOrNull(primary.position) : null,
    phone: textOrNull(client.phone),
    email: textOrNull(primary?.email) ?? textOrNull(client.email),
    nextStep: textOrNull(client.nextStep),
    nextContactDate: isoOrNull(nextDay),
    overdue: nextDay !== null && nextDay < asOfDay,
  };
}

/**
 * The next contacts the card lists: the client's own next contact date (with its next step) when it
 * is set and no planned contact is on that day, then the planned contacts from today on.
 */
function nextContactsOf(data: AnalysisData, client: ClientRow, asOfDay: Day): TableRecord[] {
  const planned = data.contacts
    .filter((c) => c.clientId === client.id && isContactUpcoming(c, asOfDay))
    .sort((a, b) => (a.plannedDay ?? 0) - (b.plannedDay ?? 0))
    .slice(0, MAX_LISTED)
    .map(
      (c): TableRecord => ({
        id: c.id,
        plannedDate: isoOrNull(c.plannedDay),
        channel: c.channel,
        purpose: c.purpose,
      }),
    );
  const own = client.nextContactDay;
  const plannedThatDay = data.contacts.some(
    (c) => c.clientId === client.id && c.plannedDay === own && isContactUpcoming(c, asOfDay),
  );
  if (own === null || plannedThatDay) return planned;
  // The Clients table's own date: no contact-plan row, so no ID and no channel.
  const fromClient = { id: null, plannedDate: dayToIso(own), channel: null, purpose: client.nextStep };
  return [fromClient, ...planned].slice(0, MAX_LISTED);
}

/** The client's open claims, next planned contacts, pending obligations and deals, as the card lists them. */
export function clientWork(data: AnalysisData, client: ClientRow, asOfDay: Day): ClientWork {
  const id = client.id;
  const ofClient = <R extends { readonly clientId: string }>(rows: readonly R[]) =>
    rows.filter((r) => r.clientId === id);
  return {
    openClaims: ofClient(data.claims)
      .filter((c) => isClaimOpen(c, asOfDay))
      .map((c) => ({ id: c.id, category: c.category, slaDueDate: isoOrNull(c.slaDueDay) })),
    nextContacts: nextContactsOf(data, client, asOfDay),
    obligations: ofClient(data.obligations)
      .filter(isObligationPending)
      .slice(0, MAX_LISTED)
      .map((o) => ({ id: o.id, obligation: o.obligation, dueDate: dayToIso(o.dueDay) })),
    deals: ofClient(data.deals)
      .slice(0, MAX_LISTED)
      .map((d) => ({ id: d.id, title: d.title, stage: d.stage, value: d.value })),
    people: peopleOf(data, id, asOfDay),
    plans: plansOf(data, id),
  };
}

/** The client's active plans, the people they depend on named (an ID not found is shown as typed). */
function plansOf(data: AnalysisData, id: string): TableRecord[] {
  const names = new Map(data.people.map((p) => [p.id ?? '', p.name]));
  return data.plans
    .filter((plan) => plan.clientId === id && plan.status === 'active')
    .slice(0, MAX_LISTED)
    .map((plan) => ({
      id: plan.id,
      objective: plan.objective,
      periodEnd: isoOrNull(plan.periodEndDay),
      reviewDate: isoOrNull(plan.reviewDay),
      people: nameList(plan.peopleIds)
        .map((personId) => names.get(personId) ?? personId)
        .join(', '),
    }));
}

/**
 * The client's people, primary first then by name, at most `limit` of them, each with the fields the
 * card and the relationship plan show and the day a done contact last reached them.
 */
export function peopleOf(
  data: AnalysisData,
  id: string,
  asOfDay: Day,
  limit = MAX_LISTED * 2,
): TableRecord[] {
  // The same rule as the People table's last-contacted column (relationships.ts).
  const own = contactFacts(data).filter((contact) => contact.clientId === id);
  const lastContact = lastContactByPerson(own, asOfDay);
  return data.people
    .filter((p) => p.clientId === id)
    .sort((a, b) => Number(b.primary === 'yes') - Number(a.primary === 'yes') || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      name: p.name,
      position: p.position,
      buyingRole: p.buyingRole,
      status: p.status,
      // Said as the key the pages compare with, whatever was typed in the sheet (core/outreach/optOut.ts).
      optedOut: isOptedOut(p.optedOut) ? 'yes' : 'no',
      primary: p.primary,
      lastContacted: isoOrNull(lastContact.get(p.id ?? '') ?? null),
    }));
}
