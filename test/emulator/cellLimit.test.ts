/**
 * The emulator counts cells as Sheets does against its 10 million: every cell of every sheet, empty
 * ones included (a new sheet is 1,000 × 26 of them), whatever made them (a new sheet, a copy, rows
 * or columns inserted); deleting lines gives room back; a refused growth changes nothing. The limit
 * is Sheets' unless the emulator is made with another `cellLimit` (the scale benchmark's, to measure
 * a size past it).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, SHEETS_CELL_LIMIT } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

const LIMIT = 10_000_000;
const REFUSED = 'above the limit of 10000000 cells';

function cells(em: ReturnType<typeof createEmulator>): number {
  return em.spreadsheet.getSheets().reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
}

/**
 * A workbook of one sheet of 26 columns with exactly `free` cells left below the limit (`free` must
 * leave a whole number of rows: 10 more than a multiple of 26, as 10,000,000 is).
 */
function nearlyFull(free: number) {
  if ((LIMIT - free) % 26 !== 0) throw new Error(`${free} does not leave whole rows`);
  const em = createEmulator();
  const sheet = firstSheet(em);
  sheet.insertRowsAfter(1000, (LIMIT - free) / 26 - 1000);
  return { em, sheet };
}

describe('the cell limit', () => {
  it('counts a new, empty sheet as 1,000 × 26 cells, and its copies too', () => {
    const em = createEmulator();
    expect(cells(em)).toBe(26_000);
    em.spreadsheet.insertSheet('Empty');
    expect(cells(em)).toBe(52_000);
    const full = nearlyFull(25_984);
    expect(LIMIT - cells(full.em)).toBe(25_984);
    expect(() => full.em.spreadsheet.insertSheet('One too many')).toThrow(REFUSED);
    expect(() => full.sheet.copyTo(full.em.spreadsheet)).toThrow(REFUSED);
    expect(full.em.spreadsheet.getSheets()).toHaveLength(1);
    expect(LIMIT - cells(full.em)).toBe(25_984);
  });

  it('refuses rows or columns past the limit, changing nothing, and gives room back when lines go', () => {
    const free = 36;
    const { em, sheet } = nearlyFull(free);
    const rows = sheet.getMaxRows();
    // One more row of 26 cells fits in 36; two do not.
    expect(() => sheet.insertRowsAfter(rows, 2)).toThrow(REFUSED);
    expect(sheet.getMaxRows()).toBe(rows);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(REFUSED);
    expect(sheet.getMaxColumns()).toBe(26);
    sheet.insertRowsAfter(rows, 1);
    expect(LIMIT - cells(em)).toBe(free - 26);
    sheet.deleteColumns(20, 7);
    expect(cells(em)).toBe(sheet.getMaxRows() * 19);
    sheet.insertRowsAfter(sheet.getMaxRows(), 2);
    expect(sheet.getMaxRows()).toBe(rows + 3);
  });

  it('is Sheets’ 10,000,000 unless the emulator is made with another cellLimit, which it then enforces', () => {
    expect(SHEETS_CELL_LIMIT).toBe(LIMIT);
    expect(createEmulator().cellLimit).toBe(LIMIT);
    const small = createEmulator({ cellLimit: 30_000 });
    expect(small.cellLimit).toBe(30_000);
    expect(() => small.spreadsheet.insertSheet('Second')).toThrow('above the limit of 30000 cells');
    expect(small.spreadsheet.getSheets()).toHaveLength(1);
    const lifted = createEmulator({ cellLimit: 2 * LIMIT });
    const sheet = firstSheet(lifted);
    sheet.insertRowsAfter(1000, 400_000);
    expect(cells(lifted)).toBeGreaterThan(LIMIT);
    expect(() => sheet.insertRowsAfter(sheet.getMaxRows(), 400_000)).toThrow(
      `above the limit of ${2 * LIMIT} cells`,
    );
  });

  it('refuses a cellLimit that is not a whole number of cells, naming the option', () => {
    for (const cellLimit of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createEmulator({ cellLimit })).toThrow(
        `cellLimit: a whole number of cells, not ${cellLimit}`,
      );
  });
});
