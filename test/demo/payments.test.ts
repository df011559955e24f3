import { describe, expect, it } from 'vitest';
import { type DemoWorkbook, generateDemoWorkbook } from '../../workbench/demo';
import { demoCalendar } from '../../workbench/demo/calendar';
import { competitorProfiles } from '../../workbench/demo/competitors';
import { dayFromIso } from '../../workbench/demo/days';
import { assignPayers } from '../../workbench/demo/payers';
import { buildProfiles } from '../../workbench/demo/profiles';
import { Rng } from '../../workbench/demo/random';
import { buildTeam } from '../../workbench/demo/team';
import { daysFrom } from './demoHelpers';
import {
  correlation,
  decidedInvoices,
  halves,
  invoicesByClient,
  lateShare,
  lateShareBy,
  spread,
} from './paymentStats';

const demo = generateDemoWorkbook();
const medium = generateDemoWorkbook({ size: { clients: 600 } });
const large = generateDemoWorkbook({ size: { clients: 2000 } });
const ABROAD = new Set(['Singapore', 'Hong Kong', 'Japan', 'Germany', 'United States', 'Australia']);

/** Late shares of the clients with at least `min` decided invoices. */
function clientShares(workbook: DemoWorkbook, min: number): number[] {
  return [...invoicesByClient(workbook).values()].filter((l) => l.length >= min).map(lateShare);
}

describe('demo payment habits', () => {
  it('has about three in ten invoices late (paid after the due date or still unpaid past it)', () => {
    for (const workbook of [demo, medium, large]) {
      const share = lateShare(decidedInvoices(workbook));
      expect(share).toBeGreaterThan(0.25);
      expect(share).toBeLessThan(0.4);
    }
  });

  it('keeps habits: the late shares of a client’s earlier and later invoices correlate', () => {
    for (const [workbook, clients] of [
      [demo, 30],
      [medium, 200],
    ] as const) {
      const { first, second } = halves(workbook, 4);
      expect(first.length).toBeGreaterThan(clients);
      expect(correlation(first, second)).toBeGreaterThan(0.6);
    }
  });

  it('mixes payers: many never or hardly late, some mostly late, a few nearly always', () => {
    const shares = clientShares(medium, 6);
    const part = (test: (s: number) => boolean) => shares.filter(test).length / shares.length;
    expect(part((s) => s <= 0.1)).toBeGreaterThan(0.3);
    expect(part((s) => s > 0.1 && s < 0.5)).toBeGreaterThan(0.15);
    expect(part((s) => s >= 0.5)).toBeGreaterThan(0.15);
    expect(part((s) => s >= 0.5)).toBeLessThan(0.4);
    expect(part((s) => s >= 0.8)).toBeGreaterThan(0.03);
  });

  it('lets firmographics tell little: groups differ far less than clients do', () => {
    const clients = spread(clientShares(large, 6));
    const groupings: ((c: Record<string, unknown>) => string | null)[] = [
      (c) => (c.segment as string | null) ?? null,
      (c) => (c.tier as string | null) ?? null,
      (c) => {
        const region = c.region as string;
        if (ABROAD.has(region)) return 'abroad';
        return region === 'NCR' ? 'NCR' : 'provinces';
      },
    ];
    for (const groupOf of groupings) {
      const shares = [...lateShareBy(large, groupOf, 200).values()];
      expect(shares.length).toBeGreaterThanOrEqual(3);
      expect(spread(shares)).toBeLessThan(clients * 0.2);
    }
  });

  it('lets firmographics tell a little: young companies and small ones pay late more often', () => {
    const year = Number(large.asOf.slice(0, 4));
    const age = lateShareBy(
      large,
      (c) => (c.yearFounded === null ? null : year - (c.yearFounded as number) < 3 ? 'young' : 'older'),
      100,
    );
    expect(age.get('young') as number).toBeGreaterThan((age.get('older') as number) + 0.03);
    const tier = lateShareBy(large, (c) => c.tier as string | null, 200);
    expect(tier.get('small') as number).toBeGreaterThan(tier.get('large') as number);
  });

  it('has habitual late payers late by weeks, good payers’ slips short', () => {
    const habitual: number[] = [];
    const good: number[] = [];
    for (const list of invoicesByClient(medium).values()) {
      if (list.length < 6) continue;
      const share = lateShare(list);
      const target = share >= 0.5 ? habitual : share <= 0.25 ? good : null;
      for (const { late, dueDate, paidDate } of list)
        if (target && late && paidDate !== null) target.push(daysFrom(dueDate, paidDate));
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
    expect(habitual.length).toBeGreaterThan(100);
    expect(good.length).toBeGreaterThan(30);
    expect(median(habitual)).toBeGreaterThanOrEqual(12);
    expect(median(good)).toBeLessThanOrEqual(7);
    expect(Math.min(...habitual, ...good)).toBeGreaterThanOrEqual(1);
  });

  it('has a few clients whose payments turned late at some point, and a few that mended', () => {
    // The habits as the generator draws them (the records only show their effect, through noise).
    const asOfDay = dayFromIso('2026-11-26');
    const part = (label: string) => Rng.forPart(20261126, label);
    const calendar = demoCalendar(asOfDay, 25);
    const team = buildTeam(part('team'), asOfDay);
    const profiles = buildProfiles(
      part('profiles'),
      2000,
      calendar,
      team.managers,
      competitorProfiles(part('c'), 8),
    );
    assignPayers(part('payers'), profiles, asOfDay, 2026);
    const ordering = profiles.filter(
      (p) => p.status === 'active' && p.orderTo >= asOfDay && p.orderFrom < asOfDay,
    );
    const good = ordering.filter((p) => p.payment.kind === 'prompt' || p.payment.kind === 'usual');
    const turned = good.filter((p) => Number.isFinite(p.payment.turnDay));
    const mended = ordering.filter((p) => !good.includes(p) && Number.isFinite(p.payment.turnDay));
    expect(turned.length / good.length).toBeGreaterThan(0.01);
    expect(turned.length / good.length).toBeLessThan(0.06);
    expect(mended.length).toBeGreaterThan(0);
    for (const p of turned) expect(p.payment.recentLateChance).toBeGreaterThan(p.payment.lateChance);
    // Turns come at any day while the client orders, not all in one month: some in the last four
    // months, most before.
    const daysAgo = turned.map((p) => asOfDay - p.payment.turnDay);
    expect(daysAgo.every((d) => d >= 30)).toBe(true);
    expect(daysAgo.some((d) => d <= 120)).toBe(true);
    expect(daysAgo.filter((d) => d > 120).length).toBeGreaterThan(daysAgo.length / 2);
  });
});
