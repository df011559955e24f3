/**
 * The demo's relationship plans: each manager keeps one active plan for each of a handful of their
 * best clients (by revenue over the history), with an objective for the coming months, the people
 * at the client it depends on (its decision maker first), a review date and the period's end.
 */
import { PLANS_TABLE } from '../../src/core/tables/planTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { isoDate } from './days';
import type { ClientProfile } from './profiles';
import type { Rng } from './random';
import { Drafts } from './records';
import { words } from './words';

/** How many of each manager's best clients have a plan. */
const PLANS_PER_MANAGER = 3;
/** The most people a plan names. */
const MAX_PLAN_PEOPLE = 3;

/** Objectives a manager writes; `{category}` is one of the client's product categories. */
const OBJECTIVES = words(`
  Become their main supplier of {category} | Renew the supply contract on better terms
  Win the orders of their new branch | Turn their {category} orders into a monthly standing order
  Keep the account through the change of purchasing head | Get a second decision maker on our side
  Agree a yearly price for {category}
`);
const NOTES = words(`
  The owner's son takes over purchasing next year | Quarterly business review agreed in principle
  Competitor visited last month with a lower price | Ask for a plant visit before the review
`);

/** The order a person is named in on a plan: decision makers, then influencers, users, the rest. */
const ROLE_ORDER: Readonly<Record<string, number>> = {
  decisionMaker: 0,
  influencer: 1,
  user: 2,
  gatekeeper: 3,
};

/** Each client's active people, in the order a plan names them. */
function activePeopleByClient(people: readonly TableRecord[]): Map<string, TableRecord[]> {
  const byClient = new Map<string, TableRecord[]>();
  for (const one of people) {
    if (one.status !== 'active') continue;
    const list = byClient.get(String(one.clientId)) ?? [];
    list.push(one);
    byClient.set(String(one.clientId), list);
  }
  const rank = (one: TableRecord) => ROLE_ORDER[String(one.buyingRole)] ?? 4;
  // A stable sort: people of one role keep their order in the People table.
  for (const list of byClient.values()) list.sort((a, b) => rank(a) - rank(b));
  return byClient;
}

/** Each manager's best active clients that have someone to plan with, most revenue first. */
function bestClients(
  profiles: readonly ClientProfile[],
  people: ReadonlyMap<string, readonly TableRecord[]>,
): ClientProfile[] {
  const candidates = profiles
    .filter((p) => p.status === 'active' && p.revenue > 0 && (people.get(p.id)?.length ?? 0) > 0)
    .sort((a, b) => b.revenue - a.revenue || (a.id < b.id ? -1 : 1));
  const taken = new Map<string, number>();
  const best: ClientProfile[] = [];
  for (const profile of candidates) {
    const count = taken.get(profile.owner) ?? 0;
    if (count >= PLANS_PER_MANAGER) continue;
    taken.set(profile.owner, count + 1);
    best.push(profile);
  }
  return best;
}

/**
 * The plans table: one active plan for each of the `PLANS_PER_MANAGER` best active clients of every
 * manager, written by the client's owner in the weeks before asOf, reviewed within about six weeks
 * and running to a period end a few months on. Deterministic for a given stream.
 */
export function buildPlans(
  rng: Rng,
  profiles: readonly ClientProfile[],
  people: readonly TableRecord[],
  asOfDay: number,
): TableRecord[] {
  const byClient = activePeopleByClient(people);
  const drafts = new Drafts();
  for (const profile of bestClients(profiles, byClient)) {
    const atClient = byClient.get(profile.id) ?? [];
    const named = atClient.slice(0, Math.min(atClient.length, rng.int(1, MAX_PLAN_PEOPLE)));
    const category = rng.pick(profile.categories);
    const createdDay = Math.min(asOfDay - 1, Math.max(profile.createdDay, asOfDay - rng.int(5, 75)));
    const reviewDay = asOfDay + rng.int(7, 45);
    drafts.add(
      {
        id: '',
        clientId: profile.id,
        objective: rng.pick(OBJECTIVES).replace('{category}', category),
        periodEnd: isoDate(reviewDay + rng.int(60, 180)),
        peopleIds: named.map((one) => String(one.id)).join(', '),
        reviewDate: isoDate(reviewDay),
        status: 'active',
        owner: profile.owner,
        notes: rng.chance(0.4) ? rng.pick(NOTES) : null,
        createdAt: '',
        createdBy: profile.owner,
        updatedAt: '',
        updatedBy: profile.owner,
        archivedAt: null,
      },
      createdDay,
      createdDay + Math.floor(rng.next() * (asOfDay - createdDay)),
    );
  }
  return drafts.finalize(PLANS_TABLE, rng);
}
