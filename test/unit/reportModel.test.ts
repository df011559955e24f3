import { describe, expect, it } from 'vitest';
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
