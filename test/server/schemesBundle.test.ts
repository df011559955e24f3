/**
 * The whole life of a scheme through the built bundle (dist/Code.js in node:vm, with the library
 * methods Apps Script's V8 may lack removed), as google.script.run calls it: save, apply, the offer
 * after an edit, stop. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');
const HEAD = 'hana.head@suki.test';

describe.skipIf(!existsSync(CODE))('interaction schemes in the bundle', () => {
  it('saves, applies, updates and stops a scheme on a stripped V8', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    const runtime = new ScriptRuntime(emulator, CODE);
    const page = (name: string, ...args: unknown[]) =>
      runtime.call(name, args, 'page') as { ok: boolean; message: string; [key: string]: unknown };
    runtime.call('setUpWorkbook');
    expect(page('saveRecord', 'clients', { name: 'Alpha Foods', segment: 'Retail' })).toMatchObject({
      ok: true,
    });
    const steps = [
      { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
      { step: 2, dayOffset: 7, channel: 'email', purpose: 'Catalogue' },
    ];
    expect(page('saveScheme', 'Welcome', steps, null)).toMatchObject({ ok: true });
    expect(page('previewApplyScheme', 'Welcome', { segments: ['Retail'] }, '2030-01-07')).toMatchObject({
      ok: true,
      summary: { enrolled: 1, rows: 2 },
    });
    expect(page('applyScheme', 'Welcome', { segments: ['Retail'] }, '2030-01-07')).toMatchObject({
      ok: true,
    });
    const shown = (page('getSchemes') as unknown as { schemes: { name: string; steps: object[] }[] })
      .schemes[0];
    expect(shown).toMatchObject({ name: 'Welcome', clients: 1, active: 1 });
    const edited = [
      ...(shown?.steps ?? []),
      { step: 3, dayOffset: 14, channel: 'meeting', purpose: 'Visit' },
    ];
    expect(page('saveScheme', 'Welcome', edited, shown)).toMatchObject({ ok: true });
    expect(page('previewSchemeUpdate', 'Welcome')).toMatchObject({
      ok: true,
      summary: { clients: 1, added: 1 },
    });
    expect(page('applySchemeUpdate', 'Welcome')).toMatchObject({ ok: true });
    expect(page('stopScheme', 'C-000001', 'Welcome')).toMatchObject({ ok: true, cancelled: 3 });
    const plan = rowsByHeader(emulator, 'Contact plan').filter((row) => row.Scheme === 'Welcome');
    expect(plan.map((row) => [row.Step, row.Status])).toEqual([
      [1, 'cancelled'],
      [2, 'cancelled'],
      [3, 'cancelled'],
    ]);
  });
});
