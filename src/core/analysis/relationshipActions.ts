/**
 * The recommendations' rules on relationship health and the relationship suggestions (issue #16):
 * decisionMakerNotContacted, keyPersonLeft, singlePointOfContact and relationshipSuggestion (see
 * recommendations.ts for every rule). They read the facts relationshipFacts.ts computed once for the
 * analysis run (relationships.ts, relationshipSuggestions.ts), never recomputing them, so the next best
 * actions, the client card and the Relationships report always agree.
 */
import type { RuleRun } from './recommendations';
import type { RelationshipSuggestion } from './relationshipSuggestions';
import type { PersonContact } from './relationships';

type ClientWhy = { readonly clientId: string; readonly owner: string | null };

/** The values behind a relationship action, per rule. */
export type RelationshipWhy =
  | (ClientWhy & {
      readonly rule: 'decisionMakerNotContacted';
      /** The decision maker unreached longest (never contacted first), and days since (null: never). */
      readonly personId: string;
      readonly days: number | null;
      /** The relationship settings' staleAfterDays the health was computed with. */
      readonly threshold: number;
      /** The client's other unreached decision makers, longest unreached first. */
      readonly others: readonly string[];
    })
  | (ClientWhy & {
      readonly rule: 'keyPersonLeft';
      /** The first decision maker who left, and the others who left (no active one decides now). */
      readonly personId: string;
      readonly others: readonly string[];
    })
  | (ClientWhy & {
      readonly rule: 'singlePointOfContact';
      readonly personId: string;
      readonly buyingRole: string | null;
      readonly abcClass: 'A' | 'B';
    })
  | (ClientWhy & {
      readonly rule: 'relationshipSuggestion';
      readonly kind: RelationshipSuggestion['kind'];
      /** The suggestion itself: relationshipWords.ts says it, and it carries its planned contact. */
      readonly suggestion: RelationshipSuggestion;
    });

const RELATIONSHIP_RULES: ReadonlySet<string> = new Set<RelationshipWhy['rule']>([
  'decisionMakerNotContacted',
  'keyPersonLeft',
  'singlePointOfContact',
  'relationshipSuggestion',
]);

/**
 * True for the values of a relationship rule's action: the ones relationshipWords.ts says, and the
 * ones a view that already shows the client's relationship lines and suggestions may leave out.
 */
export function isRelationshipWhy(why: { readonly rule: string }): why is RelationshipWhy {
  return RELATIONSHIP_RULES.has(why.rule);
}

/** Unreached longest first: never contacted before any count of days, then most days; ties keep order. */
function longestUnreached(people: readonly PersonContact[]): readonly PersonContact[] {
  if (people.length < 2) return people;
  const weight = (p: PersonContact) => (p.daysSince === null ? Number.POSITIVE_INFINITY : p.daysSince);
  return [...people].sort((a, b) => {
    const wa = weight(a);
    const wb = weight(b);
    return wa === wb ? 0 : wb > wa ? 1 : -1;
  });
}

/** decisionMakerNotContacted, keyPersonLeft, singlePointOfContact and relationshipSuggestion. */
export function relationshipRules({ inputs, add }: RuleRun): void {
  const byClient = new Map(inputs.relationships.map((entry) => [entry.clientId, entry]));
  for (const c of inputs.clients) {
    const entry = byClient.get(c.id);
    if (!entry) continue;
    const { health } = entry;
    const base = { clientId: c.id, owner: c.owner };
    const [first, ...rest] = longestUnreached(health.staleDecisionMakers);
    if (c.status === 'active' && first)
      add('clients', c.id, {
        rule: 'decisionMakerNotContacted',
        ...base,
        personId: first.personId,
        days: first.daysSince,
        threshold: health.staleAfterDays,
        others: rest.map((p) => p.personId),
      });
    const [left, ...alsoLeft] = health.keyPersonLeft;
    if (c.status !== 'lost' && left !== undefined)
      add('clients', c.id, { rule: 'keyPersonLeft', ...base, personId: left, others: alsoLeft });
    const abcClass = inputs.abcClass.get(c.id);
    const single = health.singlePointOfContact;
    if (c.status === 'active' && single && (abcClass === 'A' || abcClass === 'B'))
      add('clients', c.id, {
        rule: 'singlePointOfContact',
        ...base,
        personId: single.personId,
        buyingRole: single.buyingRole,
        abcClass,
      });
    // Each suggestion already follows its own rule on the client's status (relationshipSuggestions.ts).
    for (const suggestion of entry.suggestions)
      add(
        'clients',
        c.id,
        { rule: 'relationshipSuggestion', ...base, kind: suggestion.kind, suggestion },
        suggestion.id,
      );
  }
}
