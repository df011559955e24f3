import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { must } from './helpers';

function table() {
  const em = createEmulator();
  const ss = em.spreadsheet;
  const sheet = must(ss.getSheets()[0]);
  sheet.getRange('A1:C4').setValues([
    ['ID', 'Name', 'Tier'],
    ['c1', 'Cora', 'B'],
    ['c2', 'Abe', 'A'],
    ['c3', 'Ben', 'C'],
  ]);
  sheet.setFrozenRows(1);
  // Suki tags each column of a table with metadata.
  for (const [col, key] of [
    ['A', 'suki.col.id'],
    ['B', 'suki.col.name'],
    ['C', 'suki.col.tier'],
  ] as const) {
    sheet.getRange(`${col}:${col}`).addDeveloperMetadata(key);
  }
  const where = (key: string) => {
    const found = ss.createDeveloperMetadataFinder().withKey(key).find();
    return found.map((md) => md.getLocation().getColumn()?.getColumn());
  };
  return { em, ss, sheet, where };
}

describe('columns carry values, formats, validation, notes and metadata', () => {
  it('insertColumnBefore shifts everything right', () => {
    const { em, sheet, where } = table();
    sheet.getRange('B2').setNote('vip').setNumberFormat('@');
    const rule = em.globals.SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B', 'C']).build();
    sheet.getRange('C2:C4').setDataValidation(rule);
    sheet.insertColumnBefore(2);
    expect(em.sheetValues('Sheet1')[0]).toEqual(['ID', '', 'Name', 'Tier']);
    expect(sheet.getRange('C2').getNote()).toBe('vip');
    expect(sheet.getRange('C2').getNumberFormat()).toBe('@');
    expect(sheet.getRange('D3').getDataValidation()?.getCriteriaValues()[0]).toEqual(['A', 'B', 'C']);
    expect(sheet.getRange('C3').getDataValidation()).toBeNull();
    expect(where('suki.col.name')).toEqual([3]);
    expect(where('suki.col.tier')).toEqual([4]);
    expect(where('suki.col.id')).toEqual([1]);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it('deleteColumn deletes the metadata on that column', () => {
    const { em, sheet, where } = table();
    sheet.deleteColumn(2);
    expect(em.sheetValues('Sheet1')[0]).toEqual(['ID', 'Tier']);
    expect(where('suki.col.name')).toEqual([]);
    expect(where('suki.col.tier')).toEqual([2]);
    expect(sheet.getMaxColumns()).toBe(25);
  });

  it('moveColumns moves a column before an index given in pre-move coordinates', () => {
    const { em, sheet, where } = table();
    sheet.moveColumns(sheet.getRange('A:A'), 4);
    expect(em.sheetValues('Sheet1')[0]).toEqual(['Name', 'Tier', 'ID']);
    expect(where('suki.col.id')).toEqual([3]);
    expect(where('suki.col.name')).toEqual([1]);
    sheet.moveColumns(sheet.getRange('C:C'), 1);
    expect(em.sheetValues('Sheet1')[0]).toEqual(['ID', 'Name', 'Tier']);
    expect(where('suki.col.id')).toEqual([1]);
  });

  it('deleting all columns is refused', () => {
    const { sheet } = table();
    expect(() => sheet.deleteColumns(1, 26)).toThrow('not possible to delete all');
    expect(() => sheet.deleteColumns(26, 2)).toThrow('Those columns are out of bounds.');
  });
});

describe('rows', () => {
  it('insertRowsAfter / deleteRow move values and row metadata', () => {
    const { em, ss, sheet } = table();
    sheet.getRange('3:3').addDeveloperMetadata('suki.row', 'c2');
    sheet.insertRowsAfter(1, 2);
    expect(em.sheetValues('Sheet1').map((r) => r[0])).toEqual(['ID', '', '', 'c1', 'c2', 'c3']);
    const row = () =>
      ss.createDeveloperMetadataFinder().withKey('suki.row').find()[0]?.getLocation().getRow()?.getRow();
    expect(row()).toBe(5);
    sheet.deleteRows(2, 2);
    expect(row()).toBe(3);
    sheet.deleteRow(3);
    expect(row()).toBeUndefined();
    expect(em.sheetValues('Sheet1').map((r) => r[0])).toEqual(['ID', 'c1', 'c3']);
  });

  it('insertRowBefore the header grows the frozen area and keeps metadata on columns', () => {
    const { sheet, where } = table();
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.getRange('A2').getValue()).toBe('ID');
    expect(where('suki.col.id')).toEqual([1]);
  });

  it('moveRows moves a block of rows', () => {
    const { em, sheet } = table();
    sheet.moveRows(sheet.getRange('4:4'), 2);
    expect(em.sheetValues('Sheet1').map((r) => r[0])).toEqual(['ID', 'c3', 'c1', 'c2']);
  });

  it('Sheet.sort keeps the frozen header and moves formats with rows', () => {
    const { em, sheet } = table();
    sheet.getRange('A3').setBackground('#00ff00');
    sheet.sort(2);
    expect(em.sheetValues('Sheet1')).toEqual([
      ['ID', 'Name', 'Tier'],
      ['c2', 'Abe', 'A'],
      ['c3', 'Ben', 'C'],
      ['c1', 'Cora', 'B'],
    ]);
    expect(sheet.getRange('A2').getBackground()).toBe('#00ff00');
    sheet.sort(3, false);
    expect(em.sheetValues('Sheet1').map((r) => r[2])).toEqual(['Tier', 'C', 'B', 'A']);
  });

  it('Range.sort orders numbers before text and blanks last, by several keys', () => {
    const { em, sheet } = table();
    sheet.getRange('D1:D4').setValues([['Score'], [''], [5], ['x']]);
    sheet.getRange('A2:D4').sort({ column: 4, ascending: true });
    expect(em.sheetValues('Sheet1').map((r) => r[3])).toEqual(['Score', 5, 'x', '']);
    sheet.getRange('A2:D4').sort([{ column: 3, ascending: false }, 1]);
    expect(em.sheetValues('Sheet1').map((r) => r[2])).toEqual(['Tier', 'C', 'B', 'A']);
    expect(() => sheet.getRange('A2:B4').sort(3)).toThrow();
  });

  it('appendRow writes after the last row and extends the sheet when full', () => {
    const { em, sheet } = table();
    sheet.appendRow(['c4', 'Dina', 'A']);
    expect(sheet.getLastRow()).toBe(5);
    sheet.deleteRows(6, 995);
    expect(sheet.getMaxRows()).toBe(5);
    sheet.appendRow(['c5', 'Eli', 'B', 'extra']);
    expect(sheet.getMaxRows()).toBe(6);
    expect(em.sheetValues('Sheet1')[5]).toEqual(['c5', 'Eli', 'B', 'extra']);
  });
});
