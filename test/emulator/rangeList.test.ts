/**
 * Sheet.getRangeList: setValue and setNumberFormat act on every cell of every range through the
 * ranges' own methods (plain-text cells keep text, protection refuses), and count as one call.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const RANGES = ['A1:B2', 'D3', 'C5:C6'];

/** What a cell holds and shows (uncounted). */
function cell(em: Emulator, a1: string): { value: unknown; display: string; formula: string } {
  return em.uncounted(() => {
    const range = firstSheet(em).getRange(a1);
    return { value: range.getValue(), display: range.getDisplayValue(), formula: range.getFormula() };
  });
}

describe('RangeList.setValue', () => {
  it('puts the value into every cell of every range, and nowhere else', () => {
    const em = createEmulator();
    const list = firstSheet(em).getRangeList(RANGES);
    expect(list.setValue('x')).toBe(list);
    expect(em.sheetValues('Sheet1')).toEqual([
      ['x', 'x', '', ''],
      ['x', 'x', '', ''],
      ['', '', '', 'x'],
      ['', '', '', ''],
      ['', '', 'x', ''],
      ['', '', 'x', ''],
    ]);
  });

  it('parses a typed value as a Range does in an automatic cell', () => {
    const em = createEmulator();
    firstSheet(em).getRangeList(['A1', 'B2']).setValue('=1+1');
    expect(cell(em, 'A1').formula).toBe('=1+1');
    expect(cell(em, 'B2').formula).toBe('=1+1');
  });

  it("keeps '=1+1' as text in cells a RangeList made plain text ('@')", () => {
    const em = createEmulator();
    const list = firstSheet(em).getRangeList(RANGES);
    expect(list.setNumberFormat('@')).toBe(list);
    list.setValue('=1+1');
    for (const a1 of ['A1', 'B2', 'D3', 'C6']) {
      expect(cell(em, a1)).toEqual({ value: '=1+1', display: '=1+1', formula: '' });
    }
    expect(em.uncounted(() => firstSheet(em).getRange('C5').getNumberFormat())).toBe('@');
    expect(em.uncounted(() => firstSheet(em).getRange('C4').getNumberFormat())).toBe('General');
  });

  it('refuses a user who may not edit one of the ranges, and changes none of them', () => {
    const em = createEmulator({ ownerEmail: 'head@example.com', activeUserEmail: 'head@example.com' });
    const sheet = firstSheet(em);
    const protection = sheet.getRange('D3').protect();
    protection.removeEditors(protection.getEditors());
    em.setActiveUser('am@example.com');
    const list = sheet.getRangeList(RANGES);
    expect(() => list.setValue('x')).toThrow(PROTECTED);
    expect(() => list.setNumberFormat('@')).toThrow(PROTECTED);
    expect(() => list.clearContent()).toThrow(PROTECTED);
    expect(em.sheetValues('Sheet1')).toEqual([]);
    expect(cell(em, 'A1').value).toBe('');
    expect(em.uncounted(() => sheet.getRange('A1').getNumberFormat())).toBe('General');
    em.setActiveUser('head@example.com');
    expect(() => list.setValue('x')).not.toThrow();
    expect(cell(em, 'D3').value).toBe('x');
  });

  it('counts one RangeList call, however many ranges it holds', () => {
    const em = createEmulator();
    const list = firstSheet(em).getRangeList(RANGES);
    em.calls.reset();
    list.setNumberFormat('@').setValue('x');
    list.clearContent();
    expect(em.calls.byKind()).toEqual({
      'RangeList.setNumberFormat': 1,
      'RangeList.setValue': 1,
      'RangeList.clearContent': 1,
    });
  });
});
