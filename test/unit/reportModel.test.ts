import { describe, expect, it } from 'vitest';
import { pipelineByStage } from '../../src/core/reports/dashboard';
import { col, layoutReport } from '../../src/core/reports/reportModel';

describe('layoutReport', () => {
  it('lays blocks out one under another, with title, header, rows and a gap', () => {
    const { grid, width, placements } = layoutReport({
      key: 'k',
      sheetName: 'K',
      title: 'Title',
      asOfLine: 'As of',
      blocks: [
        {
          title: 'One',
          columns: [col('a'), col('b', 'integer'), col('c')],
          rows: [
            ['x', 1, null],
            ['y', 2, 'z'],
          ],
        },
        { title: 'Two', note: 'why', columns: [col('d')], rows: [] },
      ],
      charts: [],
    });
    expect(width).toBe(3);
    expect(grid).toEqual([
      ['Title', null, null],
      ['As of', null, null],
      [null, null, null],
      ['One', null, null],
      ['a', 'b', 'c'],
      ['x', 1, null],
      ['y', 2, 'z'],
      [null, null, null],
      ['Two — why', null, null],
      ['d', null, null],
      [null, null, null],
    ]);
    expect(placements).toEqual([
      { titleRow: 4, headerRow: 5, firstDataRow: 6, rowCount: 2 },
      { titleRow: 9, headerRow: 10, firstDataRow: 11, rowCount: 0 },
    ]);
  });
});

describe('pipelineByStage', () => {
  it('counts deals and value per stage in funnel order; junk stages count as leads, junk values as 0', () => {
    const rows = pipelineByStage([
      { stage: 'proposal', value: 100 },
      { stage: 'proposal', value: 50.5 },
      { stage: 'won', value: 10 },
      { stage: 'vip', value: 7 },
      { stage: 'negotiation', value: 'lots' },
      { stage: null, value: null },
    ]);
    expect(rows).toEqual([
      { stage: 'lead', deals: 2, value: 7 },
      { stage: 'qualified', deals: 0, value: 0 },
      { stage: 'proposal', deals: 2, value: 150.5 },
      { stage: 'negotiation', deals: 1, value: 0 },
      { stage: 'won', deals: 1, value: 10 },
      { stage: 'lost', deals: 0, value: 0 },
    ]);
  });
});
