/**
 * dist/Code.js in execution contexts without the library methods newer than ES2020 (Object.hasOwn,
 * Array.prototype.at, String.prototype.replaceAll, structuredClone…), as Apps Script's V8 may be:
 * the menu, set-up, saves whose messages have placeholders, an edit conflict and a report all run.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptRuntime, STRIPPED_BUILTINS } from '../../workbench/runtime/scriptRuntime';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');

describe('the bundle on an older V8', () => {
  it('strips the methods the bundle must not use', () => {
    expect(STRIPPED_BUILTINS.Object).toContain('hasOwn');
    expect(STRIPPED_BUILTINS['Array.prototype']).toEqual(expect.arrayContaining(['at', 'findLast']));
    expect(STRIPPED_BUILTINS['String.prototype']).toContain('replaceAll');
  });

  it('builds the menu, sets up, saves, refuses a conflict and writes a report', () => {
    const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    const runtime = new ScriptRuntime(emulator, CODE);
    runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }]);
    expect(emulator.ui.menus).toHaveLength(1);
    runtime.call('setUpWorkbook');
    expect(emulator.ui.toasts.at(-1)?.message).toBe(
      'Workbook ready: 18 created, 0 repaired. You are the first head of this workbook’s team (mara@suki-demo.ph).',
    );

    const saved = runtime.call(
      'saveRecord',
      ['clients', { name: 'Alpha Foods', phone: '0917 000 0000' }],
      'page',
    );
    expect(saved).toMatchObject({ ok: true, id: 'C-000001', message: 'Saved C-000001.' });
    const order = runtime.call(
      'saveRecord',
      ['obligations', { clientId: 'C-000001', obligation: 'Deliver', dueDate: '2026-12-10' }],
      'page',
    );
    expect(order).toMatchObject({ ok: true, message: expect.stringMatching(/^Saved [A-Z]+-000001\.$/) });

    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
      const phone = (emulator.sheetValues('Clients')[0] ?? []).indexOf('Phone') + 1;
      sheet.getRange(2, phone).setValue('0918 111 1111');
    });
    const conflict = runtime.call(
      'updateRecord',
      ['clients', 'C-000001', { phone: '0919 222 2222' }, { phone: '0917 000 0000' }],
      'page',
    ) as { ok: boolean; message: string };
    expect(conflict.ok).toBe(false);
    expect(conflict.message).toContain('0918 111 1111');

    runtime.call('reportObligations');
    expect(emulator.ui.alerts).toEqual([]);
    expect(emulator.ui.toasts.at(-1)?.message).toContain('written');
    // The first set-up appointed the head (#10): that 'create' comes first. The Obligations report
    // computes no column of the Clients table (a report writes only its own analyses'), so no
    // 'computed' entry.
    expect(rowsByHeader(emulator, 'Audit log').map((row) => [row.Action, row.Table])).toEqual([
      ['create', 'team'],
      ['create', 'clients'],
      ['create', 'obligations'],
    ]);
    expect(emulator.logs.filter((line) => /TypeError|is not a function/.test(line))).toEqual([]);
  });
});
