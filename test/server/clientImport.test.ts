import { beforeEach, describe, expect, it } from 'vitest';
import { importClients, previewClientImport } from '../../src/server/clientImport';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const CSV = `Name,E-mail,Status,Credit limit,Phone
"Bayanihan Foods Corp.",hi@bayanihan.ph,active,"1,500,000",+63 2 8123 4567
=HYPERLINK("http://evil"),x@evil.ph,prospect,,
Mabuhay Logistics,not-an-email,active,12,
"Dela Cruz Trading, Inc.",sales@dc.ph,active,,
Nordlicht GmbH,info@nordlicht.de,vip,,
,,,,
Bayanihan Foods,other@bf.ph,active,,`;

let emulator: Emulator;
beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  expect(saveRecord('clients', { name: 'Dela Cruz Trading' })).toMatchObject({ ok: true });
});

describe('importing clients', () => {
  it('previews with a suggested mapping and writes nothing', () => {
    const before = emulator.sheetValues('Clients');
    const report = previewClientImport({ csv: CSV });
    expect(report.mapping).toEqual({ 0: 'name', 1: 'email', 2: 'status', 3: 'creditLimit', 4: 'phone' });
    expect(report.readyCount).toBe(2);
    expect(report.rejected).toEqual([
      { line: 4, reasons: ['E-mail: not a valid e-mail address.'] },
      { line: 6, reasons: ['Status: choose one of Prospect, Active, Dormant, Lost.'] },
    ]);
    expect(report.duplicates.map((d) => d.line)).toEqual([5, 8]);
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('imports the ready rows in one block, text as text, and lists the rest', () => {
    emulator.calls.reset();
    const report = importClients({ csv: CSV }, null);
    expect(report).toMatchObject({ ok: true, imported: 2 });
    // One block for the clients' rows (a new row is written whole, blanks included, so the computed
    // score columns no longer split it in two), one for their audit entries.
    expect(emulator.calls.count('Range.setValues')).toBe(2);
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows.map((r) => r.Name)).toEqual([
      'Dela Cruz Trading',
      'Bayanihan Foods Corp.',
      '=HYPERLINK("http://evil")',
    ]);
    expect(rows[1]).toMatchObject({
      'Credit limit': 1500000,
      Phone: '+63 2 8123 4567',
      Owner: 'mara@suki-demo.ph',
    });
  });

  it('costs the same calls for 100 and 20,000 rows', () => {
    const counts: number[] = [];
    for (const size of [100, 20_000]) {
      emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
      setUpWorkbook();
      emulator.uncounted(() => {
        // Room for both, as Sheets grows: each imported client also gets its own audit entry.
        for (const name of ['Clients', 'Audit log']) {
          const sheet = emulator.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
          sheet.insertRowsAfter(sheet.getMaxRows(), 20_100 - sheet.getMaxRows());
        }
      });
      const lines = Array.from({ length: size }, (_, i) => `Client ${i},c${i}@x.ph`);
      emulator.calls.reset();
      expect(importClients({ csv: `Name,E-mail\n${lines.join('\n')}` }, null)).toMatchObject({
        imported: size,
      });
      counts.push(emulator.calls.count());
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('imports from another sheet of the workbook, mapped by the person', () => {
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Old list');
      sheet.getRange(1, 1, 3, 2).setValues([
        ['Company', 'Mail'],
        ['Pacific Rim Textiles', 'pr@textiles.ph'],
        ['Luzon Agri Supply', 'hello@luzonagri.ph'],
      ]);
    });
    const report = importClients(
      { sheetName: 'Old list' },
      { 0: 'name', 1: 'email' },
      { headers: ['Company', 'Mail'] },
    );
    expect(report).toMatchObject({ ok: true, imported: 2 });
    expect(rowsByHeader(emulator, 'Clients').map((r) => r['E-mail'])).toEqual([
      '',
      'pr@textiles.ph',
      'hello@luzonagri.ph',
    ]);
  });

  it('refuses a chosen mapping when the source changed after the check', () => {
    const before = emulator.sheetValues('Clients');
    const result = importClients(
      { csv: 'Region,Name\nNCR,Zeta Corp' },
      { 0: 'name', 1: 'region' },
      { headers: ['Name', 'Region'] },
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'The rows to import changed since they were checked. Check them again before importing.',
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('refuses clearly without a source', () => {
    expect(importClients(42, null)).toMatchObject({
      ok: false,
      message: 'Paste CSV text or choose a sheet to import from.',
    });
  });
});
