/**
 * A table's sheet that Suki grows keeps what set-up put on its rows (src/gas/sheetGrowth.ts): the
 * overdue highlight of the Contact plan reaches the rows added after set-up, and so do the
 * dropdowns (an opted-out cell of People typed "Yes" by hand in a grown row is caught as in row 2).
 * Sheets does not say whether rows inserted after the last one take these; Suki carries them.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { PEOPLE_TABLE } from '../../src/core/tables/peopleTable';
import { CONTACT_PLAN_TABLE } from '../../src/core/tables/workTables';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { seedClients, useEmulator } from '../support/emulatedSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const HEAD = 'hana.head@suki.test';
const t = translatorFor('en');
const sheetOf = (emulator: Emulator, label: Parameters<typeof t>[0]) =>
  emulator.spreadsheet.getSheetByName(t(label)) as Sheet;

/** Whether some conditional-format range of `sheet` covers row `row`. */
const highlighted = (sheet: Sheet, row: number) =>
  sheet
    .getConditionalFormatRules()
    .flatMap((rule) => rule.getRanges())
    .some((range) => range.getRow() <= row && range.getLastRow() >= row);

describe('a table’s sheet grown by Suki', () => {
  it('keeps the overdue highlight on the contact rows added past the rows set-up saw', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
    main.setUpWorkbook();
    const firstMax = emulator.uncounted(() => sheetOf(emulator, CONTACT_PLAN_TABLE.sheetLabel).getMaxRows());
    // Enough clients that a two-step scheme overflows the sheet's rows.
    seedClients(emulator, Math.ceil(firstMax / 2) + 5);
    const steps = [
      { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
      { step: 2, dayOffset: 7, channel: 'email', purpose: 'Catalogue' },
    ];
    expect(main.saveScheme('Welcome', steps, null)).toMatchObject({ ok: true });
    // Started in the past: every row is overdue.
    expect(main.applyScheme('Welcome', { statuses: ['active'] }, '2020-01-06')).toMatchObject({ ok: true });
    emulator.uncounted(() => {
      const sheet = sheetOf(emulator, CONTACT_PLAN_TABLE.sheetLabel);
      const last = sheet.getLastRow();
      expect(last).toBeGreaterThan(firstMax);
      expect(highlighted(sheet, last), `row ${last} (the sheet had ${firstMax} rows)`).toBe(true);
      expect(highlighted(sheet, sheet.getMaxRows())).toBe(true);
    });
  });

  it('keeps the dropdowns on the rows added, so a hand-typed value outside them is caught', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
    main.setUpWorkbook();
    expect(main.saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true });
    const people = () => sheetOf(emulator, PEOPLE_TABLE.sheetLabel);
    const firstMax = emulator.uncounted(() => people().getMaxRows());
    // Fill the People sheet up to its last row by hand, then one save makes Suki grow it.
    emulator.uncounted(() => {
      const width = people().getLastColumn();
      const rows = Array.from({ length: firstMax - people().getLastRow() }, () => new Array(width).fill('x'));
      people()
        .getRange(people().getLastRow() + 1, 1, rows.length, width)
        .setValues(rows);
    });
    expect(
      main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz', primary: 'no' }),
    ).toMatchObject({ ok: true });
    emulator.uncounted(() => {
      const sheet = people();
      expect(sheet.getMaxRows()).toBeGreaterThan(firstMax);
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      const column = header.indexOf(t('col.person.optedOut')) + 1;
      expect(column).toBeGreaterThan(0);
      const inRowTwo = sheet.getRange(2, column).getDataValidation();
      const inGrownRow = sheet.getRange(sheet.getMaxRows(), column).getDataValidation();
      expect(inRowTwo).not.toBeNull();
      expect(inGrownRow?.getCriteriaValues()).toEqual(inRowTwo?.getCriteriaValues());
    });
  });
});
