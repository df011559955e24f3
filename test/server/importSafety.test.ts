/**
 * What an import must never do, found by review: adopt a person's sheet whose header merely looks
 * like a table's, read Suki's own tables as a source, take another currency or a percentage as
 * pesos, file an order under a different company, keep a rolled-back import in its history, or let
 * an undo archive work that is someone else's now. And the person can say where the header is.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { checkImport, importChecked } from '../support/importing';
import { silenceSurvivedFailures } from '../support/quietFailures';

silenceSurvivedFailures();

const HEAD = 'hana.head@suki.test';
const MARIO = 'mario.manager@suki.test';
const LIZA = 'liza.manager@suki.test';

function workbook(): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD, spreadsheetLocale: 'en_PH' });
  main.setUpWorkbook();
  for (const [email, name] of [
    [MARIO, 'Mario Santos'],
    [LIZA, 'Liza Reyes'],
  ])
    expect(main.saveRecord('team', { email, name, role: 'manager' })).toMatchObject({ ok: true });
  return emulator;
}

describe('sheets', () => {
  it('never adopts a person’s sheet named like a table whose header only resembles the table’s', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD });
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('Orders');
      sheet.getRange(1, 1, 2, 6).setValues([
        ['Invoice no.', 'Client', 'Order date', 'Amount', 'Invoice due', 'Paid'],
        ['INV-1', 'Alpha', '2026-01-05', '100', '', ''],
      ]);
    });
    const before = emulator.sheetValues('Orders');
    main.setUpWorkbook();
    expect(emulator.sheetValues('Orders')).toEqual(before);
    expect(emulator.spreadsheet.getSheetByName('Orders (Suki)')).toBeTruthy();
  });

  it('refuses one of Suki’s own tables as a source', () => {
    const emulator = workbook();
    const before = emulator.sheetValues('Clients');
    expect(importChecked('clients', { sheetName: 'Clients' }, { keepDuplicates: true })).toMatchObject({
      ok: false,
      imported: 0,
      message:
        'The sheet "Clients" is one of Suki’s own tables or reports. Choose the sheet your list is in.',
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('takes the header line the person gives when Suki’s guess is wrong', () => {
    const emulator = workbook();
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.insertSheet('List');
      sheet.getRange(1, 1, 4, 2).setValues([
        ['Name', 'Region'],
        ['Company', 'Area'],
        ['Alpha Foods', 'NCR'],
        ['Beta Foods', 'NCR'],
      ]);
    });
    expect(checkImport('clients', { sheetName: 'List' })).toMatchObject({ headerLine: 1, readyCount: 3 });
    const chosen = checkImport('clients', { sheetName: 'List' }, { headerLine: 2 });
    expect(chosen).toMatchObject({ headerLine: 2, headers: ['Company', 'Area'], readyCount: 2 });
    expect(chosen.mapping).toEqual({ 0: 'name', 1: 'region' });
  });
});

describe('values', () => {
  it('refuses an amount in another currency, and a percentage, naming the value', () => {
    workbook();
    main.saveRecord('clients', { name: 'Alpha Foods' });
    const report = checkImport('orders', {
      csv: 'Client,Date,Amount\nAlpha Foods,2026-01-05,$1000\nAlpha Foods,2026-01-06,12%\nAlpha Foods,2026-01-07,₱1000',
    });
    expect(report.readyCount).toBe(1);
    expect(report.rejected).toEqual([
      {
        line: 2,
        reasons: [
          'Amount: “$1000” is in another currency; this workbook’s amounts are in ₱. Convert it before importing.',
        ],
      },
      { line: 3, reasons: ['Amount: must be a number. (“12%”)'] },
    ]);
  });

  it('never files an order under a company whose name differs in its legal form, and names the nearest', () => {
    workbook();
    main.saveRecord('clients', { name: 'ABC Corp.' });
    const report = checkImport('orders', {
      csv: 'Client,Date,Amount\nABC Inc.,2026-01-05,100\nabc corporation,2026-01-06,5',
    });
    expect(report.rejected).toEqual([
      {
        line: 2,
        reasons: [
          'Client: no client “ABC Inc.” in Suki; the nearest is “ABC Corp.” (C-000001). If it is the same company, give its ID.',
        ],
      },
    ]);
    expect(report.readyCount).toBe(1);
  });
});

describe('history and undo', () => {
  it('lists no import whose rows a failure rolled back, and remembers no mapping from it', () => {
    const emulator = workbook();
    const source = { csv: 'Company,Region\nAlpha,NCR\nBeta,NCR' };
    const preview = checkImport('clients', source);
    const request = { table: 'clients', source, mapping: { 0: 'name' }, headers: preview.headers };
    emulator.calls.reset();
    expect(main.runImport(request)).toMatchObject({ ok: true });
    const total = emulator.calls.count();
    const properties = emulator.globals.PropertiesService.getDocumentProperties();
    for (let n = 1; n < total; n++) {
      const fresh = workbook();
      fresh.calls.failAt(n, 'cutoff');
      let answer: { ok: boolean } = { ok: false };
      try {
        answer = main.runImport(request);
      } catch {
        // A cut-off execution answers nothing.
      }
      fresh.calls.clearFault();
      main.listClients(); // the next locked action undoes what the cut-off left
      const rows = rowsByHeader(fresh, 'Clients').length;
      const noted = fresh.globals.PropertiesService.getDocumentProperties().getProperty('suki.imports');
      if (rows === 0) expect(noted, `cut off at call ${n}`).toBeNull();
      if (answer.ok) expect(rows, `answered ok at call ${n}`).toBe(2);
    }
    expect(properties.getProperty('suki.imports')).not.toBeNull();
  });

  it('keeps, when a manager undoes an import, a record handed to another manager since', () => {
    const emulator = workbook();
    emulator.setActiveUser(MARIO);
    const done = importChecked('clients', { csv: 'Name\nOne Co\nTwo Co' });
    expect(done).toMatchObject({ imported: 2 });
    emulator.setActiveUser(HEAD);
    expect(main.updateRecord('clients', 'C-000002', { owner: LIZA }, {})).toMatchObject({ ok: true });
    emulator.setActiveUser(MARIO);
    expect(main.undoImport(done.importId)).toMatchObject({
      ok: true,
      archived: 1,
      kept: 1,
      message:
        'Import undone: 1 records of Clients archived (nothing deleted); 1 kept, as they are someone else’s work now.',
    });
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows.map((row) => [row.Name, row['Archived at'] !== ''])).toEqual([
      ['One Co', true],
      ['Two Co', false],
    ]);
  });
});
