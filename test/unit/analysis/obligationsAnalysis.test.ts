import { describe, expect, it } from 'vitest';
import { analyseObligations } from '../../../src/core/analysis/obligationsAnalysis';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { prepare } from './helpers';

const ob = (id: string, clientId: string, dueDate: string, fields: TableRecord = {}): TableRecord => ({
  id,
  clientId,
  obligation: `Promise ${id}`,
  dueDate,
  status: 'pending',
  ...fields,
});

describe('obligations analysis', () => {
  // asOf 2025-06-15.
  const obligations = [
    ob('B1', 'C1', '2025-06-15', { owner: 'a' }), // due today: due soon, 0 days
    ob('B2', 'C3', '2025-06-22'), // 7 days: due soon (inclusive)
    ob('B3', 'C3', '2025-06-23'), // 8 days: neither
    ob('B4', 'C1', '2025-06-14'), // overdue 1
    ob('B5', 'C2', '2025-05-16'), // overdue 30
    ob('B6', 'C1', '2025-05-01', { status: 'done', doneDate: '2025-05-01' }), // kept (on the day)
    ob('B7', 'C1', '2025-05-01', { status: 'done', doneDate: '2025-05-02' }), // late
    ob('B8', 'C3', '2025-01-01', { status: 'waived' }), // not assessed
    ob('B9', 'C3', '2025-01-01', { status: 'done' }), // done, date unknown: not assessed
    ob('B10', 'C2', '2025-06-01', { status: null }), // blank status = pending → overdue 14
    ob('B11', 'C2', 'soon'), // junk due date: skipped
  ];

  it('lists obligations due within 7 days and overdue ones', () => {
    const { data, windows } = prepare({ obligations });
    const result = analyseObligations(data.obligations, windows.asOfDay);
    expect(result.dueSoon.map((o) => [o.obligationId, o.days])).toEqual([
      ['B1', 0],
      ['B2', 7],
    ]);
    expect(result.dueSoon[0]).toEqual({
      obligationId: 'B1',
      clientId: 'C1',
      owner: 'a',
      obligation: 'Promise B1',
      dueDate: '2025-06-15',
      days: 0,
    });
    expect(result.overdue.map((o) => [o.obligationId, o.days])).toEqual([
      ['B5', 30],
      ['B10', 14],
      ['B4', 1],
    ]);
  });

  it('gives each client its share kept on time, worst first', () => {
    // C1: kept B6, late B7, overdue B4 → 1/3. C2: overdue B5, B10 → 0/2. C3: nothing assessed → absent.
    const { data, windows } = prepare({ obligations });
    const result = analyseObligations(data.obligations, windows.asOfDay);
    expect(result.byClient).toEqual([
      { clientId: 'C2', kept: 0, late: 0, overdue: 2, assessed: 2, keptShare: 0 },
      { clientId: 'C1', kept: 1, late: 1, overdue: 1, assessed: 3, keptShare: 1 / 3 },
    ]);
    // Overall 1 kept of 5 assessed.
    expect(result.totals).toEqual({ assessed: 5, kept: 1, keptShare: 0.2 });
  });

  it('follows a settable due-soon window, and handles no obligations', () => {
    const { data, windows } = prepare({ obligations });
    expect(
      analyseObligations(data.obligations, windows.asOfDay, 8).dueSoon.map((o) => o.obligationId),
    ).toEqual(['B1', 'B2', 'B3']);
    expect(analyseObligations([], windows.asOfDay)).toEqual({
      dueSoonDays: 7,
      dueSoon: [],
      overdue: [],
      byClient: [],
      totals: { assessed: 0, kept: 0, keptShare: null },
    });
  });
});
