import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../src/core/i18n/translate';
import { withRowLimit } from '../../../src/core/reports/blockLimit';
import type { ReportSheetModel } from '../../../src/core/reports/reportModel';

const model = (sizes: readonly number[]): ReportSheetModel => ({
  key: 'abcXyz',
  sheetName: 'ABC',
  title: 'ABC',
  asOfLine: 'as of',
  blocks: sizes.map((size, index) => ({
    title: `Block ${index}`,
    columns: [{ label: 'Client', format: 'text' }],
    rows: Array.from({ length: size }, (_, row) => [`C-${row}`]),
    ...(index === 0 ? { note: 'How to read it.' } : {}),
  })),
  charts: [],
});

describe('a report block’s row limit', () => {
  it('keeps the first rows of a long block and says how many of how many', () => {
    const cut = withRowLimit(model([12, 3]), translatorFor('en'), 5);
    const [long, short] = cut.blocks;
    expect(long?.rows.map((row) => row[0])).toEqual(['C-0', 'C-1', 'C-2', 'C-3', 'C-4']);
    expect(long?.note).toMatch(/^How to read it\. The first 5 of 12 rows are listed/);
    expect(short?.rows).toHaveLength(3);
    expect(short?.note).toBeUndefined();
  });

  it('leaves a model within the limit as it is, and speaks Filipino in a Filipino workbook', () => {
    const within = model([5, 5]);
    expect(withRowLimit(within, translatorFor('en'), 5)).toBe(within);
    const note = withRowLimit(model([0, 9]), translatorFor('fil'), 4).blocks[1]?.note;
    expect(note).toMatch(/unang 4 sa 9 na hilera/);
  });
});
