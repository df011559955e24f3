import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

/** Inputs that Sheets would read as a formula, number or date when typed into an automatic cell. */
const RISKY = ['=IMPORTXML("x")', '+1', '-cmd', '@x', "'quoted", '007', '2026-01-01'];

type Writer = (em: Emulator, row: number, column: number, text: string) => void;

const WRITERS: [string, Writer][] = [
  ['setValue', (em, r, c, text) => firstSheet(em).getRange(r, c).setValue(text)],
  [
    'setValues',
    (em, r, c, text) =>
      firstSheet(em)
        .getRange(r, c, 1, 1)
        .setValues([[text]]),
  ],
  [
    'appendRow',
    (em, r, c, text) => {
      // appendRow writes after the last row with content: make row r the next one.
      expect(firstSheet(em).getLastRow()).toBe(r - 1);
      firstSheet(em).appendRow([...Array.from({ length: c - 1 }, () => ''), text]);
    },
  ],
  [
    'personEdit',
    (em, r, c, text) => {
      expect(em.personEdit('Sheet1', r, c, text)).toEqual({ accepted: true });
    },
  ],
];

function cell(
  em: Emulator,
  row: number,
  column: number,
): { value: unknown; display: string; formula: string } {
  return em.uncounted(() => {
    const range = firstSheet(em).getRange(row, column);
    return { value: range.getValue(), display: range.getDisplayValue(), formula: range.getFormula() };
  });
}

describe.each(WRITERS)('%s honours the cell number format', (_name, write) => {
  it.each(RISKY)("a plain-text ('@') cell keeps %s exactly", (text) => {
    const em = createEmulator();
    firstSheet(em).getRange('B1:B5').setNumberFormat('@');
    write(em, 1, 2, text);
    expect(cell(em, 1, 2)).toEqual({ value: text, display: text, formula: '' });
    expect(firstSheet(em).getRange('B1').getNumberFormat()).toBe('@');
  });

  it('an automatic cell parses: formula, numbers, a date, apostrophe consumed', () => {
    const expected: [string, (c: ReturnType<typeof cell>) => void][] = [
      ['=IMPORTXML("x")', (c) => expect(c.formula).toBe('=IMPORTXML("x")')],
      ['+1', (c) => expect(c.value).toBe(1)],
      ['-cmd', (c) => expect(c.formula).toBe('=-cmd')],
      ['@x', (c) => expect(c.formula).toBe('=@x')],
      ["'quoted", (c) => expect(c).toEqual({ value: 'quoted', display: 'quoted', formula: '' })],
      ['007', (c) => expect(c.value).toBe(7)],
      [
        '2026-01-01',
        (c) => {
          expect(Object.prototype.toString.call(c.value)).toBe('[object Date]');
          expect(c.display).toBe('2026-01-01');
        },
      ],
    ];
    const em = createEmulator();
    expected.forEach(([text, check], i) => {
      write(em, i + 1, 1, text);
      check(cell(em, i + 1, 1));
    });
  });

  it('a cell with a number format (not text) parses too', () => {
    const em = createEmulator();
    firstSheet(em).getRange('A1').setNumberFormat('0.00');
    write(em, 1, 1, '007');
    expect(cell(em, 1, 1)).toEqual({ value: 7, display: '7.00', formula: '' });
  });
});

describe('plain-text cells and non-string values', () => {
  it('numbers, booleans and Dates are stored as given whatever the format', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    sheet.getRange('A1:C1').setNumberFormat('@');
    const when = new Date(Date.UTC(2026, 0, 1));
    sheet.getRange('A1:C1').setValues([[7, true, when]]);
    const [n, b, d] = sheet.getRange('A1:C1').getValues()[0] ?? [];
    expect(n).toBe(7);
    expect(b).toBe(true);
    expect((d as Date).getTime()).toBe(when.getTime());
  });

  it('an empty string still empties a plain-text cell', () => {
    const em = createEmulator();
    const a1 = firstSheet(em).getRange('A1').setNumberFormat('@');
    a1.setValue('x');
    a1.setValue('');
    expect(a1.isBlank()).toBe(true);
  });

  it('setFormula into a plain-text cell stores the text, not a formula (stricter choice)', () => {
    const em = createEmulator();
    const a1 = firstSheet(em).getRange('A1').setNumberFormat('@');
    a1.setFormula('=1+1');
    expect(a1.getFormula()).toBe('');
    expect(a1.getValue()).toBe('=1+1');
  });

  it('a lone apostrophe in a plain-text cell is a visible character', () => {
    const em = createEmulator();
    const a1 = firstSheet(em).getRange('A1').setNumberFormat('@');
    a1.setValue("'");
    expect(a1.getValue()).toBe("'");
  });

  it("`'Name` in a '@' cell reads back with its apostrophe from getValues and getDisplayValues", () => {
    const em = createEmulator();
    const range = firstSheet(em).getRange('A1:B1').setNumberFormat('@');
    range.setValues([["'Name", 'plain']]);
    expect(range.getValues()).toEqual([["'Name", 'plain']]);
    expect(range.getDisplayValues()).toEqual([["'Name", 'plain']]);
  });
});

describe('rows and columns a script adds carry no number format', () => {
  it('insertRowsAfter / insertRowsBefore / insertRows leave the new rows automatic', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    sheet.getRange('A1:B3').setNumberFormat('@');
    sheet.insertRowsAfter(1, 2); // new rows 2-3, between '@' rows
    sheet.insertRowsBefore(1, 1); // new row 1
    sheet.insertRows(6, 1); // new row 6, below the last '@' row (now 5)
    expect(
      sheet
        .getRange('A1:A6')
        .getNumberFormats()
        .map((r) => r[0]),
    ).toEqual(['General', '@', 'General', 'General', '@', 'General']);
    sheet.getRange('A3').setValue('007');
    expect(sheet.getRange('A3').getValue()).toBe(7);
  });

  it('insertColumns… leave the new columns automatic', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.insertColumnsAfter(1, 1);
    sheet.insertColumnBefore(1);
    sheet.insertColumns(1, 1);
    expect(sheet.getRange('A1:E1').getNumberFormats()[0]).toEqual([
      'General',
      'General',
      '@',
      'General',
      '@',
    ]);
  });

  it('a row added by appendRow growing the sheet is automatic', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    sheet.getRange(1, 1, sheet.getMaxRows(), 1).setNumberFormat('@');
    sheet.getRange(sheet.getMaxRows(), 1).setValue('last');
    sheet.appendRow(['007']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getNumberFormat()).toBe('General');
    expect(sheet.getRange(1001, 1).getValue()).toBe(7);
  });
});
