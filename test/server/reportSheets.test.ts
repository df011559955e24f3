/**
 * Every report sheet reads cleanly, in English and in Filipino, on a demo workbook of a company in
 * the Philippines (locale en_PH): columns fit what they show, counts are whole, count axes step in
 * whole numbers, nothing stands over data or another chart (test/support/reportSheetChecks.ts);
 * no two sheets share a name; money carries the workbook's currency sign.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { type Locale, translatorFor } from '../../src/core/i18n/translate';
import { DASHBOARD, REPORTS } from '../../src/core/reports/reportCatalog';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { analyseWorkbook } from '../../src/server/analysisRun';
import * as server from '../../src/server/main';
import { getAnalysisSettings, saveAnalysisSettings } from '../../src/server/settings';
import { setUpWorkbook } from '../../src/server/setup';
import { generateDemoWorkbook } from '../../workbench/demo';
import type { Emulator } from '../../workbench/emulator';
import { writeTableRecords } from '../../workbench/seed';
import { useEmulator } from '../support/emulatedSheets';
import { reportSheetProblems } from '../support/reportSheetChecks';

const ZONE = 'Asia/Manila';
const TODAY = isoDateInZone(new Date(), ZONE);
const run = (name: string) => (server as unknown as Record<string, () => void>)[name]?.();
const LANGUAGES: readonly Locale[] = ['en', 'fil'];

let emulator: Emulator;
beforeAll(() => {
  emulator = useEmulator({
    activeUserEmail: 'ligaya.santos@suki-demo.ph',
    spreadsheetLocale: 'en_PH',
    timeZone: ZONE,
  });
  setUpWorkbook();
  const demo = generateDemoWorkbook({ asOf: TODAY, size: { clients: 400 } });
  for (const table of ALL_TABLES) writeTableRecords(emulator, table, demo.tables[table.key] ?? [], ZONE);
});
afterAll(() => {
  server.useEnglish();
});

/** The sheet tagged as report `key`. */
const sheetOf = (key: string) =>
  emulator.uncounted(
    () =>
      emulator.spreadsheet
        .createDeveloperMetadataFinder()
        .withKey('suki.report')
        .withValue(key)
        .find()[0]
        ?.getLocation()
        .getSheet() ?? null,
  );

/** In `locale`: each table's sheet label and each report's (the dashboard's too) sheet name, by what it is. */
function sheetNames(locale: Locale): Map<string, string> {
  const t = translatorFor(locale);
  const { ctx } = analyseWorkbook(t);
  const names = new Map<string, string>();
  for (const table of ALL_TABLES) names.set(`table ${table.key}`, t(table.sheetLabel));
  for (const report of [...REPORTS, DASHBOARD])
    names.set(`report ${report.key}`, report.build(ctx).sheetName);
  return names;
}

describe.each(LANGUAGES)('every report sheet in %s', (locale) => {
  // The workbook's language, not the reader's: the head switches it; the person keeps English.
  beforeAll(() => {
    emulator.ui.queuePromptResponse(locale === 'fil' ? '2' : '1');
    server.chooseWorkbookLanguage();
  });

  it.each(REPORTS.map((report) => [report.key, report] as const))('%s reads cleanly', (key, report) => {
    run(report.functionName);
    expect(emulator.ui.alerts).toEqual([]);
    const sheet = sheetOf(key);
    expect(sheet).not.toBeNull();
    const name = emulator.uncounted(() => sheet?.getName() ?? '');
    // Named in the workbook's language, never numbered for a clash with another sheet.
    expect(name).toBe(report.build(analyseWorkbook(translatorFor(locale)).ctx).sheetName);
    expect(emulator.uncounted(() => sheet?.getFrozenRows())).toBeGreaterThanOrEqual(3);
    expect(reportSheetProblems(emulator, name)).toEqual([]);
  });
});

describe('sheet names', () => {
  it('are never shared, in either language, nor across the two by different sheets', () => {
    const byLocale = LANGUAGES.map((locale) => sheetNames(locale));
    for (const names of byLocale) {
      // Sheets compares sheet names without case.
      const lower = [...names.values()].map((name) => name.toLowerCase());
      expect(lower.filter((name, i) => lower.indexOf(name) !== i)).toEqual([]);
    }
    const [english, filipino] = byLocale as [Map<string, string>, Map<string, string>];
    const clashes = [...english].flatMap(([what, name]) =>
      [...filipino]
        .filter(
          ([other, filipinoName]) => other !== what && filipinoName.toLowerCase() === name.toLowerCase(),
        )
        .map(([other]) => `${what} (en) = ${other} (fil): ${name}`),
    );
    expect(clashes).toEqual([]);
    expect(english.get('report obligations')).not.toBe(english.get('table obligations'));
  });
});

describe('money on report sheets', () => {
  /** The number formats and shown text of the audience report's revenue cells. */
  const revenueCells = () => {
    server.useEnglish();
    run('reportAudience');
    const sheet = sheetOf('audience');
    return emulator.uncounted(() => {
      const range = sheet?.getRange(6, 3, 3, 1);
      return { formats: range?.getNumberFormats().flat(), shown: range?.getDisplayValues().flat() };
    });
  };

  it('is in pesos by default for a spreadsheet in en_PH, and follows the setting', () => {
    expect(getAnalysisSettings().defaults['reports.currencySymbol']).toBe('₱');
    const peso = revenueCells();
    expect(new Set(peso.formats)).toEqual(new Set(['[$₱]#,##0.00']));
    expect(peso.shown?.every((text) => /^-?₱\d{1,3}(,\d{3})*\.\d\d$/.test(text))).toBe(true);

    const form = getAnalysisSettings().values;
    expect(saveAnalysisSettings({ ...form, 'reports.currencySymbol': 'US$' })).toMatchObject({ ok: true });
    const dollar = revenueCells();
    expect(new Set(dollar.formats)).toEqual(new Set(['[$US$]#,##0.00']));
    expect(dollar.shown?.every((text) => text.startsWith('US$'))).toBe(true);

    expect(saveAnalysisSettings({ ...form, 'reports.currencySymbol': '' })).toMatchObject({ ok: true });
    const none = revenueCells();
    expect(new Set(none.formats)).toEqual(new Set(['#,##0.00']));
    expect(none.shown?.every((text) => /^-?\d/.test(text))).toBe(true);

    const refused = saveAnalysisSettings({ ...form, 'reports.currencySymbol': '[12]' });
    expect(refused.ok ? [] : refused.fieldErrors.map((error) => error.field)).toEqual([
      'reports.currencySymbol',
    ]);
    expect(saveAnalysisSettings(form)).toMatchObject({ ok: true });
  });
});

describe('the checker', () => {
  it('finds what report sheets used to have: cut-off text, "49.0", 17.3 steps, IDs, charts over data', () => {
    const problems = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Checker sample');
      sheet.getRange(1, 1, 7, 4).setValues([
        [
          'A title may run on over the empty cells to its right, but never under a chart beside it',
          '',
          '',
          '',
        ],
        ['', '', '', ''],
        ['Client', 'Orders', 'Revenue', 'Claims'],
        ['C-000001 A client whose name is cut off', 49, 1234.5, 3],
        ['C-000002 Short', 12.5, 99, 4],
        ['C-000003 Short', 7, 98, 5],
        ['', '', '', ''],
      ]);
      sheet.getRange(3, 1, 1, 4).setBackground('#e8eef0');
      sheet.getRange(4, 2, 3, 1).setNumberFormat('#,##0');
      sheet.getRange(4, 4, 3, 1).setNumberFormat('#,##0.0');
      const chart = (row: number, column: number, options: Record<string, unknown>) => {
        let builder = sheet
          .newChart()
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(sheet.getRange(3, 1, 4, 1))
          .addRange(sheet.getRange(3, 2, 4, 1))
          .setPosition(row, column, 0, 0);
        for (const [option, value] of Object.entries(options)) builder = builder.setOption(option, value);
        sheet.insertChart(builder.build());
      };
      chart(5, 2, {
        title: 'Over data',
        'vAxis.viewWindow.min': 0,
        'vAxis.viewWindow.max': 52,
        'vAxis.gridlines.count': 4,
      });
      chart(1, 6, { title: 'Beside', vAxis: { viewWindow: { min: 0, max: 40 }, gridlines: { count: 5 } } });
      chart(10, 8, { title: 'Overlapping' });
      return reportSheetProblems(emulator, 'Checker sample');
    });
    const expected = [
      /^A4: column 100 px is narrower than "C-000001 A client whose name is cut off"/,
      /^B5: 12.5 is a count that is not whole/,
      /^D4: whole numbers shown with decimals \("3.0"\)/,
      /"Over data": the count axis steps by 17.33/,
      /"Over data": labelled with record IDs \(C-000001/,
      /"Over data" stands over B5, C5, D5, B6, C6/,
      /"Beside": the count axis stops at 40, below 49/,
      /"Overlapping": the count axis steps by NaN/,
      /^A1: "A title may run on .*" runs under chart 2 "Beside"/,
      /chart 2 "Beside" overlaps chart 3 "Overlapping"/,
    ];
    for (const pattern of expected)
      expect(problems, String(pattern)).toContainEqual(expect.stringMatching(pattern));
    expect(reportSheetProblems(emulator, 'No such sheet')).toEqual(['no sheet "No such sheet"']);
  });
});
