import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

describe('CallCounter', () => {
  it('counts each script call once, whatever the range size, and not the emulator internals', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    const big = sheet.getRange(1, 1, 1000, 26);
    em.calls.reset();
    big.getValues();
    expect(em.calls.count()).toBe(1);
    expect(em.calls.count('Range.getValues')).toBe(1);
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(em.calls.byKind()).toEqual({ 'Range.getValues': 1, 'Sheet.getRange': 1, 'Range.setValues': 1 });
    sheet.clear();
    expect(em.calls.count('Sheet.clear')).toBe(1);
    expect(em.calls.count('Range.clear')).toBe(0);
  });

  it('counts chained builder calls and service getters', () => {
    const em = createEmulator();
    em.calls.reset();
    em.globals.SpreadsheetApp.newDataValidation().requireValueInList(['A']).setAllowInvalid(false).build();
    em.globals.PropertiesService.getScriptProperties().getProperty('x');
    expect(em.calls.byKind()).toEqual({
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireValueInList': 1,
      'DataValidationBuilder.setAllowInvalid': 1,
      'DataValidationBuilder.build': 1,
      'PropertiesService.getScriptProperties': 1,
      'Properties.getProperty': 1,
    });
  });

  it('uncounted and sheetValues count nothing', () => {
    const em = createEmulator();
    em.uncounted(() => firstSheet(em).getRange('A1').setValue(5));
    expect(em.sheetValues('Sheet1')).toEqual([[5]]);
    expect(em.calls.count()).toBe(0);
  });

  it('models latency per kind, with a small per-cell cost for bulk reads and writes', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    const range = sheet.getRange(1, 1, 1000, 10);
    em.calls.reset();
    range.getValues();
    expect(em.calls.modelledMs()).toBeCloseTo(50 + 10000 * 0.01);
    em.calls.reset();
    for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).getValue();
    expect(em.calls.modelledMs()).toBeCloseTo(10 * (20 + 40));
    em.calls.reset();
    em.globals.SpreadsheetApp.flush();
    em.globals.CacheService.getScriptCache().put('k', 'v');
    expect(em.calls.modelledMs()).toBeCloseTo(50 + 20 + 90);
    const custom = createEmulator({ latencyMs: { 'Range.getValue': 100 } });
    firstSheet(custom).getRange('A1').getValue();
    expect(custom.calls.modelledMs()).toBeCloseTo(20 + 20 + 100);
  });
});
