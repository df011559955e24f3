import { describe, expect, it } from 'vitest';
import { quintileScores, scoreRfm } from '../../../src/core/analysis/rfm';
import { client, order, prepare } from './helpers';

describe('RFM quintile scores', () => {
  it('spreads ten distinct values two per score', () => {
    expect(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], true)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('gives ties the score of the lowest rank in the tie', () => {
    // n = 5, sorted 1, 5, 5, 5, 9. The 5s have one value worse (the 1): 1 + ⌊5 × 1 / 5⌋ = 2.
    // The 9 has four worse: 1 + ⌊20 / 5⌋ = 5. The 1 has none: 1.
    expect(quintileScores([5, 5, 5, 1, 9], true)).toEqual([2, 2, 2, 1, 5]);
    expect(quintileScores([3, 3, 3], true)).toEqual([1, 1, 1]);
    expect(quintileScores([], true)).toEqual([]);
  });

  it('scores fewer days best for recency', () => {
    expect(quintileScores([0, 10, 20, 30, 40], false)).toEqual([5, 4, 3, 2, 1]);
    // n = 3: each 10 has one worse value (the 40): 1 + ⌊5 / 3⌋ = 2; the 40 has none: 1.
    expect(quintileScores([10, 10, 40], false)).toEqual([2, 2, 1]);
  });
});

describe('RFM', () => {
  it('scores clients with orders and counts the rest as unscored', () => {
    // asOf 2025-06-15.
    // P: orders 2025-03-01, 2025-05-01, 2025-06-05 (100 each) and a credit note −50 on 2025-06-10
    //    (not an order, so recency stays 10 days) → R 10 days, F 3, M 250.
    // Q: one order of 500 on 2025-04-16 → R 60, F 1, M 500.
    // R: one order of 1000 on 2024-01-10 (outside the 12-month window) → R 366 + 151 + 5 = 522 days,
    //    F 0, M 0.
    // S: no orders → unscored.
    // Scores with n = 3 (score = 1 + ⌊5 × worse / 3⌋; worse 0 → 1, 1 → 2, 2 → 4):
    //   recency 10/60/522 → P 4, Q 2, R 1; frequency 3/1/0 → 4, 2, 1; monetary 250/500/0 → 2, 4, 1.
    const { data, stats, windows } = prepare({
      clients: ['P', 'Q', 'R', 'S'].map((id) => client(id)),
      orders: [
        order('P', '2025-03-01', 100),
        order('P', '2025-05-01', 100),
        order('P', '2025-06-05', 100),
        order('P', '2025-06-10', -50),
        order('Q', '2025-04-16', 500),
        order('R', '2024-01-10', 1000),
        order('S', '2025-06-01', 'n/a'),
      ],
    });
    const result = scoreRfm(data.clients, stats, windows.asOfDay);
    expect(result.clients).toEqual([
      { clientId: 'P', recencyDays: 10, frequency: 3, monetary: 250, r: 4, f: 4, m: 2, code: '442' },
      { clientId: 'Q', recencyDays: 60, frequency: 1, monetary: 500, r: 2, f: 2, m: 4, code: '224' },
      { clientId: 'R', recencyDays: 522, frequency: 0, monetary: 0, r: 1, f: 1, m: 1, code: '111' },
    ]);
    expect(result.unscored).toBe(1);
    expect(result.distribution.r).toEqual([1, 1, 0, 1, 0]);
  });

  it('handles no clients', () => {
    expect(scoreRfm([], new Map(), 0)).toEqual({
      clients: [],
      unscored: 0,
      distribution: { r: [0, 0, 0, 0, 0], f: [0, 0, 0, 0, 0], m: [0, 0, 0, 0, 0] },
    });
  });
});
