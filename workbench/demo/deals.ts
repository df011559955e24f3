import type { TableRecord } from '../../src/core/tables/tableSpec';
import { type DEAL_STAGES, DEALS_TABLE } from '../../src/core/tables/workTables';
import type { DemoCalendar } from './calendar';
import { type CompetitorProfile, LOSS_REASONS } from './competitors';
import { isoDate } from './days';
import { NEXT_STEPS } from './phrases';
import type { ClientProfile, ClientStatus } from './profiles';
import { type Rng, Weighted, weightedIndex } from './random';
import { Drafts } from './records';
import { words } from './words';

type Stage = (typeof DEAL_STAGES)[number];

const stages = (
  lead: number,
  qualified: number,
  proposal: number,
  negotiation: number,
  won: number,
  lost: number,
) =>
  new Weighted<Stage>([
    ['lead', lead],
    ['qualified', qualified],
    ['proposal', proposal],
    ['negotiation', negotiation],
    ['won', won],
    ['lost', lost],
  ]);
const STAGE_BY_STATUS: Record<ClientStatus, Weighted<Stage>> = {
  active: stages(10, 12, 15, 13, 35, 15),
  prospect: stages(30, 25, 20, 10, 0, 15),
  dormant: stages(20, 20, 0, 0, 20, 40),
  lost: stages(0, 0, 0, 0, 20, 80),
};
const DEAL_WEIGHT: Record<ClientStatus, number> = { active: 1, prospect: 1.5, dormant: 0.5, lost: 0.5 };
const KINDS = words(
  'supply contract | trial order | annual renewal | branch rollout | tender | standing order | price review',
);
const LOST_NEXT = words('Revisit in six months | Keep in the newsletter | Ask for feedback on our offer');

/**
 * The deals table: about `target` negotiations in every stage, for prospects and clients alike. Won
 * and lost deals closed in the past year, many against a named competitor; lost ones give a reason,
 * most often the competitor's edge (price, delivery time, relationship or product fit).
 */
export function buildDeals(
  rng: Rng,
  profiles: readonly ClientProfile[],
  competitors: readonly CompetitorProfile[],
  calendar: DemoCalendar,
  target: number,
): TableRecord[] {
  const { asOfDay } = calendar;
  if (profiles.length === 0 || target <= 0) return [];
  const cumulative = new Float64Array(profiles.length);
  let sum = 0;
  profiles.forEach((p, i) => {
    sum += DEAL_WEIGHT[p.status] * (p.tier === 'key' ? 2 : 1);
    cumulative[i] = sum;
  });

  const drafts = new Drafts();
  for (let n = 0; n < target; n++) {
    const profile = profiles[weightedIndex(cumulative, rng.next() * sum)] as ClientProfile;
    const stage = STAGE_BY_STATUS[profile.status].pick(rng);
    const closed = stage === 'won' || stage === 'lost';
    const share = profile.status === 'prospect' ? rng.between(0.05, 0.3) : rng.between(0.1, 0.5);
    const value = Math.max(5, Math.round((profile.annualRevenue * share) / 1000)) * 1000;
    const earliest = Math.min(asOfDay - 1, profile.createdDay + 7);
    let closeDay: number;
    let createdDay: number;
    if (closed) {
      closeDay = Math.max(earliest, asOfDay - rng.int(1, 330));
      createdDay = Math.max(profile.createdDay, closeDay - rng.int(14, 120));
    } else {
      createdDay = Math.max(profile.createdDay, asOfDay - rng.int(1, 180));
      closeDay = rng.chance(0.15)
        ? Math.max(createdDay, asOfDay - rng.int(1, 45))
        : asOfDay + rng.int(5, 150);
    }
    let competitor: CompetitorProfile | null = null;
    if (competitors.length > 0 && rng.chance(closed ? 0.7 : 0.4)) {
      const present = profile.competitors;
      competitor =
        competitors[
          present.length > 0 && rng.chance(0.7) ? rng.pick(present) : rng.int(0, competitors.length - 1)
        ] ?? null;
    }
    const lossReason =
      stage !== 'lost' ? null : competitor && rng.chance(0.6) ? competitor.edge : rng.pick(LOSS_REASONS);
    const category = rng.pick(profile.categories);
    drafts.add(
      {
        id: '',
        clientId: profile.id,
        title: `${category}: ${rng.pick(KINDS)}`,
        stage,
        value,
        expectedClose: isoDate(closeDay),
        competitor: competitor?.name ?? null,
        lossReason,
        nextStep: closed
          ? stage === 'lost' && rng.chance(0.4)
            ? rng.pick(LOST_NEXT)
            : null
          : rng.pick(NEXT_STEPS),
        owner: profile.owner,
        createdAt: '',
        createdBy: profile.owner,
        updatedAt: '',
        updatedBy: profile.owner,
        archivedAt: null,
      },
      createdDay,
      closed ? closeDay : createdDay + Math.floor(rng.next() * (asOfDay - createdDay)),
    );
  }
  return drafts.finalize(DEALS_TABLE, rng);
}
