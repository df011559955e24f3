import { describe, expect, it } from 'vitest';
import { runFullAnalysis } from '../../../src/core/analysis/fullAnalysis';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { DEFAULT_SETTINGS } from '../../../src/core/analysis/settings';
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
const LATENESS = [0.05, 0.15, 0.35, 0.7];

/** `iso` moved by `days` days. */
function shiftDate(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
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
      lateChance: g.next() < 0.5 ? g.int(101) : null, // Suki-written: the analysis never reads it
      createdAt: `${g.date(900)}T03:00:00.000Z`,
      updatedAt: g.next() < 0.95 ? `${g.date(400)}T03:00:00.000Z` : null,
    });
  }
  const clientId = () => `C-${g.int(CLIENTS)}`;
  const orders: TableRecord[] = [];
  for (let i = 0; i < 12_000; i++) {
    const orderDate = g.date(800, 10);
    const client = g.int(CLIENTS);
    // Each client pays late at its own rate (5%, 15%, 35% or 70% of invoices), early or up to 60 days late.
    const late = g.next() < (LATENESS[client % LATENESS.length] ?? 0);
    const paidOffset = late ? 1 + g.int(60) : -g.int(20);
    orders.push({
      id: `O-${i}`,
      clientId: `C-${client}`,
      orderDate,
      amount: i % JUNK_EVERY === 0 ? 'TBC' : g.next() < 0.05 ? -g.int(500) : g.int(20_000),
      invoiceDueDate: orderDate,
      paidDate: g.next() < 0.9 ? shiftDate(orderDate, paidOffset) : null,
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
  // Credit checks for a few clients (some with no orders at all), one dated after asOf (not seen).
  const evidence: TableRecord[] = [];
  for (let i = 0; i < 300; i++) {
    evidence.push({
      id: `E-${i}`,
      clientId: clientId(),
      checkedDate: i === 0 ? '2025-07-01' : g.date(700),
      kind: g.pick(['tradeReference', 'registration', 'creditCheck']),
      outcome: g.pick(['good', 'bad']),
      source: 'Supplier',
    });
  }
  return {
    clients,
    orders,
    evidence,
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

  it('forecasts every client’s late chance within its interval, banded by the settings', () => {
    const forecasts = result.reliability.clients;
    expect(forecasts.map((f) => f.clientId)).toEqual(tables.clients?.map((c) => c.id));
    const { mediumFrom, highFrom } = DEFAULT_SETTINGS.reliability;
    for (const f of forecasts) {
      expect(f.low).toBeGreaterThanOrEqual(0);
      expect(f.low).toBeLessThanOrEqual(f.probability);
      expect(f.probability).toBeLessThanOrEqual(f.high);
      expect(f.high).toBeLessThanOrEqual(1);
      expect(f.alpha).toBeGreaterThan(0);
      expect(f.beta).toBeGreaterThan(0);
      expect(f.probability).toBeCloseTo(f.alpha / (f.alpha + f.beta), 12);
      // Banded as shown, in whole percent (49.96% is in the 50% band).
      const shown = Math.round(f.probability * 100);
      expect(f.band).toBe(shown >= highFrom * 100 ? 'high' : shown >= mediumFrom * 100 ? 'medium' : 'low');
      expect(f.evidence).toBe(f.history.invoices + sum(f.credit.map((c) => c.count)));
      expect(f.history.late).toBeLessThanOrEqual(f.history.invoices);
      expect(f.history.unpaidLate).toBeLessThanOrEqual(f.history.late);
      if (f.history.late === 0) expect(f.history.averageDaysLate).toBeNull();
      else expect(f.history.averageDaysLate).toBeGreaterThan(0);
      expect(f.prior.low).toBeLessThanOrEqual(f.prior.probability);
      expect(f.prior.probability).toBeLessThanOrEqual(f.prior.high);
      expect(f.prior.groups.every((g) => g.shift !== 0)).toBe(true);
      // The prior alone: the forecast is the prior, its interval the prior's.
      if (f.evidence === 0) {
        expect(f.probability).toBeCloseTo(f.prior.probability, 12);
        expect([f.low, f.high]).toEqual([f.prior.low, f.prior.high]);
      }
      // A reference is asked for where the history is short and the range wide, unless one is recorded.
      const hasReference = f.credit.some((c) => c.kind === 'tradeReference');
      expect(f.hint === 'addTradeReference').toBe(
        f.history.invoices < 3 && f.high - f.low > 0.4 && !hasReference,
      );
      if (f.turn) {
        expect(f.turn.recentLate).toBeGreaterThanOrEqual(3);
        expect(f.turn.earlierInvoices + f.turn.recentInvoices).toBe(f.history.invoices);
      }
    }
  });

  it('judges the invoices as counted independently, and sums the forecast up consistently', () => {
    // lateAfterDays 0: an invoice (amount > 0, ordered by asOf) is late when paid after its due date, or
    // still unpaid after it; unpaid and not yet due, it is not judged. No client has payment terms.
    const judged = new Map<string, { invoices: number; late: number }>();
    for (const o of tables.orders ?? []) {
      const due = String(o.invoiceDueDate);
      // A payment dated after asOf is not known yet: the invoice is still unpaid.
      const paid = o.paidDate === null || String(o.paidDate) > AS_OF ? null : String(o.paidDate);
      if (typeof o.amount !== 'number' || o.amount <= 0 || String(o.orderDate) > AS_OF) continue;
      if (paid === null && due >= AS_OF) continue;
      const entry = judged.get(String(o.clientId)) ?? { invoices: 0, late: 0 };
      entry.invoices++;
      if (paid === null || paid > due) entry.late++;
      judged.set(String(o.clientId), entry);
    }
    for (const f of result.reliability.clients) {
      const expected = judged.get(f.clientId) ?? { invoices: 0, late: 0 };
      expect([f.clientId, f.history.invoices, f.history.late]).toEqual([
        f.clientId,
        expected.invoices,
        expected.late,
      ]);
    }
    const { book, summary } = result.reliability;
    expect(book.clients).toBe(judged.size);
    expect(book.invoices).toBe(sum([...judged.values()].map((j) => j.invoices)));
    expect(book.lateShare).toBeGreaterThan(0);
    expect(book.lateShare).toBeLessThan(1);
    expect(book.strength).toBeGreaterThan(0);

    const forecasts = result.reliability.clients;
    const { low, medium, high } = summary.bands;
    expect(low + medium + high).toBe(CLIENTS);
    for (const band of ['low', 'medium', 'high'] as const)
      expect(summary.bands[band]).toBe(forecasts.filter((f) => f.band === band).length);
    expect(summary.priorOnly).toBe(forecasts.filter((f) => f.evidence === 0).length);
    expect(summary.priorOnly).toBeGreaterThan(0);
    expect(summary.priorOnly).toBeLessThan(CLIENTS);
    expect(summary.averageProbability).toBeCloseTo(sum(forecasts.map((f) => f.probability)) / CLIENTS, 12);
    // The data reaches every band and short histories get the hint. Every client here pays at one
    // steady rate: a streak of late invoices by chance is rarely taken for a turn.
    expect([low, medium, high].every((n) => n > 0)).toBe(true);
    expect(forecasts.filter((f) => f.turn !== null).length).toBeLessThan(CLIENTS * 0.005);
    expect(forecasts.some((f) => f.hint !== null)).toBe(true);
    // And it tells the payers apart: clients that pay late more often get a higher average chance.
    const meanOf = (rate: number) => {
      const group = forecasts.filter((f) => LATENESS[Number(f.clientId.slice(2)) % LATENESS.length] === rate);
      return sum(group.map((f) => f.probability)) / group.length;
    };
    const means = LATENESS.map(meanOf);
    expect(means).toEqual([...means].sort((a, b) => a - b));
    expect((means[3] ?? 0) - (means[0] ?? 0)).toBeGreaterThan(0.1);

    // Credit checks count, except the one dated after asOf and a second of the same kind, outcome and
    // source for one client; a client with checks alone is not prior-only.
    const seen = (tables.evidence ?? []).filter((e) => String(e.checkedDate) <= AS_OF);
    const distinct = new Set(seen.map((e) => `${e.clientId} ${e.kind} ${e.outcome} ${e.source}`));
    expect(distinct.size).toBeLessThan(seen.length);
    expect(sum(forecasts.map((f) => sum(f.credit.map((c) => c.count))))).toBe(distinct.size);
    const checkedOnly = forecasts.filter((f) => f.history.invoices === 0 && f.credit.length > 0);
    for (const f of checkedOnly) expect(f.evidence).toBeGreaterThan(0);
  });

  it('measures account health apart from the forecast, null where there is nothing to measure', () => {
    const health = result.accountHealth;
    expect(health.map((h) => h.clientId)).toEqual(tables.clients?.map((c) => c.id));
    const claimsUpToAsOf = new Map<string, number>();
    for (const k of tables.claims ?? [])
      if (String(k.receivedDate) <= AS_OF)
        claimsUpToAsOf.set(String(k.clientId), (claimsUpToAsOf.get(String(k.clientId)) ?? 0) + 1);
    let measured = 0;
    for (const h of health) {
      if (h.claimsPerOrder) {
        measured++;
        expect(h.claimsPerOrder.orders).toBeGreaterThan(0);
        expect(h.claimsPerOrder.claims).toBe(claimsUpToAsOf.get(h.clientId) ?? 0);
        expect(h.claimsPerOrder.rate).toBeCloseTo(h.claimsPerOrder.claims / h.claimsPerOrder.orders, 12);
      }
      if (h.obligationsKept) {
        expect(h.obligationsKept.kept).toBeLessThanOrEqual(h.obligationsKept.assessed);
        expect(h.obligationsKept.share).toBeCloseTo(h.obligationsKept.kept / h.obligationsKept.assessed, 12);
      }
      if (h.orderingMonths) {
        expect(h.orderingMonths.of).toBe(DEFAULT_SETTINGS.xyz.months);
        expect(h.orderingMonths.months).toBeLessThanOrEqual(h.orderingMonths.of);
      }
      if (h.creditUse) {
        expect(h.creditUse.limit).toBeGreaterThan(0);
        expect(h.creditUse.share).toBeCloseTo(h.creditUse.outstanding / h.creditUse.limit, 12);
      }
    }
    expect(measured).toBeGreaterThan(0);
    expect(health.some((h) => h.claimsPerOrder === null)).toBe(true);
    expect(health.some((h) => h.creditUse !== null)).toBe(true);
    // Claims are no input of the forecast: dropping them all changes account health only.
    const withoutClaims = runFullAnalysis({ ...tables, claims: [] }, AS_OF);
    expect(withoutClaims.reliability).toEqual(result.reliability);
    expect(withoutClaims.accountHealth).not.toEqual(result.accountHealth);
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
