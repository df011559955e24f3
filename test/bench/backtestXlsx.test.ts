import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileWorkbook } from '../../bench/backtestData';
import { allTranslations } from '../../src/core/i18n/translate';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import type { TableSpec } from '../../src/core/tables/tableSpec';
import { ORDERS_TABLE } from '../../src/core/tables/workTables';
import { Excel } from '../../workbench/xlsx/excel';

const dir = mkdtempSync(join(tmpdir(), 'suki-backtest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every column's header of `table` in one language (0 English, 1 Filipino). */
const headers = (table: TableSpec, language: 0 | 1) =>
  table.columns.map((c) => allTranslations(c.label)[language] as string);
/** A date as ExcelJS writes one: the wall-clock reading as UTC. */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new Excel.Workbook();
  const own = workbook.addWorksheet('Notes');
  own.addRow(['Client', 'Order date', 'Amount']);
  own.addRow(['C-9', excelDate('2030-01-01'), 5]);
  const orders = workbook.addWorksheet('Mga order');
  const orderHeader = headers(ORDERS_TABLE, 1);
  orders.addRow(orderHeader);
  const at = (key: string) => ORDERS_TABLE.columns.findIndex((c) => c.key === key);
  const orderRow = (values: Record<string, unknown>) => {
    const row = orderHeader.map(() => null as unknown);
    for (const [key, value] of Object.entries(values)) row[at(key)] = value;
    orders.addRow(row);
  };
  orderRow({
    id: 'O-1',
    clientId: 'C-1',
    orderDate: excelDate('2025-01-10'),
    amount: 100,
    paidDate: '2025-03-02',
  });
  orderRow({ id: 'O-2', clientId: 'C-1', orderDate: '2025-02-10', amount: '250.5', invoiceDueDate: 45_730 });
  orders.addRow([]);
  const clients = workbook.addWorksheet('Clients');
  clients.addRow(headers(CLIENTS_TABLE, 0));
  clients.addRow(
    CLIENTS_TABLE.columns.map((c) => ({ id: 'C-1', name: 'Acme', paymentTermsDays: 30 })[c.key] ?? null),
  );
  await workbook.xlsx.writeFile(path);
}

describe('reading a Suki workbook from .xlsx', () => {
  it('finds the tables by their headers in either language and reads dates and numbers', async () => {
    const path = join(dir, 'book.xlsx');
    await writeWorkbook(path);
    const workbook = await fileWorkbook(path);
    expect(workbook.tables.clients).toEqual([
      expect.objectContaining({ id: 'C-1', name: 'Acme', paymentTermsDays: 30 }),
    ]);
    expect(workbook.tables.orders).toEqual([
      expect.objectContaining({
        id: 'O-1',
        clientId: 'C-1',
        orderDate: '2025-01-10',
        amount: 100,
        paidDate: '2025-03-02',
      }),
      // Serial 45730 is 2025-03-14; an amount typed as text is read as the number.
      expect.objectContaining({
        id: 'O-2',
        orderDate: '2025-02-10',
        amount: 250.5,
        invoiceDueDate: '2025-03-14',
      }),
    ]);
    // The person's own sheet is no table; the data end is the latest order or paid date.
    expect(workbook.dataEnd).toBe('2025-03-02');
  });
});
