/**
 * The heads' dashboard (issue #14): each refresh appends a dated snapshot of the key figures to the
 * KPI history; the tiles' changes and the trend lines come from it; the sheet fits a laptop screen,
 * no chart sits over data or over another chart, and a refresh costs the same calls whatever the
 * workbook's size.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { ALL_TABLES } from '../../src/core/tables/registry';
import * as main from '../../src/server/main';
import { generateDemoWorkbook } from '../../workbench/demo';
import type { Emulator } from '../../workbench/emulator';
import { writeTableRecords } from '../../workbench/seed';
import { seedClients, tableRows, useEmulator } from '../support/emulatedSheets';
import { reportSheetProblems } from '../support/reportSheetChecks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEAD = 'ligaya.santos@suki-demo.ph';
const ZONE = 'Asia/Manila';
/** Sheets' default row height: the emulator records no row heights, and a taller row only makes a chart cover fewer rows. */
const ROW_PX = 21;
const SCREEN_PX = 1200;
const en = translatorFor('en');

let emulator: Emulator;

/** Sets the clock to 10:00 in Manila on `day`. */
const at = (day: string) => vi.setSystemTime(new Date(`${day}T10:00:00+08:00`));

function demoWorkbook(asOf: string, clients = 150, locale = 'en'): Emulator {
  at(asOf);
  const e = useEmulator({ activeUserEmail: HEAD, timeZone: ZONE, locale });
  main.setUpWorkbook();
  const demo = generateDemoWorkbook({ asOf, size: { clients } });
  for (const table of ALL_TABLES) writeTableRecords(e, table, demo.tables[table.key] ?? [], ZONE);
  return e;
}

function dashboardSheet(e: Emulator): Sheet {
  return e.uncounted(() => {
    const tag = e.spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('suki.report')
      .withValue('dashboard')
      .find()[0];
    const sheet = tag?.getLocation().getSheet();
    if (!sheet) throw new Error('no dashboard sheet');
    return sheet;
  });
}

interface ChartBox {
  title: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  row: number;
  column: number;
  rows: number;
  bodyRows: number;
}

/** Each chart's box in pixels (21-pixel rows) and the cells under it, with its data's body rows. */
function chartBoxes(e: Emulator, sheet: Sheet): ChartBox[] {
  return e.uncounted(() => {
    const widths = (column: number) => sheet.getColumnWidth(column);
    const leftOf = (column: number) =>
      Array.from({ length: column - 1 }, (_, c) => widths(c + 1)).reduce((a, b) => a + b, 0);
    return sheet.getCharts().map((chart) => {
      const info = chart.getContainerInfo();
      const options = chart.getOptions();
      const width = Number(options.get('width'));
      const height = Number(options.get('height'));
      const left = leftOf(info.getAnchorColumn()) + info.getOffsetX();
      const top = (info.getAnchorRow() - 1) * ROW_PX + info.getOffsetY();
      const range = chart.getRanges()[0];
      return {
        title: String(options.get('title')),
        left,
        top,
        right: left + width,
        bottom: top + height,
        row: info.getAnchorRow(),
        column: info.getAnchorColumn(),
        rows: Math.ceil(height / ROW_PX),
        bodyRows: (range?.getNumRows() ?? 1) - 1,
      };
    });
  });
}

/** Whether any cell under the chart's box holds a value. */
function coversData(e: Emulator, sheet: Sheet, box: ChartBox): boolean {
  return e.uncounted(() => {
    let right = box.column;
    for (let x = box.left; right < 60; right++) {
      x = 0;
      for (let c = 1; c <= right; c++) x += sheet.getColumnWidth(c);
      if (x >= box.right) break;
    }
    const values = sheet.getRange(box.row, box.column, box.rows, right - box.column + 1).getValues();
    return values.some((row) => row.some((cell) => cell !== ''));
  });
}

/** The tile cell under the label `label`, `offset` rows down (1: figure, 2: vs last month, 3: vs a year ago). */
function tileCell(
  e: Emulator,
  sheet: Sheet,
  label: string,
  offset: number,
): { value: unknown; color: string } {
  return e.uncounted(() => {
    const values = sheet.getRange(1, 1, 20, 7).getValues();
    for (let r = 0; r < values.length; r++) {
      const c = values[r]?.indexOf(label) ?? -1;
      if (c >= 0) {
        const cell = sheet.getRange(r + 1 + offset, c + 1);
        return { value: cell.getValue(), color: cell.getFontColor() };
      }
    }
    throw new Error(`no tile ${label}`);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the dashboard and its KPI history', { timeout: 60_000 }, () => {
  it('appends a snapshot per refresh: three refreshes on three dates give three history rows and three trend points', () => {
    emulator = demoWorkbook('2026-09-15');
    main.refreshDashboard();
    at('2026-10-15');
    main.refreshDashboard();
    at('2026-11-16');
    main.refreshDashboard();
    expect(emulator.ui.alerts).toEqual([]);
    const history = tableRows(emulator, 'kpiHistory');
    expect(history.map((row) => row.asOf)).toHaveLength(3);
    expect(history.map((row) => row.refreshedBy)).toEqual([HEAD, HEAD, HEAD]);
    const sheet = dashboardSheet(emulator);
    const trends = chartBoxes(emulator, sheet).filter((box) => box.title.endsWith('last 12 months'));
    expect(trends.map((box) => box.title)).toEqual([
      en('dashboard.trend.clients'),
      en('dashboard.trend.pipeline'),
      en('dashboard.trend.work'),
    ]);
    for (const trend of trends) expect(trend.bodyRows).toBe(3);
    const audit = tableRows(emulator, 'audit').filter((row) => row.action === 'snapshot');
    expect(audit).toHaveLength(3);
    expect(emulator.ui.toasts.at(-1)?.message).toMatch(/^Dashboard: written, \d+ rows\.$/);
    const line = String(emulator.sheetValues(sheet.getName())[1]?.[0]);
    expect(line).toContain('As of 2026-11-16 · refreshed by');
    expect(line).toContain('at 10:00');
  });

  it('colours the change since last month by direction, from last month’s last snapshot', () => {
    emulator = demoWorkbook('2026-10-20');
    main.refreshDashboard();
    main.refreshDashboard(); // the later of two snapshots in October is October's
    // Last month's snapshot said 0 for both: A clients (more is good) and overdue contacts (less is good).
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('KPI history') as Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      for (const label of ['A clients', 'Overdue contacts'])
        sheet.getRange(3, header.indexOf(label) + 1).setValue(0);
    });
    at('2026-11-05');
    main.refreshDashboard();
    const today = tableRows(emulator, 'kpiHistory').at(-1);
    const sheet = dashboardSheet(emulator);
    const aClients = Number(today?.aClients);
    const overdue = Number(today?.overdueContacts);
    expect(aClients).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
    expect(tileCell(emulator, sheet, 'A clients', 1).value).toBe(aClients);
    expect(tileCell(emulator, sheet, 'A clients', 2)).toEqual({
      value: `▲ ${aClients.toLocaleString('en-US')}`,
      color: '#137333',
    });
    expect(tileCell(emulator, sheet, 'Overdue contacts', 2)).toEqual({
      value: `▲ ${overdue.toLocaleString('en-US')}`,
      color: '#c5221f',
    });
    expect(tileCell(emulator, sheet, 'Overdue contacts', 3).value).toBe('—');
    // The captions stand in the first column of the tiles' rows.
    const rows = emulator.sheetValues(sheet.getName());
    expect(rows.filter((row) => row[0] === 'vs last month')).toHaveLength(2);
    expect(rows.filter((row) => row[0] === 'vs a year ago')).toHaveLength(2);
  });

  it('compares with the same month last year: its last snapshot, toned by direction', () => {
    emulator = demoWorkbook('2025-11-10');
    main.refreshDashboard();
    at('2025-11-25');
    main.refreshDashboard(); // November 2025's last snapshot
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('KPI history') as Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      sheet.getRange(3, header.indexOf('Stale client records') + 1).setValue(100_000);
      sheet.getRange(2, header.indexOf('Stale client records') + 1).setValue(0);
    });
    at('2026-11-20');
    main.refreshDashboard();
    const sheet = dashboardSheet(emulator);
    const stale = Number(tableRows(emulator, 'kpiHistory').at(-1)?.staleRecords);
    expect(tileCell(emulator, sheet, 'Stale client records', 3)).toEqual({
      value: `▼ ${(100_000 - stale).toLocaleString('en-US')}`,
      color: '#137333',
    });
    expect(tileCell(emulator, sheet, 'Stale client records', 2).value).toBe('—');
  });

  it.each(['en', 'fil'])(
    'fits a laptop screen and puts no chart over data or over another chart (%s)',
    (locale) => {
      emulator = demoWorkbook('2026-11-16', 300, locale);
      main.refreshDashboard();
      expect(emulator.ui.alerts).toEqual([]);
      const sheet = dashboardSheet(emulator);
      const boxes = chartBoxes(emulator, sheet);
      expect(boxes.length).toBe(7);
      expect(reportSheetProblems(emulator, sheet.getName())).toEqual([]);
      const used = emulator.uncounted(() =>
        Array.from({ length: sheet.getLastColumn() }, (_, c) => sheet.getColumnWidth(c + 1)).reduce(
          (a, b) => a + b,
          0,
        ),
      );
      expect(used).toBeLessThanOrEqual(SCREEN_PX);
      for (const box of boxes) {
        expect(box.right, box.title).toBeLessThanOrEqual(SCREEN_PX);
        expect(coversData(emulator, sheet, box), box.title).toBe(false);
        for (const other of boxes) {
          if (other === box) continue;
          const apart =
            box.right <= other.left ||
            other.right <= box.left ||
            box.bottom <= other.top ||
            other.bottom <= box.top;
          expect(apart, `${box.title} / ${other.title}`).toBe(true);
        }
      }
    },
  );

  it('still refreshes a workbook set up before the KPI history, and says to run set-up', () => {
    emulator = demoWorkbook('2026-11-16');
    emulator.uncounted(() => {
      const history = emulator.spreadsheet.getSheetByName('KPI history');
      if (history) emulator.spreadsheet.deleteSheet(history);
    });
    main.refreshDashboard();
    expect(emulator.ui.alerts).toEqual([]);
    const line = String(emulator.sheetValues(dashboardSheet(emulator).getName())[1]?.[0]);
    expect(line).toContain(en('dashboard.noHistory'));
    main.setUpWorkbook();
    main.refreshDashboard();
    expect(tableRows(emulator, 'kpiHistory')).toHaveLength(1);
  });

  it('colours the table per manager with conditional rules', () => {
    emulator = demoWorkbook('2026-11-16');
    main.refreshDashboard();
    const sheet = dashboardSheet(emulator);
    const rules = emulator.uncounted(() =>
      sheet.getConditionalFormatRules().map((rule) => ({
        criteria: String(rule.getBooleanCondition()?.getCriteriaType()),
        header: rule.getRanges()[0]?.offset(-1, 0, 1, 1).getValue(),
      })),
    );
    expect(rules).toEqual([
      { criteria: 'NUMBER_GREATER_THAN', header: 'A clients' },
      { criteria: 'NUMBER_GREATER_THAN', header: 'Overdue contacts' },
      { criteria: 'NUMBER_GREATER_THAN', header: 'Open claims' },
    ]);
  });

  it('costs the same service calls for 40 and 400 clients', () => {
    const [small, large] = [40, 400].map((clients) => {
      at('2026-11-16');
      const e = useEmulator({ activeUserEmail: HEAD, timeZone: ZONE });
      main.setUpWorkbook();
      seedClients(e, clients);
      main.refreshDashboard(); // makes the sheet, warms the remembered places
      main.refreshDashboard();
      e.calls.reset();
      main.refreshDashboard();
      expect(e.ui.alerts).toEqual([]);
      return e.calls.byKind();
    });
    expect(large).toEqual(small);
  });
});
