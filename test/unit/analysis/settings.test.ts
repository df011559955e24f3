import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from '../../../src/core/analysis/settings';

const errorsOf = (input: unknown) => {
  const result = resolveSettings(input);
  return result.ok ? [] : result.errors;
};

describe('analysis settings', () => {
  it('accepts no input as the defaults, whose weights sum to 1', () => {
    expect(resolveSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(resolveSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const sum = Object.values(DEFAULT_SETTINGS.reliability.weights).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('lays partial settings over the defaults', () => {
    const result = resolveSettings({ abc: { aMax: 0.7 }, reliability: { weights: { creditUse: 0 } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.abc).toEqual({ aMax: 0.7, bMax: 0.95 });
    expect(result.settings.reliability.weights.creditUse).toBe(0);
    expect(result.settings.reliability.weights.paymentTimeliness).toBe(0.3);
    expect(result.settings.xyz).toEqual(DEFAULT_SETTINGS.xyz);
  });

  it('rejects ABC cut-offs that do not increase, naming the field', () => {
    expect(errorsOf({ abc: { aMax: 0.95, bMax: 0.9 } })).toEqual([
      { field: 'abc.bMax', code: 'notIncreasing' },
    ]);
    expect(errorsOf({ abc: { aMax: 0.95 } })).toEqual([{ field: 'abc.bMax', code: 'notIncreasing' }]);
    expect(errorsOf({ abc: { aMax: 0 } })).toEqual([
      { field: 'abc.aMax', code: 'outOfRange', min: 0, max: 1 },
    ]);
    expect(errorsOf({ abc: { bMax: 1 } })).toEqual([]); // B may run to 100%: only revenue ≤ 0 is then C
  });

  it('rejects XYZ cut-offs that do not increase, and fewer than two months', () => {
    expect(errorsOf({ xyz: { xMax: 0.3 } })).toEqual([{ field: 'xyz.yMax', code: 'notIncreasing' }]);
    expect(errorsOf({ xyz: { months: 1 } })).toEqual([
      { field: 'xyz.months', code: 'outOfRange', min: 2, max: 60 },
    ]);
    expect(errorsOf({ xyz: { months: 6.5 } })).toEqual([{ field: 'xyz.months', code: 'notInteger' }]);
  });

  it('rejects negative weights and weights summing to 0', () => {
    expect(errorsOf({ reliability: { weights: { claimsRate: -0.1 } } })).toEqual([
      { field: 'reliability.weights.claimsRate', code: 'outOfRange', min: 0, max: 1000 },
    ]);
    const zero = {
      paymentTimeliness: 0,
      yearsInBusiness: 0,
      claimsRate: 0,
      obligationsKept: 0,
      orderRegularity: 0,
      creditUse: 0,
    };
    expect(errorsOf({ reliability: { weights: zero } })).toEqual([
      { field: 'reliability.weights', code: 'weightsZero' },
    ]);
  });

  it('rejects junk: text for numbers, unknown fields, a non-object', () => {
    expect(errorsOf({ freshness: { staleDays: '90' }, colour: 'red', claims: 5 })).toEqual([
      { field: 'freshness.staleDays', code: 'notNumber' },
      { field: 'colour', code: 'unknownField' },
      { field: 'claims', code: 'notObject' },
    ]);
    expect(errorsOf([1, 2])).toEqual([{ field: '(settings)', code: 'notObject' }]);
    expect(errorsOf({ recommendations: { dormantDays: Number.POSITIVE_INFINITY } })).toEqual([
      { field: 'recommendations.dormantDays', code: 'notNumber' },
    ]);
  });
});
