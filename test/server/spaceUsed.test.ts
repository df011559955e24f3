/**
 * The space used (issue #15) on the dashboard and the settings page: the cells used of Sheets' 10
 * million, per table, when the spreadsheet will be full at the rate the KPI history's snapshots
 * show, and a warning from 80% on. A big workbook is faked with a person's sheet grown uncounted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CELL_LIMIT } from '../../src/core/space/cellBudget';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';
import { reportSheetProblems } from '../support/reportSheetChecks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const HEAD = 'hana.head@suki.test';
const RED = '#c5221f';

/** Sets the clock to 10:00 in Manila on `day`. */
const at = (day: string) => vi.setSystemTime(new Date(`${day}T10:00:00+08:00`));

const cellsUsed = (emulator: Emulator) =>
  emulator.uncounted(() =>
    emulator.spreadsheet.getSheets().reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0),
  );

/** Grows a person's one-column sheet (uncounted) until the workbook uses `cells`. */
function growTo(emulator: Emulator, cells: number): void {
  emulator.uncounted(() => {
    let sheet = emulator.spreadsheet.getSheetByName('Old records');
    if (!sheet) {
      sheet = emulator.spreadsheet.insertSheet('Old records');
      sheet.deleteColumns(2, sheet.getMaxColumns() - 1);
    }
    sheet.insertRowsAfter(sheet.getMaxRows(), cells - cellsUsed(emulator));
  });
  expect(cellsUsed(emulator)).toBe(cells);
}

function workbook(day: string, locale = 'en'): Emulator {
  at(day);
  const emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila', locale });
  main.setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Trading', 'Cebu Hardware'])
    expect(main.saveRecord('clients', { name, status: 'active' })).toMatchObject({ ok: true });
  return emulator;
}

/** The dashboard's rows holding the space-used lines: their text, ink and weight (uncounted). */
function spaceLines(emulator: Emulator): { text: string; color: string; bold: boolean }[] {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Dashboard') as Sheet;
    const values = sheet
      .getRange(1, 1, 30, 1)
      .getValues()
      .map((row) => String(row[0]));
    const first = values.findIndex((text) => text.startsWith('Space used:'));
    if (first < 0) throw new Error('no space-used line on the dashboard');
    const lines = [];
    for (let r = first; values[r]; r++) {
      const cell = sheet.getRange(r + 1, 1);
      lines.push({
        text: values[r] as string,
        color: cell.getFontColor(),
        bold: cell.getFontWeight() === 'bold',
      });
    }
    return lines;
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the space used', () => {
  it('shows the cells used on the dashboard, in grey below 80%, and keeps the figure in the KPI history', () => {
    const emulator = workbook('2026-11-20');
    const before = cellsUsed(emulator);
    main.refreshDashboard();
    expect(emulator.ui.alerts).toEqual([]);
    const lines = spaceLines(emulator);
    const percent = ((before / CELL_LIMIT) * 100).toFixed(1);
    expect(lines[0]?.text).toBe(
      `Space used: ${before.toLocaleString('en-US')} of the 10,000,000 cells Google Sheets allows (${percent}%).`,
    );
    expect(lines[1]?.text).toBe('How fast it grows shows after a month of dashboard refreshes.');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => line.color)).not.toContain(RED);
    expect(Number(tableRows(emulator, 'kpiHistory').at(-1)?.cellsUsed)).toBe(before);
    // The block with the chart data names each table and what it uses.
    const values = emulator.sheetValues('Dashboard');
    const title = values.findIndex((row) => String(row[0]).startsWith('Space used by sheet'));
    expect(title).toBeGreaterThan(0);
    const clients = values.slice(title).find((row) => row[0] === 'Clients');
    expect(clients?.[1]).toBe(
      emulator.uncounted(() => {
        const sheet = emulator.spreadsheet.getSheetByName('Clients') as Sheet;
        return sheet.getMaxRows() * sheet.getMaxColumns();
      }),
    );
  });

  it('warns in red from 80% on, and says when it will be full at the rate since three months back', () => {
    const emulator = workbook('2026-08-20');
    growTo(emulator, 6_000_000);
    main.refreshDashboard();
    at('2026-11-19');
    growTo(emulator, 8_100_000);
    main.refreshDashboard();
    expect(emulator.ui.alerts).toEqual([]);
    const [then, now] = tableRows(emulator, 'kpiHistory').map((row) => Number(row.cellsUsed));
    expect(now).toBe(8_100_000);
    const lines = spaceLines(emulator);
    expect(lines[0]).toEqual({
      text: 'Space used: 8,100,000 of the 10,000,000 cells Google Sheets allows (81.0%).',
      color: RED,
      bold: true,
    });
    // 91 days between the snapshots; a month is 30.4375 days.
    const perMonth = ((8_100_000 - (then as number)) / 91) * 30.4375;
    const months = Math.round((CELL_LIMIT - 8_100_000) / perMonth);
    expect(lines[1]?.text).toBe(
      `Full in about ${months} months at the current rate (${Math.round(perMonth).toLocaleString('en-US')} cells a month).`,
    );
    expect(lines[2]?.text).toBe(
      'The spreadsheet is 81.0% full: Google Sheets stops at 10,000,000 cells, empty ones included.',
    );
    expect(lines[3]?.text).toMatch(/^Before it fills up, move old history to an archive spreadsheet/);
    expect(lines.map((line) => line.color)).toEqual([RED, RED, RED, RED]);
    expect(reportSheetProblems(emulator, 'Dashboard')).toEqual([]);
  });

  it('fits its lines and block on the dashboard in Filipino too, warning included', () => {
    const emulator = workbook('2026-11-20', 'fil');
    growTo(emulator, 9_000_000);
    main.refreshDashboard();
    expect(emulator.ui.alerts).toEqual([]);
    const text = emulator.sheetValues('Dashboard').map((row) => String(row[0]));
    expect(text).toContain(
      'Nagamit na espasyo: 9,000,000 sa 10,000,000 na cell na pinapayagan ng Google Sheets (90.0%).',
    );
    expect(text.some((line) => line.startsWith('Bago ito mapuno'))).toBe(true);
    expect(reportSheetProblems(emulator, 'Dashboard')).toEqual([]);
  });

  it('shows the same figure on the settings page, per table, with the warning', () => {
    const emulator = workbook('2026-11-20');
    growTo(emulator, 8_500_000);
    const answer = main.getAnalysisSettings();
    expect(answer.ok).toBe(true);
    const space = answer.ok ? answer.space : null;
    expect(space?.summary).toBe(
      'Space used: 8,500,000 of the 10,000,000 cells Google Sheets allows (85.0%).',
    );
    expect(space?.warning).toMatch(/^The spreadsheet is 85\.0% full: .* move old history to an archive/);
    const labels = space?.parts.map((part) => part.label) ?? [];
    // Tables first, largest first; then Sheets' starter sheet and the person's, together.
    expect(labels.at(-1)).toBe('Other sheets (2)');
    expect(labels).toContain('Clients');
    expect(labels).toContain('Audit log');
    const clients = space?.parts.find((part) => part.label === 'Clients');
    const clientsSheet = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Clients') as Sheet;
      return sheet.getMaxRows() * sheet.getMaxColumns();
    });
    expect(clients?.cells).toBe(clientsSheet.toLocaleString('en-US'));
    // Below 80%, no warning.
    const small = workbook('2026-11-20');
    expect(cellsUsed(small)).toBeLessThan(100_000);
    const quiet = main.getAnalysisSettings();
    expect(quiet.ok && quiet.space?.warning).toBeNull();
  });
});
