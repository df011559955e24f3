/**
 * What every sidebar's Chromium test starts with: Debian's Chromium (skipped where it is missing,
 * required under CI), the workbench on a 40-client demo, one page on it, and reading a sheet back.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { LANGUAGE_NAMES, LOCALES, type Locale, translatorFor } from '../../src/core/i18n/translate';
import { startWorkbench, type Workbench } from '../../workbench/server';
import { rowsByHeader } from './emulatedSheets';

const CHROMIUM = '/usr/bin/chromium';
/** Where the tests' screenshots go. */
export const RESULTS = resolve(import.meta.dirname, '../../test-results');

/** Why the browser tests cannot run here, or null when they can. */
export const chromiumMissing = existsSync(CHROMIUM)
  ? null
  : `${CHROMIUM} is not installed (apt-get install chromium)`;
if (chromiumMissing && process.env.CI) throw new Error(`Browser tests need Chromium: ${chromiumMissing}.`);
if (chromiumMissing) console.warn(`Skipping browser tests: ${chromiumMissing}.`);

/** Polls what the page shows until it holds, for up to 30 s. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 50 });

/** A workbench in Chromium, ready: the page has loaded the workbook. */
export interface OpenWorkbench {
  readonly workbench: Workbench;
  readonly browser: Browser;
  readonly page: Page;
}

/** Starts the workbench on a 40-client demo and opens it in headless Chromium. */
export async function openWorkbenchInChromium(): Promise<OpenWorkbench> {
  mkdirSync(RESULTS, { recursive: true });
  const workbench = await startWorkbench({ port: 0, seed: { size: { clients: 40 } } });
  const browser = await chromium.launch({
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
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  await page.goto(workbench.url);
  await page.locator('body[data-ready="true"]').waitFor();
  return { workbench, browser, page };
}

/** Closes what openWorkbenchInChromium opened (whatever of it did open). */
export async function closeWorkbenchInChromium(opened: Partial<OpenWorkbench> | undefined): Promise<void> {
  await opened?.browser?.close();
  await opened?.workbench?.close();
}

/** A sheet's rows below the header, as objects keyed by header text (choices as their keys). */
export function sheetRows(workbench: Workbench, sheetName: string): Record<string, unknown>[] {
  return rowsByHeader(workbench.session.emulator, sheetName);
}

/**
 * Switches the person's language and the workbook's to `locale`, as a head does from the menu: the
 * menus, then the sheets (the Workbook language… prompt answered with the language's number).
 */
export async function speakInWorkbench(page: Page, locale: Locale): Promise<void> {
  const before = translatorFor(locale === 'en' ? 'fil' : 'en');
  const t = translatorFor(locale);
  await chooseMenu(
    page,
    before('menu.language'),
    t(locale === 'en' ? 'menu.languageEnglish' : 'menu.languageFilipino'),
  );
  await poll(() => page.locator('.toast').last().textContent()).toContain(
    t('toast.languageSet', { language: LANGUAGE_NAMES[locale] }),
  );
  await chooseMenu(page, t('menu.language'), t('menu.workbookLanguage'));
  const dialog = page.locator('.question[role="alertdialog"]');
  await poll(() => dialog.count()).toBe(1);
  await dialog.getByRole('textbox').fill(String(LOCALES.indexOf(locale) + 1));
  await dialog.getByRole('textbox').press('Enter');
  await poll(() => page.locator('.toast').last().textContent()).toContain(
    t('workbookLanguage.done', { language: LANGUAGE_NAMES[locale] }),
  );
}

/**
 * Chooses Suki's menu item at `path` (a submenu's caption, then the item's) as a person clicks it.
 * The page redraws its menu bar when a run ends, which can close a menu just opened, even between
 * hovering a submenu and clicking its item: the menu is opened again and the whole path walked
 * again until the click lands.
 */
export async function chooseMenu(page: Page, ...path: string[]): Promise<void> {
  const item = (caption: string) =>
    page.locator('.menu.top.open').getByRole('menuitem', { name: caption, exact: true }).last();
  const first = item(path[0] ?? '');
  const walk = async (): Promise<boolean> => {
    if (!(await first.isVisible())) {
      if ((await page.locator('.menu.top.open').count()) === 0)
        await page.locator('.menu.top > .menu-title').first().click();
      if (!(await first.isVisible())) return false;
    }
    try {
      for (const [index, caption] of path.entries()) {
        if (index < path.length - 1) await item(caption).hover({ timeout: 2_000 });
        else await item(caption).click({ timeout: 2_000 });
      }
      return true;
    } catch {
      // The menu closed under the pointer (redrawn): walk the path again.
      return false;
    }
  };
  await poll(walk).toBe(true);
}
