import type { TableRecord } from '../../src/core/tables/tableSpec';
import type { CONTACT_CHANNELS } from '../../src/core/tables/workTables';
import type { DemoCalendar } from './calendar';
import { ContactColumns } from './contactRows';
import { workingDay } from './days';
import { NEXT_STEPS } from './phrases';
import type { ClientProfile } from './profiles';
import { type Rng, Weighted } from './random';
import { words } from './words';

type Channel = (typeof CONTACT_CHANNELS)[number];

/** The next open contact of a client: its day and purpose (what the client's next step says). */
export interface NextContact {
  readonly day: number;
  readonly purpose: string;
}

/** An interaction scheme: ordered steps, each a channel, a day offset and a purpose. */
interface Scheme {
  readonly name: string;
  readonly steps: readonly (readonly [Channel, number, string])[];
}

const ONBOARDING: Scheme = {
  name: 'Onboarding',
  steps: [
    ['call', 0, 'Welcome call and account set-up'],
    ['meeting', 7, 'Introductory meeting with purchasing'],
    ['presentation', 21, 'Product presentation'],
    ['email', 35, 'Send price list and credit application'],
    ['call', 60, 'Check on the first orders'],
  ],
};
const QUARTERLY_REVIEW: Scheme = {
  name: 'Quarterly review',
  steps: [0, 91, 182, 273].map((offset) => ['meeting', offset, 'Quarterly business review'] as const),
};
const WIN_BACK: Scheme = {
  name: 'Win-back',
  steps: [
    ['email', 0, 'Send win-back offer'],
    ['call', 7, 'Call about the offer'],
    ['meeting', 21, 'Visit to rebuild the relationship'],
  ],
};

/** The schemes the contact plan's rows follow, for the Schemes table (workbench/demo/schemes.ts). */
export const DEMO_SCHEMES: readonly Scheme[] = [ONBOARDING, QUARTERLY_REVIEW, WIN_BACK];

const CHANNEL = new Weighted<Channel>([
  ['call', 35],
  ['email', 28],
  ['meeting', 22],
  ['presentation', 5],
  ['fax', 3],
  ['show', 3],
  ['exhibition', 4],
]);
const PURPOSES: Record<Channel, string[]> = {
  call: words(
    'Follow up on quotation | Check delivery satisfaction | Payment reminder | Confirm next order | Ask about the tender schedule',
  ),
  email: words(
    'Send updated price list | Payment reminder | Share the new catalogue | Send order confirmation',
  ),
  meeting: words('Account review | Discuss contract renewal | Plant visit | Negotiate annual prices'),
  fax: words('Send signed PO confirmation | Send statement of account'),
  presentation: words('Present the new product line | Demo of the ordering portal'),
  show: words('Invite to our roadshow | Meet at the client appreciation day'),
  exhibition: words('Meet at the trade fair booth | Invite to our exhibition booth'),
};
const PROSPECT_PURPOSES = words(`
  Introduce our company | Qualify needs and volumes | Send catalogue and price list | Follow up on quotation
  Book a product presentation | Ask for a trial order
`);
const OUTCOMES = words(`
  Agreed to a trial order next week | Asked for a revised price list | No decision yet; call back next month
  Confirmed the standing order | Happy with the last delivery | Raised a concern about delivery times
  Requested samples of the new line | Will issue the PO after budget approval
  Introduced us to the new purchasing head | Negotiating longer payment terms
  Promised to settle the overdue invoices this week | Interested in the PPE bundle
`);
const MISSED = words('Client not available; to reschedule | No answer; left a message');
const TIER_WEIGHT = { key: 3, large: 2, medium: 1.4, small: 1 } as const;

function schemesOf(rng: Rng, profile: ClientProfile, asOfDay: number): [Scheme, number][] {
  const schemes: [Scheme, number][] = [];
  const recent = profile.createdDay >= asOfDay - 150;
  if (recent && (profile.status === 'active' || profile.status === 'prospect'))
    schemes.push([ONBOARDING, profile.createdDay]);
  if (
    profile.status === 'active' &&
    (profile.tier === 'key' || (profile.tier === 'large' && rng.chance(0.3)))
  )
    schemes.push([QUARTERLY_REVIEW, Math.max(profile.createdDay, asOfDay - rng.int(200, 300))]);
  if (profile.status === 'dormant' && rng.chance(0.5)) schemes.push([WIN_BACK, asOfDay + rng.int(-40, 10)]);
  return schemes;
}

/**
 * The contact plan: interaction schemes (Onboarding for new clients, Quarterly review for key
 * accounts, Win-back for dormant ones) and about `target` rows in all, logged in the past with
 * outcomes, planned ahead, and some still 'planned' after their day (overdue). Also returns each
 * client's next open contact, by client index.
 */
export function buildContacts(
  rng: Rng,
  profiles: readonly ClientProfile[],
  calendar: DemoCalendar,
  target: number,
): { records: TableRecord[]; next: (NextContact | null)[] } {
  const { asOfDay } = calendar;
  const rows = new ContactColumns();
  const next: (NextContact | null)[] = profiles.map(() => null);

  const addRow = (
    index: number,
    plannedDay: number,
    channel: Channel,
    purpose: string,
    createdDay: number,
    scheme: string | null,
    step: number | null,
  ) => {
    const profile = profiles[index] as ClientProfile;
    const created = Math.min(asOfDay - 1, Math.max(profile.createdDay, Math.min(createdDay, plannedDay)));
    const age = asOfDay - plannedDay;
    let status: 'planned' | 'done' | 'missed' | 'cancelled' = 'planned';
    if (age > 0) {
      const r = rng.next();
      if (age <= 30) status = r < 0.7 ? 'done' : r < 0.78 ? 'missed' : 'planned';
      else status = r < 0.88 ? 'done' : r < 0.95 ? 'missed' : 'cancelled';
    }
    const doneDay =
      status === 'done' ? Math.min(asOfDay - 1, plannedDay + (rng.chance(0.7) ? 0 : rng.int(1, 3))) : null;
    let outcome: string | null = null;
    if (status === 'done') outcome = rng.pick(OUTCOMES);
    else if (status === 'missed') outcome = rng.pick(MISSED);
    else if (status === 'cancelled' && rng.chance(0.5)) outcome = 'Cancelled by the client';
    const updated = doneDay ?? (status === 'planned' ? created : Math.min(plannedDay, asOfDay - 1));
    if (status === 'planned') {
      const current = next[index];
      if (!current || plannedDay < current.day) next[index] = { day: plannedDay, purpose };
    }
    rows.push({
      client: index,
      planned: plannedDay,
      channel,
      purpose,
      scheme,
      step,
      status,
      done: doneDay ?? -1,
      outcome,
      nextStep: status === 'done' && rng.chance(0.45) ? rng.pick(NEXT_STEPS) : null,
      created,
      updated,
    });
  };

  let weightSum = 0;
  const weights = profiles.map((profile, index) => {
    for (const [scheme, start] of schemesOf(rng, profile, asOfDay)) {
      const createdDay = start < asOfDay ? start : asOfDay - rng.int(1, 4);
      scheme.steps.forEach(([channel, offset, purpose], step) => {
        const day = workingDay(start + offset, start, start + offset + 3);
        addRow(index, day, channel, purpose, createdDay, scheme.name, step + 1);
      });
    }
    const statusWeight = { active: 1, prospect: 0.8, dormant: 0.4, lost: 0.15 }[profile.status];
    const weight =
      statusWeight * (profile.status === 'active' && profile.tier ? TIER_WEIGHT[profile.tier] : 1);
    weightSum += weight;
    return weight;
  });

  const budget = Math.max(0, target - rows.length);
  profiles.forEach((profile, index) => {
    const count = rng.roundAbout((budget * (weights[index] as number)) / (weightSum || 1));
    const pastFrom = Math.max(profile.createdDay, asOfDay - 365);
    const pastTo =
      profile.status === 'lost' ? Math.min(asOfDay, Math.max(profile.orderTo, pastFrom) + 60) : asOfDay;
    for (let c = 0; c < count; c++) {
      const future = profile.status !== 'lost' && rng.chance(0.22);
      const raw = future
        ? asOfDay + rng.int(0, 60)
        : pastFrom + Math.floor(rng.next() * Math.max(1, pastTo - pastFrom));
      const day = future ? workingDay(raw, asOfDay, asOfDay + 70) : workingDay(raw, pastFrom, pastTo);
      const channel = CHANNEL.pick(rng);
      const purposes =
        profile.status === 'prospect' && channel !== 'fax' ? PROSPECT_PURPOSES : PURPOSES[channel];
      addRow(index, day, channel, rng.pick(purposes), day - rng.int(0, 14), null, null);
    }
  });
  return { records: rows.records(profiles, rng), next };
}
