/**
 * The workbench in Chromium: Suki's real bundle and built pages, driven the way a person would, from
 * the add-on menu through the sidebar forms to the grid. Screenshots go to test-results/.
 */

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { startWorkbench, type Workbench } from '../../workbench/server';
import { writeClientListCsv } from '../fixtures/messyLists';
import { chooseMenu } from '../support/chromiumWorkbench';

const CHROMIUM = '/usr/bin/chromium';
const RESULTS = resolve(import.meta.dirname, '../../test-results');
const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt-get install chromium)`;
if (missing && process.env.CI) throw new Error(`Browser tests need Chromium: ${missing}.`);
if (missing) console.warn(`Skipping browser tests: ${missing}.`);

let workbench: Workbench;
/**
 * Polls until the assertion holds (vitest's expect has no Playwright matchers). Generous, because in
 * `npm test` the browser shares two cores with every other test file.
 */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 50 });
const textOf = (locator: Locator) => () => locator.textContent().then((text) => text ?? '');

let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: resolve(RESULTS, `workbench-${name}.png`) });
}

/** Clicks through the add-on menu: the menu title, then submenus, then the item. */
const menu = (...path: string[]) => chooseMenu(page, ...path);

function sidebar(): FrameLocator {
  return page.frameLocator('iframe.sidebar-frame');
}

/** Opens a sidebar form from the menu (`path`: submenus, then the item). */
async function openForm(...path: string[]): Promise<FrameLocator> {
  const frames = page.locator('iframe.sidebar-frame');
  const before = (await frames.count()) > 0 ? await frames.getAttribute('src') : null;
  await menu(...path);
  await poll(() => frames.getAttribute('src')).not.toBe(before);
  const frame = sidebar();
  await frame.locator('form').waitFor();
  return frame;
}

/** Rows of a sheet below the header, as the emulator holds them. */
function rowsOf(sheetName: string): unknown[][] {
  return workbench.session.emulator.sheetValues(sheetName).slice(1);
}

/** Acts as `email` from the switch at the top, as a person trying the workbench would. */
async function actAs(email: string): Promise<void> {
  await page.getByLabel('Acting user').selectOption(email);
  await poll(() => workbench.session.activeUser()).toBe(email);
}

async function showSheet(name: string, row?: number): Promise<void> {
  await page.locator('.tab', { hasText: name }).click();
  await poll(textOf(page.locator('.tab[aria-selected="true"]'))).toBe(name);
  // The tab is marked before the grid is redrawn: wait for the grid of this sheet.
  await poll(() => page.locator(`table.grid[aria-label="${name}"]`).count()).toBe(1);
  if (row !== undefined) {
    await page.getByLabel('Go to row').fill(String(row));
    await page.getByLabel('Go to row').press('Enter');
    await poll(textOf(page.locator('table.grid tbody th.rownum').first())).toBe(String(row));
  }
}

/** A sheet of a person's own with a chart and a conditional highlight, as a dashboard would have. */
function addChartSheet(bench: Workbench): void {
  const { emulator } = bench.session;
  const app = emulator.globals.SpreadsheetApp;
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.insertSheet('Chart check', emulator.spreadsheet.getNumSheets());
    sheet.getRange(1, 1, 5, 2).setValues([
      ['Tier', 'Revenue'],
      ['Key', 4_200_000],
      ['Large', 2_600_000],
      ['Medium', 900_000],
      ['Small', 300_000],
    ]);
    sheet.setFrozenRows(1);
    sheet.getRange('B2:B5').setNumberFormat('#,##0');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(2_000_000)
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('B2:B5')])
        .build(),
    ]);
    const chart = sheet
      .newChart()
      .setChartType(emulator.globals.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', 'Revenue by tier')
      .build();
    sheet.insertChart(chart);
    emulator.spreadsheet.getSheets()[0]?.activate();
  });
}

describe.skipIf(missing !== null)('the workbench in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    workbench = await startWorkbench({ port: 0, seed: { size: { clients: 80 } } });
    addChartSheet(workbench);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(30_000);
    await page.goto(workbench.url);
    await page.locator('body[data-ready="true"]').waitFor();
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
    await page.screenshot({ path: resolve(RESULTS, `workbench-failed-${slug}.png`) });
    const overlay = await page.locator('#overlay').textContent();
    if (overlay) console.error(`Page overlay when "${context.task.name}" failed: ${overlay}`);
  });

  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  it('shows the demo workbook: tabs, frozen header, formatted values and the Suki menu', async () => {
    expect(await page.locator('.tab').count()).toBe(ALL_TABLES.length + 1);
    expect(await page.locator('table.grid thead tr.frozen td').nth(1).textContent()).toBe('Name');
    const firstClient = String(rowsOf('Clients')[0]?.[1]);
    expect(await page.locator('table.grid tbody tr').first().textContent()).toContain(firstClient);
    expect(await page.locator('.menu.top > .menu-title').textContent()).toBe('Suki');
    await shot('demo');
  });

  it('draws charts and conditional highlights', async () => {
    await showSheet('Chart check');
    await poll(() => page.locator('figure.chart svg rect').count()).toBe(4);
    expect(await page.locator('figure.chart figcaption').textContent()).toBe('Revenue by tier');
    const key = page.locator('table.grid tbody tr').first().locator('td').nth(1);
    expect(await key.textContent()).toBe('4,200,000');
    expect(await key.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(183, 225, 205)');
    await shot('chart');
    await showSheet('Clients');
  });

  it('shows a dialog the script opens, with google.script.run and host.close inside it', async () => {
    const { emulator } = workbench.session;
    const html = [
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
      '<p id="who">…</p><button id="close">Done</button>',
      '<script>',
      'google.script.run.withSuccessHandler(function (context) {',
      "  document.getElementById('who').textContent = 'Signed in as ' + context.userEmail;",
      '}).getPageContext();',
      "document.getElementById('close').onclick = function () { google.script.host.close(); };",
      '</script></body></html>',
    ].join('');
    emulator.uncounted(() => {
      const output = emulator.globals.HtmlService.createHtmlOutput(html).setWidth(360).setHeight(160);
      emulator.globals.SpreadsheetApp.getUi().showModalDialog(output, 'Who am I');
    });
    workbench.session.changed();
    const dialog = page.frameLocator('iframe.dialog-frame');
    await poll(textOf(dialog.locator('#who'))).toBe(`Signed in as ${workbench.session.activeUser()}`);
    await shot('dialog');
    await dialog.locator('#close').click();
    await poll(() => page.locator('iframe.dialog-frame').count()).toBe(0);
  });

  it('sets up the workbook from the menu', async () => {
    await menu('Set up workbook');
    await poll(textOf(page.locator('.toast').last())).toContain('Workbook ready: 0 created, 0 repaired.');
  });

  it('adds a client in the Client sidebar and shows the row in the grid', async () => {
    const before = rowsOf('Clients').length;
    const form = await openForm('Client…');
    await form.getByLabel('Name').fill('Bituing Dagat Trading');
    await form.getByLabel('E-mail').fill('orders@bituingdagat.ph');
    await form.locator('select[name="tier"]').selectOption('key');
    await shot('client-form');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(textOf(form.locator('.banner--ok'))).toMatch(/Saved C-\d{6}\./);
    await poll(() => page.locator('table.grid tbody td', { hasText: 'Bituing Dagat Trading' }).count()).toBe(
      1,
    );
    expect(rowsOf('Clients')).toHaveLength(before + 1);
    await shot('client-saved');
  });

  it('logs a contact, picking the client by typing part of its name', async () => {
    const [clientId, clientName] = rowsOf('Clients')[2] as [string, string];
    const word = clientName.split(' ')[0] as string;
    const form = await openForm('Plan or log a contact…');
    await form.locator('input[name="clientId"]').fill(word);
    await form
      .getByRole('option', { name: new RegExp(clientName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .click();
    await poll(() => form.locator('input[name="clientId"]').inputValue()).toBe(`${clientId} · ${clientName}`);
    await form.locator('input[name="plannedDate"]').fill('2026-12-03');
    await form.locator('select[name="channel"]').selectOption('call');
    await form.locator('input[name="purpose"]').fill('Quarterly review call');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(textOf(form.locator('.banner--ok'))).toMatch(/Saved P-\d{6}\./);
    const contacts = rowsOf('Contact plan');
    const last = contacts[contacts.length - 1] ?? [];
    expect(last.slice(1, 2)).toEqual([clientId]);
    expect(last).toContain('Quarterly review call');
    await showSheet('Contact plan', contacts.length + 1);
    const row = textOf(page.locator('table.grid tbody tr').first());
    await poll(row).toContain('Quarterly review call');
    expect(await row()).toContain('2026-12-03');
    await shot('contact-logged');
  });

  it('registers a claim', async () => {
    const before = rowsOf('Claims').length;
    const [clientId, clientName] = rowsOf('Clients')[4] as [string, string];
    const form = await openForm('Register a claim…');
    await form.locator('input[name="clientId"]').fill(clientId);
    await form.getByRole('option', { name: new RegExp(clientId) }).click();
    await form.locator('input[name="receivedDate"]').fill('2026-11-25');
    await form.locator('select[name="category"]').selectOption('delivery');
    await form.locator('textarea[name="description"]').fill('Two pallets arrived damaged.');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(textOf(form.locator('.banner--ok'))).toMatch(/Saved K-\d{6}\./);
    const claims = rowsOf('Claims');
    expect(claims).toHaveLength(before + 1);
    expect(claims[claims.length - 1]).toContain('Two pallets arrived damaged.');
    expect(claims[claims.length - 1]?.[1]).toBe(clientId);
    await showSheet('Claims', claims.length + 1);
    await poll(textOf(page.locator('table.grid tbody tr').first())).toContain('Two pallets arrived damaged.');
    expect(clientName).not.toBe('');
  });

  it('shows the field errors for an invalid client and writes no row', async () => {
    const clients = rowsOf('Clients').length;
    const audit = rowsOf('Audit log').length;
    const form = await openForm('Client…');
    await form.getByLabel('E-mail').fill('not-an-email');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(textOf(form.locator('.banner--error'))).toContain('Please correct the fields marked below.');
    expect(await form.locator('.field__error').allTextContents()).toEqual([
      'Name: this field is required.',
      'E-mail: not a valid e-mail address.',
    ]);
    await shot('client-invalid');
    expect(rowsOf('Clients')).toHaveLength(clients);
    expect(rowsOf('Audit log')).toHaveLength(audit);
  });

  it('refuses a typed value outside a dropdown, like Sheets', async () => {
    await showSheet('Clients');
    const status = page.locator('table.grid[aria-label="Clients"] tbody tr').first().locator('td').nth(2);
    const before = await status.textContent();
    await status.dblclick();
    await page.locator('.cell-editor').fill('bogus');
    await page.locator('.cell-editor').press('Enter');
    await poll(textOf(page.locator('.message.error'))).toContain('There was a problem');
    await shot('edit-refused');
    await page.locator('.message.error button', { hasText: 'OK' }).click();
    await poll(textOf(status)).toBe(before);
    expect(rowsOf('Clients')[0]?.[2]).toBe(before);
  });

  it('acts as a manager from the user switch', async () => {
    const manager = workbench.session.team().find((member) => member.role === 'manager');
    expect(manager).toBeDefined();
    await page.getByLabel('Acting user').selectOption(manager?.email ?? '');
    await poll(() => workbench.session.activeUser()).toBe(manager?.email);
    await poll(() => page.getByLabel('Acting user').inputValue()).toBe(manager?.email);
  });

  it('runs the ABC-XYZ report from the Reports menu and shows its sheet', async () => {
    await menu('Reports', 'ABC-XYZ');
    await poll(textOf(page.locator('.tab[aria-selected="true"]'))).toBe('ABC-XYZ report');
    await poll(textOf(page.locator('.toast').last())).toMatch(/ABC-XYZ report: written, \d+ rows/);
    await poll(() => page.locator('figure.chart').count()).toBe(1);
    expect(await page.locator('table.grid[aria-label="ABC-XYZ report"]').textContent()).toContain(
      'ABC × XYZ matrix (clients)',
    );
    await shot('abc-report');
  });

  it('refreshes the dashboard with its figures and seven charts', async () => {
    await menu('Dashboard (refresh)');
    await poll(textOf(page.locator('.tab[aria-selected="true"]'))).toBe('Dashboard');
    await poll(() => page.locator('figure.chart').count()).toBe(7);
    const grid = await page.locator('table.grid[aria-label="Dashboard"]').textContent();
    expect(grid).toContain('Open pipeline value');
    expect(grid).toContain('Per manager');
    await shot('dashboard');
  });

  it('opens the client card with real figures', async () => {
    await showSheet('Clients');
    await page.locator('table.grid tbody tr').first().locator('td').nth(1).click();
    await menu('Client card…');
    const card = sidebar();
    await poll(textOf(card.locator('.card h1'))).not.toBe('');
    const name = String(rowsOf('Clients')[0]?.[1]);
    await poll(textOf(card.locator('.card h1'))).toBe(name);
    const text = await card.locator('.card').textContent();
    // The forecast as the report run above computed it (its range and reasons are in the report).
    expect(text).toMatch(/Reliability forecast\d+% · (Low|Medium|High)As the last report computed it/);
    expect(text).toContain('Account health');
    await shot('client-card');
  });

  it('edits the selected row, and after someone else changed the field, reloads instead of overwriting', async () => {
    // As the head, who may edit any client (a manager may edit only their own).
    await actAs(workbench.session.team().find((member) => member.role === 'head')?.email ?? '');
    await showSheet('Clients');
    await page.locator('table.grid tbody tr').nth(1).locator('td').nth(1).click();
    const form = await openForm('Edit selected row');
    await poll(textOf(form.locator('h1'))).toBe('Edit C-000002');
    const { emulator } = workbench.session;
    const header = emulator.sheetValues('Clients')[0] ?? [];
    // Someone else changes the phone while the form is open (a plain-text cell: no apostrophe needed).
    emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName('Clients')
        ?.getRange(3, header.indexOf('Phone') + 1)
        .setValue('+63 2 8000 1111'),
    );
    await form.locator('#field-phone').fill('+63 917 000 2222');
    await form.locator('#field-goal').fill('Grow the account');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(textOf(form.locator('.banner--error'))).toContain('was changed by someone else');
    expect(rowsOf('Clients')[1]?.[header.indexOf('Phone')]).toBe('+63 2 8000 1111');
    await form.getByRole('button', { name: 'Reload the record' }).click();
    await poll(() => form.locator('#field-phone').inputValue()).toBe('+63 2 8000 1111');
    expect(await form.locator('#field-goal').inputValue()).toBe('Grow the account');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(textOf(form.locator('.banner--ok'))).toBe('Updated C-000002.');
    expect(rowsOf('Clients')[1]?.[header.indexOf('Account goal')]).toBe('Grow the account');
    await shot('edit-reloaded');
  });

  it('a head appoints two managers and records an absence; the deputy works the absent manager’s clients until it ends', async () => {
    const { session } = workbench;
    const head = session.team().find((member) => member.role === 'head')?.email ?? '';
    const absent = session.team().find((member) => member.role === 'manager')?.email ?? '';
    await actAs(head);
    const newcomers = [
      ['jose.reyes@suki-demo.ph', 'Jose Reyes'],
      ['ana.cruz@suki-demo.ph', 'Ana Cruz'],
    ] as const;
    for (const [email, name] of newcomers) {
      const form = await openForm('Team', 'Appoint a team member…');
      await form.locator('#field-email').fill(email);
      await form.locator('#field-name').fill(name);
      await form.locator('select[name="role"]').selectOption('manager');
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await poll(textOf(form.locator('.banner--ok'))).toMatch(/Saved T-\d{6}\./);
    }
    const deputy = newcomers[0][0];
    expect(session.team().map((member) => member.email)).toEqual(
      expect.arrayContaining([deputy, newcomers[1][0]]),
    );

    const today = isoDateInZone(
      new Date(),
      session.emulator.uncounted(() => session.emulator.spreadsheet.getSpreadsheetTimeZone()),
    );
    const shift = (days: number) =>
      new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const absence = await openForm('Team', 'Record an absence…');
    await absence.locator('#field-manager').fill(absent);
    await absence.locator('#field-from').fill(shift(-1));
    await absence.locator('#field-to').fill(shift(7));
    await absence.locator('select[name="reason"]').selectOption('vacation');
    await absence.locator('#field-deputy').fill(deputy);
    await absence.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(textOf(absence.locator('.banner--ok'))).toMatch(/Saved A-\d{6}\./);

    // The deputy: the switch says so, and the absent manager's client is theirs to work.
    const clientHeader =
      rowsOf('Clients').length > 0 ? (session.emulator.sheetValues('Clients')[0] ?? []) : [];
    const ownerOf = (row: unknown[]) => String(row[clientHeader.indexOf('Owner')] ?? '');
    const ownedBefore = rowsOf('Clients')
      .filter((row) => ownerOf(row) === absent)
      .map((row) => row[0]);
    const client = rowsOf('Clients').find((row) => ownerOf(row) === absent) as [string, string];
    expect(client).toBeDefined();
    await actAs(deputy);
    await poll(() => page.getByLabel('Acting user').locator('option:checked').textContent()).toContain(
      'deputy for',
    );
    const contact = await openForm('Plan or log a contact…');
    await contact.locator('input[name="clientId"]').fill(client[0]);
    await contact.getByRole('option', { name: new RegExp(client[0]) }).click();
    await contact.locator('input[name="plannedDate"]').fill(shift(2));
    await contact.locator('select[name="channel"]').selectOption('call');
    await contact.locator('input[name="purpose"]').fill('Cover call while away');
    await contact.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(textOf(contact.locator('.banner--ok'))).toMatch(/Saved P-\d{6}\./);
    const contactHeader = session.emulator.sheetValues('Contact plan')[0] ?? [];
    const logged = rowsOf('Contact plan').at(-1) ?? [];
    expect(logged[contactHeader.indexOf('Owner')]).toBe(absent);
    expect(logged[contactHeader.indexOf('Created by')]).toBe(deputy);
    const auditHeader = session.emulator.sheetValues('Audit log')[0] ?? [];
    const lastEntry = rowsOf('Audit log').at(-1) ?? [];
    expect(lastEntry[auditHeader.indexOf('Who')]).toBe(deputy);
    expect(lastEntry[auditHeader.indexOf('As')]).toBe(`deputy for ${absent}`);

    // A manager is refused a head's action, and nothing changes.
    const settingsBefore = session.emulator.uncounted(() =>
      session.emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
    );
    await menu('Reports', 'Analysis settings…');
    await poll(textOf(page.locator('.message .message-text').last())).toContain(
      'Only a head of the team can do this',
    );
    await page.locator('.message button', { hasText: 'OK' }).last().click();
    expect(
      session.emulator.uncounted(() =>
        session.emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
      ),
    ).toEqual(settingsBefore);

    // The head cuts the absence short: it ended yesterday, and the deputy's rights end with it.
    await actAs(head);
    const absences = rowsOf('Absences');
    await showSheet('Absences', absences.length + 1);
    await page.locator('table.grid tbody tr').first().locator('td').nth(1).click();
    const edit = await openForm('Edit selected row');
    await poll(textOf(edit.locator('h1'))).toMatch(/^Edit A-\d{6}$/);
    await edit.locator('#field-to').fill(shift(-1));
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(textOf(edit.locator('.banner--ok'))).toMatch(/Updated A-\d{6}\./);
    await actAs(deputy);
    await poll(() => page.getByLabel('Acting user').locator('option:checked').textContent()).not.toContain(
      'deputy for',
    );
    const after = await openForm('Plan or log a contact…');
    await after.locator('input[name="clientId"]').fill(client[0]);
    await poll(textOf(after.locator('.picker__empty'))).toBe('No client matches.');

    // Everything as it was: the absent manager still owns every client they owned, the contact too,
    // and the audit log tells the story.
    expect(
      rowsOf('Clients')
        .filter((row) => ownerOf(row) === absent)
        .map((row) => row[0]),
    ).toEqual(ownedBefore);
    expect((rowsOf('Contact plan').at(-1) ?? [])[contactHeader.indexOf('Owner')]).toBe(absent);
    const story = rowsOf('Audit log').map(
      (row) => `${row[auditHeader.indexOf('Action')]} ${row[auditHeader.indexOf('Table')]}`,
    );
    expect(story).toEqual(
      expect.arrayContaining(['create team', 'create absences', 'create contacts', 'update absences']),
    );
    await shot('deputy-ended');
    await actAs(head);
  });

  it('switches to Filipino from the menu and the sidebar speaks Filipino', async () => {
    await menu('Language', 'Filipino');
    await poll(textOf(page.locator('.toast').last())).toContain('Filipino na ang wika ng Suki.');
    await poll(textOf(page.locator('.menu.top .menu-item').first())).toBe('Ang araw ko…');
    await poll(textOf(page.locator('.menu.top .menu-item').nth(1))).toBe('Kliyente…');
    const form = await openForm('Kliyente…');
    await poll(textOf(form.locator('label[for="field-name"]'))).toContain('Pangalan');
    expect(await form.getByRole('button', { name: 'I-save' }).isVisible()).toBe(true);
    await shot('filipino');
  });

  it('imports a CSV from "Import a file…" as a new sheet and shows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suki-browser-import-'));
    try {
      const csv = writeClientListCsv(dir);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import a file…' }).click(),
      ]);
      await chooser.setFiles(csv.path);
      await poll(textOf(page.locator('.tab[aria-selected="true"]'))).toBe('Mga Kliyente');
      await poll(() => page.locator('table.grid[aria-label="Mga Kliyente"]').count()).toBe(1);
      expect(await page.locator('table.grid').textContent()).toContain('Niño Trading');
      await poll(textOf(page.locator('.toast').last())).toContain(
        "Imported 'Mga Kliyente.csv' as sheet 'Mga Kliyente'.",
      );
      await shot('import');
      // Then Suki's own import brings its rows into Clients, with a check first.
      await menu('Mag-import ng listahan…');
      const frame = sidebar();
      await frame.locator('#import-sheet').waitFor();
      await poll(() => frame.locator('#import-sheet option', { hasText: 'Mga Kliyente' }).count()).toBe(1);
      await frame.locator('#import-sheet').selectOption('Mga Kliyente');
      await frame.getByRole('button', { name: 'Suriin' }).click();
      await poll(textOf(frame.locator('.banner'))).toContain('Handa: 9 hilera sa Mga Kliyente.');
      expect(await frame.locator('#map-0').inputValue()).toBe('name');
      await shot('import-check');
      await frame.getByRole('button', { name: 'I-import ang 9 hilera' }).click();
      await poll(textOf(frame.locator('.banner'))).toContain('Na-import ang 9 hilera');
      await poll(() => frame.getByRole('button', { name: 'Bawiin ang import na ito…' }).count()).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
