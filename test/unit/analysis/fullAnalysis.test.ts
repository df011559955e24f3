import { describe, expect, it } from 'vitest';
import { runFullAnalysis } from '../../../src/core/analysis/fullAnalysis';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { AS_OF } from './helpers';

/** A tiny seeded generator (linear congruential), so the data is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const asOf = Date.UTC(2025, 5, 15);
  /** A date up to `back` days before asOf (negative `back` reaches into the future). */
  const date = (back: number, forward = 0) =>
    new Date(asOf - (int(back + forward) - forward) * 86_400_000).toISOString().slice(0, 10);
  return { next, int, pick, date };
}

const CLIENTS = 3000;
const JUNK_EVERY = 97;

function generate(): AnalysisTables {
  const g = generator(20250615);
  const owners = ['ana@x.ph', 'ben@x.ph', 'cai@x.ph', null];
  const clients: TableRecord[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    clients.push({
      id: `C-${i}`,
      name: `Client ${i}`,
      status: g.pick(['prospect', 'active', 'dormant', 'lost', null]),
      segment: g.pick(['Retail', 'Wholesale', 'Government', null]),
      tier: g.pick(['key', 'large', 'medium', 'small', null]),
      region: g.pick(['NCR', 'Visayas', 'Mindanao']),
      leadSource: g.pick(['referral', 'email', 'show', 'exhibition', 'website', null]),
      owner: g.pick(owners),
      email: g.next() < 0.8 ? `c${i}@example.ph` : null,
      yearFounded: g.next() < 0.7 ? 1960 + g.int(65) : null,
      creditLimit: g.next() < 0.1 ? 'ask finance' : g.int(50) * 1000,
      competitors: g.pick(['Acme', 'acme; Beta', 'Gamma', null, null]),
      nextContactDate: g.next() < 0.5 ? g.date(30, 60) : null,
      reliability: g.next() < 0.5 ? g.int(101) : null,
      createdAt: `${g.date(900)}T03:00:00.000Z`,
      updatedAt: g.next() < 0.95 ? `${g.date(400)}T03:00:00.000Z` : null,
    });
  }
  const clientId = () => `C-${g.int(CLIENTS)}`;
  const orders: TableRecord[] = [];
  for (let i = 0; i < 12_000; i++) {
    const orderDate = g.date(800, 10);
    orders.push({
      id: `O-${i}`,
      clientId: clientId(),
      orderDate,
      amount: i % JUNK_EVERY === 0 ? 'TBC' : g.next() < 0.05 ? -g.int(500) : g.int(20_000),
      invoiceDueDate: orderDate,
      paidDate: g.next() < 0.8 ? g.date(800) : null,
    });
  }
  const contacts: TableRecord[] = [];
  for (let i = 0; i < 20_000; i++) {
    contacts.push({
      id: `P-${i}`,
      clientId: clientId(),
      plannedDate: g.date(300, 60),
      channel: 'call',
      status: g.pick(['planned', 'done', 'missed', 'cancelled']),
      owner: g.pick(owners),
    });
  }
  const claims: TableRecord[] = [];
  for (let i = 0; i < 800; i++) {
    const receivedDate = g.date(500, 5);
    claims.push({
      id: `K-${i}`,
      clientId: clientId(),
      receivedDate,
      category: g.pick(['quality', 'delivery', 'billing', 'service', 'contract', 'oops']),
      status: g.pick(['new', 'investigating', 'resolved', 'rejected']),
      slaDueDate: g.date(500),
      resolvedDate: g.next() < 0.5 ? g.date(400) : null,
      owner: g.pick(owners),
    });
  }
  const deals: TableRecord[] = [];
  for (let i = 0; i < 500; i++) {
    deals.push({
      id: `D-${i}`,
      clientId: clientId(),
      title: 'Deal',
      stage: g.pick(['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost']),
      competitor: g.pick(['Acme', 'Beta', 'Delta', null]),
      lossReason: g.pick(['price', 'terms', null]),
      nextStep: g.pick(['Call back', null]),
      owner: g.pick(owners),
    });
  }
  const obligations: TableRecord[] = [];
  for (let i = 0; i < 600; i++) {
    obligations.push({
      id: `B-${i}`,
      clientId: clientId(),
      obligation: 'Deliver',
      dueDate: g.date(300, 30),
      status: g.pick(['pending', 'done', 'waived']),
      doneDate: g.date(300),
    });
  }
  return {
    clients,
    orders,
    contacts,
    claims,
    deals,
    obligations,
    competitors: [
      { id: 'R-1', name: 'Acme' },
      { id: 'R-2', name: 'Beta' },
    ],
    campaigns: [
      { id: 'M-1', name: 'Mail', channel: 'email', date: '2024-09-01', cost: 5000 },
      { id: 'M-2', name: 'Show', channel: 'show', date: '2025-01-10', cost: 20_000 },
    ],
  };
}

describe('full analysis', () => {
  const tables = generate();
  const result = runFullAnalysis(tables, AS_OF);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  it('reads every row but the junk ones', () => {
    const junkOrders = Math.ceil(12_000 / JUNK_EVERY);
    expect(result.rowCounts.clients).toBe(CLIENTS);
    expect(result.rowCounts.orders).toBe(12_000 - junkOrders);
    expect(result.inputIssues.counts['orders.amount.notNumber']).toBe(junkOrders);
    expect(result.inputIssues.counts['clients.creditLimit.notNumber']).toBeGreaterThan(0);
    expect(result.inputIssues.counts['claims.category.unknownChoice']).toBeGreaterThan(0);
  });

  it('classes every client once, with the revenue computed independently', () => {
    // Net revenue per client, by plain string comparison of dates: after 2024-06-15, up to asOf.
    const net = new Map<string, number>();
    for (const o of tables.orders ?? []) {
      const d = String(o.orderDate);
      if (typeof o.amount !== 'number' || d <= '2024-06-15' || d > AS_OF) continue;
      net.set(String(o.clientId), (net.get(String(o.clientId)) ?? 0) + o.amount);
    }
    const positive = sum([...net.values()].filter((v) => v > 0));
    expect(result.abc.totalRevenue).toBeCloseTo(positive, 6);
    const { A, B, C } = result.abc.summary;
    expect(A.count + B.count + C.count).toBe(CLIENTS);
    expect(A.revenue + B.revenue + C.revenue).toBeCloseTo(sum([...net.values()]), 6);
    // The client crossing a cut-off takes the upper class, so A holds at least 80% and A + B at least 95%;
    // and no B or C client had less than 80% ranked before it.
    expect(A.revenue / positive).toBeGreaterThanOrEqual(0.8 - 1e-9);
    expect((A.revenue + B.revenue) / positive).toBeGreaterThanOrEqual(0.95 - 1e-9);
    for (const c of result.abc.clients) {
      if (c.abcClass !== 'A' && c.revenue > 0)
        expect(c.cumulativeShare - c.share).toBeGreaterThanOrEqual(0.8 - 1e-9);
    }
    const { X, Y, Z, unclassified } = result.xyz.summary;
    expect(X + Y + Z + unclassified).toBe(CLIENTS);
    const cells = [...result.abcXyz.cells, ...result.abcXyz.unclassified];
    expect(sum(cells.map((c) => c.count))).toBe(CLIENTS);
    expect(sum(cells.map((c) => c.revenue))).toBeCloseTo(sum([...net.values()]), 6);
    expect(result.rfm.clients.length + result.rfm.unscored).toBe(CLIENTS);
    expect(result.audience.total.clients).toBe(CLIENTS);
    expect(sum(result.audience.bySegment.map((g) => g.clients))).toBe(CLIENTS);
    expect(sum(result.leadSources.bySource.map((s) => s.leads))).toBe(CLIENTS);
  });

  it('scores reliability within 0-100 with contributions that add up', () => {
    expect(result.reliability.clients).toHaveLength(CLIENTS);
    const { scored, priors } = result.reliability.summary;
    expect(scored + priors).toBe(CLIENTS);
    expect(scored).toBeGreaterThan(0);
    expect(priors).toBeGreaterThan(0);
    for (const r of result.reliability.clients) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      if (r.kind !== 'scored') continue;
      // Rounding: score to a whole number (±0.5), six contributions to 0.1 (±0.05 each).
      expect(Math.abs(sum(r.factors.map((f) => f.contribution)) - r.score)).toBeLessThanOrEqual(0.8 + 1e-9);
      expect(Math.abs(sum(r.factors.map((f) => f.effectiveWeight)) - 1)).toBeLessThanOrEqual(0.003 + 1e-9);
      expect(r.factors.length + r.missing.length).toBe(6);
    }
  });

  it('keeps the other reports consistent with their totals', () => {
    expect(sum(result.claims.pareto.map((p) => p.count))).toBe(result.claims.total);
    expect(sum(result.claims.openByOwner.map((o) => o.total))).toBe(result.claims.open);
    expect(result.claims.total).toBeLessThanOrEqual(800);
    expect(result.freshness.pastPlanned.rows).toHaveLength(result.freshness.pastPlanned.count);
    expect(sum(result.freshness.pastPlanned.byOwner.map((o) => o.count))).toBe(
      result.freshness.pastPlanned.count,
    );
    const actions = result.recommendations.byOwner.flatMap((o) => o.actions);
    expect(actions).toHaveLength(result.recommendations.total);
    expect(sum(Object.values(result.recommendations.byRule))).toBe(result.recommendations.total);
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
  });

  it('is plain data: survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('runs over empty tables, and refuses a bad asOf', () => {
    const empty = runFullAnalysis({}, AS_OF);
    expect(empty.abc.clients).toEqual([]);
    expect(empty.recommendations.total).toBe(0);
    expect(empty.inputIssues.total).toBe(0);
    expect(() => runFullAnalysis({}, '2025-13-01')).toThrow(/asOf/);
  });
});
