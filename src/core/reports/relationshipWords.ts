/**
 * Relationship health and the relationship suggestions in words, in the reader's language: the
 * client card, the recommendations and the report all say them from here, so they always agree.
 */
import { dayToIso } from '../analysis/days';
import type { RelationshipWhy } from '../analysis/relationshipActions';
import type { RelationshipSuggestion } from '../analysis/relationshipSuggestions';
import type { PersonContact, RelationshipHealth, RelationshipNames } from '../analysis/relationships';
import { wholePercent } from '../analysis/stats';
import type { enRelationships } from '../i18n/en.relationships';
import type { MessageParams, Translator } from '../i18n/format';
import { hasOwn } from '../objects';

/** A key of the relationship messages (en.relationships.ts). */
type RelationshipMessageKey = keyof typeof enRelationships;

/**
 * Says one relationship message: every `Translator` is one (en.relationships.ts is spread into en.ts).
 * @forTests The relationship tests say their messages through one built over the two catalogs.
 */
export type RelationshipTranslator = (key: RelationshipMessageKey, params?: MessageParams) => string;

const ROLE_KEYS: Readonly<Record<string, RelationshipMessageKey>> = {
  decisionMaker: 'relationship.role.decisionMaker',
  influencer: 'relationship.role.influencer',
  user: 'relationship.role.user',
  gatekeeper: 'relationship.role.gatekeeper',
};

const nameOf = (names: Readonly<Record<string, string>>, id: string) =>
  hasOwn(names, id) ? (names[id] as string) : id;

/** "Maria Cruz (decision maker)"; just the name for the role "other" or none. */
function personText(
  t: RelationshipTranslator,
  names: RelationshipNames,
  personId: string,
  role: string | null,
): string {
  const name = nameOf(names.people, personId);
  const roleKey = role === null ? undefined : ROLE_KEYS[role];
  return roleKey ? t('relationship.personRole', { name, role: t(roleKey) }) : name;
}

/**
 * "Maria Cruz (decision maker): last contacted 2025-03-01, 45 days ago", or "… never contacted".
 * @forTests Tested on its own; the People table's last-contacted column and the one-step planned
 * contact (issue #16, still open) will use it.
 */
export function lastContactText(
  t: RelationshipTranslator,
  person: PersonContact,
  names: RelationshipNames,
): string {
  const who = personText(t, names, person.personId, person.buyingRole);
  if (person.lastContactDay === null) return t('relationship.health.neverContacted', { person: who });
  return t('relationship.health.lastContact', {
    person: who,
    date: dayToIso(person.lastContactDay),
    days: person.daysSince ?? 0,
  });
}

/**
 * The client's relationship problems, one sentence each (stale decision makers, a key person who
 * left, no decision maker, a single point of contact, no one recorded); with none, one line saying so.
 */
export function relationshipHealthLines(
  t: RelationshipTranslator,
  health: RelationshipHealth,
  names: RelationshipNames,
): string[] {
  const client = nameOf(names.clients, health.clientId);
  const lines: string[] = [];
  for (const p of health.staleDecisionMakers) {
    const person = personText(t, names, p.personId, p.buyingRole);
    lines.push(
      p.daysSince === null
        ? t('relationship.health.staleNever', { person })
        : t('relationship.health.stale', { person, days: p.daysSince, threshold: health.staleAfterDays }),
    );
  }
  for (const id of health.keyPersonLeft)
    lines.push(
      t('relationship.health.keyPersonLeft', { person: personText(t, names, id, 'decisionMaker'), client }),
    );
  // A decision maker who left already says no one decides.
  if (health.noDecisionMaker && health.keyPersonLeft.length === 0)
    lines.push(t('relationship.health.noDecisionMaker', { client }));
  const single = health.singlePointOfContact;
  if (single)
    lines.push(
      t('relationship.health.single', {
        client,
        person: personText(t, names, single.personId, single.buyingRole),
      }),
    );
  if (health.noPeople && health.keyPersonLeft.length === 0)
    lines.push(t('relationship.health.noPeople', { client }));
  return lines.length > 0 ? lines : [t('relationship.health.ok', { client, days: health.staleAfterDays })];
}

/** "Revive the relationship: Alpha Foods has not ordered for 200 days, last order on …; reach it through …". */
function reviveText(
  t: RelationshipTranslator,
  s: Extract<RelationshipSuggestion, { kind: 'revive' }>,
  names: RelationshipNames,
): string {
  const client = nameOf(names.clients, s.clientId);
  const reasons = [
    s.dormantBy === 'status'
      ? t('relationship.revive.dormant', { client })
      : t('relationship.revive.noOrders', { client, days: s.daysSinceOrder ?? 0 }),
  ];
  if (s.lastOrderDay !== null)
    reasons.push(t('relationship.revive.lastOrder', { date: dayToIso(s.lastOrderDay) }));
  const person = s.personId === null ? '' : personText(t, names, s.personId, s.buyingRole);
  let via = t('relationship.revive.viaNone');
  if (s.via === 'lastResponder' && s.respondedDay !== null)
    via = t('relationship.revive.viaResponder', {
      person,
      date: dayToIso(s.respondedDay),
      days: s.daysSinceResponse ?? 0,
    });
  else if (s.via === 'primary') via = t('relationship.revive.viaPrimary', { person });
  else if (s.via === 'decisionMaker') via = t('relationship.revive.viaDecisionMaker', { person });
  return t('relationship.revive', { reason: reasons.join(', '), via });
}

/** The suggestion's sentence without the opt-out note. */
function suggestionText(
  t: RelationshipTranslator,
  s: RelationshipSuggestion,
  names: RelationshipNames,
): string {
  const client = nameOf(names.clients, s.clientId);
  const person = s.personId === null ? null : personText(t, names, s.personId, s.buyingRole);
  if (s.kind === 'referral')
    return t('relationship.referral', {
      person: person ?? '',
      client,
      abc: s.abcClass,
      years: s.years,
      late: wholePercent(s.lateChance),
    });
  if (s.kind === 'revive') return reviveText(t, s, names);
  const offer = t('relationship.crossSell', {
    category: s.category,
    client,
    buyers: s.buyers,
    peers: s.peers,
    share: wholePercent(s.share),
    basis: t(s.basis === 'segment' ? 'relationship.basis.segment' : 'relationship.basis.industry'),
    group: s.group,
  });
  return person === null ? offer : `${offer} ${t('relationship.through', { person })}`;
}

/**
 * A suggestion in words, why included: "Ask Maria Cruz (decision maker) at Alpha Foods for a referral
 * or a trade reference: an A-client for 3 years, pays on time (8% late chance), no open claims.", and
 * "Maria Cruz opted out of mail: call instead." when the planned e-mail became a call.
 */
export function explainSuggestion(
  t: RelationshipTranslator,
  suggestion: RelationshipSuggestion,
  names: RelationshipNames,
): string {
  const text = suggestionText(t, suggestion, names);
  if (!suggestion.callInsteadOfMail || suggestion.personId === null) return text;
  return `${text} ${t('relationship.callInstead', { name: nameOf(names.people, suggestion.personId) })}`;
}

/** The planned contact's purpose, as its contact-plan row says it: "Offer Packaging". */
export function plannedPurpose(t: RelationshipTranslator, suggestion: RelationshipSuggestion): string {
  if (suggestion.kind === 'crossSell')
    return t('relationship.purpose.crossSell', { category: suggestion.category });
  return t(suggestion.kind === 'referral' ? 'relationship.purpose.referral' : 'relationship.purpose.revive');
}

/** The other people an action lists, by name: "Jose Reyes, Ana Lim", or "" for none. */
const namesOf = (names: RelationshipNames, ids: readonly string[]) =>
  ids.map((id) => nameOf(names.people, id)).join(', ');

/**
 * A relationship rule's next best action in words (recommendations.ts, relationshipActions.ts), the
 * people named as the card and the report name them, and a suggestion said as `explainSuggestion`
 * says it. `client` is the client as the other actions say it ("C-000012 Dela Cruz Trading").
 */
export function relationshipActionText(
  t: Translator,
  why: RelationshipWhy,
  names: RelationshipNames,
  client: string,
): string {
  if (why.rule === 'relationshipSuggestion')
    return t('rule.relationshipSuggestion', {
      suggestion: explainSuggestion(t, why.suggestion, names),
      button: t('card.planContact'),
    });
  if (why.rule === 'singlePointOfContact')
    return t('rule.singlePointOfContact', {
      client,
      abc: why.abcClass,
      person: personText(t, names, why.personId, why.buyingRole),
    });
  const person = personText(t, names, why.personId, 'decisionMaker');
  const others = namesOf(names, why.others);
  if (why.rule === 'keyPersonLeft') {
    const text = t('rule.keyPersonLeft', { person, client });
    return others === '' ? text : `${text} ${t('rule.keyPersonLeft.others', { people: others })}`;
  }
  const text =
    why.days === null
      ? t('rule.decisionMakerNotContacted.never', { person, client })
      : t('rule.decisionMakerNotContacted', { person, client, days: why.days, threshold: why.threshold });
  return others === '' ? text : `${text} ${t('rule.decisionMakerNotContacted.others', { people: others })}`;
}
