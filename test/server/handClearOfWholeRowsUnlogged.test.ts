/**
 * A person who selects whole rows in the middle of a table and clears them gets each row logged
 * (`handPaste`) and stamped: onEdit cuts only the blank rows below the table's end, and cleared rows
 * inside it read blank too, so the sheet's last row decides (found in review for issue #15).
 */
import { beforeEach, expect, it } from 'vitest';
import { onEdit } from '../../src/server/handEdits';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const clients = () => emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics', 'Charlie Retail'])
    expect(saveRecord('clients', { name }).ok).toBe(true);
});

it('logs a person clearing whole rows in the middle of the table', () => {
  const width = (emulator.sheetValues('Clients')[0] ?? []).length;
  // Rows 2 and 3 (Alpha, Bravo) selected whole and cleared; Charlie stays below them.
  emulator.uncounted(() => clients().getRange(2, 1, 2, width).clearContent());
  const event = { range: clients().getRange(2, 1, 2, width), authMode: ScriptApp.AuthMode.LIMITED };
  onEdit(event as unknown as GoogleAppsScript.Events.SheetsOnEdit); // the typings want every field
  const pastes = rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'handPaste');
  expect(pastes).toHaveLength(2);
});
