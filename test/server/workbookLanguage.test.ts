import { beforeEach, describe, expect, it } from 'vitest';
import { type Locale, translate, translatorFor } from '../../src/core/i18n/translate';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { columnOf } from '../../src/core/tables/tableSpec';
import { activeStore } from '../../src/gas/activeDocument';
import { chooseWorkbookLanguage } from '../../src/server/language';
import { getRecord, saveRecord } from '../../src/server/records';
import { reportCommand } from '../../src/server/reportRun';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const en = translatorFor('en');
const fil = translatorFor('fil');
const sheetNames = () => emulator.uncounted(() => emulator.spreadsheet.getSheets().map((s) => s.getName()));
const status = columnOf(CLIENTS_TABLE, 'status');
const statusCaption = (locale: Locale, choice: string) =>
  translate(locale, `choice.status.${choice}` as never);

/** Every table's records as the store reads them (uncounted), by table key: what the rows say. */
function everyRecord(): Record<string, unknown> {
  return emulator.uncounted(() => {
    const store = activeStore();
    return Object.fromEntries(
      ALL_TABLES.map((table) => [table.key, store.readAll(table).map((r) => r.record)]),
    );
  });
}

const CLIENT = { name: 'Dela Cruz Trading', status: 'active', tier: 'key', email: 'ana@delacruz.ph' };

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
});

describe('the workbook language chosen at the first set-up', () => {
  it('names the sheets, headers and dropdowns in the chosen language, and writes choices as its captions', () => {
    emulator.ui.queuePromptResponse('2');
    setUpWorkbook();
    expect(emulator.ui.prompts.at(-1)?.title).toBe(en('setup.languageTitle'));
    for (const table of ALL_TABLES) expect(sheetNames()).toContain(fil(table.sheetLabel));
    const sheet = emulator.spreadsheet.getSheetByName(
      fil(CLIENTS_TABLE.sheetLabel),
    ) as GoogleAppsScript.Spreadsheet.Sheet;
    const header = emulator.sheetValues(fil(CLIENTS_TABLE.sheetLabel))[0];
    expect(header).toEqual(CLIENTS_TABLE.columns.map((column) => fil(column.label)));
    const position = CLIENTS_TABLE.columns.indexOf(status) + 1;
    const rule = emulator.uncounted(() => sheet.getRange(2, position).getDataValidation());
    expect(rule?.getCriteriaValues()[0]).toEqual(
      status.choices?.map((choice) => statusCaption('fil', choice)),
    );

    const saved = saveRecord('clients', CLIENT);
    expect(saved).toMatchObject({ ok: true });
    expect(emulator.sheetValues(fil(CLIENTS_TABLE.sheetLabel))[1]?.[position - 1]).toBe(
      statusCaption('fil', 'active'),
    );
    // The person speaks English: their page gets the stable key, which it shows in their language.
    const read = getRecord('clients', (saved as { id: string }).id);
    expect(read).toMatchObject({ ok: true, record: { status: 'active', tier: 'key' } });
  });

  it("keeps the person's own language when they cancel the question", () => {
    emulator.ui.queuePromptResponse('', 'CANCEL');
    setUpWorkbook();
    for (const table of ALL_TABLES) expect(sheetNames()).toContain(en(table.sheetLabel));
    // Asked once: a later set-up keeps the language and asks nothing.
    const asked = emulator.ui.prompts.length;
    setUpWorkbook();
    expect(emulator.ui.prompts.length).toBe(asked);
  });
});

describe('switching the workbook language', () => {
  beforeEach(() => {
    emulator.ui.queuePromptResponse('1');
    setUpWorkbook();
    for (const name of ['Dela Cruz Trading', 'Bayanihan Foods', 'Lakbay Tours']) {
      expect(
        saveRecord('clients', { ...CLIENT, name, email: `${name.split(' ')[0]}@x.ph`, status: 'prospect' }),
      ).toMatchObject({ ok: true });
    }
  });

  it('renames the sheets and relabels headers and choice cells without changing what any row says', () => {
    const before = everyRecord();
    const clients = emulator.spreadsheet.getSheetByName(
      en(CLIENTS_TABLE.sheetLabel),
    ) as GoogleAppsScript.Spreadsheet.Sheet;
    // A person's own header and own sheet stay as they wrote them.
    const phone = CLIENTS_TABLE.columns.findIndex((column) => column.key === 'phone') + 1;
    emulator.uncounted(() => clients.getRange(1, phone).setValue('Mobile no.'));
    emulator.uncounted(() => emulator.spreadsheet.insertSheet('My notes'));

    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();

    expect(everyRecord()).toEqual(before);
    expect(clients.getName()).toBe(fil(CLIENTS_TABLE.sheetLabel));
    expect(sheetNames()).toContain('My notes');
    const [header = [], ...rows] = emulator.sheetValues(fil(CLIENTS_TABLE.sheetLabel));
    expect(header[phone - 1]).toBe('Mobile no.');
    expect(header[0]).toBe(fil(columnOf(CLIENTS_TABLE, 'id').label));
    const position = CLIENTS_TABLE.columns.indexOf(status);
    expect(rows.map((row) => row[position])).toEqual(Array(3).fill(statusCaption('fil', 'prospect')));
    expect(emulator.ui.toasts.at(-1)?.message).toBe(en('workbookLanguage.done', { language: 'Filipino' }));

    // Back again: the same rows, in English words.
    emulator.ui.queuePromptResponse('1');
    chooseWorkbookLanguage();
    expect(everyRecord()).toEqual(before);
    expect(clients.getName()).toBe(en(CLIENTS_TABLE.sheetLabel));
    const back = emulator.sheetValues(en(CLIENTS_TABLE.sheetLabel)).slice(1);
    expect(back.map((row) => row[position])).toEqual(Array(3).fill(statusCaption('en', 'prospect')));
  });

  it('names and writes report sheets in the workbook language, whoever runs them', () => {
    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();
    reportCommand('obligations')();
    const name = fil('reportSheet.obligations');
    expect(sheetNames()).toContain(name);
    expect(sheetNames()).not.toContain(en('reportSheet.obligations'));
    // The person who ran it is told in their own language, naming the sheet as it is.
    expect(emulator.ui.toasts.at(-1)?.message).toMatch(
      new RegExp(
        `^${en('report.done', { report: name, rows: 999 }).replace('999', '\\d+').replace(/[()]/g, '\\$&')}$`,
      ),
    );
  });
});

describe('a switch cut off at any change', () => {
  /** A workbook in English with three clients, and what its rows say. */
  function englishWorkbook(): Record<string, unknown> {
    emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    emulator.ui.queuePromptResponse('1');
    setUpWorkbook();
    for (const name of ['Dela Cruz Trading', 'Bayanihan Foods', 'Lakbay Tours'])
      saveRecord('clients', { ...CLIENT, name, email: `${name.split(' ')[0]}@x.ph`, status: 'dormant' });
    return everyRecord();
  }
  const switchToFilipino = () => {
    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();
  };

  it('loses nothing, and the next set-up finishes the switch', () => {
    englishWorkbook();
    const kinds = emulator.calls.traced(switchToFilipino);
    const changes = kinds.flatMap((kind, i) =>
      /replaceAllWith|setName|setValues|setProperty/.test(kind) ? [i + 1] : [],
    );
    expect(changes.length).toBeGreaterThan(20);
    // Spread over the switch: the first and last changes and points between (each needs a fresh workbook).
    const points = [
      ...new Set(
        [0, 1, 2, 5, 9, 14, 20, changes.length - 2, changes.length - 1].map(
          (i) => changes[Math.min(i, changes.length - 1)] as number,
        ),
      ),
    ];
    for (const point of points) {
      const before = englishWorkbook();
      emulator.calls.failAt(point, 'cutoff');
      try {
        switchToFilipino();
      } catch {
        // The execution was cut off: what matters is what it left.
      }
      emulator.calls.clearFault();
      expect(everyRecord(), `cut at call ${point}`).toEqual(before);
      setUpWorkbook();
      expect(everyRecord(), `cut at call ${point}, after set-up`).toEqual(before);
      // The cut may come before the language was stored: the set-up then finishes in English.
      const stored = emulator.uncounted(() =>
        PropertiesService.getDocumentProperties().getProperty('suki.workbookLanguage'),
      );
      const language: Locale = stored === 'fil' ? 'fil' : 'en';
      const position = CLIENTS_TABLE.columns.indexOf(status);
      const cells = emulator.sheetValues(translate(language, CLIENTS_TABLE.sheetLabel)).slice(1);
      expect(
        cells.map((row) => row[position]),
        `cut at call ${point}`,
      ).toEqual(Array(3).fill(statusCaption(language, 'dormant')));
    }
  });
});
