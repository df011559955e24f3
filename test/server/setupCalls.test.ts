/**
 * Set-up of a workbook already set up (issue #15): its service calls do not grow with the rows, stay
 * under a bound, and it holds the document lock only briefly (a hand edit waits 3 s for it). What it
 * skips because a cheap check found it in place is still repaired when the check finds it is not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { choiceCaptions } from '../../src/core/tables/choiceCaptions';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { PEOPLE_TABLE } from '../../src/core/tables/peopleTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { columnOf } from '../../src/core/tables/tableSpec';
import { CLAIMS_TABLE, ORDERS_TABLE } from '../../src/core/tables/workTables';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { observeLocks } from '../../workbench/emulator/lock';
import { writeTableRecords } from '../../workbench/seed';
import { tableRows, useEmulator } from '../support/emulatedSheets';

const ZONE = 'Asia/Manila';
/**
 * The most calls a set-up of an unchanged workbook may make: measured 629 (the tables' tags in
 * one search, then per table a look at its sheet, header row and the formats' sample rows, its
 * number formats set again (a call or two per format: a paste may have replaced them in rows no
 * sample shows), its header read again after the lock; the protections; the contact persons
 * checked). It was 1,747 before issue #15.
 */
const SETUP_BUDGET = 650;
/**
 * The longest the document lock may be held, modelled: measured 0.65 s (the language, My day's
 * highlight, the first head); issue #15's target for any action is 2 s.
 */
const LOCK_BUDGET_MS = 1_000;

let stopObserving: (() => void) | undefined;
afterEach(() => stopObserving?.());

/** A workbook set up, with `count` clients (each with an order and a claim), set up once more. */
function bookOf(count: number): Emulator {
  const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  const ids = Array.from({ length: count }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`);
  const write = (table: Parameters<typeof writeTableRecords>[1], records: Record<string, unknown>[]) =>
    writeTableRecords(emulator, table, records as Parameters<typeof writeTableRecords>[2], ZONE);
  write(
    CLIENTS_TABLE,
    ids.map((id, i) => ({ id, name: `Client ${i + 1}`, status: 'active', contactPerson: `Person ${i + 1}` })),
  );
  write(
    ORDERS_TABLE,
    ids.map((clientId, i) => ({
      id: `O-${String(i + 1).padStart(6, '0')}`,
      clientId,
      orderDate: '2026-01-10',
    })),
  );
  write(
    CLAIMS_TABLE,
    ids.map((clientId, i) => ({
      id: `K-${String(i + 1).padStart(6, '0')}`,
      clientId,
      receivedDate: '2026-02-01',
      category: 'billing',
      description: 'x',
    })),
  );
  setUpWorkbook(); // moves the contact persons into People, sizes the sheets
  return emulator;
}

/** The calls by kind of one more set-up, and the longest it held the document lock (modelled ms). */
function setUpAgain(emulator: Emulator): { kinds: Record<string, number>; longestHoldMs: number } {
  let since: number | null = null;
  let longestHoldMs = 0;
  stopObserving = observeLocks((lock, held, calls) => {
    if (lock !== 'document' || calls !== emulator.calls) return;
    if (held) since = calls.modelledMs();
    else if (since !== null) {
      longestHoldMs = Math.max(longestHoldMs, calls.modelledMs() - since);
      since = null;
    }
  });
  emulator.calls.reset();
  setUpWorkbook();
  stopObserving();
  expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 0 repaired.');
  return { kinds: emulator.calls.byKind(), longestHoldMs };
}

const total = (kinds: Record<string, number>) => Object.values(kinds).reduce((a, b) => a + b, 0);

const clientsSheet = (emulator: Emulator) =>
  emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
const en = translatorFor('en');
/** Where a Clients column is now, by its English header (uncounted). */
const positionOf = (emulator: Emulator, key: string) =>
  (emulator.sheetValues('Clients')[0] ?? []).indexOf(en(columnOf(CLIENTS_TABLE, key).label)) + 1;

describe('set-up of a workbook already set up', () => {
  it('makes the same calls at 20 and 1,500 clients, under the budget, holding the lock briefly', () => {
    const small = setUpAgain(bookOf(20));
    const large = setUpAgain(bookOf(1_500));
    expect(large.kinds).toEqual(small.kinds);
    expect(total(small.kinds)).toBeLessThan(SETUP_BUDGET);
    expect(small.longestHoldMs).toBeGreaterThan(0);
    expect(large.longestHoldMs).toBeLessThan(LOCK_BUDGET_MS);
    // Nothing in place is set again: no dropdown, no tag, no header written. Number formats are:
    // one call per distinct format and table, never per column or row.
    for (const kind of ['Range.setDataValidation', 'Range.setValues'])
      expect(small.kinds[kind] ?? 0, kind).toBe(0);
    expect(small.kinds['RangeList.setNumberFormat'] ?? 0).toBeLessThan(ALL_TABLES.length * 5);
    // Column tags are counted, never read one by one.
    expect(small.kinds['DeveloperMetadata.getValue'] ?? 0).toBeLessThanOrEqual(18);
  });

  it('puts back a dropdown removed from row 2 alone, and a person’s own list over a dropdown', () => {
    const emulator = bookOf(20);
    const sheet = clientsSheet(emulator);
    const status = positionOf(emulator, 'status');
    emulator.uncounted(() => sheet.getRange(2, status).clearDataValidations());
    setUpWorkbook();
    expect(emulator.uncounted(() => sheet.getRange(2, status).getDataValidation())).not.toBeNull();
    emulator.uncounted(() =>
      sheet
        .getRange(2, status, sheet.getMaxRows() - 1, 1)
        .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['x', 'y'], true).build()),
    );
    setUpWorkbook();
    const listed = emulator.uncounted(
      () => sheet.getRange(5, status).getDataValidation()?.getCriteriaValues()[0],
    );
    expect(listed).toEqual(choiceCaptions(columnOf(CLIENTS_TABLE, 'status'), 'en'));
  });

  it('tags again a column whose tag alone was lost, though its header still names it', () => {
    const emulator = bookOf(20);
    const sheet = clientsSheet(emulator);
    const tagsOf = () =>
      emulator.uncounted(() =>
        sheet
          .createDeveloperMetadataFinder()
          .withKey('suki.column')
          .find()
          .map((tag) => tag.getValue()),
      );
    emulator.uncounted(() => {
      for (const tag of sheet
        .createDeveloperMetadataFinder()
        .withKey('suki.column')
        .withValue('email')
        .find())
        tag.remove();
    });
    expect(tagsOf()).not.toContain('email');
    setUpWorkbook();
    expect(emulator.ui.toasts.at(-1)?.message).toBe('Workbook ready: 0 created, 1 repaired.');
    expect(tagsOf()).toContain('email');
  });

  it('formats again a column a paste changed in row 2, and the last row once the row count changed', () => {
    const emulator = bookOf(20);
    const sheet = clientsSheet(emulator);
    const name = positionOf(emulator, 'name');
    emulator.uncounted(() => sheet.getRange(2, name).setNumberFormat('0.00'));
    setUpWorkbook();
    expect(emulator.uncounted(() => sheet.getRange(2, name).getNumberFormat())).toBe('@');
    // The sheet's row count changed since (a person deleted empty rows): its last row is checked too.
    const last = emulator.uncounted(() => {
      sheet.deleteRows(sheet.getMaxRows() - 4, 5);
      const rows = sheet.getMaxRows();
      sheet.getRange(rows, name).setNumberFormat('0.00');
      return rows;
    });
    setUpWorkbook();
    expect(emulator.uncounted(() => sheet.getRange(last, name).getNumberFormat())).toBe('@');
  });

  it('moves a contact person typed by hand over a client whose primary person was unmarked', () => {
    const emulator = bookOf(20);
    const people = emulator.spreadsheet.getSheetByName('People') as GoogleAppsScript.Spreadsheet.Sheet;
    const [peopleHeader = [], ...peopleRows] = emulator.sheetValues('People');
    const row =
      peopleRows.findIndex(
        (values) => values[peopleHeader.indexOf(en(columnOf(PEOPLE_TABLE, 'clientId').label))] === 'C-000003',
      ) + 2;
    expect(row).toBeGreaterThan(1);
    emulator.uncounted(() => {
      people
        .getRange(row, peopleHeader.indexOf(en(columnOf(PEOPLE_TABLE, 'primary').label)) + 1)
        .setValue('No');
      clientsSheet(emulator).getRange(4, positionOf(emulator, 'contactPerson')).setValue('Someone Else');
    });
    setUpWorkbook();
    const moved = tableRows(emulator, 'people').filter((person) => person.clientId === 'C-000003');
    expect(moved.map((person) => [person.name, person.primary])).toEqual([
      ['Person 3', 'no'],
      ['Someone Else', 'yes'],
    ]);
  });
});
