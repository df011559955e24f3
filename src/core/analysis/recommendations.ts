/**
 * Next best actions per manager, from plain named rules over the tables. Each action carries a stable
 * rule id, a priority (1 = do first), the record it is about, and `why`: the values that fired the
 * rule (not prose), so the UI can say it in the reader's language.
 *
 * Rules (thresholds from the settings):
 * - claimPastSla (1): an open claim whose SLA date is before asOf.
 * - obligationOverdue (1): a pending obligation due before asOf.
 * - obligationDueSoon (2): a pending obligation due from asOf to asOf + obligationDueDays.
 * - dormantAClient (2): an ABC class A client with no done contact for dormantDays or more (or never).
 *   A done contact's day is its done date, else its planned date; contacts after asOf are ignored.
 * - riskyCreditTerms (2): a new client (fewer than newClientInvoices judged invoices), not lost, in the
 *   high band of the reliability forecast, put there by its own record (above its prior), that has
 *   payment terms or a credit limit: check before granting.
 * - paymentsTurnedLate (2): a client, not lost, that paid well but whose recent invoices turned late
 *   (the forecast's `turn`, see reliability.ts).
 * - dealNoNextStep (2): a deal in negotiation with no next step written.
 * - activeNoNextContact (3): an active client with no next contact date.
 * The relationship rules (relationshipActions.ts) read the health and suggestions computed once by the
 * analysis run (relationships.ts, relationshipSuggestions.ts; RelationshipSettings, staleAfterDays 90):
 * - decisionMakerNotContacted (2): an active client with an active decision maker not reached by a done
 *   contact for staleAfterDays or more, or never (the health's staleDecisionMakers; opting out of mail
 *   does not matter). One action per client, naming the one unreached longest (never contacted
 *   first, then most days) and listing the others.
 * - keyPersonLeft (2): a client, not lost, with a decision maker marked left and no active decision
 *   maker (the health's keyPersonLeft). One per client, naming the first who left, listing the others.
 * - singlePointOfContact (3): an active client of ABC class A or B with exactly one active person.
 * - relationshipSuggestion (3): each referral, cross-sell and revive suggestion, under its own rules.
 * An action belongs to the record's owner, else to the client's owner (null: unassigned); the
 * relationship rules' to the client's owner.
 */
import type { AbcClass } from './abc';
import { type Day, dayToIso } from './days';
import { isClaimOpen, isObligationOverdue, isObligationPending } from './definitions';
import { paymentRules } from './paymentRules';
import { type RelationshipWhy, relationshipRules } from './relationshipActions';
import type { RelationshipsResult } from './relationshipFacts';
import type { ReliabilityForecast } from './reliability';
import type { ClaimRow, ClientRow, ContactRow, DealRow, ObligationRow } from './rows';
import { DEFAULT_SETTINGS, type RecommendationSettings } from './settings';
import { compareKeys } from './stats';

/** Every rule, in the order actions of equal priority are listed. */
const RULES = [
  'claimPastSla',
  'obligationOverdue',
  'obligationDueSoon',
  'dormantAClient',
  'keyPersonLeft',
  'decisionMakerNotContacted',
  'riskyCreditTerms',
  'paymentsTurnedLate',
  'dealNoNextStep',
  'activeNoNextContact',
  'singlePointOfContact',
  'relationshipSuggestion',
] as const;
type RuleId = (typeof RULES)[number];

type ClientWhy = { readonly clientId: string; readonly owner: string | null };

/** The values behind an action, per rule. */
type Why =
  | (ClientWhy & {
      readonly rule: 'claimPastSla';
      readonly claimId: string | null;
      readonly slaDueDate: string;
      readonly daysOver: number;
    })
  | (ClientWhy & {
      readonly rule: 'obligationOverdue';
      readonly obligationId: string | null;
      readonly dueDate: string;
      readonly daysOverdue: number;
    })
  | (ClientWhy & {
      readonly rule: 'obligationDueSoon';
      readonly obligationId: string | null;
      readonly dueDate: string;
      readonly daysLeft: number;
      readonly threshold: number;
    })
  | (ClientWhy & {
      readonly rule: 'dormantAClient';
      readonly days: number | null;
      readonly threshold: number;
    })
  | (ClientWhy & {
      readonly rule: 'riskyCreditTerms';
      /** The late chance and its 80% range, in whole percents. */
      readonly chance: number;
      readonly low: number;
      readonly high: number;
      readonly invoices: number;
      readonly termsDays: number | null;
      readonly creditLimit: number | null;
    })
  | (ClientWhy & {
      readonly rule: 'paymentsTurnedLate';
      readonly earlierInvoices: number;
      readonly earlierLate: number;
      readonly recentInvoices: number;
      readonly recentLate: number;
      readonly chance: number;
    })
  | (ClientWhy & {
      readonly rule: 'dealNoNextStep';
      readonly dealId: string | null;
      readonly value: number | null;
    })
  | (ClientWhy & { readonly rule: 'activeNoNextContact' })
  | RelationshipWhy;

export interface Action {
  /** `${rule}:${recordId}` (a suggestion's: `${rule}:${suggestion id}`): the same fact, the same id. */
  readonly id: string;
  readonly rule: RuleId;
  readonly priority: 1 | 2 | 3;
  readonly owner: string | null;
  readonly table: 'clients' | 'claims' | 'obligations' | 'deals';
  readonly recordId: string | null;
  readonly why: Why;
}

export interface RecommendationsResult {
  readonly total: number;
  readonly byRule: Readonly<Record<RuleId, number>>;
  /** Owners by e-mail, unassigned last; each owner's actions by priority, then rule, then table order. */
  readonly byOwner: readonly { readonly owner: string | null; readonly actions: readonly Action[] }[];
}

/** What the rules read besides the rows, each computed once for all clients. */
interface RecommendationInputs {
  readonly asOfDay: Day;
  readonly clients: readonly ClientRow[];
  readonly claims: readonly ClaimRow[];
  readonly obligations: readonly ObligationRow[];
  readonly deals: readonly DealRow[];
  readonly abcClass: ReadonlyMap<string, AbcClass>;
  readonly lastDoneContact: ReadonlyMap<string, Day>;
  /** Each client's reliability forecast. */
  readonly reliability: ReadonlyMap<string, ReliabilityForecast>;
  /** Each client's relationship health and suggestions, as the analysis run computed them. */
  readonly relationships: RelationshipsResult['clients'];
}

const PRIORITY: Record<RuleId, 1 | 2 | 3> = {
  claimPastSla: 1,
  obligationOverdue: 1,
  obligationDueSoon: 2,
  dormantAClient: 2,
  keyPersonLeft: 2,
  decisionMakerNotContacted: 2,
  riskyCreditTerms: 2,
  paymentsTurnedLate: 2,
  dealNoNextStep: 2,
  activeNoNextContact: 3,
  singlePointOfContact: 3,
  relationshipSuggestion: 3,
};

/** Each client's latest done contact on or before asOf (done date, else planned date). */
export function lastDoneContactByClient(contacts: readonly ContactRow[], asOfDay: Day): Map<string, Day> {
  const last = new Map<string, Day>();
  for (const c of contacts) {
    if (c.status !== 'done') continue;
    const day = c.doneDay ?? c.plannedDay;
    if (day === null || day > asOfDay) continue;
    const seen = last.get(c.clientId);
    if (seen === undefined || day > seen) last.set(c.clientId, day);
  }
  return last;
}

/** What each group of rules gets: the inputs, the settings, and how to add an action. */
export interface RuleRun {
  readonly inputs: RecommendationInputs;
  readonly settings: RecommendationSettings;
  /** `key` tells apart several actions of one rule on one record (default: the record's ID). */
  readonly add: (table: Action['table'], recordId: string | null, why: Why, key?: string) => void;
  /** The record's owner, else its client's owner. */
  readonly ownerOf: (own: string | null, clientId: string) => string | null;
}

/** claimPastSla, obligationOverdue and obligationDueSoon. */
function workRules({ inputs, settings, add, ownerOf }: RuleRun): void {
  const { asOfDay } = inputs;
  for (const c of inputs.claims) {
    if (c.slaDueDay === null || c.slaDueDay >= asOfDay || !isClaimOpen(c, asOfDay)) continue;
    add('claims', c.id, {
      rule: 'claimPastSla',
      claimId: c.id,
      clientId: c.clientId,
      owner: ownerOf(c.owner, c.clientId),
      slaDueDate: dayToIso(c.slaDueDay),
      daysOver: asOfDay - c.slaDueDay,
    });
  }
  for (const o of inputs.obligations) {
    if (!isObligationPending(o)) continue;
    const base = { obligationId: o.id, clientId: o.clientId, owner: ownerOf(o.owner, o.clientId) };
    const dueDate = dayToIso(o.dueDay);
    if (isObligationOverdue(o, asOfDay))
      add('obligations', o.id, {
        rule: 'obligationOverdue',
        ...base,
        dueDate,
        daysOverdue: asOfDay - o.dueDay,
      });
    else if (o.dueDay - asOfDay <= settings.obligationDueDays)
      add('obligations', o.id, {
        rule: 'obligationDueSoon',
        ...base,
        dueDate,
        daysLeft: o.dueDay - asOfDay,
        threshold: settings.obligationDueDays,
      });
  }
}

/** dormantAClient and activeNoNextContact. */
function clientRules({ inputs, settings, add }: RuleRun): void {
  const { asOfDay } = inputs;
  for (const c of inputs.clients) {
    const base = { clientId: c.id, owner: c.owner };
    if (inputs.abcClass.get(c.id) === 'A') {
      const last = inputs.lastDoneContact.get(c.id);
      const days = last === undefined ? null : asOfDay - last;
      if (days === null || days >= settings.dormantDays)
        add('clients', c.id, { rule: 'dormantAClient', ...base, days, threshold: settings.dormantDays });
    }
    if (c.status === 'active' && c.nextContactDay === null)
      add('clients', c.id, { rule: 'activeNoNextContact', ...base });
  }
}

/** dealNoNextStep. */
function dealRules({ inputs, add, ownerOf }: RuleRun): void {
  for (const d of inputs.deals) {
    if (d.stage !== 'negotiation' || d.nextStep !== null) continue;
    const owner = ownerOf(d.owner, d.clientId);
    add('deals', d.id, { rule: 'dealNoNextStep', dealId: d.id, clientId: d.clientId, owner, value: d.value });
  }
}

/** The actions counted per rule and grouped by owner, each owner's by priority, then rule, then table order. */
function groupByOwner(actions: readonly Action[]): RecommendationsResult {
  const byRule = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<RuleId, number>;
  const owners = new Map<string | null, Action[]>();
  for (const a of actions) {
    byRule[a.rule]++;
    const list = owners.get(a.owner);
    if (list) list.push(a);
    else owners.set(a.owner, [a]);
  }
  const ruleOrder = new Map<RuleId, number>(RULES.map((r, i) => [r, i]));
  const byOwner = [...owners]
    .sort((a, b) => compareKeys(a[0], b[0]))
    .map(([owner, list]) => ({
      owner,
      // Stable sort: within a rule, actions keep table order.
      actions: list.sort(
        (a, b) => a.priority - b.priority || (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0),
      ),
    }));
  return { total: actions.length, byRule, byOwner };
}

/** Runs every rule and groups the actions by owner (see the module notes for the rules). */
export function recommendActions(
  inputs: RecommendationInputs,
  settings: RecommendationSettings = DEFAULT_SETTINGS.recommendations,
): RecommendationsResult {
  const actions: Action[] = [];
  const clientOwner = new Map<string, string | null>();
  for (const c of inputs.clients) clientOwner.set(c.id, c.owner);
  const run: RuleRun = {
    inputs,
    settings,
    add: (table, recordId, why, key) => {
      const id = `${why.rule}:${key ?? recordId ?? why.clientId}`;
      actions.push({
        id,
        rule: why.rule,
        priority: PRIORITY[why.rule],
        owner: why.owner,
        table,
        recordId,
        why,
      });
    },
    ownerOf: (own, clientId) => own ?? clientOwner.get(clientId) ?? null,
  };
  workRules(run);
  clientRules(run);
  paymentRules(run);
  dealRules(run);
  relationshipRules(run);
  return groupByOwner(actions);
}
