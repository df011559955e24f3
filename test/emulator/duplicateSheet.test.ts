/** Duplicating a sheet copies everything on it, developer metadata included (the stricter assumption). */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';

function setup() {
  const em = createEmulator();
  const app = em.globals.SpreadsheetApp;
  const ss = em.spreadsheet;
  const clients = ss.insertSheet('Clients');
  ss.insertSheet('Orders');
  clients.getRange(1, 1, 2, 2).setValues([
    ['ID', 'Name'],
    ['C-1', 'Alpha'],
  ]);
  clients.getRange('B2').setNumberFormat('@').setNote('a note');
  clients.getRange('A1:B1').setFontWeight('bold').setBackground('#1f4e5f');
  clients.setFrozenRows(1);
  clients.addDeveloperMetadata('suki.table', 'clients');
  clients.getRange('A:A').addDeveloperMetadata('suki.column', 'id');
  clients.getRange('B:B').addDeveloperMetadata('suki.column', 'name');
  clients.getRange('2:2').addDeveloperMetadata('suki.row', 'first');
  return { em, app, ss, clients };
}

const tagsOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
  sheet
    .createDeveloperMetadataFinder()
    .find()
    .map((md) => [md.getKey(), md.getValue(), md.getLocation().getLocationType().toString()])
    .sort();

describe('duplicating a sheet', () => {
  it('duplicateActiveSheet copies content, formats and all metadata next to it, as "Copy of X"', () => {
    const { ss, clients } = setup();
    clients.activate();
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of Clients');
    expect(ss.getActiveSheet().getName()).toBe('Copy of Clients');
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'Clients',
      'Copy of Clients',
      'Orders',
    ]);
    expect(copy.getSheetId()).not.toBe(clients.getSheetId());
    expect(copy.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['ID', 'Name'],
      ['C-1', 'Alpha'],
    ]);
    expect(copy.getRange('B2').getNumberFormat()).toBe('@');
    expect(copy.getRange('B2').getNote()).toBe('a note');
    expect(copy.getRange('A1').getFontWeight()).toBe('bold');
    expect(copy.getRange('A1').getBackground()).toBe('#1f4e5f');
    expect(copy.getFrozenRows()).toBe(1);
    expect(tagsOf(copy)).toEqual(tagsOf(clients));
    expect(tagsOf(copy)).toHaveLength(4);
    const idColumn = copy.createDeveloperMetadataFinder().withValue('id').find()[0];
    expect(idColumn?.getLocation().getColumn()?.getA1Notation()).toBe('A:A');
    expect(idColumn?.getLocation().getSheet()?.getName()).toBe('Copy of Clients');
  });

  it('the copy is independent of the original, metadata included', () => {
    const { ss, clients } = setup();
    const copy = clients.copyTo(ss);
    copy.getRange('B2').setValue('Changed');
    copy.getRange('A1').setFontWeight('normal');
    for (const md of copy.createDeveloperMetadataFinder().withKey('suki.column').find()) md.remove();
    expect(clients.getRange('B2').getValue()).toBe('Alpha');
    expect(clients.getRange('A1').getFontWeight()).toBe('bold');
    expect(clients.createDeveloperMetadataFinder().withKey('suki.column').find()).toHaveLength(2);
    expect(ss.createDeveloperMetadataFinder().withKey('suki.table').withValue('clients').find()).toHaveLength(
      2,
    );
    ss.deleteSheet(clients);
    expect(copy.getRange('B2').getValue()).toBe('Changed');
    expect(ss.createDeveloperMetadataFinder().withKey('suki.table').find()).toHaveLength(1);
  });

  it('copyTo puts the copy last and numbers a taken name; a person duplicating puts it next', () => {
    const { em, ss, clients } = setup();
    expect(clients.copyTo(ss).getName()).toBe('Copy of Clients');
    expect(clients.copyTo(ss).getName()).toBe('Copy of Clients 2');
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'Clients',
      'Orders',
      'Copy of Clients',
      'Copy of Clients 2',
    ]);
    em.calls.reset();
    expect(em.personDuplicateSheet('Orders')).toBe('Copy of Orders');
    expect(em.calls.count()).toBe(0); // a person's action, not a script's call
    expect(em.uncounted(() => ss.getSheets().map((s) => s.getName()))).toEqual([
      'Sheet1',
      'Clients',
      'Orders',
      'Copy of Orders',
      'Copy of Clients',
      'Copy of Clients 2',
    ]);
    expect(em.personDuplicateSheet('Clients')).toBe('Copy of Clients 3');
    expect(
      em.uncounted(() =>
        tagsOf(ss.getSheetByName('Copy of Clients 3') as GoogleAppsScript.Spreadsheet.Sheet),
      ),
    ).toEqual(em.uncounted(() => tagsOf(clients)));
  });
});
