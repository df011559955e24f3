/**
 * A workbook set up by the version before the reliability forecast: no Credit checks sheet, and
 * Clients without the late-payment chance and band. Everything keeps working until set-up runs
 * again, which then adds what is missing without touching a row.
 */
import { describe, expect, it } from 'vitest';
import { getClientCard } from '../../src/server/clientCard';
import * as server from '../../src/server/main';
import { saveRecord } from '../../src/server/records';
import { setUpWorkbook } from '../../src/server/setup';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const run = (name: string) => (server as unknown as Record<string, () => void>)[name]?.();

describe('a workbook set up before the forecast', () => {
  it('saves, reports and shows the card without the new sheet and columns, and set-up adds them', () => {
    const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
    setUpWorkbook();
    // The old layout: no Credit checks, and where the chance and band are now, the old score's
    // column, tagged `reliability`, holding a score.
    emulator.uncounted(() => {
      const book = emulator.spreadsheet;
      book.deleteSheet(book.getSheetByName('Credit checks') as GoogleAppsScript.Spreadsheet.Sheet);
      const clients = book.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = () => clients.getRange(1, 1, 1, clients.getLastColumn()).getValues()[0] ?? [];
      clients.deleteColumn(header().indexOf('Late-payment band') + 1);
      const old = header().indexOf('Late-payment chance (%)') + 1;
      clients.getRange(1, old).setValue('Reliability score');
      for (const tag of clients.createDeveloperMetadataFinder().withValue('lateChance').find())
        tag.setValue('reliability');
    });
    expect(Object.keys(rowsByHeader(emulator, 'Clients')[0] ?? {})).not.toContain('Late-payment band');

    const saved = saveRecord('clients', { name: 'Alpha Foods', paymentTermsDays: 30 });
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.id : '';
    expect(
      saveRecord('orders', {
        clientId: id,
        orderDate: '2026-01-05',
        amount: 1000,
        invoiceDueDate: '2026-02-04',
        paidDate: '2026-02-20',
      }),
    ).toMatchObject({ ok: true });

    // The score the old version wrote on the row.
    emulator.uncounted(() => {
      const clients = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = clients.getRange(1, 1, 1, clients.getLastColumn()).getValues()[0] ?? [];
      clients.getRange(2, header.indexOf('Reliability score') + 1).setValue(52);
    });
    run('reportReliability');
    expect(emulator.ui.alerts).toEqual([]);
    // The card works without the computed columns; it shows no forecast until they exist.
    const card = getClientCard(id);
    expect(card).toMatchObject({ ok: true, forecast: null, revenue: 1000 });

    setUpWorkbook();
    expect(emulator.sheetValues('Credit checks')[0]).toContain('Source');
    // The old score's column is left with its values, untagged and marked as no longer updated.
    expect(JSON.stringify(emulator.ui.alerts)).toContain('“Reliability score” is no longer updated');
    const header = emulator.sheetValues('Clients')[0] ?? [];
    expect(header).toContain('Reliability score (no longer updated)');
    expect(header.filter((h) => h === 'Late-payment chance (%)')).toHaveLength(1);
    run('reportReliability');
    const [alpha] = rowsByHeader(emulator, 'Clients');
    expect(alpha).toMatchObject({
      Name: 'Alpha Foods',
      'Payment terms (days)': 30,
      'Reliability score (no longer updated)': 52,
    });
    const after = getClientCard(id);
    expect(alpha?.['Late-payment chance (%)']).toBe(after.ok ? after.forecast?.lateChance : -1);
    expect(['low', 'medium', 'high']).toContain(alpha?.['Late-payment band']);
  });
});

describe('a workbook set up before Orders had an invoice number', () => {
  it('saves orders without one, refuses one until set-up adds the column, then keeps it', () => {
    const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
    setUpWorkbook();
    emulator.uncounted(() => {
      const orders = emulator.spreadsheet.getSheetByName('Orders') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = orders.getRange(1, 1, 1, orders.getLastColumn()).getValues()[0] ?? [];
      orders.deleteColumn(header.indexOf('Invoice no.') + 1);
    });
    const client = saveRecord('clients', { name: 'Alpha Foods' });
    const clientId = client.ok ? client.id : '';
    const order = { clientId, orderDate: '2026-01-05', amount: 1000 };
    expect(saveRecord('orders', order)).toMatchObject({ ok: true });
    const before = emulator.sheetValues('Orders');
    expect(saveRecord('orders', { ...order, invoiceNumber: 'SI-0001' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Invoice no.'),
    });
    expect(emulator.sheetValues('Orders')).toEqual(before);
    setUpWorkbook();
    expect(saveRecord('orders', { ...order, invoiceNumber: 'SI-0001' })).toMatchObject({ ok: true });
    expect(rowsByHeader(emulator, 'Orders').map((row) => row['Invoice no.'])).toEqual(['', 'SI-0001']);
  });
});
