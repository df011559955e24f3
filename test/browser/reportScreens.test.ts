/**
 * Every report read in the workbench at 100% zoom, in English and in Filipino (issue #14): each is
 * run from the Reports menu as a person runs it, its sheet shown, checked as a person reads it
 * (test/support/reportSheetChecks.ts: nothing cut off, counts whole, axes in whole steps, no chart
 * over data) and photographed to test-results/report-<key>-<language>.png.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { REPORTS } from '../../src/core/reports/reportCatalog';
import type { Workbench } from '../../workbench/server';
import {
  chooseMenu,
  closeWorkbenchInChromium,
  chromiumMissing as missing,
  openWorkbenchInChromium,
  poll,
  RESULTS,
  speakInWorkbench,
} from '../support/chromiumWorkbench';
import { reportSheetProblems } from '../support/reportSheetChecks';

let workbench: Workbench;
let browser: Browser;
let page: Page;

const textOf = (locator: ReturnType<Page['locator']>) => async () => (await locator.textContent())?.trim();

const menu = (...path: string[]) => chooseMenu(page, ...path);

describe.skipIf(missing !== null)('every report in the workbench', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    ({ workbench, browser, page } = await openWorkbenchInChromium());
  });

  afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

  for (const language of ['en', 'fil'] as const) {
    it(`reads cleanly in ${language === 'en' ? 'English' : 'Filipino'}`, async () => {
      const t = translatorFor(language);
      // The person's menus and the workbook's sheets both in Filipino (a head switches the sheets).
      if (language === 'fil') await speakInWorkbench(page, 'fil');
      const problems: string[] = [];
      for (const report of REPORTS) {
        await menu(t('menu.reports'), t(report.menuLabel));
        const sheetName = t(`reportSheet.${report.key}` as Parameters<typeof t>[0]);
        await poll(textOf(page.locator('.tab[aria-selected="true"]'))).toBe(sheetName);
        await poll(() => page.locator(`table.grid[aria-label="${sheetName}"]`).count()).toBe(1);
        // The toasts of the runs before pile up over the sheet: out of the picture.
        await page.evaluate(() => {
          for (const toast of document.querySelectorAll('.toast')) toast.remove();
        });
        await page.screenshot({ path: resolve(RESULTS, `report-${report.key}-${language}.png`) });
        problems.push(
          ...reportSheetProblems(workbench.session.emulator, sheetName).map((p) => `${sheetName}: ${p}`),
        );
      }
      expect(problems).toEqual([]);
    });
  }
});
