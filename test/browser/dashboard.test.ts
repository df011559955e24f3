/**
 * The dashboard in Chromium (issue #14): a head refreshes it from the menu on the demo workbook, in
 * English and then in Filipino, and sees the tiles, the "as of" line and the charts; the
 * screenshots go to test-results/ (docs/images/dashboard*.png are copies of them, for the README).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import type { Workbench } from '../../workbench/server';
import {
  chooseMenu,
  closeWorkbenchInChromium,
  chromiumMissing as missing,
  openWorkbenchInChromium,
  poll,
  RESULTS,
  speakInWorkbench,
} from '../support/chromiumWorkbench';

let workbench: Workbench;
let browser: Browser;
let page: Page;

/**
 * Writes a year of earlier monthly snapshots into the KPI history, as a year of daily refreshes
 * would have left (each month's last one), the figures drifting towards today's: the trends then
 * have twelve points and the tiles a change since last month and since a year ago.
 */
function seedHistory(today: readonly unknown[], header: readonly unknown[]): void {
  const emulator = workbench.session.emulator;
  const figures = header.map((_label, c) => (typeof today[c] === 'number' ? c : -1)).filter((c) => c >= 0);
  const asOf = new Date(String(today[header.indexOf('As of')] ?? ''));
  const rows = Array.from({ length: 12 }, (_, i) => {
    const months = 12 - i;
    const day = new Date(asOf.getFullYear(), asOf.getMonth() - months, 27, 9, 0);
    const row = header.map((_, c) => (c === 0 ? `H-${String(i + 100).padStart(6, '0')}` : ''));
    row[header.indexOf('As of')] = day as unknown as string;
    row[header.indexOf('Refreshed at')] = day as unknown as string;
    row[header.indexOf('Refreshed by')] = String(today[header.indexOf('Refreshed by')]);
    for (const c of figures) {
      const drift = 1 + (c % 2 === 0 ? 1 : -1) * months * 0.025 + ((i * 7 + c) % 5) * 0.01;
      row[c] = Math.round(Number(today[c]) * drift) as unknown as string;
    }
    return row;
  });
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('KPI history');
    sheet?.insertRowsAfter(1, rows.length);
    sheet?.getRange(2, 1, rows.length, header.length).setValues(rows);
  });
}

/** Clicks through the add-on menu: the menu title, then submenus, then the item. */
const menu = (...path: string[]) => chooseMenu(page, ...path);

const activeTab = () => page.locator('.tab[aria-selected="true"]').textContent();

/** Refreshes the dashboard from `item` and waits for its sheet, its seven charts and the toast. */
async function refresh(item: string, sheetName: string, done: RegExp): Promise<void> {
  const toasts = workbench.session.emulator.ui.toasts;
  const before = toasts.length;
  await menu(item);
  await poll(activeTab).toBe(sheetName);
  await poll(() => (toasts.length > before ? (toasts.at(-1)?.message ?? '') : '')).toMatch(done);
  await poll(() => page.locator('figure.chart').count()).toBe(7);
}

/** The dashboard's charts as the emulator records them: id, anchor cell, offsets and size. */
function recordedCharts() {
  const emulator = workbench.session.emulator;
  return emulator.uncounted(() =>
    (emulator.spreadsheet.getSheetByName('Dashboard')?.getCharts() ?? []).map((chart) => {
      const info = chart.getContainerInfo();
      const options = chart.getOptions();
      return {
        id: chart.getChartId(),
        row: info.getAnchorRow(),
        column: info.getAnchorColumn(),
        offsetX: info.getOffsetX(),
        offsetY: info.getOffsetY(),
        width: Number(options.get('width')),
        height: Number(options.get('height')),
      };
    }),
  );
}

/** Where a chart and its anchor cell are on the screen now. */
async function screenBoxes(chart: ReturnType<typeof recordedCharts>[number]) {
  const figure = await page.locator(`figure.chart[data-chart="${chart.id}"]`).boundingBox();
  const anchor = await page
    .locator(`table.grid td[data-row="${chart.row}"][data-column="${chart.column}"]`)
    .boundingBox();
  return { figure, anchor };
}

/** The dashboard grid's text as the page shows it now. */
const gridText = async () => String(await page.locator('table.grid[aria-label="Dashboard"]').textContent());

describe.skipIf(missing !== null)('the dashboard in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('refreshes the dashboard in English and shows tiles, trends and the table per manager', async () => {
    await page.setViewportSize({ width: 1400, height: 1300 });
    await refresh('Dashboard (refresh)', 'Dashboard', /^Dashboard: written, \d+ rows\.$/);
    const [header = [], first = []] = workbench.session.emulator.sheetValues('KPI history');
    expect(workbench.session.emulator.sheetValues('KPI history')).toHaveLength(2); // the header and this refresh's snapshot
    seedHistory(first, header);
    await refresh('Dashboard (refresh)', 'Dashboard', /^Dashboard: written, \d+ rows\.$/);
    // The page redraws the grid after the toast: wait for the tiles' changes from the history.
    await poll(gridText).toMatch(/vs a year ago[▲▼] [\d,.]+%?/);
    const grid = await gridText();
    expect(grid).toContain('Dashboard for heads');
    expect(grid).toMatch(/As of \d{4}-\d{2}-\d{2} · refreshed by .+ at \d{2}:\d{2}/);
    expect(grid).toContain('vs last month');
    expect(grid).toContain('Per manager');
    const charts = await page.locator('figure.chart figcaption').allTextContents();
    expect(charts).toContain('Clients by class, last 12 months');
    expect(workbench.session.emulator.sheetValues('KPI history')).toHaveLength(15);
    await poll(() => page.locator('.toast').count()).toBe(0);
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-en.png') });
  });

  it('draws each chart over the grid at its anchor cell and size, scrolling with it, under the chrome', async () => {
    const charts = recordedCharts();
    expect(charts).toHaveLength(7);
    for (const chart of charts) {
      const { figure, anchor } = await screenBoxes(chart);
      expect(anchor, `anchor of chart ${chart.id}`).not.toBeNull();
      expect(Math.abs((figure?.x ?? 0) - ((anchor?.x ?? 0) + chart.offsetX))).toBeLessThanOrEqual(2);
      expect(Math.abs((figure?.y ?? 0) - ((anchor?.y ?? 0) + chart.offsetY))).toBeLessThanOrEqual(2);
      expect(Math.abs((figure?.width ?? 0) - chart.width)).toBeLessThanOrEqual(1);
      expect(Math.abs((figure?.height ?? 0) - chart.height)).toBeLessThanOrEqual(1);
    }
    // Scrolled, a chart keeps to its cell, and passes under the frozen rows rather than over them.
    const [first] = charts;
    if (!first) throw new Error('no chart');
    // Far enough that the first chart (below the tiles and the space-used lines) reaches the frozen rows.
    await page.locator('#grid').evaluate((grid) => grid.scrollBy(0, 400));
    const { figure, anchor } = await screenBoxes(first);
    expect(Math.abs((figure?.y ?? 0) - ((anchor?.y ?? 0) + first.offsetY))).toBeLessThanOrEqual(2);
    const frozen = await page.locator('table.grid thead td[data-row="2"][data-column="2"]').boundingBox();
    expect(frozen && figure && figure.y < frozen.y + frozen.height).toBe(true);
    const onTop = (box: { x: number; y: number; width: number; height: number } | null) =>
      page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('td, th, .menu-list, figure')?.tagName ?? '',
        { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 },
      );
    expect(await onTop(frozen)).toBe('TD');
    // An open menu stands over the charts.
    await page.locator('.menu.top > .menu-title').first().click();
    const list = page.locator('.menu.top.open > .menu-list');
    const items = list.locator(':scope > .menu-item, :scope > .submenu > .menu-item');
    const lowest = await items.last().boundingBox();
    // The menu reaches down over a chart, and the menu is what shows there.
    const chartBoxes = await page
      .locator('figure.chart')
      .evaluateAll((figures) => figures.map((f) => f.getBoundingClientRect().toJSON() as DOMRect));
    const point = { x: (lowest?.x ?? 0) + 20, y: (lowest?.y ?? 0) + (lowest?.height ?? 0) / 2 };
    expect(
      chartBoxes.some((b) => point.x > b.left && point.x < b.right && point.y > b.top && point.y < b.bottom),
    ).toBe(true);
    expect(await onTop({ x: point.x, y: point.y, width: 0, height: 0 })).toBe('DIV');
    await page.locator('.brand').click();
    await page.locator('#grid').evaluate((grid) => grid.scrollTo(0, 0));
  });

  it('shows the tiles’ figures at the font size the sheet records, their rows grown to fit', async () => {
    const emulator = workbench.session.emulator;
    const figure = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Dashboard');
      for (let row = 3; row <= 12; row++) {
        const cell = sheet?.getRange(row, 2);
        if (cell && cell.getDisplayValue() !== '' && cell.getFontSize() > 10)
          return { row, size: cell.getFontSize(), text: cell.getDisplayValue() };
      }
      return null;
    });
    expect(figure).not.toBeNull();
    const td = page.locator(`table.grid td[data-row="${figure?.row}"][data-column="2"]`);
    expect(await td.textContent()).toBe(figure?.text);
    const shown = await td.evaluate((cell) => ({
      size: Number.parseFloat(getComputedStyle(cell).fontSize),
      weight: getComputedStyle(cell).fontWeight,
      align: getComputedStyle(cell).textAlign,
      rowHeight: cell.parentElement?.getBoundingClientRect().height ?? 0,
    }));
    // Points to CSS pixels: 1pt is 4/3 px.
    expect(shown.size).toBeCloseTo(((figure?.size ?? 0) * 4) / 3, 1);
    expect(shown.weight).toBe('700');
    expect(shown.align).toBe('center');
    expect(shown.rowHeight).toBeGreaterThan(shown.size);
    const caption = page.locator('table.grid td[data-row="4"][data-column="2"]');
    expect(await caption.evaluate((cell) => Number.parseFloat(getComputedStyle(cell).fontSize))).toBeCloseTo(
      (10 * 4) / 3,
      1,
    );
  });

  it('refreshes it again in Filipino', async () => {
    // The person's menus and the workbook's sheets both in Filipino (a head switches the sheets).
    await speakInWorkbench(page, 'fil');
    await refresh('Dashboard (i-refresh)', 'Dashboard', /^Dashboard: naisulat/);
    await poll(gridText).toContain('Dashboard para sa mga pinuno');
    expect(await gridText()).toMatch(/mula noong isang buwan(±0|[▲▼] [\d,.]+%?)/);
    expect(workbench.session.emulator.sheetValues(translatorFor('fil')('sheet.kpiHistory'))).toHaveLength(16);
    await poll(() => page.locator('.toast').count()).toBe(0);
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-fil.png') });
  });
});
