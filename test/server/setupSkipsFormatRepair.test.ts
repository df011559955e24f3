/**
 * Set-up sets a table's dropdowns again only when a cheap check fails (tableFormats.ts inPlace),
 * but its number formats every time: a paste with formatting over rows 3 on (which no sample row
 * shows) replaces the Phone column's plain-text format, and a phone typed there afterwards would
 * lose its leading zero (found in review for issue #15).
 */
import { beforeEach, expect, it } from 'vitest';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

let emulator: Emulator;
const clients = () => emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
const column = (label: string) => (emulator.sheetValues('Clients')[0] ?? []).indexOf(label) + 1;

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics', 'Charlie Retail'])
    expect(saveRecord('clients', { name }).ok).toBe(true);
});

it('repairs the Phone column’s plain-text format that a paste replaced below row 2', () => {
  const phone = column('Phone');
  expect(phone).toBeGreaterThan(0);
  // A paste with its formatting over rows 3 and 4 (row 2 and the sheet's last row untouched).
  emulator.uncounted(() => clients().getRange(3, phone, 2, 1).setNumberFormat('General'));
  setUpWorkbook();
  expect(emulator.uncounted(() => clients().getRange(3, phone).getNumberFormat())).toBe('@');
  expect(emulator.personEdit('Clients', 3, phone, '09171234567').accepted).toBe(true);
  expect(emulator.sheetValues('Clients')[2]?.[phone - 1]).toBe('09171234567');
});
