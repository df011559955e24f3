/**
 * Importing into the tables besides Clients, and what every import keeps: rows pointing to clients
 * by name, values read in the spreadsheet's locale, rows that are no records left out, the mapping
 * remembered, the person's own sheets never written, rights per row, and undo as a whole.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { checkImport, importChecked } from '../support/importing';

const HEAD = 'hana.head@suki.test';
const MANAGER = 'mario.manager@suki.test';

function workbook(spreadsheetLocale = 'en_PH'): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD, spreadsheetLocale, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  expect(main.saveRecord('team', { email: MANAGER, name: 'Mario Santos', role: 'manager' })).toMatchObject({
    ok: true,
  });
  for (const [name, owner] of [
    ['Dela Cruz Trading, Inc.', MANAGER],
    ['Niño Hardware', MANAGER],
    ['Bayanihan Foods', HEAD],
  ] as const) {
    expect(main.saveRecord('clients', { name, owner, taxNumber: '' })).toMatchObject({ ok: true });
  }
  return emulator;
}

function sheetWith(emulator: Emulator, name: string, rows: string[][]): void {
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.insertSheet(name);
    const width = Math.max(...rows.map((row) => row.length));
    const padded = rows.map((row) => [...row, ...new Array(width - row.length).fill('')]);
    const range = sheet.getRange(1, 1, padded.length, width);
    range.setNumberFormat('@'); // as typed text, the way an imported CSV holds it
    range.setValues(padded);
  });
}

const INVOICES = [
  ['Mga invoice, 2025–2026'],
  [],
  ['Invoice no.', 'Petsa', 'Customer', 'Halaga (PHP)', 'Due date', 'Date paid'],
  ['INV-1001', '15/01/2026', 'DELA CRUZ TRADING INC', '₱45,000.00', '14/02/2026', '20/02/2026'],
  ['INV-1002', '03/02/2026', 'Nino Hardware', 'PHP 12,500', '05/03/2026', ''],
  ['INV-1003', '31/03/2026', 'Unknown Buyer Corp.', '9,000', '30/04/2026', ''],
  ['INV-1004', '05/06/2026', 'Dela Cruz Trading', '1,200.50', '', ''],
  ['Kabuuan', '', '', '₱67,700.50', '', ''],
];

describe('importing invoices into Orders', () => {
  it('finds the header under a title, each client by name, and dates in the order the column proves', () => {
    const emulator = workbook();
    sheetWith(emulator, 'Invoices', INVOICES);
    const report = checkImport('orders', { sheetName: 'Invoices' });
    expect(report.headerLine).toBe(3);
    expect(report.mapping).toEqual({
      0: 'invoiceNumber',
      1: 'orderDate',
      2: 'clientId',
      3: 'amount',
      4: 'invoiceDueDate',
      5: 'paidDate',
    });
    expect(report.readyCount).toBe(3);
    expect(report.rejected).toEqual([
      {
        line: 6,
        reasons: [
          'Client: no client “Unknown Buyer Corp.” in Suki (looked up by ID, tax number and name). Import or add the client first.',
        ],
      },
    ]);
    expect(report.leftOut).toEqual([{ line: 8, reason: 'a totals row', text: 'Kabuuan · ₱67,700.50' }]);
    expect(importChecked('orders', { sheetName: 'Invoices' })).toMatchObject({ ok: true, imported: 3 });
    const orders = rowsByHeader(emulator, 'Orders').map((row) => [
      row.Client,
      row['Order date'],
      row.Amount,
      row['Invoice due date'],
      row['Paid on'],
    ]);
    expect(orders.map(([client, , amount]) => [client, amount])).toEqual([
      ['C-000001', 45000],
      ['C-000002', 12500],
      ['C-000001', 1200.5],
    ]);
    // 31/03/2026 in the same column proves it day-first: 05/06/2026 is 5 June.
    expect(main.getRecord('orders', 'O-000003')).toMatchObject({
      ok: true,
      record: { orderDate: '2026-06-05', invoiceDueDate: null, clientId: 'C-000001' },
    });
    expect(main.getRecord('orders', 'O-000001')).toMatchObject({
      record: { orderDate: '2026-01-15', invoiceDueDate: '2026-02-14', paidDate: '2026-02-20' },
    });
    expect(orders).toHaveLength(3);
  });

  it('refuses a date no column and no locale can settle, naming the row and the value', () => {
    const emulator = workbook('en_PH');
    sheetWith(emulator, 'Few', [
      ['Date', 'Client', 'Amount'],
      ['05/06/2026', 'Bayanihan Foods', '100'],
      ['2026-07-01', 'Bayanihan Foods', '200'],
    ]);
    const report = checkImport('orders', { sheetName: 'Few' });
    expect(report.rejected).toEqual([
      {
        line: 2,
        reasons: [
          'Order date: “05/06/2026” could be 2026-06-05 (day first) or 2026-05-06 (month first); write it as year-month-day.',
        ],
      },
    ]);
    expect(report.readyCount).toBe(1);
  });

  it('reads 1.200.000,50 as a number in a comma-decimal spreadsheet, and refuses it in en_PH', () => {
    const rows = [
      ['Client', 'Date', 'Amount'],
      ['Bayanihan Foods', '2026-01-05', '1.200.000,50'],
    ];
    const german = workbook('de_DE');
    sheetWith(german, 'Liste', rows);
    expect(importChecked('orders', { sheetName: 'Liste' })).toMatchObject({ ok: true, imported: 1 });
    expect(main.getRecord('orders', 'O-000001')).toMatchObject({ record: { amount: 1200000.5 } });
    const filipino = workbook('en_PH');
    sheetWith(filipino, 'List', rows);
    expect(checkImport('orders', { sheetName: 'List' })).toMatchObject({ ok: false, readyCount: 0 });
  });
});

describe('what every import keeps', () => {
  it('never writes a person’s sheet named like a Suki table, at set-up or import', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD, locale: 'fil', spreadsheetLocale: 'en_PH' });
    sheetWith(emulator, 'Mga Kliyente', [
      ['Listahan ng mga Kliyente'],
      [],
      ['Pangalan ng Kumpanya', 'Telepono', 'Tala'],
      ['Niño Trading', '0917 123 4567', '=HYPERLINK("http://x")'],
    ]);
    const before = emulator.sheetValues('Mga Kliyente');
    main.setUpWorkbook();
    expect(emulator.sheetValues('Mga Kliyente')).toEqual(before);
    const report = importChecked('clients', { sheetName: 'Mga Kliyente' });
    expect(report).toMatchObject({ ok: true, imported: 1 });
    expect(emulator.sheetValues('Mga Kliyente')).toEqual(before);
    expect(rowsByHeader(emulator, 'Mga Kliyente (Suki)')).toEqual([
      expect.objectContaining({
        Pangalan: 'Niño Trading',
        Telepono: '0917 123 4567',
        'Mga tala': '=HYPERLINK("http://x")',
      }),
    ]);
    expect(main.listImportSources()).toMatchObject({ ok: true, sheets: ['Sheet1', 'Mga Kliyente'] });
  });

  it('leaves out totals and notes unless the person includes them, and remembers the mapping', () => {
    const emulator = workbook();
    sheetWith(emulator, 'Leads', [
      ['Company', 'Remarks', 'Phone'],
      ['Alpha Hauling', 'met at the expo', '0917 000 0001'],
      ['Total', '', ''],
      ['Note: phones as of May', '', ''],
    ]);
    const first = checkImport('clients', { sheetName: 'Leads' });
    expect(first.mapping).toEqual({ 0: 'name', 1: 'notes', 2: 'phone' });
    expect(first.leftOut.map((row) => [row.line, row.reason])).toEqual([
      [3, 'a totals row'],
      [4, 'a note'],
    ]);
    // The person says "Remarks" is not the notes, and includes the "Total" row after all.
    const chosen = { 0: 'name', 2: 'phone' };
    const withTotal = main.previewImport({
      table: 'clients',
      source: { sheetName: 'Leads' },
      mapping: chosen,
      include: [3],
    });
    expect(withTotal).toMatchObject({ readyCount: 2, how: { 0: 'chosen', 2: 'chosen' } });
    expect(
      main.runImport({
        table: 'clients',
        source: { sheetName: 'Leads' },
        mapping: chosen,
        headers: first.headers,
      }),
    ).toMatchObject({ ok: true, imported: 1 });
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Leads')?.getRange(2, 1).setValue('Beta Hauling'),
    );
    const again = checkImport('clients', { sheetName: 'Leads' });
    expect(again).toMatchObject({ mapping: chosen, how: { 0: 'remembered', 2: 'remembered' } });
  });

  it('says plainly when a required column is not chosen, and writes nothing', () => {
    const emulator = workbook();
    const before = emulator.sheetValues('Clients');
    const report = importChecked('clients', { csv: 'Telepono,Tala\n0917,x' });
    expect(report).toMatchObject({
      ok: false,
      imported: 0,
      message:
        'Nothing can be imported yet: no column of the list is chosen for Name, which every row needs. Choose it under Columns.',
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
  });

  it('takes owners by name, and refuses a manager’s rows for clients that are not theirs', () => {
    const emulator = workbook();
    emulator.setActiveUser(MANAGER);
    const csv = 'Client,Date,Amount\nNiño Hardware,2026-03-01,500\nBayanihan Foods,2026-03-02,700';
    const report = importChecked('orders', { csv });
    expect(report).toMatchObject({ ok: true, imported: 1, rejectedCount: 1 });
    expect(report.rejected[0]?.line).toBe(3);
    expect(report.rejected[0]?.reasons[0]).toContain('C-000003');
    emulator.setActiveUser(HEAD);
    const named = importChecked('clients', { csv: 'Name,Account manager\nGamma Foods,Mario Santos' });
    expect(named).toMatchObject({ ok: true, imported: 1 });
    expect(rowsByHeader(emulator, 'Clients').find((row) => row.Name === 'Gamma Foods')?.Owner).toBe(MANAGER);
  });

  it('undoes an import as a whole, by its importer or a head, once', () => {
    const emulator = workbook();
    emulator.setActiveUser(MANAGER);
    const done = importChecked('clients', { csv: 'Name\nOne Co\nTwo Co' });
    expect(done).toMatchObject({ ok: true, imported: 2 });
    const sources = main.listImportSources();
    expect(sources).toMatchObject({ ok: true, imports: [{ id: done.importId, count: 2, mayUndo: true }] });
    emulator.setActiveUser(HEAD);
    expect(main.undoImport(done.importId)).toMatchObject({
      ok: true,
      archived: 2,
      message: 'Import undone: 2 records of Clients archived (nothing deleted).',
    });
    const rows = rowsByHeader(emulator, 'Clients');
    expect(rows.filter((row) => row['Archived at'] !== '').map((row) => row.Name)).toEqual([
      'One Co',
      'Two Co',
    ]);
    expect(main.undoImport(done.importId)).toMatchObject({
      ok: false,
      message: 'That import was undone already.',
    });
    const audit = rowsByHeader(emulator, 'Audit log').filter((row) => String(row.Action).includes('mport'));
    expect(audit.map((row) => [row.Action, row['Record ID']])).toEqual([
      ['import', 'C-000004 … C-000005'],
      ['undoImport', 'C-000004 … C-000005'],
    ]);
  });
});
