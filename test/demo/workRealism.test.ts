import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../workbench/demo';
import { daysFrom } from './demoHelpers';

const demo = generateDemoWorkbook();
const { asOf } = demo;
const table = (key: string) => demo.tables[key] ?? [];
const clientsById = new Map(table('clients').map((c) => [c.id, c]));
const orders = table('orders');
const sales = orders.filter((o) => (o.amount as number) > 0);

/** Revenue per client per month (YYYY-MM) over the 12 full months before asOf's month. */
function monthlyRevenue(): Map<unknown, number[]> {
  const months: string[] = [];
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  for (let i = 12; i >= 1; i--) {
    const index = year * 12 + month - 1 - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  const revenue = new Map<unknown, number[]>();
  for (const o of orders) {
    const slot = months.indexOf((o.orderDate as string).slice(0, 7));
    if (slot < 0) continue;
    const row = revenue.get(o.clientId) ?? new Array<number>(12).fill(0);
    row[slot] = (row[slot] as number) + (o.amount as number);
    revenue.set(o.clientId, row);
  }
  return revenue;
}

describe('demo orders and payments', () => {
  it('holds about eight orders per client over the year before asOf', () => {
    expect(orders.length).toBeGreaterThan(120 * 8 * 0.9);
    expect(orders.length).toBeLessThan(120 * 8 * 1.1);
    const first = orders.map((o) => o.orderDate as string).sort()[0] as string;
    expect(daysFrom(first, asOf)).toBeGreaterThan(365);
    expect(daysFrom(first, asOf)).toBeLessThanOrEqual(365 + 31);
    expect(orders.every((o) => (o.orderDate as string) < asOf)).toBe(true);
  });

  it('skews revenue like Pareto: the top 20% of clients bring more than half of it', () => {
    const revenue = new Map<unknown, number>();
    for (const o of orders) revenue.set(o.clientId, (revenue.get(o.clientId) ?? 0) + (o.amount as number));
    const sorted = [...revenue.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, Math.round(table('clients').length * 0.2)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.5);
    // ABC at 80/15/5 gives three non-empty classes with A the smallest by count.
    let cumulative = 0;
    const classes = { A: 0, B: 0, C: 0 };
    for (const value of sorted) {
      cumulative += value;
      classes[cumulative / total <= 0.8 ? 'A' : cumulative / total <= 0.95 ? 'B' : 'C']++;
    }
    expect(classes.A).toBeGreaterThan(0);
    expect(classes.A).toBeLessThan(classes.B + classes.C);
    expect(classes.C).toBeGreaterThan(0);
  });

  it('mixes steady (X), seasonal (Y) and irregular (Z) buyers by monthly revenue', () => {
    const xyz = { X: 0, Y: 0, Z: 0 };
    for (const row of monthlyRevenue().values()) {
      const mean = row.reduce((a, b) => a + b, 0) / 12;
      if (mean <= 0) continue;
      const cv = Math.sqrt(row.reduce((s, v) => s + (v - mean) ** 2, 0) / 12) / mean;
      xyz[cv <= 0.1 ? 'X' : cv <= 0.25 ? 'Y' : 'Z']++;
    }
    expect(xyz.X).toBeGreaterThanOrEqual(8);
    expect(xyz.Y).toBeGreaterThanOrEqual(8);
    expect(xyz.Z).toBeGreaterThanOrEqual(8);
  });

  it('sets invoices due after the payment terms; most are paid on time, many late, some overdue', () => {
    for (const o of sales) {
      const terms = clientsById.get(o.clientId)?.paymentTermsDays;
      expect(daysFrom(o.orderDate as string, o.invoiceDueDate as string), `${o.id}`).toBe(terms);
      const paidDate = o.paidDate as string | null;
      if (paidDate !== null) {
        expect(paidDate > (o.orderDate as string)).toBe(true);
        expect(paidDate < asOf).toBe(true);
      }
    }
    const paid = sales.filter((o) => o.paidDate !== null);
    const late = paid.filter((o) => (o.paidDate as string) > (o.invoiceDueDate as string));
    // Philippine B2B: about three in ten invoices late (payments.test.ts checks the habits behind it).
    expect(late.length / paid.length).toBeGreaterThan(0.15);
    expect(late.length / paid.length).toBeLessThan(0.4);
    const overdue = sales.filter((o) => o.paidDate === null && (o.invoiceDueDate as string) < asOf);
    expect(overdue.length).toBeGreaterThan(3);
    // Habitual and chronic late payers: clients with at least four paid invoices, most of them late.
    const byClient = new Map<unknown, { paid: number; late: number }>();
    for (const o of paid) {
      const row = byClient.get(o.clientId) ?? { paid: 0, late: 0 };
      row.paid++;
      if ((o.paidDate as string) > (o.invoiceDueDate as string)) row.late++;
      byClient.set(o.clientId, row);
    }
    const chronic = [...byClient.values()].filter((r) => r.paid >= 4 && r.late / r.paid >= 0.5);
    expect(chronic.length).toBeGreaterThan(byClient.size / 10);
    expect(chronic.length).toBeLessThan(byClient.size / 3);
  });

  it('has a few credit notes: small negative amounts, settled on issue', () => {
    const notes = orders.filter((o) => (o.amount as number) < 0);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThan(orders.length * 0.05);
    for (const n of notes) expect([n.invoiceDueDate, n.paidDate]).toEqual([n.orderDate, n.orderDate]);
  });
});

describe('demo contact plans', () => {
  const contacts = table('contacts');
  it('logs done contacts with outcomes, plans future ones and leaves some overdue', () => {
    const done = contacts.filter((p) => p.status === 'done');
    expect(done.length).toBeGreaterThan(contacts.length / 2);
    for (const p of done) {
      expect(p.outcome).toEqual(expect.any(String));
      expect((p.doneDate as string) >= (p.plannedDate as string) && (p.doneDate as string) < asOf).toBe(true);
    }
    for (const p of contacts.filter((c) => c.status !== 'done')) expect(p.doneDate).toBeNull();
    expect(
      contacts.filter((p) => p.status === 'planned' && (p.plannedDate as string) >= asOf).length,
    ).toBeGreaterThan(20);
    expect(
      contacts.filter((p) => p.status === 'planned' && (p.plannedDate as string) < asOf).length,
    ).toBeGreaterThan(5);
    expect(contacts.filter((p) => p.status === 'missed').length).toBeGreaterThan(0);
    expect(contacts.length).toBeGreaterThan(120 * 6 * 0.9);
    expect(contacts.length).toBeLessThan(120 * 6 * 1.1);
  });

  it('has scheme rows with consecutive steps 1..n per client and scheme', () => {
    const steps = new Map<string, number[]>();
    for (const p of contacts.filter((c) => c.scheme !== null)) {
      const key = `${p.clientId} ${p.scheme}`;
      steps.set(key, [...(steps.get(key) ?? []), p.step as number]);
    }
    expect([...steps.keys()].some((k) => k.endsWith('Onboarding'))).toBe(true);
    for (const list of steps.values()) expect(list.sort((a, b) => a - b)).toEqual(list.map((_, i) => i + 1));
  });
});

describe('demo claims, deals and obligations', () => {
  const claims = table('claims');
  const sla = { critical: 2, high: 5, medium: 10, low: 20 } as Record<string, number>;

  it('skews claim categories to delivery and quality, with SLA dates by severity', () => {
    expect(claims).toHaveLength(48);
    const byCategory = new Map<unknown, number>();
    for (const k of claims) byCategory.set(k.category, (byCategory.get(k.category) ?? 0) + 1);
    const ranked = [...byCategory.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(ranked.slice(0, 2).sort()).toEqual(['delivery', 'quality']);
    for (const k of claims) {
      expect(daysFrom(k.receivedDate as string, k.slaDueDate as string)).toBe(sla[k.severity as string]);
      const closed = k.status === 'resolved' || k.status === 'rejected';
      expect(k.resolvedDate !== null, `${k.id}`).toBe(closed);
      expect(k.rootCause !== null).toBe(closed);
      if (k.compensation !== null)
        expect(k.compensation as number).toBeLessThanOrEqual(k.amountClaimed as number);
    }
  });

  it('resolves some claims late, leaves some open past SLA, and has repeat claimants', () => {
    const resolvedLate = claims.filter(
      (k) => k.resolvedDate !== null && (k.resolvedDate as string) > (k.slaDueDate as string),
    );
    expect(resolvedLate.length).toBeGreaterThan(2);
    const openPastSla = claims.filter((k) => k.resolvedDate === null && (k.slaDueDate as string) < asOf);
    expect(openPastSla.length).toBeGreaterThanOrEqual(2);
    const perClient = new Map<unknown, number>();
    for (const k of claims) perClient.set(k.clientId, (perClient.get(k.clientId) ?? 0) + 1);
    expect([...perClient.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(1);
  });

  it('has deals in every stage; lost ones give a reason, many against a named competitor', () => {
    const deals = table('deals');
    expect(new Set(deals.map((d) => d.stage))).toEqual(
      new Set(['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost']),
    );
    const competitorNames = new Set(table('competitors').map((c) => c.name));
    for (const d of deals) {
      if (d.competitor !== null) expect(competitorNames.has(d.competitor)).toBe(true);
      if (d.stage === 'lost')
        expect(['Price', 'Delivery time', 'Relationship', 'Product fit']).toContain(d.lossReason);
      else expect(d.lossReason).toBeNull();
      if (d.stage === 'won' || d.stage === 'lost') expect((d.expectedClose as string) < asOf).toBe(true);
    }
    const lost = deals.filter((d) => d.stage === 'lost');
    expect(lost.filter((d) => d.competitor !== null).length).toBeGreaterThan(lost.length / 3);
    expect(new Set(lost.map((d) => d.lossReason)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps obligations per contract: on time, late, overdue, and due within 7 days', () => {
    const obligations = table('obligations');
    expect(obligations).toHaveLength(96);
    const contractOf = new Map<unknown, unknown>();
    const clientOf = new Map<unknown, unknown>();
    for (const b of obligations) {
      expect(b.contractRef).toMatch(/^SC-\d{4}-\d{4}$/);
      expect(contractOf.get(b.clientId) ?? b.contractRef).toBe(b.contractRef);
      expect(clientOf.get(b.contractRef) ?? b.clientId).toBe(b.clientId);
      contractOf.set(b.clientId, b.contractRef);
      clientOf.set(b.contractRef, b.clientId);
      expect(b.doneDate !== null).toBe(b.status === 'done');
    }
    const due = (b: (typeof obligations)[number]) => b.dueDate as string;
    const done = obligations.filter((b) => b.status === 'done');
    expect(done.filter((b) => (b.doneDate as string) <= due(b)).length).toBeGreaterThan(
      obligations.length / 3,
    );
    expect(done.filter((b) => (b.doneDate as string) > due(b)).length).toBeGreaterThan(2);
    const pending = obligations.filter((b) => b.status === 'pending');
    expect(pending.filter((b) => due(b) < asOf).length).toBeGreaterThan(2);
    expect(pending.filter((b) => due(b) >= asOf && daysFrom(asOf, due(b)) <= 7).length).toBeGreaterThan(2);
  });
});
