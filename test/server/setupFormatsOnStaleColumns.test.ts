/**
 * Set-up surveys the tables before it takes the lock and sets formats and protections after it: a
 * person who inserts a column meanwhile must not get the Status dropdown on the column now holding
 * the names. After the lock each table's header is read again and a moved table located afresh
 * (setupLocked.ts placesAfterLock; found in review for issue #15).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { observeLocks } from '../../workbench/emulator/lock';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
let stop: () => void = () => undefined;
const clients = () => emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
const header = () => emulator.sheetValues('Clients')[0] ?? [];

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: 'Alpha Foods' }).ok).toBe(true);
});
afterEach(() => stop());

it('puts the dropdowns on the columns as they are when it sets them', () => {
  let moved = false;
  stop = observeLocks((lock, held, calls) => {
    if (lock !== 'document' || !held || moved || calls !== emulator.calls) return;
    moved = true;
    // After the survey, a person inserts a column at A (every column moves one to the right).
    emulator.uncounted(() => clients().insertColumnBefore(1));
  });
  setUpWorkbook();
  stop();
  expect(moved).toBe(true);
  const status = header().indexOf('Status') + 1;
  const name = header().indexOf('Name') + 1;
  expect(status).toBeGreaterThan(0);
  const ruleAt = (column: number) =>
    emulator.uncounted(() => clients().getRange(2, column).getDataValidation());
  const onName = ruleAt(name)?.getCriteriaValues()[0];
  expect(onName === undefined ? null : JSON.stringify(onName)).toBeNull();
  expect(ruleAt(status)).not.toBeNull();
});
