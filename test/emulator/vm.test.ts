import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';

// A stand-in for dist/Code.js: an IIFE plus top-level forwarders, as the esbuild two-pass build emits.
const BUNDLE = `
var __suki = (function () {
  function onOpen(e) {
    SpreadsheetApp.getUi().createAddonMenu().addItem('Clients', 'openClients').addToUi();
  }
  function addClient(name) {
    var lock = LockService.getDocumentLock();
    if (!lock.tryLock(5000)) throw new Error('busy, try again');
    try {
      var sheet = SpreadsheetApp.getActive().getSheetByName('Clients') || SpreadsheetApp.getActive().insertSheet('Clients');
      sheet.appendRow(["'" + name, new Date(Date.UTC(2024, 0, 5))]);
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
    return sheet.getLastRow();
  }
  function readBack() {
    var v = SpreadsheetApp.getActive().getSheetByName('Clients').getRange(1, 2).getValue();
    return { isDate: v instanceof Date, tag: Object.prototype.toString.call(v), year: v.getUTCFullYear() };
  }
  return { onOpen: onOpen, addClient: addClient, readBack: readBack };
})();
function onOpen() { return __suki.onOpen.apply(this, arguments); }
function addClient() { return __suki.addClient.apply(this, arguments); }
function readBack() { return __suki.readBack.apply(this, arguments); }
`;

describe('a bundle inside a node:vm context', () => {
  it('runs against emulator.globals and gets Dates of its own realm', () => {
    const em = createEmulator();
    const context = vm.createContext({ ...em.globals });
    em.bindContext(context);
    vm.runInContext(BUNDLE, context);
    em.attachScript((name) => {
      const fn: unknown = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context);
      return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
    });
    expect(vm.runInContext('SpreadsheetApp.getActive().getSheets().length', context)).toBe(1);
    em.personOpen('NONE');
    expect(em.ui.menus[0]?.items).toEqual([
      { kind: 'item', caption: 'Clients', functionName: 'openClients' },
    ]);
    expect(vm.runInContext('addClient(\'=HYPERLINK("http://evil")\')', context)).toBe(1);
    expect(em.sheetValues('Clients')[0]?.[0]).toBe('=HYPERLINK("http://evil")');
    expect(vm.runInContext('JSON.stringify(readBack())', context)).toBe(
      JSON.stringify({ isDate: true, tag: '[object Date]', year: 2024 }),
    );
    expect(em.triggerErrors).toEqual([]);
  });

  it('recognises Dates made inside the context when they are written', () => {
    const em = createEmulator();
    const context = vm.createContext({ ...em.globals });
    vm.runInContext(
      "SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(new Date(Date.UTC(2024, 5, 1)))",
      context,
    );
    const stored = em.sheetValues('Sheet1')[0]?.[0];
    expect(stored).toBeInstanceOf(Date);
    expect((stored as Date).toISOString()).toBe('2024-06-01T00:00:00.000Z');
  });
});
