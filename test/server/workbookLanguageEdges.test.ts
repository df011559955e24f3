/**
 * The workbook's language at its edges (issue #14, found by a review): a switch the document lock
 * refused, an older workbook whose Clients sheet a person renamed, a choice cell in another case, and
 * messages naming a table's sheet as it is called in the workbook's language.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type Locale, translate, translatorFor } from '../../src/core/i18n/translate';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { columnOf } from '../../src/core/tables/tableSpec';
import { chooseWorkbookLanguage } from '../../src/server/language';
import { getRecord, saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
let emulator: Emulator;
const en = translatorFor('en');
const fil = translatorFor('fil');
const status = columnOf(CLIENTS_TABLE, 'status');
const statusAt = CLIENTS_TABLE.columns.indexOf(status) + 1;
const caption = (locale: Locale, choice: string) => translate(locale, `choice.status.${choice}` as never);
const sheetNamed = (name: string) => emulator.spreadsheet.getSheetByName(name) as Sheet;
const property = (key: string) =>
  emulator.uncounted(() => PropertiesService.getDocumentProperties().getProperty(key));
const CLIENT = { name: 'Dela Cruz Trading', status: 'active', tier: 'key', email: 'ana@delacruz.ph' };

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  emulator.ui.queuePromptResponse('1');
  setUpWorkbook();
  expect(saveRecord('clients', CLIENT)).toMatchObject({ ok: true });
});

describe('a switch set-up could not make (another execution holds the lock)', () => {
  it('is not announced as done, and leaves the workbook in its language', () => {
    const release = emulator.locks.holdDocumentLockElsewhere();
    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();
    release();
    // The head was told the document was busy; nothing was renamed…
    expect(emulator.spreadsheet.getSheetByName(en(CLIENTS_TABLE.sheetLabel))).not.toBeNull();
    // …so no toast may say the sheets are now in Filipino,
    expect(emulator.ui.toasts.map((toast) => toast.message)).not.toContain(
      en('workbookLanguage.done', { language: 'Filipino' }),
    );
    // …and the workbook's language must still be English.
    expect(property('suki.workbookLanguage')).toBe('en');
  });

  it('writes the next saves in the words of the dropdowns the sheet still has', () => {
    const release = emulator.locks.holdDocumentLockElsewhere();
    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();
    release();
    expect(saveRecord('clients', { ...CLIENT, name: 'Bayanihan Foods', email: 'b@x.ph' })).toMatchObject({
      ok: true,
    });
    const sheet = sheetNamed(en(CLIENTS_TABLE.sheetLabel));
    const allowed = emulator.uncounted(
      () => sheet.getRange(3, statusAt).getDataValidation()?.getCriteriaValues()[0] as string[],
    );
    const written = emulator.uncounted(() => sheet.getRange(3, statusAt).getValue());
    expect(allowed).toContain(written);
  });
});

describe('an older workbook (no language stored) whose Clients sheet a person renamed', () => {
  it('keeps the language its other sheets are named in, rather than the caller’s, without asking', () => {
    const clients = sheetNamed(en(CLIENTS_TABLE.sheetLabel));
    emulator.uncounted(() => {
      const properties = PropertiesService.getDocumentProperties();
      properties.deleteProperty('suki.workbookLanguage');
      properties.deleteProperty('suki.choiceCaptions');
      clients.setName('Customers');
    });
    // A head whose Google account speaks Filipino runs set-up after the upgrade.
    emulator.setActiveUser('mara@suki-demo.ph', 'fil');
    const asked = emulator.ui.prompts.length;
    setUpWorkbook();
    const english = ALL_TABLES.filter((table) => table !== CLIENTS_TABLE).map((table) =>
      en(table.sheetLabel),
    );
    const names = emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    // Either the workbook stays in English (every other sheet says so), or the head is asked first.
    if (emulator.ui.prompts.length === asked) expect(names).toEqual(expect.arrayContaining(english));
    else expect(emulator.ui.prompts.at(-1)?.title).toBe(fil('setup.languageTitle'));
  });
});

describe('messages about a table, in a Filipino workbook, to a person who speaks English', () => {
  it('name the sheet as it is called, so the person can find it', () => {
    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();
    const sheetName = fil(CLIENTS_TABLE.sheetLabel);
    // A person inserts a row above the header.
    emulator.uncounted(() => sheetNamed(sheetName).insertRowBefore(1));
    const saved = saveRecord('clients', { ...CLIENT, name: 'Bayanihan Foods', email: 'b@x.ph' });
    expect(saved).toMatchObject({ ok: false });
    expect(saved.ok ? '' : saved.message).toContain(sheetName);
  });
});

describe('a choice cell written in another case (an older workbook, a paste)', () => {
  it('is put in the workbook’s words by the switch that says every choice cell now is', () => {
    // Reads as Active (choices are read case-blind), so a person could have it from before.
    emulator.uncounted(() =>
      sheetNamed(en(CLIENTS_TABLE.sheetLabel)).getRange(2, statusAt).setValue('ACTIVE'),
    );
    expect(getRecord('clients', 'C-000001')).toMatchObject({ record: { status: 'active' } });
    emulator.ui.queuePromptResponse('2');
    chooseWorkbookLanguage();
    expect(property('suki.choiceCaptions')).toBe('fil');
    expect(emulator.sheetValues(fil(CLIENTS_TABLE.sheetLabel))[1]?.[statusAt - 1]).toBe(
      caption('fil', 'active'),
    );
  });
});
