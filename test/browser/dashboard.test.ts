/**
 * The dashboard in Chromium (issue #14): a head refreshes it from the menu on the demo workbook, in
 * English and then in Filipino, and sees the tiles, the "as of" line and the charts; the
 * screenshots go to test-results/ (docs/images/dashboard*.png are copies of them, for the README).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from '../../workbench/server';
import {
  chooseMenu,
  closeWorkbenchInChromium,
  chromiumMissing as missing,
  openWorkbenchInChromium,
  poll,
  RESULTS,
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

  it('refreshes it again in Filipino', async () => {
    await menu('Language', 'Filipino');
    await poll(() => workbench.session.emulator.ui.toasts.at(-1)?.message ?? '').toContain(
      'Filipino na ang wika ng Suki.',
    );
    await refresh('Dashboard (i-refresh)', 'Dashboard', /^Dashboard: naisulat/);
    await poll(gridText).toContain('Dashboard para sa mga pinuno');
    expect(await gridText()).toMatch(/mula noong isang buwan(±0|[▲▼] [\d,.]+%?)/);
    expect(workbench.session.emulator.sheetValues('KPI history')).toHaveLength(16);
    await poll(() => page.locator('.toast').count()).toBe(0);
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-fil.png') });
  });
});
