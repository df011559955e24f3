import type { TableRecord } from '../../src/core/tables/tableSpec';
import type { DemoCalendar } from './calendar';
import { workingDay } from './days';
import { OrderColumns } from './orderRows';
import { CHRONIC_CHANCE, daysLate, lateChanceOn } from './payers';
import type { ClientProfile } from './profiles';
import type { Rng } from './random';

/** Share of orders followed by a credit note (a return or a price correction). */
const CREDIT_NOTE_SHARE = 0.015;

/** One client's ordering plan: the months it orders in, how many orders each, and its rhythm. */
interface OrderPlan {
  readonly client: number;
  readonly profile: ClientProfile;
  readonly months: number[];
  readonly counts: number[];
  readonly anchor: number;
  readonly amplitude: number;
  readonly phase: number;
  /** Years of revenue a sporadic buyer's months share: its months as a client less one, over 12, at least 1. */
  readonly years: number;
}

function monthBounds(calendar: DemoCalendar, k: number): [number, number] {
  return [calendar.monthStarts[k] as number, (calendar.monthStarts[k + 1] ?? calendar.monthsEnd) as number];
}

/**
 * The months (indexes into the calendar's) a client orders in: all it is a client in, or a few for a
 * sporadic buyer; and how many months it is a client in.
 */
function activeMonths(rng: Rng, profile: ClientProfile, calendar: DemoCalendar): [number[], number] {
  const months: number[] = [];
  for (let k = 0; k < calendar.monthStarts.length; k++) {
    const [start, end] = monthBounds(calendar, k);
    if (start < profile.orderTo && end > profile.orderFrom && start < calendar.asOfDay) months.push(k);
  }
  const span = months.length;
  if (profile.pattern !== 'sporadic' || span <= 1) return [months, span];
  const keep = Math.max(1, Math.round(span * rng.between(0.25, 0.55)));
  for (let i = 0; i < keep; i++) {
    const j = rng.int(i, span - 1);
    [months[i], months[j]] = [months[j] as number, months[i] as number];
  }
  return [months.slice(0, keep).sort((a, b) => a - b), span];
}

/**
 * Plans every client's orders so the table holds about `target` rows: each ordering month gets one
 * order, and the rest go to clients in proportion to the square root of their size (big clients
 * order more often, not only bigger).
 */
function planOrders(
  rng: Rng,
  profiles: readonly ClientProfile[],
  calendar: DemoCalendar,
  target: number,
): OrderPlan[] {
  const plans: OrderPlan[] = [];
  let minimum = 0;
  let weightSum = 0;
  for (let client = 0; client < profiles.length; client++) {
    const profile = profiles[client] as ClientProfile;
    if (profile.orderFrom >= profile.orderTo) continue;
    const [months, span] = activeMonths(rng, profile, calendar);
    if (months.length === 0) continue;
    minimum += months.length;
    weightSum += Math.sqrt(profile.annualRevenue) * (profile.pattern === 'steady' ? 1.2 : 1);
    plans.push({
      client,
      profile,
      months,
      counts: months.map(() => 1),
      anchor: rng.int(0, 26),
      amplitude: rng.between(0.15, 0.3),
      phase: rng.between(0, 12),
      years: Math.max(1, (span - 1) / 12),
    });
  }
  const budget = target - minimum;
  for (const plan of plans) {
    const { months, counts, profile } = plan;
    if (budget < 0) {
      const keep = Math.max(1, rng.roundAbout((months.length * target) / minimum));
      const step = months.length / keep;
      const kept = Array.from({ length: keep }, (_, i) => months[Math.floor(i * step)] as number);
      months.splice(0, months.length, ...kept);
      counts.length = kept.length;
      continue;
    }
    const weight = Math.sqrt(profile.annualRevenue) * (profile.pattern === 'steady' ? 1.2 : 1);
    const extra = Math.min(rng.roundAbout((budget * weight) / weightSum), 30 * months.length);
    for (let e = 0; e < extra; e++) {
      const slot = profile.pattern === 'steady' ? e % months.length : rng.int(0, months.length - 1);
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  return plans;
}

/** Share of the worst payers' invoices never paid (disputed, written off); of anyone else's. */
const NEVER_PAID = { chronic: 0.12, other: 0.006 } as const;

/**
 * The day an invoice is paid, or null when it is still open on asOf. Whether it is late follows the
 * client's habit on its due day; how late, the habit's strength. On time is on the due day or before
 * (good payers often pay early, habitual late payers at the last moment).
 */
function paidDay(
  rng: Rng,
  profile: ClientProfile,
  orderDay: number,
  dueDay: number,
  asOfDay: number,
): number | null {
  const chance = lateChanceOn(profile.payment, dueDay);
  // Three draws per invoice whatever happens, so a change of habit leaves the other invoices' draws be.
  const neverPaid = rng.chance(chance >= CHRONIC_CHANCE ? NEVER_PAID.chronic : NEVER_PAID.other);
  let offset: number;
  if (rng.chance(chance)) offset = daysLate(rng, chance, profile.payment.delayScale);
  else if (chance < 0.4) offset = -rng.int(0, Math.min(10, dueDay - orderDay - 1));
  else offset = -rng.int(0, 3);
  if (neverPaid) return null;
  const day = Math.max(orderDay + 1, dueDay + offset);
  return day < asOfDay ? day : null;
}

/** One month's revenue of a client, following its rhythm. */
function monthRevenue(rng: Rng, plan: OrderPlan, k: number): number {
  const { profile } = plan;
  const base = profile.annualRevenue / 12;
  if (profile.pattern === 'steady') return base * Math.max(0.5, 1 + 0.05 * rng.normal());
  if (profile.pattern === 'seasonal') {
    const season = 1 + plan.amplitude * Math.sin((2 * Math.PI * (k + plan.phase)) / 12);
    return base * season * Math.max(0.5, 1 + 0.07 * rng.normal());
  }
  return ((profile.annualRevenue * plan.years) / plan.months.length) * rng.logNormal(1, 0.45);
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** Scratch space for the shares of one month's revenue (at most 31 orders a month, 391 at worst). */
const SHARES = new Float64Array(1024);

/**
 * The orders table: about `target` orders over the calendar's months (by default the 12 before asOf's
 * month and the month so far), with each client's rhythm and payment habit; invoices fall due after the payment terms, and a
 * few orders are followed by a credit note (a negative amount). Updates each profile's order totals.
 * Payments draw from `payments`, their own stream, so the orders stay put when the payment model changes.
 */
export function buildOrders(
  rng: Rng,
  payments: Rng,
  profiles: readonly ClientProfile[],
  calendar: DemoCalendar,
  target: number,
): TableRecord[] {
  const { asOfDay } = calendar;
  const rows = new OrderColumns();
  const add = (
    client: number,
    day: number,
    amount: number,
    category: string,
    due: number,
    paid: number | null,
  ) => {
    rows.push(client, day, amount, category, due, paid ?? -1);
    const profile = profiles[client] as ClientProfile;
    profile.orderCount++;
    profile.revenue += amount;
    if (profile.orderCount === 1 || day < profile.firstOrderDay) profile.firstOrderDay = day;
    if (day > profile.lastOrderDay) profile.lastOrderDay = day;
  };

  for (const plan of planOrders(rng, profiles, calendar, Math.round(target * (1 - CREDIT_NOTE_SHARE)))) {
    const { profile } = plan;
    const low = Math.max(profile.orderFrom, 0);
    const high = Math.min(profile.orderTo, asOfDay);
    const terms = profile.paymentTermsDays ?? 30;
    for (let slot = 0; slot < plan.months.length; slot++) {
      const k = plan.months[slot] as number;
      const [start, end] = monthBounds(calendar, k);
      const count = plan.counts[slot] ?? 1;
      const revenue = monthRevenue(rng, plan, k);
      const from = Math.max(start, low);
      const to = Math.min(end, high);
      const spread = profile.pattern === 'steady' ? 0.15 : 1;
      let weightSum = 0;
      for (let j = 0; j < count; j++) {
        SHARES[j] = 1 + spread * (rng.next() - 0.5);
        weightSum += SHARES[j] as number;
      }
      for (let j = 0; j < count; j++) {
        const share = (SHARES[j] as number) / weightSum;
        let day =
          profile.pattern === 'steady'
            ? start + ((plan.anchor + Math.floor((j * (end - start)) / count)) % (end - start))
            : from + Math.floor(rng.next() * (to - from));
        if (day < from || day >= to) continue;
        day = workingDay(day, from, to);
        const amount = Math.max(500, cents(revenue * share));
        const categories = profile.categories;
        const category = rng.chance(0.6) ? (categories[0] as string) : rng.pick(categories);
        const due = day + terms;
        add(plan.client, day, amount, category, due, paidDay(payments, profile, day, due, asOfDay));
        if (rng.chance(CREDIT_NOTE_SHARE)) {
          const noteDay = workingDay(day + rng.int(3, 20), day, asOfDay);
          if (noteDay < asOfDay)
            add(plan.client, noteDay, -cents(amount * rng.between(0.05, 0.35)), category, noteDay, noteDay);
        }
      }
    }
  }
  return rows.records(profiles, rng);
}
