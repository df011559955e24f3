import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile } from '../../../src/core/analysis/betaDistribution';

describe('the Beta distribution', () => {
  it('gives the CDF worked by hand', () => {
    // I_0.5(2, 3) = Σ_{j=2..4} C(4, j) / 16 = (6 + 4 + 1) / 16.
    expect(betaCdf(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
    // Beta(2, 2): 3x² − 2x³.
    expect(betaCdf(0.3, 2, 2)).toBeCloseTo(3 * 0.09 - 2 * 0.027, 12);
    expect(betaCdf(0, 0.5, 0.5)).toBe(0);
    expect(betaCdf(1, 0.5, 0.5)).toBe(1);
  });

  it('finds quantiles with closed forms, for bell, U and J shapes', () => {
    for (const q of [0.1, 0.5, 0.9]) {
      expect(betaQuantile(q, 1, 1)).toBeCloseTo(q, 9);
      // Beta(a, 1): x^a; Beta(1, b): 1 − (1 − x)^b.
      expect(betaQuantile(q, 3.5, 1)).toBeCloseTo(q ** (1 / 3.5), 9);
      expect(betaQuantile(q, 1, 0.2)).toBeCloseTo(1 - (1 - q) ** (1 / 0.2), 9);
      // Beta(0.5, 0.5): (2/π) asin √x.
      expect(betaQuantile(q, 0.5, 0.5)).toBeCloseTo(Math.sin((q * Math.PI) / 2) ** 2, 9);
    }
  });

  it('stays a quantile for extreme shapes: its CDF is q, or it lies within the search’s 1e-9 of 0 or 1', () => {
    for (const [a, b] of [
      [1e-3, 1e-3],
      [1e-3, 50],
      [2, 1e4],
      [1e4, 1e4],
      [150, 0.02],
    ] as const) {
      for (const q of [0.1, 0.9]) {
        const x = betaQuantile(q, a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        // Beta(0.001, 0.001)'s 10th percentile is below 1e-300: as close to 0 as any percent can say.
        if (x > 1e-9 && x < 1 - 1e-9) expect(betaCdf(x, a, b)).toBeCloseTo(q, 6);
        // Then the true quantile lies beyond 1e-9 of that end too.
        else if (x <= 1e-9) expect(betaCdf(1e-9, a, b)).toBeGreaterThanOrEqual(q);
        else expect(betaCdf(1 - 1e-9, a, b)).toBeLessThanOrEqual(q);
      }
    }
  });

  it('pins the forecast’s percentiles at shapes with no closed form to an independent implementation', () => {
    // Reference: SciPy 1.17's scipy.stats.beta.ppf (mpmath's betainc at 30 digits agrees), the
    // kind of Beta(prior + weighted invoices) a forecast's 10th-90th percentile range comes from.
    const reference: readonly (readonly [a: number, b: number, q: number, x: number])[] = [
      [3.2, 15.7, 0.1, 0.07049707192361643],
      [3.2, 15.7, 0.9, 0.2841758722264208],
      [7.45, 2.3, 0.1, 0.5839242746572539],
      [7.45, 2.3, 0.9, 0.9177935079800661],
      [1.6, 42.9, 0.1, 0.007763775606834556],
      [1.6, 42.9, 0.9, 0.07316752948456713],
      [25.5, 80.25, 0.1, 0.189079024100132],
      [25.5, 80.25, 0.9, 0.2953150885398855],
    ];
    for (const [a, b, q, x] of reference) {
      expect(betaQuantile(q, a, b)).toBeCloseTo(x, 9);
      expect(betaCdf(x, a, b)).toBeCloseTo(q, 10);
    }
  });
});
