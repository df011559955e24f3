/** The widths report columns get, and whole-number count axes (core/reports/sheetSizing.ts). */
import { describe, expect, it } from 'vitest';
import {
  columnWidthFor,
  MAX_COLUMN_PX,
  MIN_COLUMN_PX,
  PX_PER_CHAR,
  textWidthPx,
  wholeNumberAxis,
} from '../../../src/core/reports/sheetSizing';

describe('a column’s width', () => {
  it('fits its longest text, within the bounds, and wraps what is wider than the widest', () => {
    expect(columnWidthFor(['A'])).toEqual({ width: MIN_COLUMN_PX, wrap: false });
    const money = '₱189,785,981.50';
    expect(columnWidthFor(['Open pipeline', money]).width).toBe(textWidthPx(money));
    expect(textWidthPx(money)).toBeGreaterThanOrEqual(money.length * PX_PER_CHAR);
    const long = 'x'.repeat(80);
    expect(columnWidthFor(['Note', long])).toEqual({ width: MAX_COLUMN_PX, wrap: true });
    // Characters, not UTF-16 units: Ñ and emoji count once.
    expect(textWidthPx('Ñ😀')).toBe(textWidthPx('ab'));
  });
});

describe('a count axis', () => {
  it('steps in whole numbers and reaches the largest value', () => {
    for (const largest of [0, 1, 3, 7, 49, 52, 99, 100, 101, 1_234, 98_765]) {
      const axis = wholeNumberAxis(largest);
      expect(Number.isInteger(axis.step), `${largest}`).toBe(true);
      expect(axis.max).toBeGreaterThanOrEqual(largest);
      expect(axis.max % axis.step).toBe(0);
      expect(axis.gridlines - 1).toBe(axis.max / axis.step);
      expect(axis.gridlines - 1).toBeLessThanOrEqual(5);
    }
    expect(wholeNumberAxis(52)).toEqual({ step: 20, max: 60, gridlines: 4 });
    expect(wholeNumberAxis(3)).toEqual({ step: 1, max: 3, gridlines: 4 });
  });
});
