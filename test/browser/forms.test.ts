/**
 * The sidebar forms in Chromium (issue #14): each form opened from the menu is titled with the menu
 * item's words and headed by its sections' titles; a date typed in the format the field states is
 * saved as that day and shown back the same, in the form and in the sheet; a long text counts its
 * characters, and one over the limit is refused whole, by name, nothing written. Screenshots go to
 * test-results/.
 */
import { resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_LAYOUTS, menuItemWords } from '../../src/core/forms/formLayouts';
import { translate } from '../../src/core/i18n/translate';
import { columnOf } from '../../src/core/tables/tableSpec';
import { CLAIMS_TABLE } from '../../src/core/tables/workTables';
import { maxLengthOf } from '../../src/core/validation/columnSchema';
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

const en = (key: Parameters<typeof translate>[1]) => translate('en', key);
const text = (read: Promise<string | null>) => read.then((value) => value ?? '');

/** Clicks through the add-on menu: the menu title, then submenus, then the item. */
const menu = (...path: string[]) => chooseMenu(page, ...path);

/** Opens a sidebar from the menu and waits for its new page to load. */
async function openSidebar(...path: string[]): Promise<FrameLocator> {
  const frames = page.locator('iframe.sidebar-frame');
  const before = (await frames.count()) > 0 ? await frames.getAttribute('src') : null;
  await menu(...path);
  await poll(() => frames.getAttribute('src')).not.toBe(before);
  return page.frameLocator('iframe.sidebar-frame');
}

/** The Claims sheet: its header and rows, as the emulator holds them. */
function claimsSheet(): { header: unknown[]; rows: unknown[][] } {
  const [header = [], ...rows] = workbench.session.emulator.sheetValues(en(CLAIMS_TABLE.sheetLabel));
  return { header, rows: rows.filter((row) => row.some((cell) => cell !== '')) };
}

/** Shows a sheet's tab with `row` at the top of the grid. */
async function showSheet(name: string, row: number): Promise<void> {
  await page.locator('.tab', { hasText: name }).click();
  await poll(() => page.locator(`table.grid[aria-label="${name}"]`).count()).toBe(1);
  await page.getByLabel('Go to row').fill(String(row));
  await page.getByLabel('Go to row').press('Enter');
  await poll(() => text(page.locator('table.grid tbody th.rownum').first().textContent())).toBe(String(row));
}

describe.skipIf(missing !== null)('the sidebar forms in Chromium', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
    // A head may open every form, the team's included.
    const head = workbench.session.team().find((member) => member.role === 'head')?.email ?? '';
    await page.getByLabel('Acting user').selectOption(head);
    // expect.poll is for tests only: wait here by hand, up to 30 s.
    for (let waited = 0; workbench.session.activeUser() !== head && waited < 30_000; waited += 50)
      await new Promise((done) => setTimeout(done, 50));
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('titles each form with its menu item’s words and heads its sections by what they hold', async () => {
    for (const form of Object.values(FORM_LAYOUTS)) {
      const caption = en(form.menuLabel);
      const path = form.menu === 'team' ? [en('menu.team'), caption] : [caption];
      const sidebar = await openSidebar(...path);
      const title = menuItemWords(caption);
      expect(title).not.toMatch(/…$/);
      await poll(() => text(page.locator('#sidebar .panel-title span').textContent())).toBe(title);
      // The plan has a page of its own, headed by the client's name.
      if (form.ownPage) continue;
      await sidebar.locator('form').waitFor();
      await poll(() => text(sidebar.locator('h1').textContent())).toBe(title);
      expect(await sidebar.locator('legend').allTextContents(), form.table.key).toEqual(
        form.sections.map((section) => en(section.title)),
      );
    }
  });

  it('saves a date typed in the field’s own format and shows it back the same, in the form and the sheet', async () => {
    const { rows: before } = claimsSheet();
    const [clientId] = workbench.session.emulator.sheetValues('Clients')[3] as [string];
    const form = await openSidebar(en('menu.claimForm'));
    await form.locator('form').waitFor();
    const due = form.locator('input[name="slaDueDate"]');
    // The format the field states, filled in for 31 December 2026, typed key by key.
    const format = String(await due.getAttribute('placeholder'));
    expect(format).toBe('YYYY-MM-DD');
    expect(await text(form.locator('#field-slaDueDate-note').textContent())).toContain(format);
    const typed = format.replace('YYYY', '2026').replace('MM', '12').replace('DD', '31');
    await form.locator('input[name="clientId"]').fill(clientId);
    await form.getByRole('option', { name: new RegExp(clientId) }).click();
    await form.locator('input[name="receivedDate"]').pressSequentially('2026-11-25');
    await form.locator('select[name="category"]').selectOption('delivery');
    await form.locator('textarea[name="description"]').fill('Two pallets arrived damaged.');
    await form.locator('input[name="amountClaimed"]').fill('₱45,000');
    await due.pressSequentially(typed);
    expect(await due.inputValue()).toBe('2026-12-31');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => text(form.locator('.banner--ok').textContent())).toMatch(/^Saved K-\d{6}\.$/);

    const { header, rows } = claimsSheet();
    expect(rows).toHaveLength(before.length + 1);
    const last = rows.at(-1) ?? [];
    expect(last[header.indexOf('Amount claimed')]).toBe(45_000);
    // The sheet shows the day as the field did.
    await showSheet(en(CLAIMS_TABLE.sheetLabel), rows.length + 1);
    const dueCell = page
      .locator('table.grid tbody tr')
      .first()
      .locator(`td[data-column="${header.indexOf('SLA due') + 1}"]`);
    await poll(() => text(dueCell.textContent())).toBe('2026-12-31');

    // Opened again, the form shows it the same; a day-first date is shown back in the field's format.
    await dueCell.click();
    const edit = await openSidebar(en('menu.editRow'));
    await edit.locator('form').waitFor();
    await poll(() => edit.locator('input[name="slaDueDate"]').inputValue()).toBe('2026-12-31');
    await edit.locator('input[name="resolvedDate"]').pressSequentially('31/12/2026');
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => text(edit.locator('.banner--ok').textContent())).toMatch(/^Updated K-\d{6}\.$/);
    expect(await edit.locator('input[name="resolvedDate"]').inputValue()).toBe('2026-12-31');
    const resolvedCell = page
      .locator('table.grid tbody tr')
      .first()
      .locator(`td[data-column="${header.indexOf('Resolved') + 1}"]`);
    await poll(() => text(resolvedCell.textContent())).toBe('2026-12-31');
    await page.screenshot({ path: resolve(RESULTS, 'forms-date.png') });
  });

  it('counts a long text’s characters and refuses one over the limit whole, by name', async () => {
    const limit = maxLengthOf(columnOf(CLAIMS_TABLE, 'description'));
    const { rows: before } = claimsSheet();
    const [clientId] = workbench.session.emulator.sheetValues('Clients')[5] as [string];
    const form = await openSidebar(en('menu.claimForm'));
    await form.locator('form').waitFor();
    const counter = form.locator('#field-description-note');
    expect(await text(counter.textContent())).toBe(`0 of ${limit} characters`);
    await form.locator('input[name="clientId"]').fill(clientId);
    await form.getByRole('option', { name: new RegExp(clientId) }).click();
    await form.locator('input[name="receivedDate"]').fill('2026-11-26');
    await form.locator('select[name="category"]').selectOption('billing');
    const description = form.locator('textarea[name="description"]');
    await description.fill('Double invoice');
    await poll(() => text(counter.textContent())).toBe(`14 of ${limit} characters`);

    // Pasted whole: nothing is cut, the counter says how much is too much, the save says the limit.
    const long = 'x'.repeat(60_000);
    await description.fill(long);
    await poll(() => text(counter.textContent())).toBe(
      `60000 of ${limit} characters: ${60_000 - limit} too many`,
    );
    expect(await counter.getAttribute('class')).toContain('field__note--over');
    expect((await description.inputValue()).length).toBe(60_000);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => text(form.locator('#field-description-error').textContent())).toBe(
      `Description: at most ${limit} characters.`,
    );
    expect(claimsSheet().rows).toHaveLength(before.length);
    await page.screenshot({ path: resolve(RESULTS, 'forms-long-text.png') });

    await description.fill('y'.repeat(limit));
    await poll(() => text(counter.textContent())).toBe(`${limit} of ${limit} characters`);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => text(form.locator('.banner--ok').textContent())).toMatch(/^Saved K-\d{6}\.$/);
    const { header, rows } = claimsSheet();
    expect(rows).toHaveLength(before.length + 1);
    expect(String(rows.at(-1)?.[header.indexOf('Description')])).toHaveLength(limit);
  });
});
