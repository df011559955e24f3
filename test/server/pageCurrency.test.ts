/**
 * A form's page is told the workbook's currency (issue #14), so it reads and shows amounts in it
 * before the server does: the Orders form gets `$` in a dollar workbook (en_US), `₱` in a peso one
 * (en_PH) and whatever sign the setting names; a form without an amount field gets none, and asks
 * nothing for it (the settings read is the only call the currency costs).
 */
import { describe, expect, it } from 'vitest';
import { FORM_LAYOUTS } from '../../src/core/forms/formLayouts';
import { columnOf } from '../../src/core/tables/tableSpec';
import * as main from '../../src/server/main';
import { getPageContext } from '../../src/server/pages';
import { getAnalysisSettings, saveAnalysisSettings } from '../../src/server/settings';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

const HEAD = 'mara@suki-demo.ph';

/** A set-up workbook whose spreadsheet is in `locale`. */
function workbook(locale: string): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD, spreadsheetLocale: locale });
  main.setUpWorkbook();
  return emulator;
}

/** Saves the workbook's currency sign as the settings page does. */
function saveCurrency(sign: string): void {
  const values = getAnalysisSettings().values;
  expect(saveAnalysisSettings({ ...values, 'reports.currencySymbol': sign })).toMatchObject({ ok: true });
}

/** Whether a form has a field of type currency (an amount). */
const hasAmount = (tableKey: string) => {
  const form = FORM_LAYOUTS[tableKey];
  if (!form) throw new Error(`no form ${tableKey}`);
  return form.sections.some((s) => s.columns.some((key) => columnOf(form.table, key).type === 'currency'));
};

describe('the currency a form’s page is given', () => {
  it('is $ for the Orders form of a dollar workbook (en_US), and what the setting names once saved', () => {
    workbook('en_US');
    expect(getPageContext('orders').currencySymbol).toBe('$');
    saveCurrency('S/');
    expect(getPageContext('orders').currencySymbol).toBe('S/');
    // A workbook whose amounts carry no sign says so: '' (no sign is read), not "unknown".
    saveCurrency('');
    expect(getPageContext('orders')).toHaveProperty('currencySymbol', '');
  });

  it('is ₱ for every form with an amount in a peso workbook (en_PH)', () => {
    workbook('en_PH');
    const withAmount = Object.keys(FORM_LAYOUTS).filter(hasAmount);
    // Orders, claims, deals, campaigns and clients (credit limit) type money.
    expect(withAmount).toEqual(expect.arrayContaining(['orders', 'claims', 'deals', 'clients']));
    for (const key of withAmount) expect(getPageContext(key).currencySymbol, key).toBe('₱');
  });

  it('is left out for a form without an amount and for a page that serves no form', () => {
    workbook('en_US');
    const without = Object.keys(FORM_LAYOUTS).filter((key) => !hasAmount(key));
    expect(without).toContain('people');
    for (const key of without) expect(getPageContext(key), key).not.toHaveProperty('currencySymbol');
    expect(getPageContext()).not.toHaveProperty('currencySymbol');
    expect(getPageContext('no such table')).not.toHaveProperty('currencySymbol');
  });
});

describe('how a form’s page is told numbers are written', () => {
  it('gives the locale’s decimal mark and country to a form with numbers, so "1.000" is read as the server reads it', () => {
    workbook('de_DE');
    expect(getPageContext('orders').numbers).toEqual({ decimal: ',', country: 'DE' });
    expect(getPageContext('clients').numbers).toEqual({ decimal: ',', country: 'DE' });
    expect(getPageContext('people')).not.toHaveProperty('numbers');
    expect(getPageContext()).not.toHaveProperty('numbers');
  });

  it('gives an Australian workbook its country, which says its $ is the Australian dollar', () => {
    workbook('en_AU');
    expect(getPageContext('orders')).toMatchObject({
      currencySymbol: '$',
      numbers: { decimal: '.', country: 'AU' },
    });
  });
});

describe('what the currency costs a page', () => {
  /** The service calls of one getPageContext, by kind. */
  function callsOf(emulator: Emulator, tableKey: string): Record<string, number> {
    emulator.calls.reset();
    getPageContext(tableKey);
    return emulator.calls.byKind();
  }

  it('is one settings read and one locale read for a form with an amount, and nothing for one without', () => {
    const emulator = workbook('en_US');
    saveCurrency('$'); // saved settings name their sign, so the locale is not asked as well
    const people = callsOf(emulator, 'people');
    const orders = callsOf(emulator, 'orders');
    // The settings read: the document's properties, then the one property holding the settings;
    // the locale read (how numbers are written): the spreadsheet, then its locale.
    const more = (kind: string) => ({ [kind]: (people[kind] ?? 0) + 1 });
    expect(orders).toEqual({
      ...people,
      ...more('PropertiesService.getDocumentProperties'),
      ...more('Properties.getProperty'),
      ...more('SpreadsheetApp.getActiveSpreadsheet'),
      ...more('Spreadsheet.getSpreadsheetLocale'),
    });
    expect(people).not.toHaveProperty('PropertiesService.getDocumentProperties');
    expect(people).not.toHaveProperty('Spreadsheet.getSpreadsheetLocale');
  });
});
