/**
 * The interaction schemes sidebar in Chromium (issue #13): a manager creates a scheme of two steps
 * and applies it to a segment of their clients (the contact plan then holds each step for each of
 * those clients, owned by the client owner), opens it from a client's card and stops it for that
 * client; a head sets the company's holidays. Screenshots go to test-results/.
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

const SCHEME = 'Trade fair follow-up';

let workbench: Workbench;
/** The manager and the clients the first test put on the scheme. */
let onScheme: { manager: string; clients: string[] } = { manager: '', clients: [] };
let browser: Browser;
let page: Page;

const rowsOf = (sheetName: string) => sheetRows(workbench, sheetName);

/** A manager and the segment most of their active clients are in, with those clients. */
function managerAndSegment() {
  const manager = workbench.session.team().find((member) => member.role === 'manager')?.email ?? '';
  const live = rowsOf('Clients').filter((c) => c['Archived at'] === '');
  const own = live.filter((c) => c.Owner === manager);
  const counts = new Map<string, number>();
  for (const client of own) {
    const segment = String(client['Segment / industry'] ?? '');
    if (segment) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  const [segment = ''] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const clients = own.filter((c) => c['Segment / industry'] === segment).map((c) => String(c.ID));
  const others = live.filter((c) => c['Segment / industry'] === segment).length - clients.length;
  return { manager, segment, clients, others };
}

describe.skipIf(missing !== null)('interaction schemes in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('a manager creates a scheme and applies it to a segment', async () => {
    const { manager, segment, clients, others } = managerAndSegment();
    expect(clients.length).toBeGreaterThan(0);
    await page.getByLabel('Acting user').selectOption(manager);
    await poll(() => workbench.session.activeUser()).toBe(manager);

    await page.locator('.menu.top > .menu-title').first().click();
    await page.locator('.menu.top.open').getByRole('menuitem', { name: 'Outreach', exact: true }).hover();
    await page
      .locator('.menu.top.open')
      .getByRole('menuitem', { name: 'Interaction schemes…', exact: true })
      .click();
    const sidebar = page.frameLocator('iframe.sidebar-frame');
    await poll(() => sidebar.locator('h1').textContent()).toBe('Interaction schemes');
    // The demo's schemes are there, the contacts typed over the years counted on them.
    await poll(() => sidebar.locator('#scheme-pick option').allTextContents()).toContain('Onboarding');

    await sidebar.getByLabel('Scheme', { exact: true }).selectOption({ label: 'New scheme' });
    await sidebar.getByLabel('Name of the scheme').fill(SCHEME);
    await sidebar.getByLabel('Step 1: Channel').selectOption('call');
    await sidebar.getByLabel('Step 1: Purpose').fill('Thank them for visiting the booth');
    await sidebar.getByRole('button', { name: 'Add a step' }).click();
    // The new step takes the next number and a week later; the focus is on its day.
    await poll(() => sidebar.locator('#step-1-dayOffset').inputValue()).toBe('7');
    await sidebar.locator('#step-1-dayOffset').fill('3');
    await sidebar.getByLabel('Step 2: Channel').selectOption('email');
    await sidebar.getByLabel('Step 2: Purpose').fill('Send the catalogue');
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => sidebar.locator('.banner--ok').first().textContent()).toBe(
      `Saved the scheme “${SCHEME}”.`,
    );
    expect(rowsOf('Schemes').filter((row) => row.Scheme === SCHEME)).toHaveLength(2);
    await page.locator('iframe.sidebar-frame').screenshot({ path: resolve(RESULTS, 'schemes-editor.png') });

    await sidebar.locator('summary', { hasText: 'Segment' }).click();
    await sidebar.getByRole('checkbox', { name: segment, exact: true }).check();
    const preview = sidebar.locator('.scheme-preview');
    await poll(() => preview.textContent()).toMatch(
      new RegExp(
        `^${clients.length + others} clients: ${clients.length} new${others > 0 ? `, ${others} not yours to plan` : ''}; ${2 * clients.length} contacts from `,
      ),
    );
    await sidebar.getByRole('button', { name: 'Apply', exact: true }).click();
    await poll(() => sidebar.locator('.scheme-apply .banner--ok').textContent()).toBe(
      `Planned ${2 * clients.length} contacts for ${clients.length} clients on “${SCHEME}”.`,
    );
    const planned = rowsOf('Contact plan').filter((row) => row.Scheme === SCHEME);
    expect(planned).toHaveLength(2 * clients.length);
    expect(new Set(planned.map((row) => row.Client))).toEqual(new Set(clients));
    expect(new Set(planned.map((row) => row.Owner))).toEqual(new Set([manager]));
    // Applying again would write nothing: the preview says so and Apply is off.
    await poll(() => preview.textContent()).toMatch(
      new RegExp(
        `: 0 new, ${clients.length} already on it(, \\d+ not yours to plan)?; no contacts to plan\\.$`,
      ),
    );
    expect(await sidebar.getByRole('button', { name: 'Apply', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: resolve(RESULTS, 'schemes.png') });
    onScheme = { manager, clients };
  });

  it('opens from the client card on its client, and stops the scheme for it', async () => {
    const [clientId = ''] = onScheme.clients;
    const row = rowsOf('Clients').findIndex((client) => client.ID === clientId) + 2;
    workbench.session.select('Clients', row, 2);
    await page.locator('.menu.top > .menu-title').first().click();
    await page.locator('.menu.top.open').getByRole('menuitem', { name: 'Client card…', exact: true }).click();
    const card = page.frameLocator('iframe.sidebar-frame');
    await poll(() => card.locator('.card h1').textContent()).not.toBe('');
    const frames = page.locator('iframe.sidebar-frame');
    const before = await frames.getAttribute('src');
    await card.getByRole('button', { name: 'Apply a scheme…' }).click();
    await poll(() => frames.getAttribute('src')).not.toBe(before);
    const sidebar = page.frameLocator('iframe.sidebar-frame');
    await poll(() => sidebar.locator('#apply-client').inputValue()).toMatch(new RegExp(`^${clientId} · `));
    await sidebar.getByLabel('Scheme', { exact: true }).selectOption(SCHEME);
    await poll(() => sidebar.locator('.scheme-preview').textContent()).toBe(
      '1 clients: 0 new, 1 already on it; no contacts to plan.',
    );
    await sidebar.getByRole('button', { name: `Stop this scheme for ${clientId}` }).click();
    await poll(() => sidebar.locator('.scheme-apply .banner--ok').textContent()).toBe(
      `Stopped “${SCHEME}” for ${clientId}: 2 planned contacts cancelled; done ones are kept.`,
    );
    const rows = rowsOf('Contact plan').filter((r) => r.Scheme === SCHEME && r.Client === clientId);
    expect(rows.map((r) => r.Status)).toEqual(['cancelled', 'cancelled']);
  });

  it('a head sets the company holidays on the Settings page, each date checked', async () => {
    const head = workbench.session.team().find((member) => member.role === 'head')?.email ?? '';
    await page.getByLabel('Acting user').selectOption(head);
    await poll(() => workbench.session.activeUser()).toBe(head);
    await page.locator('.menu.top > .menu-title').first().click();
    await page.locator('.menu.top.open').getByRole('menuitem', { name: 'Reports', exact: true }).hover();
    await page
      .locator('.menu.top.open')
      .getByRole('menuitem', { name: 'Analysis settings…', exact: true })
      .click();
    const settings = page.frameLocator('iframe.sidebar-frame');
    await poll(() => settings.locator('h1').textContent()).toBe('Analysis settings');
    expect(await settings.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(true);
    const holidays = settings.getByLabel('Company holidays', { exact: false });
    await holidays.fill('2026-12-25\n30/12/2026');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => settings.locator('.field__error').first().textContent()).toContain('“30/12/2026”');
    await holidays.fill('2026-12-25\n2026-12-30');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => settings.locator('.banner--ok').first().textContent()).toMatch(/^Settings saved/);
    const stored = workbench.session.emulator.uncounted(() =>
      workbench.session.emulator.globals.PropertiesService.getDocumentProperties().getProperty(
        'suki.analysisSettings',
      ),
    );
    expect(JSON.parse(stored ?? '{}').outreach).toMatchObject({
      weekendDays: [0, 6],
      holidays: ['2026-12-25', '2026-12-30'],
    });
    await page
      .locator('iframe.sidebar-frame')
      .screenshot({ path: resolve(RESULTS, 'settings-holidays.png') });
  });
});
