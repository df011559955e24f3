/**
 * The event and fax campaign sidebar in Chromium (issue #13): a manager opens it from the Outreach
 * submenu, picks one of their presentations, shows or exhibitions, invites the clients of one of
 * their segments, marks one invitee attended and saves, and sees the counts change; the Invitees
 * sheet says so. Screenshots go to test-results/.
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

const EVENTS = ['presentation', 'show', 'exhibition'];

let workbench: Workbench;
let browser: Browser;
let page: Page;

const rowsOf = (sheetName: string) => sheetRows(workbench, sheetName);

/** The demo's first event campaign a manager owns, that manager, and the segment most of their clients are in. */
function campaignAndSegment() {
  const managers = workbench.session.team().filter((member) => member.role === 'manager');
  const campaign = rowsOf('Campaigns').find(
    (c) =>
      EVENTS.includes(String(c.Channel)) &&
      c.Status !== 'cancelled' &&
      managers.some((m) => m.email === c.Owner),
  );
  const manager = String(campaign?.Owner ?? '');
  const counts = new Map<string, number>();
  for (const client of rowsOf('Clients').filter((c) => c.Owner === manager && c['Archived at'] === '')) {
    const segment = String(client['Segment / industry'] ?? '');
    if (segment) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  const [segment = ''] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { id: String(campaign?.ID ?? ''), name: String(campaign?.Name ?? ''), manager, segment };
}

describe.skipIf(missing !== null)('the event campaign sidebar in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  it('invites a segment of a manager’s clients, marks one attended and sees the counts change', async () => {
    const { id, name, manager, segment } = campaignAndSegment();
    expect(id).toMatch(/^M-\d{6}$/);
    expect(segment).not.toBe('');
    await page.getByLabel('Acting user').selectOption(manager);
    await poll(() => workbench.session.activeUser()).toBe(manager);

    await page.locator('.menu.top > .menu-title').first().click();
    await page.locator('.menu.top.open').getByRole('menuitem', { name: 'Outreach', exact: true }).hover();
    await page
      .locator('.menu.top.open')
      .getByRole('menuitem', { name: 'Event or fax campaign…', exact: true })
      .click();
    const sidebar = page.frameLocator('iframe.sidebar-frame');
    await poll(() => sidebar.locator('h1').textContent()).toBe('Event or fax campaign');
    await sidebar.locator('#event-campaign').selectOption(id);
    const counts = sidebar.locator('p[role="status"]');
    await poll(() => counts.textContent()).toBe('0 invited, 0 registered, 0 attended, 0 no-show.');

    await sidebar.locator('#invite-segments').selectOption(segment);
    await sidebar.getByRole('button', { name: 'Invite', exact: true }).click();
    const invitedBanner = sidebar.locator('fieldset', { hasText: 'Invite clients' }).locator('.banner--ok');
    await poll(() => invitedBanner.textContent()).toMatch(
      new RegExp(`^Invited \\d+ to “${name.replace(/[()]/g, '\\$&')}”, each with a planned contact\\.$`),
    );
    const invited = Number(/^Invited (\d+)/.exec(String(await invitedBanner.textContent()))?.[1]);
    expect(invited).toBeGreaterThan(1);
    await poll(() => counts.textContent()).toBe(`${invited} invited, 0 registered, 0 attended, 0 no-show.`);
    const statuses = sidebar.locator('.invitees select');
    await poll(() => statuses.count()).toBe(invited);

    const first = statuses.first();
    const inviteeId = String(await first.getAttribute('name'));
    await first.selectOption('attended');
    await sidebar.getByRole('button', { name: 'Save attendance', exact: true }).click();
    await poll(() => counts.textContent()).toBe(
      `${invited - 1} invited, 0 registered, 1 attended, 0 no-show.`,
    );
    await poll(() =>
      sidebar.locator('fieldset', { hasText: 'Invitees' }).locator('.banner--ok').textContent(),
    ).toMatch(/^Saved 1 changes of attendance for “/);
    const invitees = rowsOf('Invitees').filter((row) => row['Campaign (ID)'] === id);
    expect(invitees).toHaveLength(invited);
    expect(invitees.find((row) => row.ID === inviteeId)).toMatchObject({ Status: 'attended' });
    expect(invitees.filter((row) => row.Status === 'invited')).toHaveLength(invited - 1);
    await page.screenshot({ path: resolve(RESULTS, 'event-campaign.png') });
  });
});
