import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from '../../../src/core/analysis/settings';

const errorsOf = (input: unknown) => {
  const result = resolveSettings(input);
  return result.ok ? [] : result.errors;
};

describe('analysis settings', () => {
  it('accepts no input as the defaults: the forecast’s late rule, half-life and band cut-offs', () => {
    expect(resolveSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(resolveSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.reliability).toEqual({
      lateAfterDays: 0,
      halfLifeDays: 365,
      mediumFrom: 0.2,
      highFrom: 0.5,
    });
    expect(DEFAULT_SETTINGS.recommendations).toEqual({
      dormantDays: 45,
      obligationDueDays: 3,
      newClientInvoices: 3,
    });
  });

  it('lays partial settings over the defaults', () => {
    const result = resolveSettings({ abc: { aMax: 0.7 }, reliability: { highFrom: 0.6 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.abc).toEqual({ aMax: 0.7, bMax: 0.95 });
    expect(result.settings.reliability).toEqual({ ...DEFAULT_SETTINGS.reliability, highFrom: 0.6 });
    expect(result.settings.xyz).toEqual(DEFAULT_SETTINGS.xyz);
    const newClients = resolveSettings({ recommendations: { newClientInvoices: 5 } });
    expect(newClients.ok && newClients.settings.recommendations).toEqual({
      ...DEFAULT_SETTINGS.recommendations,
      newClientInvoices: 5,
    });
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

  it('rejects band cut-offs that do not increase, on the high band’s field', () => {
    expect(errorsOf({ reliability: { mediumFrom: 0.5 } })).toEqual([
      { field: 'reliability.highFrom', code: 'notIncreasing' },
    ]);
    expect(errorsOf({ reliability: { mediumFrom: 0.4, highFrom: 0.3 } })).toEqual([
      { field: 'reliability.highFrom', code: 'notIncreasing' },
    ]);
    expect(errorsOf({ reliability: { highFrom: 0.2 } })).toEqual([
      { field: 'reliability.highFrom', code: 'notIncreasing' },
    ]);
    expect(errorsOf({ reliability: { mediumFrom: 0.1, highFrom: 0.11 } })).toEqual([]);
    // A cut-off out of range is reported alone, not also as not increasing.
    expect(errorsOf({ reliability: { mediumFrom: 0, highFrom: 1 } })).toEqual([
      { field: 'reliability.mediumFrom', code: 'outOfRange', min: 0, max: 1 },
      { field: 'reliability.highFrom', code: 'outOfRange', min: 0, max: 1 },
    ]);
    expect(errorsOf({ reliability: { mediumFrom: 0.7, highFrom: 1.5 } })).toEqual([
      { field: 'reliability.highFrom', code: 'outOfRange', min: 0, max: 1 },
    ]);
  });

  it('checks the late rule, the half-life and the new-client threshold', () => {
    expect(errorsOf({ reliability: { lateAfterDays: 2.5 } })).toEqual([
      { field: 'reliability.lateAfterDays', code: 'notInteger' },
    ]);
    expect(errorsOf({ reliability: { lateAfterDays: -1 } })).toEqual([
      { field: 'reliability.lateAfterDays', code: 'outOfRange', min: 0, max: 365 },
    ]);
    expect(errorsOf({ reliability: { halfLifeDays: 0 } })).toEqual([
      { field: 'reliability.halfLifeDays', code: 'outOfRange', min: 1, max: 3650 },
    ]);
    expect(errorsOf({ reliability: { halfLifeDays: 182.5 } })).toEqual([]);
    expect(errorsOf({ recommendations: { newClientInvoices: 0 } })).toEqual([
      { field: 'recommendations.newClientInvoices', code: 'outOfRange', min: 1, max: 100 },
    ]);
  });

  it('drops the old score’s fields without complaint, keeping the other values saved with them', () => {
    const old = {
      reliability: {
        weights: {
          paymentTimeliness: 0.3,
          yearsInBusiness: 0.1,
          claimsRate: 0.2,
          obligationsKept: 0.15,
          orderRegularity: 0.15,
          creditUse: 0.1,
        },
        minOrders: 3,
        priorScore: 40,
        lateDaysForZero: 60,
        yearsForFull: 10,
        claimsPerOrderForZero: 0.5,
      },
      recommendations: { reliabilityDropPoints: 10, dormantDays: 60 },
      abc: { aMax: 0.7 },
    };
    const result = resolveSettings(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.abc.aMax).toBe(0.7);
    expect(result.settings.reliability).toEqual(DEFAULT_SETTINGS.reliability);
    expect(result.settings.recommendations).toEqual({ ...DEFAULT_SETTINGS.recommendations, dormantDays: 60 });
    expect(Object.keys(result.settings.reliability).sort()).toEqual([
      'halfLifeDays',
      'highFrom',
      'lateAfterDays',
      'mediumFrom',
    ]);
    // Even an old weight that would be invalid now is only dropped; the input is not changed.
    expect(
      resolveSettings({ reliability: { weights: { claimsRate: -0.1 }, priorScore: 'x', highFrom: 0.4 } }),
    ).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, reliability: { ...DEFAULT_SETTINGS.reliability, highFrom: 0.4 } },
    });
    expect(old.reliability.priorScore).toBe(40);
    // A new field beside the retired ones is still checked, and other unknown fields still refused.
    expect(errorsOf({ reliability: { weights: {}, highFrom: 2 }, colour: 'red' })).toEqual([
      { field: 'reliability.highFrom', code: 'outOfRange', min: 0, max: 1 },
      { field: 'colour', code: 'unknownField' },
    ]);
    expect(errorsOf({ reliability: { weight: {} } })).toEqual([
      { field: 'reliability.weight', code: 'unknownField' },
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
    expect(errorsOf({ reliability: 'strict' })).toEqual([{ field: 'reliability', code: 'notObject' }]);
  });
});
