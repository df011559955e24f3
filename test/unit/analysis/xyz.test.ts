import { describe, expect, it } from 'vitest';
import { classifyAbc } from '../../../src/core/analysis/abc';
import { abcXyzMatrix } from '../../../src/core/analysis/abcXyz';
import { classifyXyz, coefficientOfVariation, type XyzEntry } from '../../../src/core/analysis/xyz';
import { client, monthlyOrders, order, prepare } from './helpers';

const alternating = (a: number, b: number) => Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b));

function byClient(entries: readonly XyzEntry[]) {
  return Object.fromEntries(entries.map((e) => [e.clientId, e]));
}

describe('XYZ', () => {
  // asOf 2025-06-15 with 12 months: the months compared are 2024-06 … 2025-05.
  const tables = {
    clients: ['STEADY', 'EDGE', 'SWING', 'ONCE', 'NONE', 'OLD', 'CREDIT'].map((id) => client(id)),
    orders: [
      ...monthlyOrders('STEADY', '2024-06', Array(12).fill(100)),
      order('STEADY', '2025-06-10', 5000), // the running month: left out of XYZ
      ...monthlyOrders('EDGE', '2024-06', alternating(110, 90)),
      ...monthlyOrders('SWING', '2024-06', alternating(120, 80)),
      order('ONCE', '2025-01-10', 1200),
      order('OLD', '2023-03-01', 500),
      order('CREDIT', '2025-02-01', -50),
    ],
  };

  it('classes by the coefficient of variation of monthly revenue', () => {
    const { data, stats, windows } = prepare(tables);
    const result = classifyXyz(data.clients, stats, windows);
    const entries = byClient(result.clients);
    expect(result.fromMonth).toBe('2024-06');
    expect(result.toMonth).toBe('2025-05');
    // STEADY: 100 every month → σ 0 → CV 0 → X (the 5000 in June 2025 would otherwise make it Z).
    expect(entries.STEADY).toEqual({ clientId: 'STEADY', xyzClass: 'X', cv: 0, monthlyMean: 100 });
    // EDGE: 110/90 → mean 100, σ 10 → CV 0.10, on the X cut-off → X (≤).
    expect(entries.EDGE).toMatchObject({ xyzClass: 'X', cv: 0.1 });
    // SWING: 120/80 → mean 100, σ 20 → CV 0.20 → Y.
    expect(entries.SWING).toMatchObject({ xyzClass: 'Y', cv: 0.2 });
    // ONCE: 1200 in one month of 12 → mean 100; variance (1100² + 11 × 100²) / 12 = 110,000;
    // σ = 331.66 → CV = √11 ≈ 3.317 → Z.
    expect(entries.ONCE?.xyzClass).toBe('Z');
    expect(entries.ONCE?.xyzClass && entries.ONCE.cv).toBeCloseTo(Math.sqrt(11), 10);
    expect(result.summary).toEqual({ X: 2, Y: 1, Z: 1, unclassified: 3 });
  });

  it('gives no class, with the reason, without orders or without revenue in the months', () => {
    const { data, stats, windows } = prepare(tables);
    const entries = byClient(classifyXyz(data.clients, stats, windows).clients);
    expect(entries.NONE).toEqual({ clientId: 'NONE', xyzClass: null, reason: 'noOrders' });
    expect(entries.OLD).toEqual({ clientId: 'OLD', xyzClass: null, reason: 'noRevenueInMonths' });
    // A credit note alone: mean −50/12 < 0, a CV of which means nothing.
    expect(entries.CREDIT).toEqual({ clientId: 'CREDIT', xyzClass: null, reason: 'noRevenueInMonths' });
  });

  it('follows settable cut-offs and months', () => {
    const { data, stats, windows } = prepare(tables, '2025-06-15', 12, 2);
    // Over 2 months (2025-04, 2025-05): SWING has 120, 80 → mean 100, σ 20 → CV 0.2; with X ≤ 0.25 → X.
    const result = classifyXyz(data.clients, stats, windows, { months: 2, xMax: 0.25, yMax: 0.5 });
    expect(byClient(result.clients).SWING).toMatchObject({ xyzClass: 'X', cv: 0.2 });
    // ONCE ordered in 2025-01 only: nothing in these two months.
    expect(byClient(result.clients).ONCE).toMatchObject({ xyzClass: null, reason: 'noRevenueInMonths' });
  });

  it('computes the population coefficient of variation', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, population σ 2 → CV 0.4.
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, cv: 0.4 });
    expect(coefficientOfVariation([])).toEqual({ mean: 0, cv: null });
    expect(coefficientOfVariation([0, 0])).toEqual({ mean: 0, cv: null });
  });
});

describe('ABC-XYZ matrix', () => {
  it('puts every client in one cell, unclassified XYZ apart', () => {
    // Revenue window: 2024-06-16 … 2025-06-15. XYZ months: 2024-06 … 2025-05.
    // BIG: 100 on the 10th of 2024-07 … 2025-05 (11 months) and 100 on 2025-06-01 → revenue 1200.
    // MID: 60/40 alternating on the 10th of 2024-06 … 2025-05; the 60 of 2024-06-10 is before the
    //      revenue window → revenue 600 − 60 = 540; XYZ sees all 12 months: mean 50, σ 10 → CV 0.2 → Y.
    // ONE: 100 once → revenue 100; a single month → Z. NONE: no orders → C, no XYZ class.
    // ABC, total 1840: BIG 0 before → A; MID 1200/1840 = 0.652 before → A; ONE 1740/1840 = 0.946 → B.
    const { data, stats, windows } = prepare({
      clients: ['BIG', 'MID', 'ONE', 'NONE'].map((id) => client(id)),
      orders: [
        ...monthlyOrders('BIG', '2024-07', Array(11).fill(100)),
        order('BIG', '2025-06-01', 100), // June 2025: counts in revenue, not in XYZ months
        ...monthlyOrders('MID', '2024-06', alternating(60, 40)),
        order('ONE', '2025-03-03', 100),
      ],
    });
    const abc = classifyAbc(data.clients, stats);
    const xyz = classifyXyz(data.clients, stats, windows);
    // BIG's XYZ months: 2024-06 is 0, then 11 × 100 → mean 91.67, not steady enough for X:
    // variance = (91.67² + 11 × 8.33²) / 12 = (8402.8 + 763.9) / 12 = 763.9; σ 27.64; CV 0.3015 → Z.
    const matrix = abcXyzMatrix(abc, xyz);
    const cell = (a: string, x: string | null) =>
      [...matrix.cells, ...matrix.unclassified].find((c) => c.abcClass === a && c.xyzClass === x);
    expect(cell('A', 'Z')).toEqual({ abcClass: 'A', xyzClass: 'Z', count: 1, revenue: 1200 });
    expect(cell('A', 'Y')).toEqual({ abcClass: 'A', xyzClass: 'Y', count: 1, revenue: 540 });
    expect(cell('B', 'Z')).toEqual({ abcClass: 'B', xyzClass: 'Z', count: 1, revenue: 100 });
    expect(cell('C', null)).toEqual({ abcClass: 'C', xyzClass: null, count: 1, revenue: 0 });
    expect(matrix.cells).toHaveLength(9);
    expect(
      matrix.cells.reduce((n, c) => n + c.count, 0) + matrix.unclassified.reduce((n, c) => n + c.count, 0),
    ).toBe(4);
  });
});
