import { describe, expect, it } from 'vitest';
import { analyseClaims } from '../../../src/core/analysis/claimsAnalysis';
import { quantileSorted } from '../../../src/core/analysis/stats';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { AS_OF, prepare } from './helpers';

const claim = (
  id: string,
  clientId: string,
  receivedDate: string,
  fields: TableRecord = {},
): TableRecord => ({
  id,
  clientId,
  receivedDate,
  category: 'quality',
  status: 'new',
  ...fields,
});

function analyse(claims: TableRecord[]) {
  const { data, windows } = prepare({ claims });
  return analyseClaims(data.claims, AS_OF, windows.asOfDay);
}

describe('claims analysis', () => {
  // asOf 2025-06-15.
  const claims = [
    claim('K1', 'X', '2025-06-01', {
      status: 'resolved',
      resolvedDate: '2025-06-03',
      slaDueDate: '2025-06-05',
      owner: 'a',
    }),
    claim('K2', 'X', '2025-05-01', {
      status: 'resolved',
      resolvedDate: '2025-05-11',
      slaDueDate: '2025-05-08',
      owner: 'a',
    }),
    claim('K3', 'Y', '2025-04-01', {
      category: 'delivery',
      status: 'resolved',
      resolvedDate: '2025-04-04',
      slaDueDate: '2025-04-10',
      owner: 'b',
    }),
    claim('K4', 'Z', '2025-03-01', {
      category: 'billing',
      status: 'resolved',
      resolvedDate: '2025-03-31',
      owner: 'b',
    }),
    claim('K5', 'X', '2025-06-10', { slaDueDate: '2025-06-20', owner: 'a' }),
    claim('K6', 'Y', '2025-05-20', {
      category: 'delivery',
      status: 'investigating',
      slaDueDate: '2025-06-01',
      owner: 'b',
    }),
    claim('K7', 'Z', '2025-01-15'),
    claim('K8', 'Y', '2025-07-01'), // received after asOf: left out
    claim('K9', 'W', '2024-01-01', { category: 'contract', status: 'resolved' }), // closed, no date
    claim('K10', 'W', '2025-02-01', { category: 'weather', resolvedDate: '2025-01-30' }), // junk category; resolved before received
  ];

  it('ranks categories by count with shares (Pareto)', () => {
    // 9 claims: quality K1 K2 K5 K7 = 4, delivery 2, billing 1, contract 1, none (junk) 1.
    const result = analyse(claims);
    expect(result.total).toBe(9);
    expect(result.pareto.map((p) => [p.category, p.count])).toEqual([
      ['quality', 4],
      ['delivery', 2],
      ['billing', 1],
      ['contract', 1],
      [null, 1],
    ]);
    expect(result.pareto[0]?.share).toBeCloseTo(4 / 9, 12);
    expect(result.pareto[1]?.cumulativeShare).toBeCloseTo(6 / 9, 12);
    expect(result.pareto[4]?.cumulativeShare).toBe(1);
  });

  it('measures time to resolve by interpolated median and 90th percentile', () => {
    // Durations: K1 2, K2 10, K3 3, K4 30 → sorted 2, 3, 10, 30 (K10 resolved before received: left out).
    // Median: position 0.5 × 3 = 1.5 → 3 + 0.5 × (10 − 3) = 6.5. P90: 0.9 × 3 = 2.7 → 10 + 0.7 × 20 = 24.
    const { timeToResolve } = analyse(claims);
    expect(timeToResolve.resolved).toBe(4);
    expect(timeToResolve.inconsistent).toBe(1);
    expect(timeToResolve.medianDays).toBeCloseTo(6.5, 12);
    expect(timeToResolve.p90Days).toBeCloseTo(24, 12);
  });

  it('counts SLA breaches: resolved after the SLA date, or open past it', () => {
    // Assessed: K1 (on time), K2 (resolved 3 days late), K3 (on time), K6 (open, 14 days past).
    // K5 is open but not yet due: its outcome is unknown, so it is not assessed. Rate 2 / 4.
    const { sla } = analyse(claims);
    expect(sla).toEqual({
      assessed: 4,
      resolvedLate: 1,
      openPastDue: 1,
      breachRate: 0.5,
      openBreaches: [{ claimId: 'K6', clientId: 'Y', owner: 'b', slaDueDate: '2025-06-01', daysOver: 14 }],
    });
  });

  it('finds repeat claimants over the last 12 months only', () => {
    // After 2024-06-15: X has K1 K2 K5 = 3; Y K3 K6 = 2; Z K4 K7 = 2; W only K10 (K9 is older) = 1.
    expect(analyse(claims).repeatClaimants).toEqual([
      { clientId: 'X', claims: 3 },
      { clientId: 'Y', claims: 2 },
      { clientId: 'Z', claims: 2 },
    ]);
  });

  it('lists open claims by owner and age bucket', () => {
    // Open: K5 (a, 5 days), K6 (b, 26 days), K7 (no owner, 151 days). K10 has a resolved date: closed.
    const result = analyse(claims);
    expect(result.open).toBe(3);
    expect(result.openByOwner).toEqual([
      { owner: 'a', days0to7: 1, days8to30: 0, days31plus: 0, total: 1 },
      { owner: 'b', days0to7: 0, days8to30: 1, days31plus: 0, total: 1 },
      { owner: null, days0to7: 0, days8to30: 0, days31plus: 1, total: 1 },
    ]);
  });

  it('puts the bucket edges at 7/8 and 30/31 days', () => {
    // Ages 0, 7 → 0-7; 8, 30 → 8-30; 31 → 31+.
    const result = analyse(
      ['2025-06-15', '2025-06-08', '2025-06-07', '2025-05-16', '2025-05-15'].map((d, i) =>
        claim(`E${i}`, 'C', d, { owner: 'o' }),
      ),
    );
    expect(result.openByOwner).toEqual([{ owner: 'o', days0to7: 2, days8to30: 2, days31plus: 1, total: 5 }]);
  });

  it('handles no claims', () => {
    const result = analyse([]);
    expect(result).toMatchObject({ total: 0, open: 0, pareto: [], repeatClaimants: [], openByOwner: [] });
    expect(result.timeToResolve).toEqual({ resolved: 0, medianDays: null, p90Days: null, inconsistent: 0 });
    expect(result.sla.breachRate).toBeNull();
  });
});

describe('quantiles', () => {
  it('interpolates between closest ranks', () => {
    expect(quantileSorted([1, 2, 3, 10], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 10], 0.9)).toBeCloseTo(7.9, 12);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNull();
  });
});
