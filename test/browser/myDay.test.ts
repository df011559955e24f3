/**
 * My day in Chromium (issue #13): a manager opens it from the menu on the demo workbook, sees the
 * groups counted, logs one contact as done with a note (Enter logs) and sees the proposed next step
 * in its place; the Contact plan row says done. Screenshots go to test-results/.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from '../../workbench/server';
import {
  closeWorkbenchInChromium,
  chromiumMissing as missing,
  openWorkbenchInChromium,
  poll,
  RESULTS,
  sheetRows,
} from '../support/chromiumWorkbench';

let workbench: Workbench;
let browser: Browser;
let page: Page;

/** The Contact plan's row of `id`, keyed by header text. */
/** The Contact plan's row `id`, choices read as their keys. */
function contactRow(id: string): Record<string, unknown> | undefined {
  return sheetRows(workbench, 'Contact plan').find((row) => row.ID === id);
}

describe.skipIf(missing !== null)('My day in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('opens My day as a manager, logs a contact as done and shows the next step', async () => {
    const manager = workbench.session.team().find((member) => member.role === 'manager')?.email ?? '';
    await page.getByLabel('Acting user').selectOption(manager);
    await poll(() => workbench.session.activeUser()).toBe(manager);
    await page.locator('.menu.top > .menu-title').first().click();
    await page.locator('.menu.top.open').getByRole('menuitem', { name: 'My day…', exact: true }).click();
    const day = page.frameLocator('iframe.sidebar-frame');
    await poll(() => day.locator('h1').textContent()).toBe('My day');
    const groups = day.locator('.myday-group h2');
    await poll(() => groups.count()).toBeGreaterThan(0);
    expect((await groups.allTextContents()).join(' | ')).toMatch(/^(Overdue|Today|Next 7 days) \(\d+\)/);

    const entry = day.locator('.myday-entry').first();
    const id = String(await entry.locator('.myday-entry__meta').textContent()).match(/P-\d{6}/)?.[0] ?? '';
    expect(id).toMatch(/^P-\d{6}$/);
    await entry.getByRole('button', { name: 'Done', exact: true }).click();
    const note = entry.getByLabel('Note', { exact: true });
    await poll(() => note.evaluate((input) => input === document.activeElement)).toBe(true);
    await note.fill('Agreed on the next delivery');
    await note.press('Enter');
    await poll(() => entry.locator('.banner--ok').textContent()).toContain(`Logged ${id} as done.`);
    await poll(() => entry.locator('.myday-next, .myday-form').first().textContent()).toMatch(
      /Next: step \d+|What is the next step\?/,
    );
    expect(contactRow(id)).toMatchObject({ Status: 'done', Outcome: 'Agreed on the next delivery' });
    await page.screenshot({ path: resolve(RESULTS, 'my-day.png') });
  });
});
