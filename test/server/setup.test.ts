import { beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { choiceLabelKey } from '../../src/core/tables/tableSpec';
import { AUDIT_LOG_TABLE, TEAM_TABLE } from '../../src/core/tables/teamTables';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const en = translatorFor('en');
const sheetOf = (name: string) =>
  emulator.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
/** Every sheet's values by name (uncounted). */
const everySheet = () =>
  Object.fromEntries(
    emulator.spreadsheet.getSheets().map((s) => [s.getName(), emulator.sheetValues(s.getName())]),
  );

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
});

describe('Set up workbook', () => {
  it('makes all eighteen tables on an empty spreadsheet: header, frozen row, formats, dropdowns, metadata', () => {
    setUpWorkbook();
    // #10: the first verified person to set up becomes the team's first head, and is told so.
    expect(emulator.ui.toasts.at(-1)?.message).toBe(
      'Workbook ready: 18 created, 0 repaired. You are the first head of this workbook’s team (mara@suki-demo.ph).',
    );
    expect(ALL_TABLES.map((t) => t.key)).toContain('evidence');
    expect(sheetOf('Credit checks')).toBeTruthy();
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
          // The dropdown shows each choice's caption in the workbook's language (English here).
          expect(cell.getDataValidation()?.getCriteriaValues()[0], `${table.key}.${column.key}`).toEqual(
            column.choices?.map((choice) => en(choiceLabelKey(column, choice))),
          );
        }
        if (column.type === 'date') expect(cell.getNumberFormat()).toBe('yyyy-mm-dd');
        if (column.type === 'currency') expect(cell.getNumberFormat()).toBe('#,##0.00');
        if (column.type === 'text') expect(cell.getNumberFormat()).toBe('@');
      });
    }
  });

  it('writes the first head to the Team table, audited, and no other data row', () => {
    setUpWorkbook();
    expect(rowsByHeader(emulator, 'Team')).toEqual([
      expect.objectContaining({
        ID: 'T-000001',
        'E-mail': 'mara@suki-demo.ph',
        Role: 'head',
        Status: 'active',
        'Appointed by': 'mara@suki-demo.ph',
      }),
    ]);
    const audit = rowsByHeader(emulator, 'Audit log');
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((row) => row.Action === 'create' && row['Record ID'] === 'T-000001')).toBe(true);
    expect(audit.every((row) => row.Who === 'mara@suki-demo.ph' && row.Table === 'team')).toBe(true);
    for (const table of ALL_TABLES) {
      if (table === TEAM_TABLE || table === AUDIT_LOG_TABLE) continue;
      expect(rowsByHeader(emulator, en(table.sheetLabel)), table.key).toEqual([]);
    }
  });

  it('is idempotent and never touches data', () => {
    setUpWorkbook();
    expect(saveRecord('clients', { name: 'Alpha Foods', email: 'a@alpha.ph' })).toMatchObject({ ok: true });
    const before = everySheet();
    expect(before.Clients).toHaveLength(2);
    setUpWorkbook();
    // The team has its head now: a second set-up appoints no one and writes no row, in any table.
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 0 repaired.');
    expect(everySheet()).toEqual(before);
    expect(emulator.spreadsheet.getSheets()).toHaveLength(19); // Sheet1 and the eighteen tables
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
    expect(emulator.spreadsheet.getSheetByName('Pagsusuri sa kredito')).toBeTruthy();
    expect(emulator.ui.toasts.at(-1)?.message).toBe(
      'Handa na ang workbook: 18 nilikha, 0 inayos. Ikaw ang unang head ng koponan ng workbook na ito (head@example.com).',
    );
    expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({
      ok: true,
      message: 'Na-save ang C-000001.',
    });
  });
});
