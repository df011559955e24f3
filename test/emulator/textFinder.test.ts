/**
 * TextFinder on a Range, a Sheet and the Spreadsheet: it searches what cells show, in row order and
 * tab order, steps through matches without wrapping, replaces inside a cell's text through the
 * same write path as setValue (protection refused, format kept, plain text verbatim), and each of
 * its methods is one counted call.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator/index';
import { firstSheet, must } from './helpers';

type Range = GoogleAppsScript.Spreadsheet.Range;

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Writes rows from A1 of a sheet, uncounted. */
function fill(em: Emulator, rows: unknown[][], sheetName = 'Sheet1'): void {
  em.uncounted(() => {
    const sheet = must(em.spreadsheet.getSheetByName(sheetName));
    sheet.getRange(1, 1, rows.length, must(rows[0]).length).setValues(rows);
  });
}

/** The A1 of each range ('null' for none), prefixed by its sheet's name unless Sheet1; uncounted. */
function where(em: Emulator, ranges: (Range | null)[]): string[] {
  return em.uncounted(() =>
    ranges.map((r) => {
      if (!r) return 'null';
      const name = r.getSheet().getName();
      return name === 'Sheet1' ? r.getA1Notation() : `${name}!${r.getA1Notation()}`;
    }),
  );
}

/** Where a finder's findAll() finds its matches, as `where` writes them. */
function found(em: Emulator, finder: GoogleAppsScript.Spreadsheet.TextFinder): string[] {
  return where(em, finder.findAll());
}

/** What one cell of Sheet1 holds and shows, uncounted. */
function cell(em: Emulator, a1: string): Record<'value' | 'display' | 'format' | 'formula', unknown> {
  return em.uncounted(() => {
    const r = firstSheet(em).getRange(a1);
    return {
      value: r.getValue(),
      display: r.getDisplayValue(),
      format: r.getNumberFormat(),
      formula: r.getFormula(),
    };
  });
}

describe('TextFinder: what it matches', () => {
  it('matches the displayed text of numbers and dates, not the stored value', () => {
    const em = createEmulator();
    fill(em, [[1234.5, new Date(Date.UTC(2024, 2, 5, 4)), 'plain 1234']]);
    em.uncounted(() => {
      firstSheet(em).getRange('A1').setNumberFormat('#,##0.00');
      firstSheet(em).getRange('B1').setNumberFormat('dd/mm/yyyy');
    });
    const sheet = firstSheet(em);
    expect(found(em, sheet.createTextFinder('1,234.50'))).toEqual(['A1']);
    expect(found(em, sheet.createTextFinder('1234.5'))).toEqual([]);
    expect(found(em, sheet.createTextFinder('05/03/2024'))).toEqual(['B1']);
    expect(found(em, sheet.createTextFinder('1234'))).toEqual(['C1']);
  });

  it('ignores case and matches part of a cell unless told otherwise', () => {
    const em = createEmulator();
    fill(em, [['Apple', 'pineapple', 'APPLE', 'apples']]);
    const sheet = firstSheet(em);
    expect(found(em, sheet.createTextFinder('apple'))).toEqual(['A1', 'B1', 'C1', 'D1']);
    expect(found(em, sheet.createTextFinder('apple').matchCase(true))).toEqual(['B1', 'D1']);
    expect(found(em, sheet.createTextFinder('apple').matchEntireCell(true))).toEqual(['A1', 'C1']);
    expect(found(em, sheet.createTextFinder('apple').matchEntireCell(true).matchCase(true))).toEqual([]);
  });

  it('matches diacritics unless ignoreDiacritics(true)', () => {
    const em = createEmulator();
    fill(em, [['Niño', 'Nino', 'Nin\u0303o']]);
    const sheet = firstSheet(em);
    expect(found(em, sheet.createTextFinder('nino'))).toEqual(['B1']);
    expect(found(em, sheet.createTextFinder('nino').ignoreDiacritics(true))).toEqual(['A1', 'B1', 'C1']);
  });

  it('reads formulas by their displayed value, or by their text with matchFormulaText(true)', () => {
    const em = createEmulator();
    fill(em, [['=SUM(B2:B9)', 'SUM of things']]);
    const sheet = firstSheet(em);
    expect(found(em, sheet.createTextFinder('B2:B9'))).toEqual([]);
    expect(found(em, sheet.createTextFinder('B2:B9').matchFormulaText(true))).toEqual(['A1']);
    expect(found(em, sheet.createTextFinder('sum').matchFormulaText(true))).toEqual(['A1', 'B1']);
  });

  it('takes the text literally, or as a regular expression with useRegularExpression(true)', () => {
    const em = createEmulator();
    fill(em, [['C-000042', 'a.b', 'axb']]);
    const sheet = firstSheet(em);
    expect(found(em, sheet.createTextFinder('a.b'))).toEqual(['B1']);
    expect(found(em, sheet.createTextFinder('a.b').useRegularExpression(true))).toEqual(['B1', 'C1']);
    const ids = sheet.createTextFinder('C-\\d{6}').useRegularExpression(true).matchEntireCell(true);
    expect(found(em, ids)).toEqual(['A1']);
  });

  it('refuses patterns RE2 lacks, invalid patterns, an empty text and non-boolean options', () => {
    const em = createEmulator();
    fill(em, [['abc']]);
    const sheet = firstSheet(em);
    expect(() => sheet.createTextFinder('a(?=b)').useRegularExpression(true).findAll()).toThrow(/lookaround/);
    expect(() => sheet.createTextFinder('(a)\\1').useRegularExpression(true).findAll()).toThrow(
      /backreference/,
    );
    expect(() => sheet.createTextFinder('(').useRegularExpression(true).findAll()).toThrow(
      'Invalid regular expression: (',
    );
    expect(where(em, sheet.createTextFinder('(').findAll())).toEqual([]);
    expect(() => sheet.createTextFinder('')).toThrow('Invalid argument: findText');
    expect(() => sheet.createTextFinder(7 as unknown as string)).toThrow(
      "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.createTextFinder.",
    );
    expect(() => sheet.createTextFinder('a').matchCase('yes' as unknown as boolean)).toThrow(
      'SpreadsheetApp.TextFinder.matchCase',
    );
  });
});

describe('TextFinder: scope, order and stepping', () => {
  it('searches a range only within it, a sheet row by row, a spreadsheet in tab order', () => {
    const em = createEmulator();
    fill(em, [
      ['x', '', 'x'],
      ['x', 'x', ''],
    ]);
    em.uncounted(() => em.spreadsheet.insertSheet('First', 0));
    fill(em, [['', 'x']], 'First');
    const main = must(em.spreadsheet.getSheetByName('Sheet1'));
    expect(found(em, main.createTextFinder('x'))).toEqual(['A1', 'C1', 'A2', 'B2']);
    expect(found(em, main.getRange('B1:C2').createTextFinder('x'))).toEqual(['C1', 'B2']);
    expect(found(em, em.spreadsheet.createTextFinder('x'))).toEqual(['First!B1', 'A1', 'C1', 'A2', 'B2']);
  });

  it('steps with findNext until null, back with findPrevious, and does not wrap', () => {
    const em = createEmulator();
    fill(em, [
      ['x', 'y', 'x'],
      ['x', 'y', 'y'],
    ]);
    const finder = firstSheet(em).createTextFinder('x');
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findPrevious()).toBeNull();
    const forward = [finder.findNext(), finder.findNext(), finder.findNext(), finder.findNext()];
    expect(where(em, forward)).toEqual(['A1', 'C1', 'A2', 'null']);
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findNext()).toBeNull();
    expect(where(em, [finder.findPrevious(), finder.getCurrentMatch()])).toEqual(['A2', 'A2']);
    expect(where(em, [finder.findPrevious(), finder.findPrevious(), finder.findPrevious()])).toEqual([
      'C1',
      'A1',
      'null',
    ]);
    expect(where(em, [finder.findNext()])).toEqual(['A1']);
  });

  it('startFrom makes findNext begin just after the given cell, inside the scope only', () => {
    const em = createEmulator();
    fill(em, [
      ['x', 'x', 'x'],
      ['x', '', ''],
    ]);
    const sheet = firstSheet(em);
    const finder = sheet.createTextFinder('x');
    expect(finder.startFrom(sheet.getRange('B1'))).toBe(finder);
    expect(finder.getCurrentMatch()).toBeNull();
    expect(where(em, [finder.findNext(), finder.findNext(), finder.findNext()])).toEqual([
      'C1',
      'A2',
      'null',
    ]);
    finder.startFrom(sheet.getRange('B1'));
    expect(where(em, [finder.findPrevious()])).toEqual(['A1']);
    const other = em.uncounted(() => em.spreadsheet.insertSheet('Other'));
    expect(() => finder.startFrom(other.getRange('A1'))).toThrow('startRange');
    expect(() => sheet.getRange('A1:B1').createTextFinder('x').startFrom(sheet.getRange('C1'))).toThrow(
      'startRange',
    );
  });
});

describe('TextFinder: replacing', () => {
  it('replaces every occurrence inside cells and returns how many it replaced', () => {
    const em = createEmulator();
    fill(em, [['aa a', 'banana', 'none']]);
    const count = firstSheet(em).createTextFinder('a').replaceAllWith('o');
    expect(count).toBe(6);
    expect(em.sheetValues('Sheet1')).toEqual([['oo o', 'bonono', 'none']]);
  });

  it('with matchEntireCell replaces only cells that are the text, whole', () => {
    const em = createEmulator();
    fill(em, [['prospect', 'prospects', 'Prospect']]);
    const finder = firstSheet(em).createTextFinder('prospect').matchEntireCell(true);
    expect(finder.replaceAllWith('active')).toBe(2);
    expect(em.sheetValues('Sheet1')).toEqual([['active', 'prospects', 'active']]);
  });

  it('replaceWith changes only the current match; 0 before any match', () => {
    const em = createEmulator();
    fill(em, [['ab ab', 'ab']]);
    const finder = firstSheet(em).createTextFinder('ab');
    expect(finder.replaceWith('x')).toBe(0);
    finder.findNext();
    expect(finder.replaceWith('x')).toBe(2);
    expect(em.sheetValues('Sheet1')).toEqual([['x x', 'ab']]);
  });

  it('writes the new text as setValue would: a number stays a number and keeps its format', () => {
    const em = createEmulator();
    fill(em, [[45, 'code 45']]);
    em.uncounted(() => firstSheet(em).getRange('A1').setNumberFormat('0.00'));
    expect(firstSheet(em).createTextFinder('4').replaceAllWith('5')).toBe(2);
    expect(cell(em, 'A1')).toEqual({ value: 55, display: '55.00', format: '0.00', formula: '' });
    expect(cell(em, 'B1').value).toBe('code 55');
  });

  it("keeps a plain-text cell's new text verbatim, and parses it as typed elsewhere", () => {
    const em = createEmulator();
    fill(em, [['#1+1', '#1+1']]);
    em.uncounted(() => firstSheet(em).getRange('A1').setNumberFormat('@'));
    firstSheet(em).createTextFinder('#').replaceAllWith('=');
    expect(cell(em, 'A1')).toEqual({ value: '=1+1', display: '=1+1', format: '@', formula: '' });
    expect(cell(em, 'B1').formula).toBe('=1+1');
  });

  it('replaces inside formulas only with matchFormulaText(true)', () => {
    const em = createEmulator();
    fill(em, [['=SUM(A2:A3)', 'A2']]);
    expect(firstSheet(em).createTextFinder('#NAME').replaceAllWith('x')).toBe(0);
    expect(cell(em, 'A1').formula).toBe('=SUM(A2:A3)');
    expect(firstSheet(em).createTextFinder('A2').matchFormulaText(true).replaceAllWith('B2')).toBe(2);
    expect(cell(em, 'A1').formula).toBe('=SUM(B2:A3)');
    expect(cell(em, 'B1').value).toBe('B2');
  });

  it('expands $1 in a regular-expression replacement and takes $1 literally otherwise', () => {
    const em = createEmulator();
    fill(em, [['Doe, Jane', 'x']]);
    const sheet = firstSheet(em);
    const names = sheet.createTextFinder('(\\w+), (\\w+)').useRegularExpression(true);
    expect(names.replaceAllWith('$2 $1')).toBe(1);
    expect(sheet.createTextFinder('x').replaceAllWith('$1')).toBe(1);
    expect(em.sheetValues('Sheet1')).toEqual([['Jane Doe', '$1']]);
  });

  it('refuses, and changes nothing, when one matching cell is protected against the user', () => {
    const em = createEmulator({ ownerEmail: 'head@example.com', activeUserEmail: 'head@example.com' });
    fill(em, [['old', 'old', 'old']]);
    const sheet = firstSheet(em);
    const protection = sheet.getRange('C1').protect();
    protection.removeEditors(protection.getEditors());
    em.setActiveUser('am@example.com');
    expect(() => sheet.createTextFinder('old').replaceAllWith('new')).toThrow(PROTECTED);
    expect(em.sheetValues('Sheet1')).toEqual([['old', 'old', 'old']]);
    const finder = sheet.createTextFinder('old').startFrom(sheet.getRange('B1'));
    finder.findNext();
    expect(() => finder.replaceWith('new')).toThrow(PROTECTED);
    expect(sheet.getRange('A1:B1').createTextFinder('old').replaceAllWith('new')).toBe(2);
    expect(em.sheetValues('Sheet1')).toEqual([['new', 'new', 'old']]);
  });

  it('is not held to data validation, like setValues', () => {
    const em = createEmulator();
    fill(em, [['A']]);
    const sheet = firstSheet(em);
    em.uncounted(() => sheet.getRange('A1').setDataValidation(listRule(em, ['A', 'B'])));
    expect(sheet.createTextFinder('A').replaceAllWith('Z')).toBe(1);
    expect(cell(em, 'A1').value).toBe('Z');
    expect(em.personEdit('Sheet1', 1, 1, 'Y').accepted).toBe(false);
  });
});

/** A strict "one of these values" rule, built through the emulator's SpreadsheetApp. */
function listRule(em: Emulator, values: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return em.globals.SpreadsheetApp.newDataValidation()
    .requireValueInList(values)
    .setAllowInvalid(false)
    .build();
}

describe('TextFinder: counting', () => {
  it('counts each finder call once, however many cells it searches or changes', () => {
    const em = createEmulator();
    fill(
      em,
      Array.from({ length: 50 }, (_, i) => [`row ${i} x`, 'x']),
    );
    em.calls.reset();
    const finder = firstSheet(em).createTextFinder('x').matchCase(true);
    const hits = finder.findAll();
    finder.findNext();
    const replaced = finder.replaceAllWith('y');
    expect(hits).toHaveLength(100);
    expect(replaced).toBe(100);
    expect(em.calls.byKind()).toEqual({
      'Spreadsheet.getSheets': 1,
      'Sheet.createTextFinder': 1,
      'TextFinder.matchCase': 1,
      'TextFinder.findAll': 1,
      'TextFinder.findNext': 1,
      'TextFinder.replaceAllWith': 1,
    });
  });

  it('needs the spreadsheet scope, like the other Spreadsheet classes', () => {
    const em = createEmulator({ oauthScopes: ['https://www.googleapis.com/auth/script.container.ui'] });
    const finder = em.uncounted(() => firstSheet(em).createTextFinder('x'));
    expect(() => finder.findAll()).toThrow('You do not have permission to call TextFinder.findAll.');
  });
});
