/**
 * What the workbench page is sent of a sheet's look (issue #14): font sizes, weights, colours on any
 * row, alignment and wrapping as the emulator records them; each chart's anchor, offsets and size,
 * and the columns it stands over; and, where a sheet records them (Apps Script does, the emulator
 * does not yet), merges, row heights and wrap strategies.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator';
import { sheetWindow } from '../../workbench/server/sheetView';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function styledSheet(): Emulator {
  const emulator = createEmulator({ timeZone: 'Asia/Manila' });
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheets()[0] as Sheet;
    sheet.setName('Look');
    sheet.getRange(1, 1, 4, 3).setValues([
      ['Dashboard', '', ''],
      ['Clients', 'Revenue', ''],
      [15, 'a long line that runs on', ''],
      ['x', 'y', 'z'],
    ]);
    sheet.getRange(1, 1).setFontSize(18).setFontColor('#1f4e5f');
    sheet.getRange(3, 1).setFontSize(20).setFontWeight('bold').setHorizontalAlignment('center');
    sheet.getRange(3, 2).setWrap(false).setFontColor('#c5221f');
    const chart = sheet
      .newChart()
      .setChartType(emulator.globals.Charts.ChartType.LINE)
      .addRange(sheet.getRange(2, 1, 3, 2))
      .setPosition(6, 8, 12, 4)
      .setOption('title', 'Trend')
      .setOption('width', 380)
      .setOption('height', 250)
      .setOption('legend.position', 'none')
      .setOption('hAxis.slantedText', true)
      .build();
    sheet.insertChart(chart);
  });
  return emulator;
}

describe('the look of a sheet as the page is sent it', () => {
  it('sends font sizes, weights, colours beyond the header, alignment and wrapping off', () => {
    const view = sheetWindow(styledSheet(), 'Look', 1, 50);
    const cell = (row: number, column: number) =>
      view.rows.find((r) => r.r === row)?.cells[column - 1] ??
      view.frozen.find((r) => r.r === row)?.cells[column - 1];
    expect(cell(1, 1)).toMatchObject({ v: 'Dashboard', fs: 18, fc: '#1f4e5f' });
    expect(cell(3, 1)).toMatchObject({ v: '15', k: 'n', fs: 20, b: true, ha: 'center' });
    expect(cell(3, 2)).toMatchObject({ wrap: 'flow', fc: '#c5221f' });
    // Sheets' defaults are not sent: 10 pt, alignment by value, wrapping on.
    expect(cell(2, 1)).toEqual({ v: 'Clients' });
    expect(cell(4, 3)).toEqual({ v: 'z' });
  });

  it('sends each chart’s anchor, offsets, size and options, and the columns it stands over', () => {
    const view = sheetWindow(styledSheet(), 'Look', 1, 50);
    expect(view.charts).toEqual([
      expect.objectContaining({
        title: 'Trend',
        anchorRow: 6,
        anchorColumn: 8,
        offsetX: 12,
        offsetY: 4,
        width: 380,
        height: 250,
        legend: false,
        slanted: true,
      }),
    ]);
    // From 12 px into column H, 380 px at Sheets' 100 px a column reach into column K.
    expect(view.columns).toBe(11);
    expect(view.widths).toHaveLength(view.columns);
    // Its rows are drawn: 250 px below row 6 at 21 px a row.
    expect(view.rowLimit).toBeGreaterThanOrEqual(6 + Math.ceil((4 + 250) / 21));
  });

  it('sends a chart without size options at Sheets’ default size, with a legend', () => {
    const emulator = createEmulator();
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheets()[0] as Sheet;
      sheet.getRange(1, 1, 2, 2).setValues([
        ['a', 'b'],
        ['x', 1],
      ]);
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(emulator.globals.Charts.ChartType.COLUMN)
          .addRange(sheet.getRange(1, 1, 2, 2))
          .setPosition(1, 4, 0, 0)
          .build(),
      );
    });
    const [chart] = sheetWindow(emulator, 'Sheet1', 1, 50).charts;
    expect(chart).toMatchObject({ width: 600, height: 371, legend: true, slanted: false, offsetX: 0 });
  });
});

/**
 * The emulator's sheet with what Apps Script's Range and Sheet have beyond it: B2:C3 merged, row 4
 * 42 px tall, and every cell's wrap strategy WRAP except B4's CLIP.
 */
function withSheetsExtras(emulator: Emulator): Emulator {
  const range = (real: Range): Range =>
    new Proxy(real, {
      get(target, name) {
        if (name === 'getMergedRanges')
          return () =>
            [target.getSheet().getRange(2, 2, 2, 2)].filter((m) => m.getRow() <= target.getLastRow());
        if (name === 'getWrapStrategies')
          return () =>
            target
              .getValues()
              .map((line, i) =>
                line.map((_, j) =>
                  target.getRow() + i === 4 && target.getColumn() + j === 2 ? 'CLIP' : 'WRAP',
                ),
              );
        const value = Reflect.get(target, name);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const sheet = (real: Sheet): Sheet =>
    new Proxy(real, {
      get(target, name) {
        if (name === 'getRowHeight') return (row: number) => (row === 4 ? 42 : 21);
        if (name === 'getRange')
          return (...args: [number, number, number, number]) => range(target.getRange(...args));
        const value = Reflect.get(target, name);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const spreadsheet = new Proxy(emulator.spreadsheet, {
    get(target, name) {
      if (name === 'getSheetByName')
        return (sheetName: string) => {
          const found = target.getSheetByName(sheetName);
          return found ? sheet(found) : null;
        };
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return new Proxy(emulator, {
    get: (target, name) => (name === 'spreadsheet' ? spreadsheet : Reflect.get(target, name)),
  });
}

describe('what Apps Script records and the emulator does not', () => {
  it('sends merges as spans, recorded row heights and wrap strategies', () => {
    const emulator = createEmulator();
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheets()[0] as Sheet;
      sheet.getRange(1, 1, 4, 3).setValues([
        ['a', 'b', 'c'],
        ['d', 'merged', ''],
        ['e', '', ''],
        ['f', 'clipped', 'g'],
      ]);
    });
    const view = sheetWindow(withSheetsExtras(emulator), 'Sheet1', 1, 10);
    const row = (r: number) => view.rows.find((line) => line.r === r);
    expect(row(2)?.cells[1]).toMatchObject({ v: 'merged', span: { rows: 2, columns: 2 } });
    expect(row(2)?.cells[2]).toMatchObject({ hid: true });
    expect(row(3)?.cells[1]).toMatchObject({ hid: true });
    expect(row(3)?.cells[0]?.hid).toBeUndefined();
    expect(row(4)?.h).toBe(42);
    expect(row(3)?.h).toBeUndefined();
    expect(row(4)?.cells[1]?.wrap).toBe('clip');
    expect(row(4)?.cells[2]?.wrap).toBe('wrap');
  });
});
