import { describe, expect, it } from 'vitest';
import { isDate, parseInput, parseTyped } from '../../workbench/emulator/cellParsing';
import { createEmulator } from '../../workbench/emulator/index';
import { Formula } from '../../workbench/emulator/model';
import { firstSheet } from './helpers';

const TZ = 'Asia/Manila';

function formulaText(text: string): string | undefined {
  const c = parseTyped(text, TZ).content;
  return c instanceof Formula ? c.text : undefined;
}

describe('parseTyped: strings are read as if typed into Sheets', () => {
  it.each([
    ['=IMPORTXML("http://evil.example/x","//a")', '=IMPORTXML("http://evil.example/x","//a")'],
    ['=1+1', '=1+1'],
    ['=HYPERLINK("http://x","click")', '=HYPERLINK("http://x","click")'],
    ['-cmd', '=-cmd'],
    ['+cmd|calc', '=+cmd|calc'],
    ['@x', '=@x'],
    ['@SUM(A1)', '=@SUM(A1)'],
    ['-2+3', '=-2+3'],
  ])('%s becomes the formula %s', (input, formula) => {
    expect(formulaText(input)).toBe(formula);
  });

  it.each([
    ['12', 12],
    ['-5', -5],
    ['+1', 1],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1,234', 1234],
    ['1,234,567.25', 1234567.25],
    [' 42 ', 42],
    ['10%', 0.1],
    ['-12.5%', -0.125],
  ])('%s becomes the number %s', (input, value) => {
    expect(parseTyped(input, TZ).content).toBe(value);
  });

  it.each([
    ['TRUE', true],
    ['false', false],
    ['True', true],
  ])('%s becomes the boolean %s', (input, value) => {
    expect(parseTyped(input, TZ).content).toBe(value);
  });

  it.each([
    ["'=1", '=1'],
    ["'+1", '+1'],
    ["'-cmd", '-cmd'],
    ["'12", '12'],
    ["'TRUE", 'TRUE'],
    ['hello', 'hello'],
    ['-', '-'],
    ['+', '+'],
    ['1,23', '1,23'],
    ['12abc', '12abc'],
    ['\t=1+1', '\t=1+1'],
    [' =1+1', ' =1+1'],
    ['2024-02-30', '2024-02-30'],
    ['a@b.example', 'a@b.example'],
  ])('%j stays text %j', (input, text) => {
    expect(parseTyped(input, TZ).content).toBe(text);
  });

  it('empty input and a lone apostrophe leave the cell empty', () => {
    expect(parseTyped('', TZ).content).toBeUndefined();
    expect(parseTyped("'", TZ).content).toBeUndefined();
  });

  it('dates are wall times in the spreadsheet time zone', () => {
    const d = parseTyped('2024-01-05', TZ);
    expect(isDate(d.content)).toBe(true);
    expect((d.content as Date).toISOString()).toBe('2024-01-04T16:00:00.000Z');
    expect(d.autoFormat).toBe('yyyy-mm-dd');
    const t = parseTyped('2024-01-05 13:45', TZ).content as Date;
    expect(t.toISOString()).toBe('2024-01-05T05:45:00.000Z');
    const s = parseTyped('2024-07-01 08:00:30', 'America/New_York').content as Date;
    expect(s.toISOString()).toBe('2024-07-01T12:00:30.000Z');
  });

  it('a cell over 50,000 characters is refused', () => {
    expect(() => parseTyped('x'.repeat(50001), TZ)).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(parseTyped('x'.repeat(50000), TZ).content).toHaveLength(50000);
  });
});

describe('parseInput: non-strings are stored as given', () => {
  it('keeps numbers, booleans and copies Dates', () => {
    const date = new Date('2024-03-01T00:00:00Z');
    const parsed = parseInput(date, TZ).content;
    expect(parsed).not.toBe(date);
    expect((parsed as Date).getTime()).toBe(date.getTime());
    expect(parseInput(7, TZ).content).toBe(7);
    expect(parseInput(false, TZ).content).toBe(false);
    expect(parseInput(null, TZ).content).toBeUndefined();
    expect(parseInput(undefined, TZ).content).toBeUndefined();
  });
});

describe('setValue(s) through the emulator parse as typed', () => {
  it('turns injected text into formulas and apostrophe text into text', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    const range = sheet.getRange('A1:E1');
    range.setValues([['=IMPORTXML("http://x","//a")', '-cmd', "'=1", '+1', '@x']]);
    expect(range.getFormulas()).toEqual([['=IMPORTXML("http://x","//a")', '=-cmd', '', '', '=@x']]);
    expect(range.getValues()).toEqual([['#NAME?', '#NAME?', '=1', 1, '#NAME?']]);
    expect(sheet.getRange('C1').getFormula()).toBe('');
  });

  it('clears cells for null, undefined and empty string, and returns fresh Dates', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    sheet.getRange('A1:C1').setValues([['x', 'y', 'z']]);
    sheet.getRange('A1:C1').setValues([[null, undefined, '']]);
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('A2').setValue('2024-01-05');
    const first = sheet.getRange('A2').getValue() as Date;
    first.setFullYear(1990);
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe('2024-01-04T16:00:00.000Z');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('2024-01-05');
  });

  it('appendRow parses like setValues', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    sheet.appendRow(['=SUM(1)', "'=SUM(1)", '5']);
    expect(sheet.getRange('A1:C1').getFormulas()[0]).toEqual(['=SUM(1)', '', '']);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(['#NAME?', '=SUM(1)', 5]);
  });
});
