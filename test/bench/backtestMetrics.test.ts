import { describe, expect, it } from 'vitest';
import {
  auc,
  betaBinomialCdf,
  brier,
  calibration,
  pitCoverageCredit,
  spearman,
} from '../../bench/backtestMetrics';

describe('auc', () => {
  it('counts a tied positive-negative pair as half', () => {
    // Pairs (positive, negative): 0.9>0.5, 0.9>0.1, 0.5=0.5 (half), 0.5>0.1 → 3.5 of 4.
    expect(auc([0.9, 0.5, 0.5, 0.1], [true, true, false, false])).toBe(0.875);
  });

  it('gives 0.5 to a constant score, 0 to a reversed one, NaN without a negative', () => {
    expect(auc([0.3, 0.3, 0.3], [true, false, false])).toBe(0.5);
    expect(auc([0.1, 0.2, 0.9], [true, false, false])).toBe(0);
    expect(auc([0.1, 0.2], [true, true])).toBeNaN();
  });
});

describe('spearman', () => {
  it('correlates average ranks, ties sharing theirs', () => {
    // Ranks x [1, 2.5, 2.5, 4], y [1, 3, 2, 4]; Σdxdy 4.5, Σdx² 4.5, Σdy² 5 → 4.5 / √22.5 = 3 / √10.
    expect(spearman([1, 2, 2, 3], [10, 30, 20, 40])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('is −1 for a reversed order and NaN for a constant series', () => {
    expect(spearman([1, 2, 3], [9, 5, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe('brier', () => {
  it('scores every judged invoice and pools them', () => {
    // p 0.2, 1 late of 3: 0.64 + 2 × 0.04; p 0.9, 0 late of 1: 0.81 → 1.53 / 4.
    expect(
      brier([
        { p: 0.2, n: 3, k: 1 },
        { p: 0.9, n: 1, k: 0 },
      ]),
    ).toBeCloseTo(0.3825, 12);
  });
});

describe('calibration', () => {
  it('compares mean p with the late share per band, averaging the non-empty bands', () => {
    const result = calibration([
      { p: 0.1, n: 2, k: 0 },
      { p: 0.15, n: 2, k: 1 },
      { p: 0.5, n: 4, k: 3 },
      { p: 1, n: 1, k: 1 },
    ]);
    const [b0, b1, b2, b3, b4] = result.bands;
    // Band 0-20%: mean p (0.2 + 0.3) / 4 = 0.125, 1 late of 4 → 0.125 off.
    expect(b0).toMatchObject({ invoices: 4, observed: 0.25 });
    expect(b0?.meanP).toBeCloseTo(0.125, 12);
    expect(b1?.invoices).toBe(0);
    expect(b2).toMatchObject({ invoices: 4, meanP: 0.5, observed: 0.75 });
    expect(b3?.invoices).toBe(0);
    // p = 1 falls in the last band.
    expect(b4).toMatchObject({ invoices: 1, meanP: 1, observed: 1 });
    expect(result.error).toBeCloseTo((0.125 + 0.25 + 0) / 3, 12);
  });

  it('puts a band edge in the band above it', () => {
    expect(calibration([{ p: 0.2, n: 1, k: 0 }]).bands[1]?.invoices).toBe(1);
  });
});

describe('betaBinomialCdf', () => {
  it('matches the hand sum for n 3, Beta(2, 1)', () => {
    // pmf C(3,k)·B(k+2, 4−k)/B(2,1): 1/10, 1/5, 3/10, 2/5.
    expect(betaBinomialCdf(-1, 3, 2, 1)).toBe(0);
    expect(betaBinomialCdf(0, 3, 2, 1)).toBeCloseTo(0.1, 12);
    expect(betaBinomialCdf(1, 3, 2, 1)).toBeCloseTo(0.3, 12);
    expect(betaBinomialCdf(2, 3, 2, 1)).toBeCloseTo(0.6, 12);
    expect(betaBinomialCdf(3, 3, 2, 1)).toBe(1);
  });

  it('is uniform for Beta(1, 1) and stays finite for many invoices', () => {
    expect(betaBinomialCdf(0, 2, 1, 1)).toBeCloseTo(1 / 3, 12);
    expect(betaBinomialCdf(1, 2, 1, 1)).toBeCloseTo(2 / 3, 12);
    const middle = betaBinomialCdf(1000, 2000, 300, 300);
    expect(middle).toBeGreaterThan(0.5);
    expect(middle).toBeLessThan(0.55);
  });
});

describe('pitCoverageCredit', () => {
  it('credits the share of [F(k−1), F(k)] inside [0.1, 0.9]', () => {
    // n 3, Beta(2, 1): F = 0.1, 0.3, 0.6, 1.
    expect(pitCoverageCredit(0, 3, 2, 1)).toBeCloseTo(0, 12); // [0, 0.1] touches the edge only
    expect(pitCoverageCredit(1, 3, 2, 1)).toBeCloseTo(1, 12); // [0.1, 0.3]
    expect(pitCoverageCredit(2, 3, 2, 1)).toBeCloseTo(1, 12); // [0.3, 0.6]
    expect(pitCoverageCredit(3, 3, 2, 1)).toBeCloseTo(0.75, 12); // [0.6, 1]: 0.3 of 0.4
  });

  it('averages 80% over outcomes drawn from the forecast itself', () => {
    const n = 3;
    let expected = 0;
    for (let k = 0; k <= n; k++) {
      const pk = betaBinomialCdf(k, n, 2, 1) - betaBinomialCdf(k - 1, n, 2, 1);
      expected += pk * pitCoverageCredit(k, n, 2, 1);
    }
    expect(expected).toBeCloseTo(0.8, 12);
    // Beta(1, 1), n 2: F = 1/3, 2/3, 1 → credits 0.7, 1, 0.7.
    expect(pitCoverageCredit(0, 2, 1, 1)).toBeCloseTo(0.7, 12);
    expect(pitCoverageCredit(2, 2, 1, 1)).toBeCloseTo(0.7, 12);
  });
});
