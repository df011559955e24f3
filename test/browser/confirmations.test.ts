/**
 * Confirmations in Chromium (issue #14): an alert or prompt the script asks shows the buttons of its
 * ButtonSet, and the script goes on with the one the person pressed. Archiving the selected client
 * row asks Yes or No: No (and Escape, which closes the dialog) archives nothing, Yes archives it.
 * Help › Tell Suki who you are… prompts with OK and Cancel: Cancel keeps nothing of what was typed,
 * OK (Enter) keeps it. Every answer is read back from the workbook.
 */
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from '../../workbench/server';
import {
  chooseMenu,
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

const textOf = (locator: Locator) => () => locator.textContent().then((text) => text ?? '');

/** Clicks through the add-on menu: submenus, then the item. */
const menu = (...path: string[]) => chooseMenu(page, ...path);

/** The row the emulator has selected, as "Edit/Archive selected row" sees it. */
function selectedRow(): number | undefined {
  const { emulator } = workbench.session;
  return emulator.uncounted(() => emulator.spreadsheet.getActiveRange()?.getRow());
}

/** Selects a cell of sheet row `row` of Clients in the grid, as a person clicks it. */
async function selectClientRow(row: number): Promise<void> {
  await page.locator('.tab', { hasText: 'Clients' }).click();
  await poll(() => page.locator('table.grid[aria-label="Clients"]').count()).toBe(1);
  await page.getByLabel('Go to row').fill(String(row));
  await page.getByLabel('Go to row').press('Enter');
  const line = page.locator('table.grid tbody tr', {
    has: page.locator('th.rownum', { hasText: String(row) }),
  });
  await poll(() => line.count()).toBeGreaterThan(0);
  await line.first().locator('td').nth(1).click();
  await poll(selectedRow).toBe(row);
}

/** The client in sheet row `row`. */
function clientAt(row: number): Record<string, unknown> {
  const client = sheetRows(workbench, 'Clients')[row - 2];
  if (!client) throw new Error(`No client in row ${row}.`);
  return client;
}

/** The dialog the script waits on, once it shows. */
async function question(): Promise<Locator> {
  const dialog = page.locator('.question[role="alertdialog"]');
  await poll(() => dialog.count()).toBe(1);
  return dialog;
}

/** Waits until the menu item's execution has ended (the page's status clears). */
async function scriptEnded(): Promise<void> {
  await poll(() => page.locator('.question').count()).toBe(0);
  await poll(textOf(page.locator('#status'))).toBe('');
}

describe.skipIf(missing !== null)('Confirmations in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('asks Yes or No before archiving the selected row, and does what the person answers', async () => {
    const rows = sheetRows(workbench, 'Clients');
    const row = rows.findIndex((client) => client['Archived at'] === '') + 2;
    expect(row).toBeGreaterThan(1);
    const id = String(clientAt(row).ID);
    expect(id).not.toBe('');

    await selectClientRow(row);
    await menu('Archive selected row');
    const ask = await question();
    expect(await ask.locator('.actions button').allTextContents()).toEqual(['Yes', 'No']);
    expect(await ask.locator('.message-text').textContent()).toContain(`Archive ${id}?`);
    await page.screenshot({ path: resolve(RESULTS, 'confirm-archive.png') });
    await ask.getByRole('button', { name: 'No', exact: true }).click();
    await scriptEnded();
    expect(clientAt(row)['Archived at']).toBe('');

    // Escape closes the dialog: the script gets CLOSE, which is not Yes.
    await selectClientRow(row);
    await menu('Archive selected row');
    await question();
    await page.locator('#overlay').click({ position: { x: 5, y: 5 } }); // focus off the dialog
    await page.keyboard.press('Escape');
    await scriptEnded();
    expect(clientAt(row)['Archived at']).toBe('');

    await selectClientRow(row);
    await menu('Archive selected row');
    await (await question()).getByRole('button', { name: 'Yes', exact: true }).click();
    await scriptEnded();
    expect(clientAt(row)['Archived at']).not.toBe('');
    await poll(textOf(page.locator('.toasts'))).toContain(`Archived ${id}.`);
  });

  it("gives the script a prompt's Cancel, and its OK with the text typed", async () => {
    const { emulator } = workbench.session;
    const declared = () =>
      emulator.uncounted(() =>
        emulator.globals.PropertiesService.getUserProperties().getProperty('suki.declaredEmail'),
      );
    await page.getByLabel('Acting user').selectOption('hidden');
    await poll(() => workbench.session.activeUser()).toBe('');

    await menu('Help', 'Tell Suki who you are…');
    const cancelled = await question();
    expect(await cancelled.locator('.panel-title').textContent()).toContain('Who are you?');
    expect(await cancelled.locator('.actions button').allTextContents()).toEqual(['OK', 'Cancel']);
    await cancelled.getByRole('textbox').fill('ana.reyes@example.com');
    await cancelled.getByRole('button', { name: 'Cancel', exact: true }).click();
    await scriptEnded();
    expect(declared()).toBeNull();

    await menu('Help', 'Tell Suki who you are…');
    const answered = await question();
    await expect
      .poll(() => answered.getByRole('textbox').evaluate((box) => box === document.activeElement))
      .toBe(true);
    await answered.getByRole('textbox').fill('ana.reyes@example.com');
    await answered.getByRole('textbox').press('Enter');
    await scriptEnded();
    expect(declared()).toBe('ana.reyes@example.com');
  });
});
