/**
 * "Check this spreadsheet" through dist/Code.js, as Sheets runs it from the menu: a fresh node:vm
 * context per execution holding only the emulator's globals. Run `npm run build` first.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_WRITE_MODE_PROPERTY } from '../../src/core/tables/textWriteMode';
import type { EmulatorOptions, MenuEntry } from '../../workbench/emulator';
import { FakeRange } from '../../workbench/emulator/range';
import { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { useEmulator } from '../support/emulatedSheets';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');

function boot(options: EmulatorOptions = {}) {
  const emulator = useEmulator(options);
  const runtime = new ScriptRuntime(emulator, CODE);
  return { emulator, runtime };
}

const originalSetValues = FakeRange.prototype.setValues;
afterEach(() => {
  FakeRange.prototype.setValues = originalSetValues;
});

function helpMenu(entries: readonly MenuEntry[]): MenuEntry | undefined {
  return entries.find(
    (entry) =>
      entry.kind === 'submenu' &&
      entry.items.some((i) => i.kind === 'item' && i.functionName === 'showAbout'),
  );
}

describe('Check this spreadsheet, in the bundle', () => {
  it('is on the Help submenu, in English and in Filipino, and names a top-level function', () => {
    // #10 added "Tell Suki who you are…", for a person whose e-mail Google hides.
    for (const [locale, caption, about, check, identify] of [
      ['en', 'Help', 'About Suki', 'Check this spreadsheet', 'Tell Suki who you are…'],
      [
        'fil_PH',
        'Tulong',
        'Tungkol sa Suki',
        'Suriin ang spreadsheet na ito',
        'Sabihin sa Suki kung sino ka…',
      ],
    ] as const) {
      const { emulator, runtime } = boot({ locale });
      runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.FULL }]);
      expect(helpMenu(emulator.ui.menus[0]?.items ?? [])).toEqual({
        kind: 'submenu',
        caption,
        items: [
          { kind: 'item', caption: about, functionName: 'showAbout' },
          { kind: 'item', caption: check, functionName: 'checkThisSpreadsheet' },
          { kind: 'item', caption: identify, functionName: 'tellSukiWhoYouAre' },
        ],
      });
      expect(runtime.functionNames()).toContain('checkThisSpreadsheet');
    }
  });

  it('builds the Help submenu under AuthMode.NONE too', () => {
    const { emulator, runtime } = boot({ authMode: 'NONE' });
    runtime.call('onOpen', [{ authMode: emulator.globals.ScriptApp.AuthMode.NONE }]);
    expect(helpMenu(emulator.ui.menus[0]?.items ?? [])).toMatchObject({ caption: 'Help' });
  });

  it('runs from the menu: text checks pass, plain is recorded, and the person’s sheets stay as they were', () => {
    const { emulator, runtime } = boot({ activeUserEmail: 'mara@suki-demo.ph' });
    runtime.call('setUpWorkbook');
    const names = emulator.spreadsheet.getSheets().map((s) => s.getName());
    const clients = emulator.sheetValues('Clients');
    runtime.call('checkThisSpreadsheet');
    const alert = emulator.ui.alerts.at(-1);
    expect(alert?.title).toBe('Suki: check this spreadsheet');
    expect(alert?.prompt).toContain('✓ Passed: Text written into plain-text cells is kept exactly as typed');
    expect(alert?.prompt).toContain('✓ Passed: Text after a leading apostrophe is kept exactly as typed');
    expect(alert?.prompt).toContain('✓ Passed: Dates stay on the same day');
    expect(alert?.prompt).toContain('✓ Passed: Suki’s hidden column tags follow columns');
    expect(alert?.prompt).not.toContain('✗');
    const properties = emulator.globals.PropertiesService.getDocumentProperties();
    expect(properties.getProperty(TEXT_WRITE_MODE_PROPERTY)).toBe('plain');
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    expect(emulator.sheetValues('Clients')).toEqual(clients);
  });

  it('records the apostrophe mode where plain-text cells drop a leading apostrophe', () => {
    // The check is a team member's (#10): set up first, as the head, where Sheets still keeps text.
    const { emulator, runtime } = boot();
    runtime.call('setUpWorkbook');
    const properties = emulator.globals.PropertiesService.getDocumentProperties();
    expect(properties.getProperty(TEXT_WRITE_MODE_PROPERTY)).toBe('plain');
    const names = emulator.spreadsheet.getSheets().map((s) => s.getName());
    FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
      const formats = this.getNumberFormats();
      const dropped = values.map((row, i) =>
        row.map((v, j) =>
          formats[i]?.[j] === '@' && typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v,
        ),
      );
      return originalSetValues.call(this, dropped);
    };
    runtime.call('checkThisSpreadsheet');
    const prompt = emulator.ui.alerts.at(-1)?.prompt ?? '';
    expect(prompt).toContain("– “'quoted” came back as “quoted”");
    expect(prompt).toContain('From now on Suki writes text behind a leading apostrophe');
    expect(properties.getProperty(TEXT_WRITE_MODE_PROPERTY)).toBe('apostrophe');
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
  });
});
