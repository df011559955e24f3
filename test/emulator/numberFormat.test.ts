/**
 * getDisplayValues under the formats report sheets use, as Sheets shows them: a currency sign in
 * [$…] before the number (₱1,234.50), counts grouped by thousands, shares as percentages. Suki
 * sizes columns from the same text (core/reports/sheetSizing.ts shownText), so the two must agree.
 */
import { describe, expect, it } from 'vitest';
import { numberFormatFor, type ReportFormat, shownText } from '../../src/core/reports/sheetSizing';
import { createEmulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

const shownBySheets = (value: number, format: string) => {
  const sheet = firstSheet(createEmulator());
  return sheet.getRange('A1').setValue(value).setNumberFormat(format).getDisplayValue();
};

describe('number formats of report sheets', () => {
  it('shows money with the sign in [$…] before it, as Sheets does', () => {
    expect(shownBySheets(1234.5, '[$₱]#,##0.00')).toBe('₱1,234.50');
    expect(shownBySheets(-1234.5, '[$₱]#,##0.00')).toBe('-₱1,234.50');
    expect(shownBySheets(0, '[$₱]#,##0.00')).toBe('₱0.00');
    expect(shownBySheets(189785981.5, '[$US$]#,##0.00')).toBe('US$189,785,981.50');
    expect(shownBySheets(12.345, '[$€-407]#,##0.00')).toBe('€12.35');
    expect(shownBySheets(49, '#,##0')).toBe('49');
    expect(shownBySheets(1234567, '#,##0')).toBe('1,234,567');
    expect(shownBySheets(0.1234, '0.0%')).toBe('12.3%');
  });

  it('agrees with the text Suki sizes its columns for, in every report format', () => {
    const formats: ReportFormat[] = ['integer', 'number', 'currency', 'percent'];
    const values = [0, 1, 7, 49, 999.95, 1234.5, -1234.5, 0.004, -0.04, 0.5, 98765.4321, 189785981.5];
    for (const symbol of ['₱', 'US$', '']) {
      for (const format of formats) {
        for (const value of values) {
          expect(shownText(value, format, symbol), `${value} ${format} ${symbol}`).toBe(
            shownBySheets(value, numberFormatFor(format, symbol)),
          );
        }
      }
    }
  });
});
