/**
 * A table store locates each table once per stretch of the execution, but checks its header row
 * again before every write (tableSearch.ts placeForWrite): the lock holds back only other scripts,
 * and a person who inserts a column while a save runs must not make its later writes land one
 * column off. Here a new primary contact is saved; between the People append and the update that
 * makes the old primary "no", a person inserts a column: the "no" must still land in Primary, not in
 * the old primary's Opted out (found in review for issue #15).
 */
import { beforeEach, expect, it } from 'vitest';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const people = () => emulator.spreadsheet.getSheetByName('People') as GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: 'Alpha Foods' }).ok).toBe(true);
  const ana = { clientId: 'C-000001', name: 'Ana', primary: 'yes', optedOut: 'yes' };
  expect(saveRecord('people', ana)).toMatchObject({ ok: true, id: 'N-000001' });
});

it('writes each field of a save into its own column though a person inserted one meanwhile', () => {
  const guard = emulator.calls.guard;
  let writes = 0;
  let inserted = false;
  emulator.calls.guard = (kind) => {
    guard?.(kind);
    if (kind === 'Range.setValues') writes += 1;
    // Once the new person's row and its audit entry are written, before the old primary's update.
    else if (writes >= 2 && !inserted) {
      inserted = true;
      emulator.uncounted(() => people().insertColumnBefore(2));
    }
  };
  const saved = saveRecord('people', { clientId: 'C-000001', name: 'Ben', primary: 'yes' });
  emulator.calls.guard = guard;
  expect(inserted).toBe(true);
  expect(saved).toMatchObject({ ok: true, id: 'N-000002' });
  const ana = tableRows(emulator, 'people').find((row) => row.id === 'N-000001');
  expect({ optedOut: ana?.optedOut, primary: ana?.primary }).toEqual({ optedOut: 'yes', primary: 'no' });
});
