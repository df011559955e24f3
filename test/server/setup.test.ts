import { beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const en = translatorFor('en');
const sheetOf = (name: string) =>
  emulator.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
});

describe('Set up workbook', () => {
  it('makes all ten tables on an empty spreadsheet: header, frozen row, formats, dropdowns, metadata', () => {
    setUpWorkbook();
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 10 created, 0 repaired.');
    for (const table of ALL_TABLES) {
      const sheet = sheetOf(en(table.sheetLabel));
      expect(sheet, table.key).toBeTruthy();
      expect(emulator.sheetValues(en(table.sheetLabel))[0]).toEqual(table.columns.map((c) => en(c.label)));
      expect(sheet.getFrozenRows()).toBe(1);
      const tags = sheet.createDeveloperMetadataFinder().withKey('suki.column').find();
      expect(tags.map((m) => m.getValue()).sort()).toEqual(table.columns.map((c) => c.key).sort());
      table.columns.forEach((column, index) => {
        const cell = sheet.getRange(2, index + 1);
        if (column.type === 'choice') {
          expect(cell.getDataValidation()?.getCriteriaValues()[0], `${table.key}.${column.key}`).toEqual(
            column.choices,
          );
        }
        if (column.type === 'date') expect(cell.getNumberFormat()).toBe('yyyy-mm-dd');
        if (column.type === 'currency') expect(cell.getNumberFormat()).toBe('#,##0.00');
        if (column.type === 'text') expect(cell.getNumberFormat()).toBe('@');
      });
    }
  });

  it('is idempotent and never touches data', () => {
    setUpWorkbook();
    expect(saveRecord('clients', { name: 'Alpha Foods', email: 'a@alpha.ph' })).toMatchObject({ ok: true });
    const before = emulator.sheetValues('Clients');
    setUpWorkbook();
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 0 repaired.');
    expect(emulator.sheetValues('Clients')).toEqual(before);
    expect(emulator.spreadsheet.getSheets()).toHaveLength(11); // Sheet1 and the ten tables
  });

  it('repairs lost metadata, a lost column and lost dropdowns without touching data', () => {
    setUpWorkbook();
    saveRecord('clients', { name: 'Alpha Foods', status: 'active' });
    const sheet = sheetOf('Clients');
    emulator.uncounted(() => {
      for (const tag of sheet
        .createDeveloperMetadataFinder()
        .withKey('suki.column')
        .withValue('email')
        .find())
        tag.remove();
      sheet.deleteColumn((emulator.sheetValues('Clients')[0] ?? []).indexOf('Region') + 1);
      sheet.getRange('C2:C').clearDataValidations();
    });
    setUpWorkbook();
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 1 repaired.');
    const header = emulator.sheetValues('Clients')[0] ?? [];
    expect(header).toContain('Region');
    const tags = sheet
      .createDeveloperMetadataFinder()
      .withKey('suki.column')
      .find()
      .map((m) => m.getValue());
    expect(tags).toContain('email');
    expect(sheet.getRange(2, header.indexOf('Status') + 1).getDataValidation()).not.toBeNull();
    expect(emulator.sheetValues('Clients')[1]?.[header.indexOf('Name')]).toBe('Alpha Foods');
  });

  it('names new sheets in Filipino for a Filipino account, and finds them either way', () => {
    emulator = useEmulator({ locale: 'fil' });
    setUpWorkbook();
    expect(emulator.spreadsheet.getSheetByName('Mga Kliyente')).toBeTruthy();
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Handa na ang workbook: 10 nilikha, 0 inayos.');
    expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({
      ok: true,
      message: 'Na-save ang C-000001.',
    });
  });
});
