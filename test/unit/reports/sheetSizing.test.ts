/** The widths report columns get, and whole-number count axes (core/reports/sheetSizing.ts). */
import { describe, expect, it } from 'vitest';
import {
  axisMeasure,
  axisOptions,
  columnWidthFor,
  currencySymbolForLocale,
  isCurrencySymbol,
  MAX_COLUMN_PX,
  MIN_COLUMN_PX,
  numberFormatFor,
  PX_PER_CHAR,
  shownText,
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

describe('money, counts and shares as shown', () => {
  it('puts the workbook’s currency sign in the number format and before the figure', () => {
    expect(numberFormatFor('currency', '₱')).toBe('[$₱]#,##0.00');
    expect(numberFormatFor('currency', '')).toBe('#,##0.00');
    expect(numberFormatFor('integer', '₱')).toBe('#,##0');
    expect(shownText(189_785_981.5, 'currency', '₱')).toBe('₱189,785,981.50');
    expect(shownText(-45_000, 'currency', '₱')).toBe('-₱45,000.00');
    expect(shownText(49, 'integer', '₱')).toBe('49');
    expect(shownText(12_345, 'integer', '₱')).toBe('12,345');
    expect(shownText(0.3945, 'percent', '₱')).toBe('39.5%');
    expect(shownText(-0.04, 'number', '')).toBe('0.0');
    expect(shownText('C-000001 Dela Cruz', 'text', '₱')).toBe('C-000001 Dela Cruz');
    expect(shownText(null, 'currency', '₱')).toBe('');
  });

  it('takes the currency sign from the spreadsheet’s locale, none when not known', () => {
    expect(currencySymbolForLocale('en_PH')).toBe('₱');
    expect(currencySymbolForLocale('fil_PH')).toBe('₱');
    expect(currencySymbolForLocale('fil')).toBe('₱');
    expect(currencySymbolForLocale('en_US')).toBe('$');
    expect(currencySymbolForLocale('en_GB')).toBe('£');
    expect(currencySymbolForLocale('de_DE')).toBe('€');
    expect(currencySymbolForLocale('ja_JP')).toBe('¥');
    expect(currencySymbolForLocale('en')).toBe('');
    expect(currencySymbolForLocale('xx_ZZ')).toBe('');
    expect(currencySymbolForLocale('')).toBe('');
  });

  it('accepts only a sign a [$…] number format can hold', () => {
    for (const sign of ['₱', '$', 'US$', 'PHP', '€', 'kr', ''])
      expect(isCurrencySymbol(sign), sign).toBe(true);
    for (const sign of ['12', 'P 1', 'a]b', '[$', '"', 'toolong', '€-407', 'a;b']) {
      expect(isCurrencySymbol(sign), sign).toBe(false);
    }
  });
});

describe('a chart’s axes', () => {
  it('steps a count axis in whole numbers, on the horizontal axis of a bar chart', () => {
    expect(axisMeasure(['integer', 'integer'])).toBe('count');
    expect(axisMeasure(['integer', 'currency'])).toBe('other');
    const column = axisOptions('column', 'count', 52, ['Delivery', 'Quality'], '₱');
    expect(column).toMatchObject({
      'vAxis.viewWindow.min': 0,
      'vAxis.viewWindow.max': 60,
      'vAxis.gridlines.count': 4,
      'vAxis.format': '#,##0',
    });
    const step =
      ((column['vAxis.viewWindow.max'] as number) - (column['vAxis.viewWindow.min'] as number)) /
      ((column['vAxis.gridlines.count'] as number) - 1);
    expect(Number.isInteger(step)).toBe(true);
    const bar = axisOptions('bar', 'count', 7, ['Luzon Supply Co.'], '₱');
    expect(Object.keys(bar).filter((key) => key.startsWith('vAxis'))).toEqual([]);
    expect(bar['hAxis.viewWindow.max']).toBe(8);
    expect(axisOptions('bar', 'money', 10, [], '₱')['hAxis.format']).toBe("'₱'#,##0");
    expect(axisOptions('pie', 'count', 10, [], '₱')).toEqual({});
  });

  it('slants labels under a column chart when they are long or many, never a bar chart’s', () => {
    expect(axisOptions('column', 'count', 5, ['A', 'B'], '')['hAxis.slantedText']).toBeUndefined();
    expect(axisOptions('column', 'count', 5, ['Wellspring Laboratories Inc.'], '')['hAxis.slantedText']).toBe(
      true,
    );
    expect(axisOptions('line', 'share', 1, 'abcdefgh'.split(''), '')['hAxis.slantedText']).toBe(true);
    expect(
      axisOptions('bar', 'count', 5, ['Wellspring Laboratories Inc.'], '')['hAxis.slantedText'],
    ).toBeUndefined();
  });
});
