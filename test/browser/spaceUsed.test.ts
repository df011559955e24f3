/**
 * The settings page in Chromium shows the space the spreadsheet uses (issue #15): the cells used of
 * Google Sheets' 10 million, when it will be full, and each table's cells, under the settings.
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

describe.skipIf(missing !== null)('the space used on the settings page', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });
  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('shows the cells used of the limit and each table’s, under the settings', async () => {
    const emulator = workbench.session.emulator;
    const used = emulator.uncounted(() =>
      emulator.spreadsheet.getSheets().reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0),
    );
    await chooseMenu(page, 'Reports', 'Analysis settings…');
    const sidebar = page.frameLocator('iframe.sidebar-frame');
    await poll(() => sidebar.locator('h2#space-used').textContent()).toBe('Space used');
    const summary = await sidebar.locator('section[aria-labelledby="space-used"] p').textContent();
    expect(summary).toContain(`Space used: ${used.toLocaleString('en-US')} of the 10,000,000 cells`);
    const clients = sidebar.locator('section[aria-labelledby="space-used"] tr', { hasText: 'Clients' });
    await poll(() => clients.count()).toBeGreaterThan(0);
    expect(await sidebar.locator('section[aria-labelledby="space-used"] [role="alert"]').count()).toBe(0);
    await sidebar.locator('section[aria-labelledby="space-used"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(RESULTS, 'settings-space-used.png') });
  });
});
