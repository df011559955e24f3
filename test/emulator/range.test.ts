import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { firstSheet, must } from './helpers';

function setup() {
  const em = createEmulator();
  const sheet = firstSheet(em);
  return { em, sheet, ss: em.spreadsheet };
}

describe('Range values', () => {
  it('setValues refuses data of the wrong shape with Apps Script messages', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('getValues returns "" for empty cells and keeps types', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C2').setValues([[3, true]]);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', '', ''],
      ['', 3, true],
    ]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
  });

  it('setValue fills every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('throws outside the sheet and never auto-extends', () => {
    const { sheet } = setup();
    const message = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(message);
    expect(() => sheet.getRange(1, 27)).toThrow(message);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(message);
    expect(() => sheet.getRange('AA1')).toThrow(message);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('refuses more than 10 million cells in a workbook', () => {
    const { sheet } = setup();
    sheet.insertColumnsAfter(26, 974);
    expect(sheet.getMaxColumns()).toBe(1000);
    sheet.insertRowsAfter(1000, 8999);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_999_000);
    expect(() => sheet.insertRowsAfter(1, 2)).toThrow('above the limit of 10000000 cells');
  });
});

describe('A1 notation', () => {
  it('whole columns, whole rows, open ranges and sheet prefixes', () => {
    const { sheet, ss } = setup();
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('B:D').getA1Notation()).toBe('B:D');
    expect(sheet.getRange('B:D').getNumColumns()).toBe(3);
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
    expect(sheet.getRange('A2:C').getNumRows()).toBe(999);
    expect(sheet.getRange('$B$2:$C$3').getA1Notation()).toBe('B2:C3');
    ss.insertSheet('My data');
    const r = ss.getRange("'My data'!B2:C3");
    expect(r.getSheet().getName()).toBe('My data');
    expect(r.getA1Notation()).toBe('B2:C3');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('offset and getCell move relative to the range', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D4');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E5');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(() => r.getCell(4, 1)).toThrow('Cell reference out of range');
    expect(r.getLastRow()).toBe(4);
    expect(r.getLastColumn()).toBe(4);
  });
});

describe('Display values and number formats', () => {
  it.each([
    [1234.5, 'General', '1234.5'],
    [1234.5, '0', '1235'],
    [1234.5, '0.00', '1234.50'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '"₱"#,##0.00', '-₱1,234.50'],
    [1234.5, '[$₱]#,##0.00', '₱1,234.50'],
    [0.256, '0%', '26%'],
    [0.256, '0.0%', '25.6%'],
    [12, '@', '12'],
    [1 / 3, 'General', '0.3333333333'],
  ])('%s with %s shows %s', (value, format, shown) => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue(value).setNumberFormat(format);
    expect(cell.getDisplayValue()).toBe(shown);
    expect(cell.getNumberFormat()).toBe(format);
  });

  it('dates display in the spreadsheet time zone', () => {
    const { sheet } = setup();
    const instant = new Date('2024-03-09T18:30:00Z'); // 2024-03-10 02:30 in Manila
    const cells = sheet.getRange('A1:D1');
    cells.setValues([[instant, instant, instant, instant]]);
    cells.setNumberFormats([['yyyy-mm-dd', 'dd/mm/yyyy', 'mm/dd/yyyy', 'yyyy-mm-dd hh:mm']]);
    expect(cells.getDisplayValues()[0]).toEqual([
      '2024-03-10',
      '10/03/2024',
      '03/10/2024',
      '2024-03-10 02:30',
    ]);
    expect(sheet.getRange('E1').setValue(instant).getDisplayValue()).toBe('3/10/2024 2:30:00');
  });

  it('booleans, text and formulas', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[true, 'text', '=NOW()']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()[0]).toEqual(['TRUE', 'text', '#NAME?']);
  });
});

describe('Formats, notes and clearing', () => {
  it('styles and notes are kept per cell and cleared separately from content', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValues([['a', 'b']])
      .setFontWeight('bold')
      .setBackground('#ff0000')
      .setNote('hi');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    expect(r.getNotes()).toEqual([['hi', 'hi']]);
    r.clearContent();
    expect(r.isBlank()).toBe(true);
    expect(r.getBackground()).toBe('#ff0000');
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getNote()).toBe('hi');
    r.setValue('x').clear();
    expect(r.isBlank()).toBe(true);
  });
});

describe('Spreadsheet and sheets', () => {
  it('sheet names are unique, ids survive renames, insertSheet activates', () => {
    const { ss } = setup();
    const clients = ss.insertSheet('Clients');
    const id = clients.getSheetId();
    expect(ss.getActiveSheet().getName()).toBe('Clients');
    expect(() => ss.insertSheet('clients')).toThrow('A sheet with the name "clients" already exists');
    clients.setName('Kliyente');
    expect(ss.getSheetById(id)?.getName()).toBe('Kliyente');
    expect(ss.getSheetByName('Clients')).toBeNull();
    expect(() => ss.getSheetByName('Sheet1')?.setName('Kliyente')).toThrow('already exists');
    const first = ss.insertSheet('First', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Kliyente']);
    ss.deleteSheet(first);
    expect(ss.getNumSheets()).toBe(2);
  });

  it('named ranges and the selection', () => {
    const { em, ss, sheet } = setup();
    ss.setNamedRange('Totals', sheet.getRange('B2:B5'));
    expect(ss.getRangeByName('Totals')?.getA1Notation()).toBe('B2:B5');
    sheet.insertRowBefore(1);
    expect(ss.getRangeByName('Totals')?.getA1Notation()).toBe('B3:B6');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Totals']);
    must(ss.getNamedRanges()[0]).remove();
    expect(ss.getRangeByName('Totals')).toBeNull();
    em.select('Sheet1', 3, 2, 2, 2);
    expect(ss.getActiveRange()?.getA1Notation()).toBe('B3:C4');
  });

  it('owner, editors and toasts', () => {
    const { em, ss } = setup();
    expect(ss.getOwner()?.getEmail()).toBe('head@example.com');
    ss.addEditor('am@example.com');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual(['head@example.com', 'am@example.com']);
    ss.toast('Saved', 'Suki');
    expect(em.ui.toasts).toEqual([{ message: 'Saved', title: 'Suki', timeoutSeconds: 5 }]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Manila');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
  });
});
