/**
 * What the workbench page is sent for a sheet: display values through number formats, frozen rows,
 * dropdown lists, conditional highlights and chart data; and a window of a 50,000-row sheet read
 * without touching the rest.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator';
import { sheetWindow } from '../../workbench/server/sheetView';

function salesSheet(): Emulator {
  const emulator = createEmulator({ timeZone: 'Asia/Manila' });
  const app = emulator.globals.SpreadsheetApp;
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.setName('Sales');
    sheet.getRange(1, 1, 4, 4).setValues([
      ['Region', 'Revenue', 'Since', 'Status'],
      ['NCR', 1234.5, new Date('2026-01-04T16:00:00Z'), 'active'],
      ['Visayas', 80, new Date('2025-06-30T16:00:00Z'), 'dormant'],
      ['Mindanao', 15000, new Date('2024-02-29T16:00:00Z'), 'active'],
    ]);
    sheet.setFrozenRows(1);
    sheet.getRange('B2:B4').setNumberFormat('#,##0.00');
    sheet.getRange('C2:C4').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#1f4e5f').setFontColor('#ffffff');
    sheet
      .getRange('D2:D4')
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInList(['active', 'dormant'], true)
          .setAllowInvalid(false)
          .build(),
      );
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(10000)
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('B2:B4')])
        .build(),
    ]);
    const chart = sheet
      .newChart()
      .setChartType(emulator.globals.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(6, 1, 0, 0)
      .setOption('title', 'Revenue by region')
      .build();
    sheet.insertChart(chart);
  });
  return emulator;
}

describe('a sheet as the page sees it', () => {
  it('sends display values, the frozen header, dropdowns, highlights and charts', () => {
    const view = sheetWindow(salesSheet(), 'Sales', 1, 50);
    expect(view.frozen.map((row) => row.cells.slice(0, 4).map((cell) => cell.v))).toEqual([
      ['Region', 'Revenue', 'Since', 'Status'],
    ]);
    expect(view.frozen[0]?.cells[0]).toMatchObject({ b: true, bg: '#1f4e5f', fc: '#ffffff' });
    expect(view.start).toBe(2);
    expect(view.rows.slice(0, 3).map((row) => row.cells.slice(0, 4).map((cell) => cell.v))).toEqual([
      ['NCR', '1,234.50', '2026-01-05', 'active'],
      ['Visayas', '80.00', '2025-07-01', 'dormant'],
      ['Mindanao', '15,000.00', '2024-03-01', 'active'],
    ]);
    const [ncr, , mindanao] = view.rows;
    expect(ncr?.cells[1]).toMatchObject({ k: 'n' });
    expect(ncr?.cells[1]?.bg).toBeUndefined();
    expect(mindanao?.cells[1]).toMatchObject({ k: 'n', bg: '#b7e1cd' });
    expect(ncr?.cells[2]).toMatchObject({ k: 'd' });
    const list = ncr?.cells[3]?.l;
    expect(list === undefined ? null : view.lists[list]).toEqual(['active', 'dormant']);
    expect(ncr?.cells[3]?.strict).toBe(true);
    expect(view.charts).toEqual([
      expect.objectContaining({
        type: 'COLUMN',
        title: 'Revenue by region',
        anchorRow: 6,
        categories: ['NCR', 'Visayas', 'Mindanao'],
        series: [{ name: 'Revenue', values: [1234.5, 80, 15000] }],
      }),
    ]);
  });

  it('reads one window of a 50,000-row sheet quickly', () => {
    const emulator = createEmulator({ timeZone: 'Asia/Manila' });
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.insertRowsAfter(1000, 49_500);
      const rows = Array.from({ length: 50_000 }, (_, i) => [
        `C-${String(i + 1).padStart(6, '0')}`,
        i * 10,
        'x',
      ]);
      sheet.getRange(1, 1, 50_000, 3).setValues(rows);
      sheet.setFrozenRows(1);
    });
    const started = performance.now();
    const view = sheetWindow(emulator, 'Sheet1', 49_801, 200);
    const elapsed = performance.now() - started;
    expect(view.rows.map((row) => row.r)).toEqual(Array.from({ length: 200 }, (_, i) => 49_801 + i));
    expect(view.rows[199]?.cells[0]?.v).toBe('C-050000');
    expect(view.lastRow).toBe(50_000);
    expect(elapsed).toBeLessThan(500);
  });
});
