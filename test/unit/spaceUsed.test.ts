/**
 * The space-used figure (core/space): cells per table, the share of Sheets' 10 million, the warning
 * from 80%, and "full in N months" from the KPI history's cells-used snapshots, worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { CELL_LIMIT, isCellLimitError, RESERVE_ROWS, tableSheetSize } from '../../src/core/space/cellBudget';
import { fullIn, type SheetCells, spaceUsed } from '../../src/core/space/spaceUsed';
import { fullInText, partLabel, spaceSummary, spaceWarning } from '../../src/core/space/spaceWords';

const en = translatorFor('en');
const fil = translatorFor('fil');
const table = (key: string, rows: number, columns: number): SheetCells => ({
  kind: 'table',
  key,
  rows,
  columns,
});

describe('the cells a workbook uses', () => {
  it('adds rows × columns per sheet, per table, with the reports and other sheets together', () => {
    const space = spaceUsed(
      [
        table('orders', 2_000, 13),
        table('clients', 1_101, 34),
        { kind: 'report', key: 'abcXyz', rows: 40, columns: 12 },
        { kind: 'report', key: 'dashboard', rows: 120, columns: 14 },
        { kind: 'other', key: '', rows: 1_000, columns: 26 },
      ],
      [],
      '2026-11-26',
    );
    // 26,000 + 37,434 + 480 + 1,680 + 26,000
    expect(space.used).toBe(91_594);
    expect(space.parts).toEqual([
      { kind: 'table', key: 'clients', cells: 37_434 },
      { kind: 'table', key: 'orders', cells: 26_000 },
      { kind: 'reports', sheets: 2, cells: 2_160 },
      { kind: 'other', sheets: 1, cells: 26_000 },
    ]);
    expect(space.warn).toBe(false);
    expect(spaceSummary(en, space)).toBe(
      'Space used: 91,594 of the 10,000,000 cells Google Sheets allows (0.9%).',
    );
    expect(partLabel(en, space.parts[0] ?? { kind: 'other', sheets: 0, cells: 0 })).toBe('Clients');
    expect(partLabel(fil, space.parts[2] ?? { kind: 'other', sheets: 0, cells: 0 })).toBe(
      'Mga sheet ng ulat (2)',
    );
  });

  it('warns from 80% of the limit on, not below', () => {
    const below = spaceUsed([table('audit', 799_999, 10)], [], '2026-11-26');
    expect(below.share).toBe(0.799999);
    expect(below.warn).toBe(false);
    expect(spaceWarning(en, below)).toEqual([]);
    const at = spaceUsed([table('audit', 800_000, 10)], [], '2026-11-26');
    expect(at.warn).toBe(true);
    expect(spaceWarning(en, at)[0]).toBe(
      'The spreadsheet is 80.0% full: Google Sheets stops at 10,000,000 cells, empty ones included.',
    );
  });

  it('says when it will be full from the snapshot closest to three months back', () => {
    const samples = [
      { asOf: '2026-11-06', cells: 3_990_000 }, // 20 days: too young to be a rate
      { asOf: '2026-09-27', cells: 3_800_000 }, // 60 days
      { asOf: '2026-08-18', cells: 3_700_000 }, // 100 days: closest to 91
      { asOf: '2025-10-22', cells: 1_000_000 }, // 400 days: not the current rate
      { asOf: 'soon', cells: 0 },
    ];
    const result = fullIn(4_000_000, CELL_LIMIT, samples, '2026-11-26');
    // 300,000 cells in 100 days = 91,312.5 a month (30.4375 days); 6,000,000 left: 65.7 months.
    expect(result.kind).toBe('months');
    if (result.kind !== 'months') return;
    expect(result.perMonth).toBeCloseTo(91_312.5, 3);
    expect(result.months).toBeCloseTo(65.708, 2);
    expect(fullInText(en, result)).toBe(
      'Full in about 66 months at the current rate (91,313 cells a month).',
    );
  });

  it('says when it cannot tell, when it does not grow, and when it is too far to say', () => {
    expect(fullIn(100, CELL_LIMIT, [{ asOf: '2026-11-16', cells: 50 }], '2026-11-26')).toEqual({
      kind: 'unknown',
    });
    expect(fullIn(100, CELL_LIMIT, [{ asOf: '2026-08-26', cells: 150 }], '2026-11-26')).toEqual({
      kind: 'notGrowing',
    });
    const slow = fullIn(1_000_000, CELL_LIMIT, [{ asOf: '2026-08-27', cells: 999_000 }], '2026-11-26');
    expect(fullInText(en, slow)).toBe('Not full for more than ten years at the current rate.');
    const fast = fullIn(9_900_000, CELL_LIMIT, [{ asOf: '2026-08-27', cells: 9_000_000 }], '2026-11-26');
    expect(fullInText(en, fast)).toMatch(/^Full within a month at the current rate/);
  });
});

describe('the size set-up keeps', () => {
  it('keeps every row and column with content, the table’s columns and a reserve of empty rows', () => {
    expect(tableSheetSize(1, 0, 34)).toEqual({ rows: 1 + RESERVE_ROWS, columns: 34 });
    expect(tableSheetSize(5_000, 40, 34)).toEqual({ rows: 5_000 + RESERVE_ROWS, columns: 40 });
  });

  it('recognises Sheets’ refusal to pass the limit', () => {
    const sheets = new Error(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(isCellLimitError(sheets)).toBe(true);
    expect(isCellLimitError(new Error('Service error: Spreadsheets'))).toBe(false);
    expect(isCellLimitError(sheets.message)).toBe(false);
  });
});
