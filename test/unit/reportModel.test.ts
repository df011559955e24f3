import { describe, expect, it } from 'vitest';
import {
  col,
  layoutReport,
  planReportSheet,
  type ReportSheetModel,
} from '../../src/core/reports/reportModel';
import { MAX_COLUMN_PX, MIN_COLUMN_PX, ROW_PX, textWidthPx } from '../../src/core/reports/sheetSizing';

describe('layoutReport', () => {
  it('lays blocks out one under another, with title, note, header, rows and a gap', () => {
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
      ['Two', null, null],
      ['why', null, null],
      ['d', null, null],
      [null, null, null],
    ]);
    expect(placements).toEqual([
      { titleRow: 4, noteRows: 0, headerRow: 5, firstDataRow: 6, rowCount: 2 },
      { titleRow: 9, noteRows: 1, headerRow: 11, firstDataRow: 12, rowCount: 0 },
    ]);
  });
});

/** A report with a long text column, a measure/value block and two charts over small blocks. */
const sample: ReportSheetModel = {
  key: 'sample',
  sheetName: 'Sample report',
  title: 'A title longer than any column, which runs on over the empty cells to its right',
  asOfLine: 'As of 2026-12-01',
  blocks: [
    {
      title: 'By category',
      columns: [col('Category'), col('Count', 'integer'), col('Revenue', 'currency'), col('Note')],
      rows: [
        ['Delivery', 52, 189_785_981.5, 'x'.repeat(80)],
        ['Quality', 3, 45_000, 'short'],
      ],
    },
    {
      title: 'Summary',
      columns: [col('Measure'), col('Value', 'number')],
      rowFormats: ['integer', 'number', 'percent'],
      rows: [
        ['Claims', 49],
        ['Median days', 3.5],
        ['Breach rate', 0.125],
      ],
    },
  ],
  charts: [
    { kind: 'column', title: 'Counts', block: 0, labelColumn: 0, valueColumns: [1] },
    { kind: 'bar', title: 'Money', block: 1, labelColumn: 0, valueColumns: [1] },
  ],
};

describe('planReportSheet', () => {
  const layout = layoutReport(sample, '₱');
  const plan = planReportSheet(sample, layout, '₱');

  it('sizes each column to its header and values as shown, wrapping only what is wider than the widest', () => {
    const widths = plan.columnWidths.flatMap((run) => new Array(run.count).fill(run.width));
    expect(widths).toHaveLength(layout.width);
    expect(widths[0]).toBe(textWidthPx('Median days'));
    expect(widths[1]).toBe(MIN_COLUMN_PX); // 'Count', '12.5%': narrower than the narrowest
    expect(widths[2]).toBe(textWidthPx('₱189,785,981.50'));
    expect(widths[3]).toBe(MAX_COLUMN_PX);
    // Runs of equal width share one call.
    expect(plan.columnWidths.every((run, i) => run.width !== plan.columnWidths[i + 1]?.width)).toBe(true);
    expect(plan.wrapped).toEqual([{ row: 5, column: 4, rows: 3 }]);
  });

  it('formats counts as whole numbers, money in the currency, and a measure block by row', () => {
    expect(plan.numberFormats[5]?.slice(0, 4)).toEqual(['@', '#,##0', '[$₱]#,##0.00', '@']);
    const summary = (layout.placements[1]?.firstDataRow ?? 0) - 1;
    expect(plan.numberFormats.slice(summary, summary + 3).map((row) => row[1])).toEqual([
      '#,##0',
      '#,##0.0',
      '0.0%',
    ]);
    expect(plan.numberFormats[0]?.[0]).toBe('General');
    expect(planReportSheet(sample, layout, '').numberFormats[5]?.[2]).toBe('#,##0.00');
  });

  it('freezes the titles and the first header, and puts the charts beside the data, below them, apart', () => {
    expect(plan.frozenRows).toBe(layout.placements[0]?.headerRow);
    const [counts, money] = plan.charts;
    expect(counts?.anchorRow).toBe(plan.frozenRows + 1);
    expect(counts?.anchorColumn).toBeGreaterThan(layout.width + 1);
    // A chart's height is whole rows of the default height; the next starts below it.
    const rows = Number(counts?.options.height) / ROW_PX;
    expect(Number.isInteger(rows)).toBe(true);
    expect(money?.anchorRow).toBeGreaterThanOrEqual((counts?.anchorRow ?? 0) + rows);
    expect(counts?.options['vAxis.viewWindow.max']).toBe(60);
    expect(counts?.ranges).toEqual([
      { row: 5, column: 1, rows: 3 },
      { row: 5, column: 2, rows: 3 },
    ]);
    // The money chart's series is a 'number' column: no count axis.
    expect(money?.options['hAxis.gridlines.count']).toBeUndefined();
    expect(plan.columnsNeeded).toBeGreaterThanOrEqual((counts?.anchorColumn ?? 0) + 5);
  });

  it('draws no chart over a block without rows', () => {
    const empty = {
      ...sample,
      blocks: [{ ...sample.blocks[0], rows: [] }, sample.blocks[1]],
    } as ReportSheetModel;
    expect(
      planReportSheet(empty, layoutReport(empty, '₱'), '₱').charts.map((chart) => chart.options.title),
    ).toEqual(['Money']);
  });
});
