import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { ScriptRuntime, STRIPPED_BUILTINS } from '../../workbench/runtime/scriptRuntime';

/** Every built-in newer than ES2020 that Apps Script may lack, as an expression evaluated inside the context. */
const GONE = [
  'Object.hasOwn',
  'Object.groupBy',
  'Map.groupBy',
  ...[
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
    'toSpliced',
    'with',
    'group',
    'groupToMap',
  ].map((m) => `Array.prototype.${m}`),
  ...['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'with'].map(
    (m) => `Object.getPrototypeOf(Int8Array.prototype).${m}`,
  ),
  ...['at', 'replaceAll', 'isWellFormed', 'toWellFormed'].map((m) => `String.prototype.${m}`),
  "'text'.at",
  'new Uint8Array(1).at',
  'globalThis.structuredClone',
  'Promise.any',
  'Promise.withResolvers',
  'globalThis.AggregateError',
  'globalThis.WeakRef',
  'globalThis.FinalizationRegistry',
  'Array.fromAsync',
  ...[
    'union',
    'intersection',
    'difference',
    'symmetricDifference',
    'isSubsetOf',
    'isSupersetOf',
    'isDisjointFrom',
  ].map((m) => `Set.prototype.${m}`),
  'globalThis.Iterator',
  '[].values().map',
  '[].values().toArray',
];

/** ES2020 and older, which must stay. */
const KEPT = [
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'Array.prototype.includes',
  'Object.fromEntries',
  'Object.entries',
  'String.prototype.matchAll',
  'String.prototype.padStart',
  'String.prototype.trimEnd',
  'Promise.allSettled',
  'globalThis',
  'globalThis.BigInt',
  'globalThis.JSON',
  'Intl.DateTimeFormat',
];

const BUNDLE = `
function typesOf(expressions) {
  return expressions.map(function (x) { return typeof eval(x); });
}
function valuesFromTheSheet() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
  var values = sheet.getRange('A1:B2').getValues();
  return {
    isArray: values instanceof Array && values[0] instanceof Array,
    at: typeof values.at,
    rowAt: typeof values[0].at,
    findLast: typeof values.findLast,
    sheetsAt: typeof SpreadsheetApp.getActiveSpreadsheet().getSheets().at,
    sum: values.flat().reduce(function (a, b) { return a + b; }, 0),
  };
}
function errorFromAService() {
  try {
    SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1);
    return 'no error';
  } catch (e) {
    return { isError: e instanceof Error, message: e.message };
  }
}
function objectsGoBack() {
  var app = SpreadsheetApp;
  var sheet = app.getActiveSpreadsheet().getSheets()[0];
  var rule = app.newDataValidation().requireValueInList(['A', 'B']).build();
  sheet.getRange('C1:C2').setDataValidations([[rule], [rule]]);
  sheet.getRange('D1').setDataValidation(rule);
  return sheet.getRange('C2').getDataValidation().getCriteriaType() === app.DataValidationCriteria.VALUE_IN_LIST;
}
function sameEnum(e) {
  return e.authMode === ScriptApp.AuthMode.FULL && String(e.authMode) === 'FULL';
}
function onEdit(e) {
  PropertiesService.getDocumentProperties().setProperty('edited', typeof e.range.getValues().at + ' ' + (e.range.getValues() instanceof Array));
}
`;

// One bundle file for the whole file, removed afterwards.
const dir = mkdtempSync(join(tmpdir(), 'suki-v8-'));
const code = join(dir, 'Code.js');
writeFileSync(code, BUNDLE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function boot() {
  const emulator = createEmulator();
  return { emulator, runtime: new ScriptRuntime(emulator, code) };
}

describe('the stripped V8 of every execution context', () => {
  it('lacks each library method newer than ES2020', () => {
    const { runtime } = boot();
    const types = runtime.call('typesOf', [GONE]) as string[];
    expect(Object.fromEntries(GONE.map((x, i) => [x, types[i]]))).toEqual(
      Object.fromEntries(GONE.map((x) => [x, 'undefined'])),
    );
  });

  it('keeps ES2020 and older', () => {
    const { runtime } = boot();
    const types = runtime.call('typesOf', [KEPT]) as string[];
    expect(types.every((t) => t !== 'undefined')).toBe(true);
  });

  it('lists every stripped name in STRIPPED_BUILTINS, and leaves Node’s own realm alone', () => {
    expect(STRIPPED_BUILTINS['Array.prototype']).toContain('at');
    expect(typeof [].at).toBe('function');
    expect(typeof Object.hasOwn).toBe('function');
  });

  it('hands the script arrays of its own realm, so emulator results lack the stripped methods too', () => {
    const { runtime } = boot();
    expect(runtime.call('valuesFromTheSheet')).toEqual({
      isArray: true,
      at: 'undefined',
      rowAt: 'undefined',
      findLast: 'undefined',
      sheetsAt: 'undefined',
      sum: 10,
    });
  });

  it('rethrows service errors as the script realm’s Error', () => {
    const { runtime } = boot();
    expect(runtime.call('errorFromAService')).toEqual({
      isError: true,
      message: 'The starting row of the range is too small.',
    });
  });

  it('gives the emulator its own objects back, in arrays too, and keeps enums identical', () => {
    const { emulator, runtime } = boot();
    expect(runtime.call('objectsGoBack')).toBe(true);
    expect(runtime.call('sameEnum', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }])).toBe(true);
  });

  it('runs triggers the emulator fires in the same stripped context', () => {
    const { emulator } = boot();
    emulator.personEdit('Sheet1', 1, 1, 'x');
    expect(emulator.triggerErrors).toEqual([]);
    expect(emulator.globals.PropertiesService.getDocumentProperties().getProperty('edited')).toBe(
      'undefined true',
    );
  });
});
