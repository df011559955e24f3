/**
 * The workbook's currency in a sidebar form, in Chromium (issue #14): the workbench's workbook is in
 * pesos (en_PH), so the Order form shows ₱ before its amount, and an amount in dollars is refused
 * in the field, naming ₱, with nothing written; a form without an amount shows no sign. Screenshots
 * go to test-results/.
 */
import { resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/translate';
import { ORDERS_TABLE } from '../../src/core/tables/workTables';
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

/** Opens a form's sidebar from the menu and waits for its form to draw. */
async function openForm(caption: string): Promise<FrameLocator> {
  const frames = page.locator('iframe.sidebar-frame');
  const before = (await frames.count()) > 0 ? await frames.getAttribute('src') : null;
  await chooseMenu(page, caption);
  await poll(() => frames.getAttribute('src')).not.toBe(before);
  const sidebar = page.frameLocator('iframe.sidebar-frame');
  await sidebar.locator('form').waitFor();
  return sidebar;
}

/** The Orders sheet's rows holding anything, as the emulator holds them. */
const orderRows = () =>
  workbench.session.emulator
    .sheetValues(en(ORDERS_TABLE.sheetLabel))
    .slice(1)
    .filter((row) => row.some((cell) => cell !== ''));

describe.skipIf(missing !== null)(
  'the workbook’s currency in a form, in Chromium',
  { timeout: 180_000 },
  () => {
    beforeAll(async () => {
      ({ workbench, browser, page } = await openWorkbenchInChromium());
    });

    afterAll(() => closeWorkbenchInChromium({ workbench, browser, page }));

    it('shows ₱ before the Order form’s amount and refuses dollars there, naming ₱, writing nothing', async () => {
      const before = orderRows();
      const form = await openForm(en('menu.orderForm'));
      const sign = form.locator('#field-amount-currency');
      await poll(() => text(sign.textContent())).toBe('₱');
      const amount = form.locator('input[name="amount"]');
      expect(await amount.getAttribute('aria-describedby')).toContain('field-amount-currency');

      await amount.fill('$45');
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await poll(() => text(form.locator('#field-amount-error').textContent())).toBe(
        'Amount: this workbook’s amounts are in ₱; convert it and type the amount in ₱.',
      );
      expect(orderRows()).toEqual(before);
      await page.screenshot({ path: resolve(RESULTS, 'form-currency.png') });
    });

    it('shows no sign in a form without an amount', async () => {
      const form = await openForm(en('menu.personForm'));
      expect(await form.locator('input').count()).toBeGreaterThan(0);
      expect(await form.locator('.field__currency').count()).toBe(0);
    });
  },
);
