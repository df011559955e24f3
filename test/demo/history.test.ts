import { describe, expect, it } from 'vitest';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { type DemoWorkbook, generateDemoWorkbook } from '../../workbench/demo';
import { SPECS, validationProblems } from './demoHelpers';
import { correlation, decidedInvoices, halves, lateShare } from './paymentStats';

const CLIENTS = 400;
const long = generateDemoWorkbook({ historyMonths: 25, size: { clients: CLIENTS } });
const AS_OF = long.asOf;
/** The first day of the 25 months: 24 before asOf's month (November 2026), then November itself. */
const HISTORY_START = '2024-11-01';
/** The first day of the last 13 months: the default demo's history. */
const LAST_YEAR_START = '2025-11-01';

const sales = (workbook: DemoWorkbook) =>
  (workbook.tables.orders ?? []).filter((o) => (o.amount as number) > 0);

/** Each ordering client's first and last order date. */
function orderSpans(workbook: DemoWorkbook): Map<string, { first: string; last: string }> {
  const spans = new Map<string, { first: string; last: string }>();
  for (const order of sales(workbook)) {
    const id = order.clientId as string;
    const date = order.orderDate as string;
    const span = spans.get(id);
    if (!span) spans.set(id, { first: date, last: date });
    else {
      if (date < span.first) span.first = date;
      if (date > span.last) span.last = date;
    }
  }
  return spans;
}

const clientsOf = (workbook: DemoWorkbook, status: string): TableRecord[] =>
  (workbook.tables.clients ?? []).filter((c) => c.status === status);

describe('demo order history', () => {
  it('is 13 months by default, exactly as when asked for 13', () => {
    const small = { size: { clients: 60 } };
    const byDefault = generateDemoWorkbook(small);
    expect(JSON.stringify(generateDemoWorkbook({ historyMonths: 13, ...small }))).toBe(
      JSON.stringify(byDefault),
    );
    const dates = (byDefault.tables.orders ?? []).map((o) => o.orderDate as string).sort();
    expect(dates[0]?.slice(0, 7)).toBe(LAST_YEAR_START.slice(0, 7));
  });

  it('spreads 25 months of orders evenly enough: every month, the older year about as busy as the last', () => {
    const perMonth = new Map<string, number>();
    for (const order of long.tables.orders ?? []) {
      const month = (order.orderDate as string).slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    const months = [...perMonth.keys()].sort();
    expect(months).toHaveLength(25);
    expect(months[0]).toBe(HISTORY_START.slice(0, 7));
    expect(months.at(-1)).toBe(AS_OF.slice(0, 7));
    expect((long.tables.orders ?? []).every((o) => (o.orderDate as string) < AS_OF)).toBe(true);
    // The month so far aside, no month is empty or crowded.
    const full = months.slice(0, -1).map((m) => perMonth.get(m) as number);
    const mean = full.reduce((a, b) => a + b, 0) / full.length;
    for (const n of full) {
      expect(n).toBeGreaterThan(mean * 0.6);
      expect(n).toBeLessThan(mean * 1.5);
    }
    // The default orders per client grow with the history: 8 per 13 months.
    const expected = CLIENTS * ((8 * 25) / 13);
    expect(long.tables.orders?.length).toBeGreaterThan(expected * 0.95);
    expect(long.tables.orders?.length).toBeLessThan(expected * 1.05);
  });

  it('keeps an explicit number of orders per client whatever the history', () => {
    const demo = generateDemoWorkbook({ historyMonths: 25, size: { clients: 200, ordersPerClient: 4 } });
    expect(demo.tables.orders?.length).toBeGreaterThan(200 * 4 * 0.9);
    expect(demo.tables.orders?.length).toBeLessThan(200 * 4 * 1.1);
  });

  it('spreads the lifecycle: clients join during the older months, dormant and lost ones stop at their usual distances', () => {
    const spans = orderSpans(long);
    const created = (c: TableRecord) => (c.createdAt as string).slice(0, 10);
    // Clients made during the older year that order from then on.
    const joined = (long.tables.clients ?? []).filter(
      (c) => c.status !== 'prospect' && created(c) >= HISTORY_START && created(c) < LAST_YEAR_START,
    );
    expect(joined.length).toBeGreaterThan(CLIENTS * 0.04);
    const joinedOrdering = joined.filter((c) => spans.has(c.id as string));
    expect(joinedOrdering.length).toBeGreaterThan(joined.length * 0.8);
    for (const c of joinedOrdering)
      expect((spans.get(c.id as string)?.first as string) >= created(c)).toBe(true);
    // Most clients were made before the history, none before the team's managers were appointed.
    const before = (long.tables.clients ?? []).filter((c) => created(c) < HISTORY_START);
    expect(before.length).toBeGreaterThan(CLIENTS * 0.6);
    const appointed = (long.tables.team ?? []).map((t) => t.createdAt as string).sort();
    for (const c of long.tables.clients ?? [])
      expect((c.createdAt as string) >= (appointed.at(-1) as string), `${c.id}`).toBe(true);
    // Dormant clients stopped 4 to 11 months before asOf, as in the default demo.
    const dormant = clientsOf(long, 'dormant').filter((c) => spans.has(c.id as string));
    expect(dormant.length).toBeGreaterThan(10);
    for (const c of dormant)
      expect((spans.get(c.id as string)?.last as string) < '2026-07-01', `${c.id}`).toBe(true);
    expect(dormant.some((c) => (spans.get(c.id as string)?.last as string) >= LAST_YEAR_START)).toBe(true);
    // Lost clients stopped at least ten months before asOf, many of them in the older year.
    const lost = clientsOf(long, 'lost').filter((c) => spans.has(c.id as string));
    expect(lost.length).toBeGreaterThan(5);
    for (const c of lost)
      expect((spans.get(c.id as string)?.last as string) < '2026-02-01', `${c.id}`).toBe(true);
    const lostEarly = lost.filter((c) => (spans.get(c.id as string)?.last as string) < LAST_YEAR_START);
    expect(lostEarly.length).toBeGreaterThan(lost.length * 0.3);
    // Active clients still order lately.
    const active = clientsOf(long, 'active').filter((c) => spans.has(c.id as string));
    const lately = active.filter((c) => (spans.get(c.id as string)?.last as string) >= '2026-06-01');
    expect(lately.length).toBeGreaterThan(active.length * 0.9);
  });

  it("is valid throughout, stamped before asOf, and dates nothing before its client's creation", () => {
    for (const spec of SPECS)
      expect(validationProblems(spec, long.tables[spec.key] ?? []), spec.key).toEqual([]);
    const clientCreated = new Map(
      (long.tables.clients ?? []).map((c) => [c.id, (c.createdAt as string).slice(0, 10)]),
    );
    for (const [key, records] of Object.entries(long.tables)) {
      for (const record of records) {
        expect((record.updatedAt as string) < AS_OF, `${key} ${record.id}`).toBe(true);
        const made = clientCreated.get(record.clientId);
        if (key !== 'clients' && made !== undefined)
          expect((record.createdAt as string).slice(0, 10) >= made, `${key} ${record.id}`).toBe(true);
      }
    }
    for (const order of sales(long))
      expect(
        (order.orderDate as string) >= (clientCreated.get(order.clientId) as string),
        `${order.id}`,
      ).toBe(true);
  });

  it('keeps the habits over two years: about three in ten invoices late, each half of a history like the other', () => {
    const share = lateShare(decidedInvoices(long));
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.4);
    const { first, second } = halves(long, 6);
    expect(first.length).toBeGreaterThan(150);
    expect(correlation(first, second)).toBeGreaterThan(0.7);
  });

  it('is deterministic, and another history gives other orders', () => {
    const options = { seed: 5, historyMonths: 25, size: { clients: 80 } };
    const a = JSON.stringify(generateDemoWorkbook(options));
    expect(JSON.stringify(generateDemoWorkbook(options))).toBe(a);
    const b = generateDemoWorkbook({ ...options, historyMonths: 30 });
    expect(JSON.stringify(b.tables.orders)).not.toBe(JSON.stringify(JSON.parse(a).tables.orders));
    const first = (b.tables.orders ?? []).map((o) => o.orderDate as string).sort()[0];
    expect(first?.slice(0, 7)).toBe('2024-06');
  });

  it('refuses histories it cannot honour', () => {
    for (const historyMonths of [12, 49, 13.5, Number.NaN])
      expect(() => generateDemoWorkbook({ historyMonths, size: { clients: 5 } })).toThrow(RangeError);
    expect(generateDemoWorkbook({ historyMonths: 48, size: { clients: 5 } }).tables.clients).toHaveLength(5);
  });
});
