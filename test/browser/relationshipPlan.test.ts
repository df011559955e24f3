/**
 * The relationship plan's sidebar in Chromium (issue #16): opened from the menu on a selected client,
 * two people ticked and the plan saved, then one action added and listed. Screenshots go to
 * test-results/.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
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

const rowsOf = (sheetName: string) => sheetRows(workbench, sheetName);

/** A client with two people who work there and no active plan yet: its ID, row, name and the two. */
function clientToPlan() {
  const planned = new Set(rowsOf('Relationship plans').map((plan) => plan.Client));
  const people = rowsOf('People').filter((person) => person.Status === 'active');
  const clients = rowsOf('Clients');
  for (const [index, client] of clients.entries()) {
    const own = people.filter((person) => person.Client === client.ID);
    if (own.length >= 2 && !planned.has(client.ID))
      return { id: String(client.ID), row: index + 2, name: String(client.Name), people: own.slice(0, 2) };
  }
  throw new Error('The demo has no client with two people and no plan.');
}

describe.skipIf(missing !== null)('the relationship plan in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  let client: ReturnType<typeof clientToPlan>;

  it('ticks two people, saves the plan, adds an action and lists it', async () => {
    client = clientToPlan();
    const [first, second] = client.people.map((person) => String(person.ID));
    workbench.session.select('Clients', client.row, 2);
    await page.locator('.menu.top > .menu-title').first().click();
    await page
      .locator('.menu.top.open')
      .getByRole('menuitem', { name: 'Relationship plan…', exact: true })
      .click();
    const plan = page.frameLocator('iframe.sidebar-frame');
    await poll(() => plan.locator('h1').textContent()).toBe(client.name);

    await plan.getByLabel('Objective for the period').fill('Meet both buyers before the review');
    await plan.locator(`input[name="peopleIds"][value="${first}"]`).check();
    await plan.locator(`input[name="peopleIds"][value="${second}"]`).check();
    await plan.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => plan.locator('.banner--ok').first().textContent()).toMatch(/Saved G-\d{6}\./);
    const saved = rowsOf('Relationship plans').find((row) => row.Client === client.id);
    expect(saved?.['People it depends on (IDs)']).toBe(`${first}, ${second}`);

    const { emulator } = workbench.session;
    const zone = emulator.uncounted(() => emulator.spreadsheet.getSpreadsheetTimeZone());
    const day = isoDateInZone(new Date(Date.now() + 3 * 86_400_000), zone);
    await plan.locator('#action-plannedDate').fill(day);
    await plan.locator('#action-channel').selectOption('meeting');
    await plan.getByLabel('With', { exact: true }).selectOption(second ?? '');
    await plan.locator('#action-purpose').fill('Walk both buyers through the plan');
    await plan.locator('#action-purpose').press('Enter');
    await poll(() =>
      plan.locator('section', { hasText: 'Planned actions' }).locator('li').allTextContents(),
    ).toContainEqual(expect.stringContaining('Walk both buyers through the plan'));
    await page.screenshot({ path: resolve(RESULTS, 'relationship-plan.png') });
  });

  it('opens from the client card on the card’s client, with the plan as saved', async () => {
    await page.locator('.menu.top > .menu-title').first().click();
    await page.locator('.menu.top.open').getByRole('menuitem', { name: 'Client card…', exact: true }).click();
    const card = page.frameLocator('iframe.sidebar-frame');
    await poll(() => card.locator('.card h1').textContent()).toBe(client.name);
    const frames = page.locator('iframe.sidebar-frame');
    const before = await frames.getAttribute('src');
    await card.getByRole('button', { name: 'Open the relationship plan' }).click();
    await poll(() => frames.getAttribute('src')).not.toBe(before);
    const plan = page.frameLocator('iframe.sidebar-frame');
    await poll(() => plan.locator('h1').textContent()).toBe(client.name);
    await poll(() => plan.locator('input[name="peopleIds"]:checked').count()).toBe(2);
    expect(await plan.getByLabel('Objective for the period').inputValue()).toBe(
      'Meet both buyers before the review',
    );
  });
});
