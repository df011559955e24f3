import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../workbench/demo';
import { daysFrom, nameKey } from './demoHelpers';

const demo = generateDemoWorkbook();
const clients = demo.tables.clients ?? [];
const team = demo.tables.team ?? [];
const ABROAD = ['Singapore', 'Hong Kong', 'Japan', 'Germany', 'United States', 'Australia'];
const count = <T>(items: readonly T[], key: (item: T) => unknown) => {
  const counts = new Map<unknown, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('demo team and clients', () => {
  it('has a head and three active managers at the demo domain, appointed by the head', () => {
    expect(team.map((t) => [t.role, t.email])).toEqual([
      ['head', 'ligaya.santos@suki-demo.ph'],
      ['manager', expect.stringMatching(/^[a-z]+\.[a-z]+@suki-demo\.ph$/)],
      ['manager', expect.stringMatching(/^[a-z]+\.[a-z]+@suki-demo\.ph$/)],
      ['manager', expect.stringMatching(/^[a-z]+\.[a-z]+@suki-demo\.ph$/)],
    ]);
    expect(team.every((t) => t.status === 'active' && t.appointedBy === 'ligaya.santos@suki-demo.ph')).toBe(
      true,
    );
    expect(team.every((t) => t.appointedAt === t.createdAt && t.dismissedAt === null)).toBe(true);
  });

  it('spreads clients over all three managers', () => {
    const owners = count(clients, (c) => c.owner);
    expect(owners.size).toBe(3);
    for (const n of owners.values()) expect(n).toBeGreaterThan(clients.length / 6);
  });

  it('names clients distinctly, Filipino and international, with a few near-duplicates', () => {
    const names = clients.map((c) => c.name as string);
    expect(new Set(names).size).toBe(names.length);
    const keys = count(names, nameKey);
    const nearDuplicates = [...keys.values()].filter((n) => n > 1).length;
    expect(nearDuplicates).toBeGreaterThanOrEqual(2);
    expect(nearDuplicates).toBeLessThan(names.length / 20);
    expect(names.some((n) => /\b(Inc\.|Corp\.|Corporation|Trading|Enterprises)/.test(n))).toBe(true);
    const abroad = clients.filter((c) => ABROAD.includes(c.region as string));
    expect(abroad.length).toBeGreaterThan(0);
    expect(abroad.length).toBeLessThan(clients.length / 5);
  });

  it('writes Philippine phones, TINs, e-mails and websites in their usual shapes', () => {
    const local = clients.filter((c) => !ABROAD.includes(c.region as string));
    for (const c of local) {
      for (const phone of [c.phone, c.fax]) {
        if (phone !== null)
          expect(phone).toMatch(/^\+63 (2 8\d{3} \d{4}|9\d{2} \d{3} \d{4}|\d{2} [2-9]\d{2} \d{4})$/);
      }
      if (c.taxNumber !== null) expect(c.taxNumber).toMatch(/^\d{3}-\d{3}-\d{3}-\d{3}$/);
    }
    const withEmail = clients.filter((c) => c.email !== null);
    expect(withEmail.length).toBeGreaterThan(clients.length * 0.8);
    for (const c of withEmail) {
      const domain = (c.email as string).split('@')[1];
      if (c.website !== null)
        expect(c.website).toMatch(new RegExp(`^(https://)?www\\.${domain?.replace(/\./g, '\\.')}$`));
    }
    expect(clients.filter((c) => c.contactPerson !== null).length).toBeGreaterThan(clients.length * 0.9);
  });

  it('covers statuses (mostly active), segments, tiers, regions and lead sources', () => {
    const statuses = count(clients, (c) => c.status);
    expect([...statuses.keys()].sort()).toEqual(['active', 'dormant', 'lost', 'prospect']);
    expect(statuses.get('active')).toBeGreaterThan(clients.length / 2);
    expect(count(clients, (c) => c.segment).size).toBeGreaterThanOrEqual(8);
    expect(count(clients, (c) => c.tier).size).toBeGreaterThanOrEqual(4);
    expect(count(clients, (c) => c.region).size).toBeGreaterThanOrEqual(10);
    expect(count(clients, (c) => c.leadSource).size).toBeGreaterThanOrEqual(7);
    expect((count(clients, (c) => c.region).get('NCR') ?? 0) / clients.length).toBeGreaterThan(0.15);
  });

  it('gives terms of 15/30/45/60 days, credit limits and founding years before asOf', () => {
    const year = Number(demo.asOf.slice(0, 4));
    for (const c of clients) {
      if (c.paymentTermsDays !== null) expect([15, 30, 45, 60]).toContain(c.paymentTermsDays);
      if (c.status !== 'prospect') expect(c.creditLimit).toBeGreaterThan(0);
      if (c.yearFounded !== null) expect(c.yearFounded as number).toBeLessThanOrEqual(year);
    }
    expect(count(clients, (c) => c.paymentTermsDays).size).toBeGreaterThanOrEqual(4);
  });

  it('lists competitors present by their names in the competitors table', () => {
    const names = new Set((demo.tables.competitors ?? []).map((c) => c.name));
    const listed = clients.filter((c) => c.competitors !== null);
    expect(listed.length).toBeGreaterThan(clients.length / 4);
    for (const c of listed)
      for (const name of (c.competitors as string).split(', ')) expect(names.has(name)).toBe(true);
  });

  it('keeps account plans: the next contact date and step are the next open contact', () => {
    const contacts = demo.tables.contacts ?? [];
    const nextOf = new Map<unknown, { date: string; purpose: unknown }>();
    for (const p of contacts) {
      if (p.status !== 'planned') continue;
      const current = nextOf.get(p.clientId);
      if (!current || (p.plannedDate as string) < current.date)
        nextOf.set(p.clientId, { date: p.plannedDate as string, purpose: p.purpose });
    }
    for (const c of clients) {
      const next = nextOf.get(c.id);
      expect(c.nextContactDate, `${c.id}`).toBe(next?.date ?? null);
      if (next) expect(c.nextStep).toBe(next.purpose);
    }
    expect(clients.filter((c) => c.goal !== null).length).toBeGreaterThan(clients.length / 2);
  });

  it('leaves some client records stale (updated more than 90 days before asOf), most fresh', () => {
    const age = (c: (typeof clients)[number]) => daysFrom((c.updatedAt as string).slice(0, 10), demo.asOf);
    const stale = clients.filter((c) => age(c) > 90).length;
    expect(stale).toBeGreaterThan(clients.length * 0.08);
    expect(stale).toBeLessThan(clients.length * 0.4);
  });

  it('has competitors with their policies, and campaigns over every channel', () => {
    const competitors = demo.tables.competitors ?? [];
    expect(competitors.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Luzon Supply Co.', 'Visayas Distributors', 'Global Trade Partners']),
    );
    expect(competitors).toHaveLength(8);
    for (const c of competitors) {
      for (const key of [
        'pricingPolicy',
        'discounts',
        'paymentTerms',
        'deliveryTerms',
        'strengths',
        'weaknesses',
      ])
        expect(c[key], `${c.name} ${key}`).toEqual(expect.any(String));
    }
    const campaigns = demo.tables.campaigns ?? [];
    expect(campaigns).toHaveLength(12);
    expect(new Set(campaigns.map((c) => c.channel))).toEqual(
      new Set(['email', 'fax', 'presentation', 'show', 'exhibition']),
    );
    for (const c of campaigns) {
      if (c.status === 'done') expect((c.date as string) < demo.asOf).toBe(true);
      if (c.status === 'planned') expect((c.date as string) > demo.asOf).toBe(true);
    }
    const byChannel = (channel: string) => campaigns.filter((c) => c.channel === channel && c.cost !== null);
    const mean = (list: typeof campaigns) => list.reduce((s, c) => s + (c.cost as number), 0) / list.length;
    expect(mean(byChannel('exhibition'))).toBeGreaterThan(mean(byChannel('email')));
  });
});
