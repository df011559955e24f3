/**
 * "Check this spreadsheet" on the emulator: the probes really write and read cells, and the
 * verdict follows what the cells kept. Patched emulators stand in for a Sheets that behaves
 * differently from what Suki assumes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEXT_WRITE_MODE_PROPERTY, TEXT_WRITE_MODE_UNSAFE } from '../../src/core/tables/textWriteMode';
import { probeTextWriteMode } from '../../src/gas/selfCheck/runProbes';
import { onOpen } from '../../src/server/lifecycle';
import { saveRecord } from '../../src/server/records';
import { checkThisSpreadsheet } from '../../src/server/selfCheck';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator, MenuEntry } from '../../workbench/emulator';
import { FakeRange } from '../../workbench/emulator/range';
import { FakeSheet } from '../../workbench/emulator/sheet';
import { FakeSpreadsheet } from '../../workbench/emulator/spreadsheet';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const restores: (() => void)[] = [];

/** Patches a prototype method of the emulator for one test; undone in afterEach. */
function patch<T extends object, K extends keyof T>(proto: T, name: K, replacement: T[K]): void {
  const original = proto[name];
  proto[name] = replacement;
  restores.push(() => {
    proto[name] = original;
  });
}

/** Sheets as it might behave somewhere: `transform` rewrites each value before the cell takes it. */
function rewriteWrites(transform: (value: unknown, format: string) => unknown): void {
  const original = FakeRange.prototype.setValues;
  patch(FakeRange.prototype, 'setValues', function (this: FakeRange, values: unknown[][]) {
    const formats = this.getNumberFormats();
    return original.call(
      this,
      values.map((row, i) => row.map((value, j) => transform(value, formats[i]?.[j] ?? 'General'))),
    );
  });
}

/** A plain-text cell that drops a leading apostrophe, as an automatic one does. */
const plainTextDropsApostrophe = (value: unknown, format: string) =>
  format === '@' && typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;

/** Everything a person's workbook holds that the check must leave alone (uncounted). */
function snapshot() {
  return emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    return {
      sheets: spreadsheet.getSheets().map((sheet) => {
        const range = sheet.getDataRange();
        return {
          name: sheet.getName(),
          size: [sheet.getMaxRows(), sheet.getMaxColumns()],
          values: range.getValues(),
          formulas: range.getFormulas(),
          formats: range.getNumberFormats(),
        };
      }),
      metadata: spreadsheet
        .createDeveloperMetadataFinder()
        .find()
        .map((md) => {
          const location = md.getLocation();
          return [
            md.getKey(),
            md.getValue(),
            location.getSheet()?.getName() ?? '',
            location.getColumn()?.getColumn() ?? 0,
          ];
        }),
      active: spreadsheet.getActiveSheet().getName(),
    };
  });
}

const lastAlert = () => emulator.ui.alerts.at(-1);
const documentProperty = () =>
  emulator.uncounted(() =>
    emulator.globals.PropertiesService.getDocumentProperties().getProperty(TEXT_WRITE_MODE_PROPERTY),
  );
const sheetNames = () => emulator.uncounted(() => emulator.spreadsheet.getSheets().map((s) => s.getName()));

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: '=HYPERLINK("x")', phone: '+63 917 000 0000' })).toMatchObject({
    ok: true,
  });
  emulator.select('Clients', 2, 2);
});

afterEach(() => {
  while (restores.length > 0) restores.pop()?.();
});

describe('Check this spreadsheet, on the emulator', () => {
  it('passes the text checks, records the plain mode, and leaves every sheet of the person untouched', () => {
    const before = snapshot();
    checkThisSpreadsheet();
    const alert = lastAlert();
    expect(alert?.title).toBe('Suki: check this spreadsheet');
    expect(alert?.buttons).toBe('OK');
    const report = alert?.prompt ?? '';
    expect(report).toContain('✓ Passed: Text written into plain-text cells is kept exactly as typed');
    expect(report).toContain('✓ Passed: Text after a leading apostrophe is kept exactly as typed');
    expect(report).toContain(
      '✓ Passed: Dates stay on the same day in this spreadsheet’s time zone (Asia/Manila)',
    );
    expect(report).toContain('✓ Passed: Suki’s hidden column tags follow columns');
    expect(report).toContain('✓ Passed: Suki can briefly reserve the spreadsheet');
    expect(report).toContain('✓ Passed: Suki has every permission it asked for');
    expect(report).not.toContain('✗');
    expect(report).toContain('Suki will keep writing text into plain-text cells');
    expect(report).toContain('temporary sheet, now removed');
    expect(documentProperty()).toBe('plain');
    expect(snapshot()).toEqual(before);
    expect(sheetNames().filter((name) => name.startsWith('Suki check'))).toEqual([]);
  });

  it('checks each scope of the manifest on its own, and fails one that was not granted', () => {
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report.split('\n')[0]).toBe('Everything Suki relies on works in this spreadsheet.');
    expect(report).toContain('✓ Passed: Permission to see and edit this spreadsheet');
    expect(report).toContain('✓ Passed: Permission to see your e-mail address');
    // A person who allowed everything but their e-mail address (granular consent).
    const manifest = emulator.grantedScopes ?? [];
    emulator = useEmulator({ oauthScopes: manifest.filter((scope) => !scope.endsWith('userinfo.email')) });
    checkThisSpreadsheet();
    const partial = lastAlert()?.prompt ?? '';
    expect(partial).toContain('✗ Failed: Suki has every permission it asked for');
    expect(partial).toContain('Sheets says Suki still needs your permission');
    expect(partial).toContain(
      '✗ Failed: Permission to see your e-mail address (to record who saved)\n    – not granted',
    );
    expect(partial).toContain('✓ Passed: Permission to see and edit this spreadsheet');
    expect(partial).toContain('✓ Passed: Text written into plain-text cells');
  });

  it('checks the days around DST changes in a zone that has them', () => {
    emulator = useEmulator({ timeZone: 'Europe/Berlin' });
    checkThisSpreadsheet();
    expect(lastAlert()?.prompt).toContain(
      '✓ Passed: Dates stay on the same day in this spreadsheet’s time zone (Europe/Berlin)',
    );
  });

  it('chooses the apostrophe when plain-text cells drop it, and names the value that changed', () => {
    rewriteWrites(plainTextDropsApostrophe);
    const before = snapshot();
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('✗ Failed: Text written into plain-text cells is kept exactly as typed');
    expect(report).toContain("– “'quoted” came back as “quoted”");
    expect(report).toContain('Suki expects a plain-text cell to keep exactly what is written into it.');
    expect(report).toContain('✓ Passed: Text after a leading apostrophe is kept exactly as typed');
    expect(report).toContain('From now on Suki writes text behind a leading apostrophe');
    expect(documentProperty()).toBe('apostrophe');
    expect(snapshot()).toEqual(before);
  });

  it('says plainly that text cannot be stored safely when neither way keeps it', () => {
    emulator.uncounted(() =>
      emulator.globals.PropertiesService.getDocumentProperties().setProperty(
        TEXT_WRITE_MODE_PROPERTY,
        'apostrophe',
      ),
    );
    rewriteWrites((value) => (value === '007' || value === "'007" ? 7 : value));
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('– “007” became a number or a date (it shows “7”)');
    expect(report).toContain("– “'007” became a number or a date (it shows “7”)");
    expect(report).toContain('Suki cannot store text safely in this spreadsheet.');
    expect(report).toContain('exactly as typed: “007”.');
    // Nothing usable is left behind: Suki's writers read this as no special mode.
    expect(documentProperty()).toBe(TEXT_WRITE_MODE_UNSAFE);
  });

  it('fails the tag check when a tag does not follow its column', () => {
    const original = FakeSheet.prototype.insertColumnBefore;
    patch(FakeSheet.prototype, 'insertColumnBefore', function (this: FakeSheet, before: number) {
      const result = original.call(this, before);
      // A Sheets that leaves column tags where they were: move them back one column.
      for (const md of this.createDeveloperMetadataFinder().withKey('suki.selfCheck').find()) {
        const column = md.getLocation().getColumn()?.getColumn() ?? 1;
        md.moveToColumn(this.getRange(1, column - 1, this.getMaxRows(), 1));
      }
      return result;
    });
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('✗ Failed: Suki’s hidden column tags follow columns');
    expect(report).toContain('after inserting a column before it, the tag was on a different column');
    expect(report).toContain('run Set up workbook before saving');
  });

  it('reports a probe Sheets refuses as could not check, and still removes its sheet', () => {
    patch(FakeSheet.prototype, 'moveColumns', () => {
      throw new Error('moveColumns is not supported here');
    });
    const before = snapshot();
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('? Could not check: Suki’s hidden column tags follow columns');
    expect(report).toContain('Sheets refused moving it: moveColumns is not supported here');
    expect(documentProperty()).toBe('plain');
    expect(snapshot()).toEqual(before);
  });

  it('removes its sheet and keeps the stored mode when writing the probes fails', () => {
    emulator.uncounted(() =>
      emulator.globals.PropertiesService.getDocumentProperties().setProperty(
        TEXT_WRITE_MODE_PROPERTY,
        'apostrophe',
      ),
    );
    patch(FakeRange.prototype, 'setValues', () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    });
    const before = snapshot();
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('? Could not check: Text written into plain-text cells');
    expect(report).toContain('Sheets refused the check: Service Spreadsheets failed');
    expect(report).toContain('Suki could not find out how to store text safely here');
    expect(documentProperty()).toBe('apostrophe');
    expect(snapshot()).toEqual(before);
  });

  it('says the cell checks were skipped when its sheet cannot be made', () => {
    patch(FakeSpreadsheet.prototype, 'insertSheet', () => {
      throw new Error('You do not have permission to insert a sheet.');
    });
    // A fresh emulator: its spreadsheet has not bound insertSheet yet, so the patch takes.
    emulator = useEmulator();
    emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheets()[0]
        ?.getRange('A1:B1')
        .setValues([['Own', '007']]),
    );
    const before = snapshot();
    checkThisSpreadsheet();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('? Could not check: Text written into plain-text cells');
    expect(report).toContain('You do not have permission to insert a sheet.');
    expect(report).toContain('✓ Passed: Suki can briefly reserve the spreadsheet');
    expect(report).toContain('Suki could not make its temporary sheet');
    expect(documentProperty()).toBeNull();
    expect(snapshot()).toEqual(before);
  });

  it('names the temporary sheet when Sheets will not delete it', () => {
    patch(FakeSpreadsheet.prototype, 'deleteSheet', () => {
      throw new Error('Sheets is busy');
    });
    checkThisSpreadsheet();
    const left = sheetNames().filter((name) => name.startsWith('Suki check '));
    expect(left).toHaveLength(1);
    expect(lastAlert()?.prompt).toContain(`Suki could not remove its temporary sheet “${left[0]}”`);
  });

  it('does not wait long for a lock someone else holds, and says to try again', () => {
    const release = emulator.locks.holdDocumentLockElsewhere();
    checkThisSpreadsheet();
    release();
    const report = lastAlert()?.prompt ?? '';
    expect(report).toContain('? Could not check: Suki can briefly reserve the spreadsheet');
    expect(report).toContain('someone else’s Suki held it for more than 5 seconds');
    expect(documentProperty()).toBe('plain');
  });

  it('removes a probe sheet a dead execution left over an hour ago, and nothing else', () => {
    emulator.uncounted(() => {
      const spreadsheet = emulator.spreadsheet;
      const stale = spreadsheet.insertSheet('Suki check 20200101-000000');
      stale.addDeveloperMetadata('suki.selfCheckSheet', String(Date.now() - 2 * 3_600_000));
      const fresh = spreadsheet.insertSheet('Suki check 20200101-000001');
      fresh.addDeveloperMetadata('suki.selfCheckSheet', String(Date.now()));
      spreadsheet.insertSheet('Suki check by hand');
      spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet);
    });
    checkThisSpreadsheet();
    const names = sheetNames();
    expect(names).not.toContain('Suki check 20200101-000000');
    expect(names).toEqual(expect.arrayContaining(['Suki check 20200101-000001', 'Suki check by hand']));
  });

  it('speaks the person’s language', () => {
    emulator.setActiveUser('mara@suki-demo.ph', 'fil_PH');
    checkThisSpreadsheet();
    const alert = lastAlert();
    expect(alert?.title).toBe('Suki: suriin ang spreadsheet na ito');
    expect(alert?.prompt).toContain('✓ Pasado: Ang tekstong isinulat sa mga plain-text na cell');
    expect(alert?.prompt).toContain('patuloy na isusulat ng Suki ang teksto sa mga plain-text na cell');
  });
});

describe('probeTextWriteMode, for set-up', () => {
  it('finds plain here, apostrophe where plain-text cells drop it, and null where neither works', () => {
    const before = snapshot();
    const recorded = documentProperty(); // set-up's own probe recorded the mode it found
    expect(recorded).toBe('plain');
    expect(probeTextWriteMode(emulator.spreadsheet)).toBe('plain');
    rewriteWrites(plainTextDropsApostrophe);
    expect(probeTextWriteMode(emulator.spreadsheet)).toBe('apostrophe');
    rewriteWrites((value) => (typeof value === 'string' && value.indexOf('=1+1') >= 0 ? 2 : value));
    expect(probeTextWriteMode(emulator.spreadsheet)).toBeNull();
    expect(snapshot()).toEqual(before);
    expect(documentProperty()).toBe(recorded);
  });
});

describe('the Help menu', () => {
  const helpMenu = () => {
    const items = emulator.ui.menus.at(-1)?.items ?? [];
    return items.filter((e): e is Extract<MenuEntry, { kind: 'submenu' }> => e.kind === 'submenu').at(-1);
  };

  // #10 added "Tell Suki who you are…", for a person whose e-mail Google hides.
  it('holds About Suki, Check this spreadsheet and Tell Suki who you are, in English and Filipino', () => {
    onOpen({ authMode: emulator.globals.ScriptApp.AuthMode.FULL } as GoogleAppsScript.Events.SheetsOnOpen);
    expect(helpMenu()).toEqual({
      kind: 'submenu',
      caption: 'Help',
      items: [
        { kind: 'item', caption: 'About Suki', functionName: 'showAbout' },
        { kind: 'item', caption: 'Check this spreadsheet', functionName: 'checkThisSpreadsheet' },
        { kind: 'item', caption: 'Tell Suki who you are…', functionName: 'tellSukiWhoYouAre' },
      ],
    });
    emulator.setActiveUser('mara@suki-demo.ph', 'fil');
    onOpen({ authMode: emulator.globals.ScriptApp.AuthMode.FULL } as GoogleAppsScript.Events.SheetsOnOpen);
    expect(helpMenu()).toEqual({
      kind: 'submenu',
      caption: 'Tulong',
      items: [
        { kind: 'item', caption: 'Tungkol sa Suki', functionName: 'showAbout' },
        { kind: 'item', caption: 'Suriin ang spreadsheet na ito', functionName: 'checkThisSpreadsheet' },
        { kind: 'item', caption: 'Sabihin sa Suki kung sino ka…', functionName: 'tellSukiWhoYouAre' },
      ],
    });
  });
});
