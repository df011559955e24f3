/**
 * Which sheet is a table's: never a report or a person's sheet that merely has the table's name,
 * and never a copy of the table's sheet that carried its metadata along.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runFullAnalysis } from '../../src/core/analysis/fullAnalysis';
import { LOCALES, type Locale, translatorFor } from '../../src/core/i18n/translate';
import { DASHBOARD, REPORTS } from '../../src/core/reports/reportCatalog';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import type { TableSpec } from '../../src/core/tables/tableSpec';
import { OBLIGATIONS_TABLE } from '../../src/core/tables/workTables';
import { TableStore } from '../../src/gas/tableStore';
import { onEdit } from '../../src/server/handEdits';
import { saveRecord } from '../../src/server/records';
import { reportObligations } from '../../src/server/reports';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let emulator: Emulator;

const sheetNamed = (name: string) =>
  emulator.uncounted(() => emulator.spreadsheet.getSheetByName(name)) as Sheet;
const sheetNames = () => emulator.uncounted(() => emulator.spreadsheet.getSheets().map((s) => s.getName()));
/** The sheet-level Suki tags of a sheet, e.g. ['suki.table=clients']. */
const sheetTags = (sheet: Sheet) =>
  emulator.uncounted(() => sheet.getDeveloperMetadata().map((md) => `${md.getKey()}=${md.getValue()}`));
const columnTagCount = (sheet: Sheet) =>
  emulator.uncounted(() => sheet.createDeveloperMetadataFinder().withKey('suki.column').find().length);
/** Records as Suki reads them (so the test does not depend on how text is written into cells). */
const recordsOf = (table: TableSpec) =>
  emulator.uncounted(() =>
    new TableStore(emulator.spreadsheet).readAll(table).map((stored) => stored.record),
  );
const reportSheet = (key: string) =>
  emulator.uncounted(() => {
    const tag = emulator.spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('suki.report')
      .withValue(key)
      .find();
    return tag[0]?.getLocation().getSheet() ?? null;
  });
/** No sheet is both a report and a table. */
const neverAdopted = () =>
  emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheets()
      .filter((sheet) => {
        const keys = sheet.getDeveloperMetadata().map((md) => md.getKey());
        return keys.includes('suki.report') && keys.includes('suki.table');
      })
      .map((sheet) => sheet.getName()),
  );
const normalized = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

describe('report sheets and table sheets', () => {
  it('never share a name, in any language', () => {
    const tableNames = new Set(
      LOCALES.flatMap((locale) =>
        ALL_TABLES.map((table) => normalized(translatorFor(locale)(table.sheetLabel))),
      ),
    );
    const reportNames = LOCALES.flatMap((locale) => {
      const t = translatorFor(locale);
      const ctx = {
        analysis: runFullAnalysis({}, '2026-01-15'),
        t,
        clientNames: new Map(),
        clients: [],
        deals: [],
      };
      return [...REPORTS, DASHBOARD].flatMap((entry) => [entry.build(ctx).sheetName, t(entry.menuLabel)]);
    });
    expect(reportNames.length).toBeGreaterThan(0);
    expect(reportNames.filter((name) => tableNames.has(normalized(name)))).toEqual([]);
  });
});

describe.each<[Locale, string]>([
  ['en', 'en'],
  ['fil', 'fil'],
])('a report sheet is never adopted as a table (%s)', (locale) => {
  const t = translatorFor(locale);
  const tableName = t(OBLIGATIONS_TABLE.sheetLabel);
  const obligation = (text: string) => ({
    clientId: 'C-000001',
    obligation: text,
    dueDate: '2026-12-01',
  });

  beforeEach(() => {
    emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph', locale });
  });

  it.each([
    ['under its own name', 'own'],
    ['run by a colleague who reads the other language', 'otherLanguage'],
    ['renamed by a person to the table’s name', 'renamed'],
  ])(
    'set up, save, report, delete the table, set up, save, report: the obligation survives (report %s)',
    (_how, mode) => {
      const renameReport = mode === 'renamed';
      setUpWorkbook();
      expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true });
      expect(saveRecord('obligations', obligation('Deliver the first batch'))).toMatchObject({ ok: true });
      if (mode === 'otherLanguage') {
        // Reports are the team's (#10): mara, the first head, appoints the colleague first.
        const colleague = { email: 'ligaya@suki-demo.ph', name: 'Ligaya', role: 'manager' };
        expect(saveRecord('team', colleague)).toMatchObject({ ok: true });
        emulator.setActiveUser('ligaya@suki-demo.ph', locale === 'en' ? 'fil' : 'en');
      }
      reportObligations();
      emulator.setActiveUser('mara@suki-demo.ph', locale);
      const report = reportSheet('obligations') as Sheet;
      expect(report).not.toBeNull();
      // Named in the workbook's language, whoever runs it (a colleague reading the other one too).
      const reportName = t('reportSheet.obligations');
      expect(emulator.uncounted(() => report.getName())).toBe(reportName);
      expect(neverAdopted()).toEqual([]);

      emulator.uncounted(() => emulator.spreadsheet.deleteSheet(sheetNamed(tableName)));
      // Before the fix the report carried the table's Filipino name; a person may also rename it so.
      if (renameReport) emulator.uncounted(() => report.setName(tableName));
      emulator.ui.alerts.length = 0;
      setUpWorkbook();
      expect(neverAdopted()).toEqual([]);
      expect(sheetTags(report)).toEqual(['suki.report=obligations']);
      expect(columnTagCount(report)).toBe(0);
      const tableSheet = emulator.uncounted(() =>
        emulator.spreadsheet
          .createDeveloperMetadataFinder()
          .withKey('suki.table')
          .withValue('obligations')
          .find()
          .map((md) => md.getLocation().getSheet()?.getName()),
      );
      if (renameReport) {
        expect(tableSheet).toEqual([`${tableName} (Suki)`]);
        expect(emulator.ui.alerts.map((a) => a.prompt).join('\n')).toContain(`"${tableName} (Suki)"`);
      } else {
        expect(tableSheet).toEqual([tableName]);
        expect(emulator.ui.alerts).toEqual([]);
      }

      const saved = saveRecord('obligations', obligation('Renew the contract'));
      expect(saved).toMatchObject({ ok: true });
      reportObligations();
      expect(reportSheet('obligations')).toBe(report);
      expect(neverAdopted()).toEqual([]);
      const records = recordsOf(OBLIGATIONS_TABLE);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ id: saved.ok ? saved.id : '', obligation: 'Renew the contract' });
      // The report still shows it: it read the table, and the report wrote only its own sheet.
      const reportText = emulator.uncounted(() => report.getDataRange().getDisplayValues().flat().join('|'));
      expect(reportText).toContain('Renew the contract');
    },
  );

  it('a report never clears a sheet that holds a table, even one tagged as the report', () => {
    setUpWorkbook();
    saveRecord('clients', { name: 'Alpha Foods' });
    saveRecord('obligations', obligation('Deliver the first batch'));
    reportObligations();
    const report = reportSheet('obligations') as Sheet;
    const table = sheetNamed(tableName);
    // As an older Suki left it: the report's tag on the table's sheet (adopted by name).
    emulator.uncounted(() => {
      for (const md of report.getDeveloperMetadata()) md.remove();
      table.addDeveloperMetadata('suki.report', 'obligations');
    });
    const before = emulator.sheetValues(tableName);
    reportObligations();
    expect(emulator.sheetValues(tableName)).toEqual(before);
    expect(sheetTags(table)).toEqual(['suki.table=obligations']);
    const fresh = reportSheet('obligations') as Sheet;
    expect(fresh).not.toBeNull();
    expect(emulator.uncounted(() => fresh.getName())).toBe(`${t('reportSheet.obligations')} (2)`);
    expect(recordsOf(OBLIGATIONS_TABLE).map((r) => r.obligation)).toEqual(['Deliver the first batch']);
  });

  it('nor one whose header row is a table’s, whatever its tags', () => {
    setUpWorkbook();
    reportObligations();
    const report = reportSheet('obligations') as Sheet;
    const header = OBLIGATIONS_TABLE.columns.map((c) => `  ${t(c.label).toUpperCase()} `);
    emulator.uncounted(() => {
      report.clear();
      // A report's sheet is only as wide as the report: the person makes room first.
      const short = header.length - report.getMaxColumns();
      if (short > 0) report.insertColumnsAfter(report.getMaxColumns(), short);
      report.getRange(1, 1, 2, header.length).setValues([header, header.map((_, i) => `kept ${i}`)]);
    });
    const before = emulator.sheetValues(report.getName());
    reportObligations();
    expect(emulator.sheetValues(report.getName())).toEqual(before);
    expect(sheetTags(report)).toEqual([]);
    expect(reportSheet('obligations')).not.toBe(report);
  });
});

describe.each<Locale>(['en', 'fil'])('a person’s sheet with a table’s name (%s)', (locale) => {
  const t = translatorFor(locale);
  const clientsName = t(CLIENTS_TABLE.sheetLabel);

  beforeEach(() => {
    emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph', locale });
  });

  it('is left alone: set-up makes the table under a free name and says so', () => {
    const own = [
      ['Pangalan', 'Telepono', 'Tala'],
      ['Aling Nena', '0917 555 0101', 'suki since 2019'],
    ];
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet(clientsName);
      sheet.getRange(1, 1, 2, 3).setValues(own);
    });
    setUpWorkbook();
    expect(emulator.sheetValues(clientsName)).toEqual(own);
    expect(sheetTags(sheetNamed(clientsName))).toEqual([]);
    expect(columnTagCount(sheetNamed(clientsName))).toBe(0);
    expect(sheetNames()).toContain(`${clientsName} (Suki)`);
    expect(sheetTags(sheetNamed(`${clientsName} (Suki)`))).toEqual(['suki.table=clients']);
    const alert = emulator.ui.alerts.map((a) => a.prompt).join('\n');
    expect(alert).toContain(`"${clientsName}"`);
    expect(alert).toContain(`"${clientsName} (Suki)"`);

    expect(saveRecord('clients', { name: 'Bayanihan Foods' })).toMatchObject({ ok: true, id: 'C-000001' });
    expect(emulator.sheetValues(clientsName)).toEqual(own);
    expect(recordsOf(CLIENTS_TABLE).map((r) => r.name)).toEqual(['Bayanihan Foods']);
    setUpWorkbook();
    expect(emulator.ui.toasts.at(-1)?.message).toBe(t('toast.setUpDone', { created: 0, repaired: 0 }));
    expect(sheetNames().filter((name) => name.startsWith(clientsName))).toHaveLength(2);
  });

  it('is taken when its header row is the table’s, whatever the case and spacing', () => {
    const header = CLIENTS_TABLE.columns.map((c) => ` ${t(c.label).toUpperCase()}  `);
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet(clientsName);
      sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length);
      sheet.getRange(1, 1, 1, header.length).setValues([header]);
    });
    setUpWorkbook();
    expect(sheetNames()).not.toContain(`${clientsName} (Suki)`);
    expect(sheetTags(sheetNamed(clientsName))).toEqual(['suki.table=clients']);
    expect(emulator.ui.alerts).toEqual([]);
    expect(saveRecord('clients', { name: 'Bayanihan Foods' })).toMatchObject({ ok: true });
    expect(recordsOf(CLIENTS_TABLE).map((r) => r.name)).toEqual(['Bayanihan Foods']);
  });
});

describe('a duplicated table sheet that carried its metadata along', () => {
  beforeEach(() => {
    emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    setUpWorkbook();
    // The first set-up asked the workbook's language; what follows counts only later questions.
    emulator.ui.prompts.length = 0;
    expect(saveRecord('clients', { name: 'Alpha Foods' })).toMatchObject({ ok: true });
  });

  const duplicateClients = () => {
    const name = emulator.personDuplicateSheet('Clients');
    expect(sheetTags(sheetNamed(name))).toEqual(['suki.table=clients']); // the stricter assumption
    return name;
  };
  const expireCache = () => emulator.advanceClock(7 * 60 * 60 * 1000);
  const forgetIdentity = () =>
    emulator.uncounted(() =>
      emulator.globals.PropertiesService.getDocumentProperties().deleteProperty('suki.sheetId.clients'),
    );

  it('set-up remembers each table’s sheet in document properties', () => {
    const properties = emulator.uncounted(() =>
      emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
    );
    for (const table of ALL_TABLES) {
      const id = emulator.uncounted(() => sheetNamed(translatorFor('en')(table.sheetLabel)).getSheetId());
      expect(properties[`suki.sheetId.${table.key}`], table.key).toBe(String(id));
    }
  });

  it('is ignored by saves: the remembered place, then the remembered sheet, settle it', () => {
    const copy = duplicateClients();
    const copyBefore = emulator.sheetValues(copy);
    expect(saveRecord('clients', { name: 'Bravo Logistics' })).toMatchObject({ ok: true, id: 'C-000002' });
    expireCache();
    expect(saveRecord('clients', { name: 'Charlie Retail' })).toMatchObject({ ok: true, id: 'C-000003' });
    expect(emulator.sheetValues(copy)).toEqual(copyBefore);
    expect(recordsOf(CLIENTS_TABLE).map((r) => r.name)).toEqual([
      'Alpha Foods',
      'Bravo Logistics',
      'Charlie Retail',
    ]);
  });

  it('with no remembered sheet, saves are refused naming both sheets, and neither is written', () => {
    const copy = duplicateClients();
    forgetIdentity();
    expireCache();
    const [original, copied] = [emulator.sheetValues('Clients'), emulator.sheetValues(copy)];
    const refused = saveRecord('clients', { name: 'Bravo Logistics' });
    expect(refused).toMatchObject({ ok: false });
    expect(refused.message).toContain('"Clients"');
    expect(refused.message).toContain(`"${copy}"`);
    expect(emulator.sheetValues('Clients')).toEqual(original);
    expect(emulator.sheetValues(copy)).toEqual(copied);
  });

  it('costs a warm save no more calls than before the copy was made', () => {
    const save = () => {
      emulator.calls.reset();
      expect(saveRecord('clients', { name: 'Bravo Logistics' }, { allowDuplicate: true })).toMatchObject({
        ok: true,
      });
      return emulator.calls.byKind();
    };
    save();
    const before = save();
    duplicateClients();
    expect(save()).toEqual(before);
  });

  it('in Filipino too, the refusal names both sheets', () => {
    emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph', locale: 'fil' });
    setUpWorkbook();
    const copy = emulator.personDuplicateSheet('Mga Kliyente');
    emulator.uncounted(() =>
      emulator.globals.PropertiesService.getDocumentProperties().deleteProperty('suki.sheetId.clients'),
    );
    expireCache();
    const refused = saveRecord('clients', { name: 'Bayanihan Foods' });
    expect(refused).toMatchObject({ ok: false });
    expect(refused.message).toContain('Ilang sheet ang nagsasabing sila ang talaang Mga Kliyente');
    expect(refused.message).toContain(`"Mga Kliyente", "${copy}"`);
  });

  it('with no remembered sheet, set-up asks which is the table and untags the other, data kept', () => {
    const copy = duplicateClients();
    forgetIdentity();
    expireCache();
    const originalBefore = emulator.sheetValues('Clients');
    emulator.ui.queuePromptResponse('2', 'OK');
    setUpWorkbook();
    expect(emulator.ui.prompts).toHaveLength(1);
    expect(emulator.ui.prompts[0]?.prompt).toContain(`1. "Clients", 2. "${copy}"`);
    expect(sheetTags(sheetNamed('Clients'))).toEqual([]);
    expect(columnTagCount(sheetNamed('Clients'))).toBe(0);
    expect(emulator.sheetValues('Clients')).toEqual(originalBefore);
    expect(sheetTags(sheetNamed(copy))).toEqual(['suki.table=clients']);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('"Clients"');

    expect(saveRecord('clients', { name: 'Bravo Logistics' })).toMatchObject({ ok: true, id: 'C-000002' });
    expect(emulator.sheetValues('Clients')).toEqual(originalBefore);
    expect(emulator.sheetValues(copy)).toHaveLength(3);
    expireCache();
    setUpWorkbook(); // the choice is remembered: no question the second time
    expect(emulator.ui.prompts).toHaveLength(1);
  });

  it('when the person does not choose, set-up changes neither sheet and saves stay refused', () => {
    const copy = duplicateClients();
    forgetIdentity();
    expireCache();
    emulator.ui.queuePromptResponse('', 'CANCEL');
    setUpWorkbook();
    expect(sheetTags(sheetNamed('Clients'))).toEqual(['suki.table=clients']);
    expect(sheetTags(sheetNamed(copy))).toEqual(['suki.table=clients']);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('The Clients table was not set up');
    // The rest of set-up went on (the protections of the other tables included) and said so.
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 0 repaired.');
    expect(saveRecord('clients', { name: 'Bravo Logistics' })).toMatchObject({ ok: false });
  });

  it('with a remembered sheet, set-up untags the copy without asking', () => {
    const copy = duplicateClients();
    expireCache();
    setUpWorkbook();
    expect(emulator.ui.prompts).toEqual([]);
    expect(sheetTags(sheetNamed(copy))).toEqual([]);
    expect(columnTagCount(sheetNamed(copy))).toBe(0);
    expect(sheetTags(sheetNamed('Clients'))).toEqual(['suki.table=clients']);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(`"${copy}"`);
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 1 repaired.');
  });

  it('a copy made by a script (Sheet.copyTo, duplicateActiveSheet) is ignored the same way', () => {
    const [copied, duplicated] = emulator.uncounted(() => {
      const copy = sheetNamed('Clients').copyTo(emulator.spreadsheet);
      sheetNamed('Clients').activate();
      return [copy.getName(), emulator.spreadsheet.duplicateActiveSheet().getName()];
    });
    expect([copied, duplicated]).toEqual(['Copy of Clients', 'Copy of Clients 2']);
    expireCache();
    expect(saveRecord('clients', { name: 'Bravo Logistics' })).toMatchObject({ ok: true, id: 'C-000002' });
    expect(emulator.sheetValues(copied)).toHaveLength(2);
    expect(emulator.sheetValues(duplicated)).toHaveLength(2);
  });

  it('a hand edit in the copy is the person’s own: the table is neither stamped nor audited', () => {
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const copy = duplicateClients();
    const original = emulator.sheetValues('Clients');
    const audit = recordsOf(ALL_TABLES.find((table) => table.key === 'audit') as TableSpec).length;
    const region = (emulator.sheetValues(copy)[0] ?? []).indexOf('Region') + 1;
    expect(emulator.personEdit(copy, 2, region, 'Davao Region')).toMatchObject({ accepted: true });
    expect(emulator.triggerErrors).toEqual([]);
    expect(emulator.sheetValues('Clients')).toEqual(original);
    expect(recordsOf(ALL_TABLES.find((table) => table.key === 'audit') as TableSpec)).toHaveLength(audit);
  });
});
