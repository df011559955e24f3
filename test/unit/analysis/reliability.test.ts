import { describe, expect, it } from 'vitest';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { obligationRecords } from '../../../src/core/analysis/obligationsAnalysis';
import {
  claimCountsAsOf,
  type ReliabilityResult,
  scoreClientReliability,
} from '../../../src/core/analysis/reliability';
import { DEFAULT_SETTINGS, type ReliabilitySettings } from '../../../src/core/analysis/settings';
import { classifyXyz, type XyzEntry } from '../../../src/core/analysis/xyz';
import { client, order, prepare } from './helpers';

/** Scores every client of `tables` as of 2025-06-15. */
function score(tables: AnalysisTables, settings: ReliabilitySettings = DEFAULT_SETTINGS.reliability) {
  const { data, stats, windows } = prepare(tables);
  const xyz = new Map<string, XyzEntry>(
    classifyXyz(data.clients, stats, windows).clients.map((e) => [e.clientId, e]),
  );
  const inputs = {
    asOfYear: 2025,
    orderStats: stats,
    claimCounts: claimCountsAsOf(data.claims, windows.asOfDay),
    obligations: obligationRecords(data.obligations, windows.asOfDay),
    xyz,
  };
  return Object.fromEntries(data.clients.map((c) => [c.id, scoreClientReliability(c, inputs, settings)]));
}

function factorsOf(result: ReliabilityResult | undefined) {
  if (result?.kind !== 'scored') throw new Error(`expected a scored result, got ${JSON.stringify(result)}`);
  return Object.fromEntries(result.factors.map((f) => [f.key, f]));
}

describe('reliability', () => {
  it('scores every factor and explains each contribution', () => {
    // R1, asOf 2025-06-15, claimsPerOrderForZero set to 1 so the claims factor is not simply 0.
    // Payment: 100 on time, 200 paid 15 days late, 300 on time, 400 unpaid and 10 days past due
    //   → (100×0 + 200×15 + 300×0 + 400×10) / 1000 = 7 days → 1 − 7/60 = 0.8833.
    // Years: 2025 − 2020 = 5 → 5/10 = 0.5.
    // Claims: 1 claim / 4 orders = 0.25 → 1 − 0.25/1 = 0.75.
    // Obligations: kept 1 (done a day early), late 1 (done 2 days late), overdue 1 (pending) → 1/3.
    // Regularity: orders in 4 of 12 months → Z → 0.
    // Credit use: 400 unpaid / 1000 limit = 0.4 → 0.6.
    // Score: 100 × (0.3×0.8833 + 0.1×0.5 + 0.15×0.75 + 0.15×0.3333 + 0.15×0 + 0.15×0.6)
    //      = 26.5 + 5 + 11.25 + 5 + 0 + 9 = 56.75 → 57.
    const tables: AnalysisTables = {
      clients: [client('R1', { yearFounded: 2020, creditLimit: 1000 })],
      orders: [
        order('R1', '2025-01-10', 100, { invoiceDueDate: '2025-02-10', paidDate: '2025-02-10' }),
        order('R1', '2025-02-10', 200, { invoiceDueDate: '2025-03-10', paidDate: '2025-03-25' }),
        order('R1', '2025-03-10', 300, { invoiceDueDate: '2025-04-10', paidDate: '2025-04-09' }),
        order('R1', '2025-05-20', 400, { invoiceDueDate: '2025-06-05' }),
      ],
      claims: [{ clientId: 'R1', receivedDate: '2025-03-15', category: 'quality' }],
      obligations: [
        { clientId: 'R1', dueDate: '2025-03-01', status: 'done', doneDate: '2025-02-28' },
        { clientId: 'R1', dueDate: '2025-04-01', status: 'done', doneDate: '2025-04-03' },
        { clientId: 'R1', dueDate: '2025-05-01', status: 'pending' },
        { clientId: 'R1', dueDate: '2025-07-01', status: 'pending' }, // not yet due: not assessed
        { clientId: 'R1', dueDate: '2025-01-01', status: 'waived' }, // not assessed
      ],
    };
    const result = score(tables, { ...DEFAULT_SETTINGS.reliability, claimsPerOrderForZero: 1 }).R1;
    expect(result?.kind).toBe('scored');
    expect(result?.score).toBe(57);
    const f = factorsOf(result);
    expect(f.paymentTimeliness).toMatchObject({ value: 7, subScore: 0.883, weight: 0.3, contribution: 26.5 });
    expect(f.paymentTimeliness?.basis).toEqual({ invoices: 4, invoicedAmount: 1000 });
    expect(f.yearsInBusiness).toMatchObject({ value: 5, subScore: 0.5, contribution: 5 });
    expect(f.claimsRate).toMatchObject({ value: 0.25, subScore: 0.75, basis: { claims: 1, orders: 4 } });
    expect(f.claimsRate?.contribution).toBeCloseTo(11.25, 0);
    expect(f.obligationsKept).toMatchObject({
      subScore: 0.333,
      contribution: 5,
      basis: { kept: 1, assessed: 3 },
    });
    expect(f.orderRegularity).toMatchObject({ subScore: 0, contribution: 0, basis: { xyzClass: 'Z' } });
    expect(f.creditUse).toMatchObject({ value: 0.4, subScore: 0.6, contribution: 9 });
    expect(result?.kind === 'scored' && result.missing).toEqual([]);
  });

  it('re-normalises the weights over the factors present and names the missing ones', () => {
    // R2: 3 orders paid on time, no claims, no year, no credit limit, no obligations.
    // Present: payment 1.0 (w 0.30), claims 1.0 (w 0.15), regularity Z → 0 (w 0.15); Σw = 0.60.
    // Score = 100 × (0.30×1 + 0.15×1 + 0.15×0) / 0.60 = 75 (without re-normalising it would be 45).
    const result = score({
      clients: [client('R2', { creditLimit: 'plenty' })],
      orders: ['2025-03-10', '2025-04-10', '2025-05-10'].map((d) =>
        order('R2', d, 100, { invoiceDueDate: d, paidDate: d }),
      ),
    }).R2;
    expect(result?.score).toBe(75);
    expect(result?.kind === 'scored' && result.missing).toEqual([
      'yearsInBusiness',
      'obligationsKept',
      'creditUse',
    ]);
    const f = factorsOf(result);
    expect(f.paymentTimeliness).toMatchObject({ weight: 0.3, effectiveWeight: 0.5, contribution: 50 });
    expect(f.claimsRate).toMatchObject({ weight: 0.15, effectiveWeight: 0.25, contribution: 25 });
    expect(f.orderRegularity).toMatchObject({ effectiveWeight: 0.25, contribution: 0 });
  });

  it('gives a marked prior, not a score, to a client with too little history', () => {
    const results = score({
      clients: [client('NEW', { yearFounded: 1990, creditLimit: 500 }), client('TWO'), client('TWO_CLAIM')],
      orders: [
        order('TWO', '2025-05-01', 100),
        order('TWO', '2025-05-02', 100),
        order('TWO_CLAIM', '2025-05-01', 100),
        order('TWO_CLAIM', '2025-05-02', 100),
      ],
      claims: [{ clientId: 'TWO_CLAIM', receivedDate: '2025-05-05', category: 'quality' }],
    });
    expect(results.NEW).toEqual({
      kind: 'prior',
      clientId: 'NEW',
      score: 50,
      reason: 'insufficientHistory',
      orders: 0,
      claims: 0,
      obligationsAssessed: 0,
    });
    expect(results.TWO).toMatchObject({ kind: 'prior', reason: 'insufficientHistory', orders: 2 });
    // A claim is history: 1 claim / 2 orders = 0.5 ≥ 0.2 → claims 0; regularity: one month → Z → 0.
    // Only those two factors (w 0.15 each) are present → 0.
    expect(results.TWO_CLAIM).toMatchObject({ kind: 'scored', score: 0 });
  });

  it('gives a prior when no factor with a weight is present', () => {
    const weights = {
      paymentTimeliness: 0,
      yearsInBusiness: 0,
      claimsRate: 0,
      obligationsKept: 0,
      orderRegularity: 0,
      creditUse: 1,
    };
    const results = score(
      {
        clients: [client('NOLIMIT'), client('LIMIT', { creditLimit: 1000 })],
        orders: ['NOLIMIT', 'LIMIT'].flatMap((id) => [1, 2, 3].map((d) => order(id, `2025-05-0${d}`, 100))),
      },
      { ...DEFAULT_SETTINGS.reliability, weights, priorScore: 40 },
    );
    expect(results.NOLIMIT).toMatchObject({ kind: 'prior', score: 40, reason: 'noFactors' });
    // LIMIT: 300 unpaid (no paid dates) / 1000 = 0.3 → 0.7 → 70, all of the weight.
    expect(results.LIMIT).toMatchObject({ kind: 'scored', score: 70 });
  });

  it('counts unpaid invoices past due as late up to asOf, and ignores those not yet due', () => {
    // Three orders of 100: paid 30 days late; unpaid, due 2025-05-16 (30 days before asOf);
    // unpaid, due 2025-07-01 (not yet due: not assessed). Average (30 + 30) / 2 = 30 → 1 − 30/60 = 0.5.
    const f = factorsOf(
      score({
        clients: [client('L')],
        orders: [
          order('L', '2025-01-01', 100, { invoiceDueDate: '2025-02-01', paidDate: '2025-03-03' }),
          order('L', '2025-04-16', 100, { invoiceDueDate: '2025-05-16' }),
          order('L', '2025-06-01', 100, { invoiceDueDate: '2025-07-01' }),
        ],
      }).L,
    );
    expect(f.paymentTimeliness).toMatchObject({ value: 30, subScore: 0.5, basis: { invoices: 2 } });
  });
});
