/**
 * The relationship rules' facts (relationships.ts, relationshipSuggestions.ts) from the typed rows and
 * the analysis: each client's class, forecast, orders, open claims and categories; its people; its
 * contacts. Built once for every client, so a card or a report asks per client in map look-ups.
 */

import { isOptedOut } from '../outreach/optOut';
import type { Day } from './days';
import { isClaimOpen } from './definitions';
import type { AnalysisData } from './inputs';
import {
  type ClientFacts,
  type PeerIndex,
  peerIndex,
  type RelationshipSuggestion,
  relationshipSuggestions,
} from './relationshipSuggestions';
import {
  type ContactFacts,
  type PersonFacts,
  type RelationshipHealth,
  type RelationshipNames,
  relationshipHealth,
  relationshipNames,
  rowsByClient,
} from './relationships';

/** The figures of the analysis the relationship rules read: each client's class and forecast. */
interface ClientFigures {
  readonly abc: { readonly clients: readonly { readonly clientId: string; readonly abcClass: string }[] };
  readonly reliability: {
    readonly clients: readonly { readonly clientId: string; readonly probability: number }[];
  };
}

/** One client's relationship health and the suggestions for using its relationships. */
interface ClientRelationships {
  readonly clientId: string;
  readonly health: RelationshipHealth;
  readonly suggestions: readonly RelationshipSuggestion[];
}

/** Every client's relationships, and the names to say them with. */
export interface RelationshipsResult {
  readonly names: RelationshipNames;
  readonly clients: readonly ClientRelationships[];
}

function personFacts(data: AnalysisData): PersonFacts[] {
  return data.people
    .filter((p) => p.id !== null)
    .map((p) => ({
      id: p.id as string,
      clientId: p.clientId,
      name: p.name,
      buyingRole: p.buyingRole,
      status: p.status,
      optedOut: isOptedOut(p.optedOut),
      primary: p.primary === 'yes',
      preferredChannel: p.preferredChannel,
    }));
}

/** The contact plan's rows as the relationship rules read them. */
export function contactFacts(data: AnalysisData): ContactFacts[] {
  return data.contacts.map((c) => ({
    clientId: c.clientId,
    personId: c.personId,
    status: c.status,
    plannedDay: c.plannedDay,
    doneDay: c.doneDay,
    outcome: c.outcome,
  }));
}

function clientFacts(data: AnalysisData, analysis: ClientFigures, asOfDay: Day): ClientFacts[] {
  const orders = new Map<string, { first: Day; last: Day; categories: Set<string> }>();
  for (const order of data.orders) {
    const seen = orders.get(order.clientId) ?? {
      first: order.day,
      last: order.day,
      categories: new Set<string>(),
    };
    seen.first = Math.min(seen.first, order.day) as Day;
    seen.last = Math.max(seen.last, order.day) as Day;
    if (order.productCategory) seen.categories.add(order.productCategory);
    orders.set(order.clientId, seen);
  }
  const openClaims = new Map<string, number>();
  for (const claim of data.claims)
    if (isClaimOpen(claim, asOfDay))
      openClaims.set(claim.clientId, (openClaims.get(claim.clientId) ?? 0) + 1);
  const abc = new Map(analysis.abc.clients.map((e) => [e.clientId, e.abcClass]));
  const chance = new Map(analysis.reliability.clients.map((r) => [r.clientId, r.probability]));
  return data.clients.map((client) => {
    const bought = orders.get(client.id);
    const industry = (client as { readonly industry?: unknown }).industry;
    return {
      id: client.id,
      name: client.name ?? client.id,
      status: client.status ?? 'prospect',
      abcClass: abc.get(client.id) ?? null,
      lateChance: chance.get(client.id) ?? null,
      firstOrderDay: bought?.first ?? null,
      lastOrderDay: bought?.last ?? null,
      openClaims: openClaims.get(client.id) ?? 0,
      segment: client.segment,
      industry: typeof industry === 'string' && industry.trim() !== '' ? industry : null,
      categories: bought ? [...bought.categories] : [],
    };
  });
}

/**
 * Every client's relationship health and suggestions as of `asOfDay`, from the typed rows and the
 * analysis's classes and forecasts: the people and contacts are grouped by client once, and the
 * peers for cross-selling indexed once, so the whole book costs one pass over each table.
 */
export function analyseRelationships(
  data: AnalysisData,
  analysis: ClientFigures,
  asOfDay: Day,
): RelationshipsResult {
  const clients = clientFacts(data, analysis, asOfDay);
  const people = personFacts(data);
  const peopleOf = rowsByClient(people);
  const contactsOf = rowsByClient(contactFacts(data));
  const peers: PeerIndex = peerIndex(clients);
  return {
    names: relationshipNames(clients, people),
    clients: clients.map((client) => {
      const own = peopleOf.get(client.id) ?? [];
      const ownContacts = contactsOf.get(client.id) ?? [];
      return {
        clientId: client.id,
        health: relationshipHealth(client, own, ownContacts, asOfDay),
        suggestions: relationshipSuggestions(client, peers, own, ownContacts, asOfDay),
      };
    }),
  };
}
