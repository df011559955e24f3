import { beforeEach, describe, expect, it } from 'vitest';
import { editSelectedRow, getPageContext } from '../../src/server/pages';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  saveRecord('clients', { name: 'Alpha Foods' });
  saveRecord('clients', { name: 'Bravo Logistics', phone: '+63 2 8123 4567' });
});

describe('Edit selected row', () => {
  it('opens the form of the row’s table with that record, once', () => {
    emulator.select('Clients', 3, 5);
    editSelectedRow();
    expect(emulator.ui.sidebars.at(-1)?.title).toBe('Edit C-000002');
    const context = getPageContext('clients');
    expect(context.edit).toMatchObject({
      id: 'C-000002',
      record: { name: 'Bravo Logistics', phone: '+63 2 8123 4567' },
    });
    expect(getPageContext('clients').edit).toBeNull();
  });

  it('follows the record even if the rows are sorted before the page loads', () => {
    emulator.select('Clients', 2, 2);
    editSelectedRow();
    emulator.uncounted(() =>
      (emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet).sort(2, false),
    );
    expect(getPageContext('clients').edit).toMatchObject({ id: 'C-000001', record: { name: 'Alpha Foods' } });
  });

  it('says what to do when the selection is not a Suki row', () => {
    emulator.select('Clients', 1, 1);
    editSelectedRow();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe('Select a row of a Suki table first.');
    expect(emulator.ui.sidebars).toHaveLength(0);
  });
});
