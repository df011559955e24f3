/**
 * Using established relationships (issue #16): explained suggestions, each ready to become a planned
 * contact in one step. Each carries the values that fired it, not prose (relationshipWords.ts says it).
 *
 * Rules, exactly (thresholds from `RelationshipSettings`, defaults in brackets):
 * - referral: an active client of ABC class A (any class starting with 'A'), with a late chance of at
 *   most `referralMaxLateChance` [0.2], a first order at least `referralMinDays` [730] days before
 *   asOf and no open claims, asked through its first active, not opted-out decision maker, else its
 *   active, not opted-out primary person; without such a person, no referral.
 * - crossSell: an active client and a product category it has not bought that at least
 *   `crossSellMinShare` [30%] and at least `crossSellMinBuyers` [3] of its similar clients buy. Similar
 *   clients are the other clients of its segment that bought any category, or those of its industry
 *   when its segment has fewer than `crossSellMinBuyers` of them (no category could pass there).
 *   Segments, industries and categories match trimmed and case-blind. Offered through its first active
 *   decision maker, else primary person, else first active person, else no one named.
 * - revive: a client, not lost, that is dormant by status, or whose last order is `dormantAfterDays`
 *   [180] or more days before asOf; reached through the active person of its latest done contact with
 *   a non-blank outcome (who last responded), else its active primary person, else its first active
 *   decision maker, else no one named.
 * - Never through a person who left. A person who opted out of mail and prefers e-mail, fax or letter
 *   is planned a call instead (`callInsteadOfMail`); no preference plans a call.
 */
import { CONTACT_CHANNELS } from '../tables/workTables';
import type { Day } from './days';
import {
  type ContactFacts,
  DEFAULT_RELATIONSHIP_SETTINGS,
  doneContactDay,
  isActivePerson,
  isDecisionMaker,
  type PersonFacts,
  type RelationshipSettings,
} from './relationships';

/** A channel a contact-plan row can have. */
type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** A client as the suggestions read it: its row with the classes and figures already computed. */
export interface ClientFacts {
  readonly id: string;
  readonly name: string;
  /** prospect, active, dormant or lost. */
  readonly status: string;
  /** The ABC class ('A', 'B', 'C'), or null when not classed. */
  readonly abcClass: string | null;
  /** The reliability forecast's chance (0-1) that the next invoice is paid late; null when unknown. */
  readonly lateChance: number | null;
  readonly firstOrderDay: Day | null;
  readonly lastOrderDay: Day | null;
  readonly openClaims: number;
  readonly segment: string | null;
  readonly industry: string | null;
  /** The product categories it bought, as typed on its orders. */
  readonly categories: readonly string[];
}

/** What a suggestion asks for. */
type SuggestionKind = 'referral' | 'crossSell' | 'revive';

/** The contact-plan row a suggestion becomes: with whom, how, and why. */
interface PlannedContact {
  readonly clientId: string;
  readonly personId: string | null;
  readonly channel: ContactChannel;
  /** The suggestion's kind; relationshipWords.ts `plannedPurpose` says it as the row's purpose. */
  readonly purpose: SuggestionKind;
  /** The category to offer (crossSell), else null. */
  readonly category: string | null;
}

interface SuggestionBase {
  /** `${kind}:${clientId}` (and `:${category}` for crossSell): the same fact gives the same id. */
  readonly id: string;
  readonly clientId: string;
  /** Whom to reach, or null when no one fits (revive, crossSell). */
  readonly personId: string | null;
  readonly buyingRole: string | null;
  /** The person opted out of mail and prefers it: planned as a call. */
  readonly callInsteadOfMail: boolean;
  readonly planned: PlannedContact;
}

/** An explained suggestion: the values that fired it, per kind. */
export type RelationshipSuggestion =
  | (SuggestionBase & {
      readonly kind: 'referral';
      readonly abcClass: string;
      readonly lateChance: number;
      /** Days since the first order, and the whole years they make. */
      readonly orderingDays: number;
      readonly years: number;
    })
  | (SuggestionBase & {
      readonly kind: 'crossSell';
      readonly category: string;
      /** Similar clients that buy the category, of all similar clients. */
      readonly buyers: number;
      readonly peers: number;
      readonly share: number;
      /** Whether similar means the same segment or the same industry, and which one (as typed). */
      readonly basis: 'segment' | 'industry';
      readonly group: string;
    })
  | (SuggestionBase & {
      readonly kind: 'revive';
      readonly dormantBy: 'status' | 'noOrders';
      readonly lastOrderDay: Day | null;
      readonly daysSinceOrder: number | null;
      /** When the person last responded, and how many days before asOf (via 'lastResponder'), else null. */
      readonly respondedDay: Day | null;
      readonly daysSinceResponse: number | null;
      readonly via: 'lastResponder' | 'primary' | 'decisionMaker' | null;
    });

/** A category and how many clients of a group bought it. */
interface CategoryCount {
  readonly label: string;
  buyers: number;
}

/** Clients of one segment or industry that bought any category, and each category's buyers. */
interface PeerGroup {
  readonly label: string;
  buyers: number;
  readonly categories: Map<string, CategoryCount>;
}

/** Every segment's and industry's buyers and categories, built once for all clients (`peerIndex`). */
export interface PeerIndex {
  readonly segments: ReadonlyMap<string, PeerGroup>;
  readonly industries: ReadonlyMap<string, PeerGroup>;
}

const keyOf = (text: string | null): string | null => {
  const key = text?.trim().toLowerCase() ?? '';
  return key === '' ? null : key;
};

/** The distinct category keys of a client, each with its label as first typed. */
function categoryKeys(client: ClientFacts): Map<string, string> {
  const keys = new Map<string, string>();
  for (const category of client.categories) {
    const key = keyOf(category);
    if (key !== null && !keys.has(key)) keys.set(key, category.trim());
  }
  return keys;
}

function addToGroup(
  groups: Map<string, PeerGroup>,
  label: string | null,
  categories: ReadonlyMap<string, string>,
): void {
  const key = keyOf(label);
  if (key === null || label === null) return;
  let group = groups.get(key);
  if (!group) {
    group = { label: label.trim(), buyers: 0, categories: new Map() };
    groups.set(key, group);
  }
  group.buyers++;
  for (const [categoryKey, categoryLabel] of categories) {
    const count = group.categories.get(categoryKey);
    if (count) count.buyers++;
    else group.categories.set(categoryKey, { label: categoryLabel, buyers: 1 });
  }
}

/**
 * The segments and industries of `clients` with their buyers and categories: one pass, so each
 * client's cross-sell reads its group instead of every other client. Clients with no category bought
 * are not counted (nothing says what they would buy).
 */
export function peerIndex(clients: readonly ClientFacts[]): PeerIndex {
  const segments = new Map<string, PeerGroup>();
  const industries = new Map<string, PeerGroup>();
  for (const client of clients) {
    const categories = categoryKeys(client);
    if (categories.size === 0) continue;
    addToGroup(segments, client.segment, categories);
    addToGroup(industries, client.industry, categories);
  }
  return { segments, industries };
}

const MAIL_CHANNELS: ReadonlySet<string> = new Set(['email', 'fax', 'letter']);
const CONTACT_CHANNEL_SET: ReadonlySet<string> = new Set(CONTACT_CHANNELS);
const isContactChannel = (value: string): value is ContactChannel => CONTACT_CHANNEL_SET.has(value);

/** How to reach a person: their preferred channel, a call when they opted out of mail or have none. */
function channelFor(person: PersonFacts | null): { channel: ContactChannel; callInsteadOfMail: boolean } {
  const preferred = person?.preferredChannel ?? null;
  if (preferred === null) return { channel: 'call', callInsteadOfMail: false };
  if (person?.optedOut && MAIL_CHANNELS.has(preferred)) return { channel: 'call', callInsteadOfMail: true };
  return { channel: isContactChannel(preferred) ? preferred : 'call', callInsteadOfMail: false };
}

/** The shared part of a suggestion of `kind` about `clientId` through `person`. */
function base(
  kind: SuggestionKind,
  clientId: string,
  person: PersonFacts | null,
  category: string | null = null,
): SuggestionBase {
  const { channel, callInsteadOfMail } = channelFor(person);
  const personId = person?.id ?? null;
  return {
    id: category === null ? `${kind}:${clientId}` : `${kind}:${clientId}:${keyOf(category)}`,
    clientId,
    personId,
    buyingRole: person?.buyingRole ?? null,
    callInsteadOfMail,
    planned: { clientId, personId, channel, purpose: kind, category },
  };
}

/** The referral suggestion, or null when the client or its people do not qualify. */
function referral(
  client: ClientFacts,
  active: readonly PersonFacts[],
  asOfDay: Day,
  settings: RelationshipSettings,
): RelationshipSuggestion | null {
  const { abcClass, lateChance, firstOrderDay } = client;
  if (client.status !== 'active' || abcClass === null || !abcClass.startsWith('A')) return null;
  if (lateChance === null || lateChance > settings.referralMaxLateChance) return null;
  if (firstOrderDay === null || asOfDay - firstOrderDay < settings.referralMinDays) return null;
  if (client.openClaims > 0) return null;
  const willing = active.filter((p) => !p.optedOut);
  const person = willing.find(isDecisionMaker) ?? willing.find((p) => p.primary);
  if (!person) return null;
  const orderingDays = asOfDay - firstOrderDay;
  return {
    ...base('referral', client.id, person),
    kind: 'referral',
    abcClass,
    lateChance,
    orderingDays,
    years: Math.floor(orderingDays / 365),
  };
}

/** The client's similar clients: its segment's, else its industry's, when enough to pass a category. */
function similarGroup(
  client: ClientFacts,
  peers: PeerIndex,
  ownBuys: boolean,
  minBuyers: number,
): { group: PeerGroup; basis: 'segment' | 'industry'; size: number } | null {
  const candidates = [
    { basis: 'segment' as const, group: peers.segments.get(keyOf(client.segment) ?? '') },
    { basis: 'industry' as const, group: peers.industries.get(keyOf(client.industry) ?? '') },
  ];
  for (const { basis, group } of candidates) {
    // The client is counted in its own group when it bought anything: it is not its own peer.
    const size = group ? group.buyers - (ownBuys ? 1 : 0) : 0;
    if (group && size >= minBuyers) return { group, basis, size };
  }
  return null;
}

/** The cross-sell suggestions, most-bought category first (ties by name). */
function crossSells(
  client: ClientFacts,
  peers: PeerIndex,
  person: PersonFacts | null,
  settings: RelationshipSettings,
): RelationshipSuggestion[] {
  if (client.status !== 'active') return [];
  const own = categoryKeys(client);
  const similar = similarGroup(client, peers, own.size > 0, settings.crossSellMinBuyers);
  if (!similar) return [];
  const passing: CategoryCount[] = [];
  for (const [key, count] of similar.group.categories) {
    if (own.has(key) || count.buyers < settings.crossSellMinBuyers) continue;
    // Divide, not multiply: 29 / 100 is the same double as 0.29, while 0.29 × 100 is 28.999999999999996.
    if (count.buyers / similar.size >= settings.crossSellMinShare) passing.push(count);
  }
  passing.sort((a, b) => b.buyers - a.buyers || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return passing.map((count) => ({
    ...base('crossSell', client.id, person, count.label),
    kind: 'crossSell',
    category: count.label,
    buyers: count.buyers,
    peers: similar.size,
    share: count.buyers / similar.size,
    basis: similar.basis,
    group: similar.group.label,
  }));
}

/** The active person of the latest done contact with an outcome, and its day; null when none. */
function lastResponder(
  active: readonly PersonFacts[],
  contacts: readonly ContactFacts[],
  asOfDay: Day,
): { person: PersonFacts; day: Day } | null {
  const byId = new Map(active.map((p) => [p.id, p]));
  let best: { person: PersonFacts; day: Day } | null = null;
  for (const c of contacts) {
    const day = doneContactDay(c, asOfDay);
    const person = c.personId === null ? undefined : byId.get(c.personId);
    if (day === null || !person || (c.outcome ?? '').trim() === '') continue;
    if (best === null || day >= best.day) best = { person, day };
  }
  return best;
}

/** The revive suggestion, or null when the client is not dormant. */
function revive(
  client: ClientFacts,
  active: readonly PersonFacts[],
  contacts: readonly ContactFacts[],
  asOfDay: Day,
  settings: RelationshipSettings,
): RelationshipSuggestion | null {
  if (client.status === 'lost') return null;
  const daysSinceOrder = client.lastOrderDay === null ? null : asOfDay - client.lastOrderDay;
  const quiet = daysSinceOrder !== null && daysSinceOrder >= settings.dormantAfterDays;
  if (client.status !== 'dormant' && !quiet) return null;
  const responder = lastResponder(active, contacts, asOfDay);
  const primary = active.find((p) => p.primary);
  const decider = active.find(isDecisionMaker);
  const person = responder?.person ?? primary ?? decider ?? null;
  let via: 'lastResponder' | 'primary' | 'decisionMaker' | null = null;
  if (responder) via = 'lastResponder';
  else if (primary) via = 'primary';
  else if (decider) via = 'decisionMaker';
  return {
    ...base('revive', client.id, person),
    kind: 'revive',
    dormantBy: client.status === 'dormant' ? 'status' : 'noOrders',
    lastOrderDay: client.lastOrderDay,
    daysSinceOrder,
    respondedDay: responder?.day ?? null,
    daysSinceResponse: responder ? asOfDay - responder.day : null,
    via,
  };
}

/**
 * One client's suggestions as of asOf: a referral, then cross-sells, then a revive (see the module
 * notes). `peers` is `peerIndex` over every client; `people` and `contacts` may be whole tables (rows
 * of other clients are skipped), though the analysis run should pass the client's own.
 */
export function relationshipSuggestions(
  client: ClientFacts,
  peers: PeerIndex,
  people: readonly PersonFacts[],
  contacts: readonly ContactFacts[],
  asOfDay: Day,
  settings: RelationshipSettings = DEFAULT_RELATIONSHIP_SETTINGS,
): RelationshipSuggestion[] {
  const active = people.filter((p) => p.clientId === client.id && isActivePerson(p));
  const own = contacts.filter((c) => c.clientId === client.id);
  const offerTo = active.find(isDecisionMaker) ?? active.find((p) => p.primary) ?? active[0] ?? null;
  const found: RelationshipSuggestion[] = [];
  const ask = referral(client, active, asOfDay, settings);
  if (ask) found.push(ask);
  found.push(...crossSells(client, peers, offerTo, settings));
  const back = revive(client, active, own, asOfDay, settings);
  if (back) found.push(back);
  return found;
}
