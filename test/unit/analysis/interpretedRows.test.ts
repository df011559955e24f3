/**
 * Where a runtime refuses to compile code (`new Function` throwing, as under a content policy), the
 * analysis readers fall back to a loop over the same plans: the analysis must come out identical,
 * junk cells and their issues included.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { AS_OF } from './helpers';

type Analyse = (tables: Record<string, TableRecord[]>, asOf: string) => unknown;

const tables: Record<string, TableRecord[]> = {
  clients: [
    { id: 'C-1', name: 'Alpha', status: 'active', tier: 'KEY', yearFounded: 1990, creditLimit: 5000 },
    { id: 'C-2', name: 'Bravo', status: 'nonsense', yearFounded: 'long ago', creditLimit: -5 },
    { id: 'C-2', name: 'Bravo again' },
    { id: '', name: 'No ID' },
  ],
  orders: [
    {
      id: 'O-1',
      clientId: 'C-1',
      orderDate: '2025-03-01',
      amount: 1200,
      invoiceDueDate: '2025-03-31',
      paidDate: '2025-04-05',
    },
    { id: 'O-2', clientId: 'C-2', orderDate: 'yesterday', amount: 'a lot' },
    { id: 'O-3', clientId: 'C-1', orderDate: '2025-06-01', amount: 300 },
  ],
  claims: [{ id: 'K-1', clientId: 'C-1', receivedDate: '2025-05-01', category: 'quality', status: 'open' }],
  deals: [{ id: 'D-1', clientId: 'C-1', title: 'Renewal', stage: 'proposal', value: 9000, owner: 'm@x.ph' }],
  obligations: [
    { id: 'B-1', clientId: 'C-1', obligation: 'Deliver', dueDate: '2025-01-10', status: 'pending' },
  ],
};

async function analyseWith(refuseCompiling: boolean): Promise<unknown> {
  vi.resetModules();
  const original = globalThis.Function;
  if (refuseCompiling) {
    globalThis.Function = function refuse() {
      throw new EvalError('Code generation from strings disallowed for this context');
    } as unknown as FunctionConstructor;
  }
  try {
    const { runFullAnalysis } = (await import('../../../src/core/analysis/fullAnalysis')) as {
      runFullAnalysis: Analyse;
    };
    return runFullAnalysis(tables, AS_OF);
  } finally {
    globalThis.Function = original;
  }
}

afterEach(() => {
  vi.resetModules();
});

describe('analysis readers without code generation', () => {
  it('give the same analysis, junk and issues included', async () => {
    const compiled = await analyseWith(false);
    const interpreted = await analyseWith(true);
    expect(interpreted).toEqual(compiled);
    expect(JSON.stringify(compiled)).toContain('duplicateId');
  });
});
