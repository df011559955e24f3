import { describe, expect, it } from 'vitest';
import { classifyAbc } from '../../../src/core/analysis/abc';
import { client, order, prepare } from './helpers';

/** Clients with one order each of the given revenue, inside the 12-month window. */
function abcOf(revenues: Record<string, number | string>, settings?: { aMax: number; bMax: number }) {
  const ids = Object.keys(revenues);
  const { data, stats } = prepare({
    clients: ids.map((id) => client(id)),
    orders: ids.map((id) => order(id, '2025-03-01', revenues[id] ?? 0)),
  });
  const result = classifyAbc(data.clients, stats, settings);
  const classes = Object.fromEntries(result.clients.map((c) => [c.clientId, c.abcClass]));
  return { result, classes };
}

describe('ABC', () => {
  it('classes the client that closes exactly at a cut-off in the upper class, the next one below', () => {
    // Total 100. Share before each: C1 0 → A; C2 0.50 → A (closes at 0.80); C3 0.80, not < 0.80 → B
    // (closes at 0.95); C4 0.95, not < 0.95 → C.
    const { result, classes } = abcOf({ C1: 50, C2: 30, C3: 15, C4: 5 });
    expect(classes).toEqual({ C1: 'A', C2: 'A', C3: 'B', C4: 'C' });
    expect(result.clients.map((c) => c.cumulativeShare)).toEqual([0.5, 0.8, 0.95, 1]);
    expect(result.summary).toEqual({
      A: { count: 2, revenue: 80 },
      B: { count: 1, revenue: 15 },
      C: { count: 1, revenue: 5 },
    });
  });

  it('classes the client that crosses a cut-off in the upper class', () => {
    // Total 100. D2: 0.70 before, 0.90 after → crosses 80% → A. D3: 0.90 before, 0.96 after → B. D4: C.
    const { classes } = abcOf({ D1: 70, D2: 20, D3: 6, D4: 4 });
    expect(classes).toEqual({ D1: 'A', D2: 'A', D3: 'B', D4: 'C' });
  });

  it('gives equal revenues the same class, that of the first of them', () => {
    // Total 100. T2 (first of the tie, by ID) has 0.60 before → A; T3 ties with T2 → A too, although
    // 0.80 before it would alone make it B.
    const { classes, result } = abcOf({ T3: 20, T1: 60, T2: 20 });
    expect(classes).toEqual({ T1: 'A', T2: 'A', T3: 'A' });
    expect(result.clients.map((c) => c.clientId)).toEqual(['T1', 'T2', 'T3']);
  });

  it('classes zero, negative and no revenue as C, outside the total', () => {
    // Positive total 100 (P1 only). P2 has a credit note only, P3 no orders, P4 junk amount (row skipped).
    const { data, stats } = prepare({
      clients: [client('P1'), client('P2'), client('P3'), client('P4')],
      orders: [
        order('P1', '2025-03-01', 100),
        order('P2', '2025-03-01', -10),
        order('P4', '2025-03-01', 'lots'),
      ],
    });
    const result = classifyAbc(data.clients, stats);
    expect(result.totalRevenue).toBe(100);
    expect(result.clients.map((c) => [c.clientId, c.abcClass, c.share])).toEqual([
      ['P1', 'A', 1],
      ['P3', 'C', 0],
      ['P4', 'C', 0],
      ['P2', 'C', 0],
    ]);
    expect(result.summary.C).toEqual({ count: 3, revenue: -10 });
  });

  it('follows settable cut-offs', () => {
    // 50/40: C2 has 0.50 before, not < 0.50 → B; C3 0.80 < 0.90 → B; C4 0.95 → C.
    const { classes } = abcOf({ C1: 50, C2: 30, C3: 15, C4: 5 }, { aMax: 0.5, bMax: 0.9 });
    expect(classes).toEqual({ C1: 'A', C2: 'B', C3: 'B', C4: 'C' });
  });

  it('counts only revenue inside the 12-month window', () => {
    // asOf 2025-06-15: the window is after 2024-06-15 up to 2025-06-15.
    const { data, stats } = prepare({
      clients: [client('W1'), client('W2')],
      orders: [
        order('W1', '2024-06-15', 1000), // the window's first day is 2024-06-16: out
        order('W1', '2025-06-16', 1000), // after asOf: out
        order('W1', '2024-06-16', 10), // in
        order('W2', '2025-06-15', 20), // asOf itself: in
      ],
    });
    const result = classifyAbc(data.clients, stats);
    expect(result.clients.map((c) => [c.clientId, c.revenue])).toEqual([
      ['W2', 20],
      ['W1', 10],
    ]);
  });

  it('handles no clients, and clients with no revenue at all', () => {
    const empty = classifyAbc([], new Map());
    expect(empty).toEqual({
      totalRevenue: 0,
      clients: [],
      summary: { A: { count: 0, revenue: 0 }, B: { count: 0, revenue: 0 }, C: { count: 0, revenue: 0 } },
    });
    const { classes } = abcOf({ Z1: 0, Z2: 0 });
    expect(classes).toEqual({ Z1: 'C', Z2: 'C' });
  });
});
