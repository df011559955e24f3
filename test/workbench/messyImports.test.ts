/**
 * Issue #12's fixture set, end to end: the messy lists the project writes itself (test/fixtures) go
 * in as Sheets' File › Import would put them (a new sheet each, through the workbench's own file
 * import), then through Suki's import into Clients and Orders. The records and refusals are
 * asserted exactly; the person's own sheets are never written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { importFilePath } from '../../workbench/files/importFile';
import {
  type ClientLine,
  libreOfficeCommand,
  writeClientListCsv,
  writeClientListXlsx,
  writeInvoicesCsv,
  writeLibreOfficeXlsx,
  writeWindows1252Csv,
} from '../fixtures/messyLists';
import { useEmulator } from '../support/emulatedSheets';
import { checkImport, importChecked } from '../support/importing';

const HEAD = 'hana.head@suki.test';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'suki-messy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Filipino head's spreadsheet (en_PH, Asia/Manila) with `files` imported as sheets, then set up. */
async function workbookWith(...files: string[]): Promise<{ emulator: Emulator; sheets: string[] }> {
  const emulator = useEmulator({
    activeUserEmail: HEAD,
    locale: 'fil',
    spreadsheetLocale: 'en_PH',
    timeZone: 'Asia/Manila',
  });
  const sheets: string[] = [];
  for (const file of files) sheets.push(...(await importFilePath(emulator, file)).sheets);
  main.setUpWorkbook();
  return { emulator, sheets };
}

/** The client list's findings, the same whichever file it came in: lines are the sheet's rows. */
const CLIENT_FINDINGS = {
  headerLine: 3,
  mapping: {
    0: 'name',
    1: 'industry',
    2: 'region',
    3: 'phone',
    4: 'email',
    5: 'yearFounded',
    6: 'creditLimit',
    7: 'paymentTermsDays',
    8: 'notes',
  },
  readyCount: 9,
  rejected: [
    { line: 10, reasons: ['E-mail: hindi wastong e-mail address. (“sales@”)'] },
    { line: 13, reasons: ['Taon ng pagkakatatag: dapat ay numero. (“1850s”)'] },
  ],
  duplicates: [{ line: 12, matches: 'parehong E-mail ng Linya 8' }],
};

const sheetTexts = (emulator: Emulator, name: string) =>
  emulator.uncounted(() => emulator.spreadsheet.getSheetByName(name)?.getDataRange().getDisplayValues());

describe('the messy client list', () => {
  it('is found, mapped and judged the same from the CSV, the .xlsx without sheet views, and LibreOffice’s .xlsx', async () => {
    const csv = writeClientListCsv(dir);
    const xlsx = await writeClientListXlsx(dir);
    const files = [csv.path, xlsx.path];
    const libreOffice = libreOfficeCommand();
    if (libreOffice) files.push(writeLibreOfficeXlsx(dir, csv.path));
    else console.warn('Skipping the LibreOffice file: neither soffice nor libreoffice is on PATH.');
    const { sheets } = await workbookWith(...files);
    expect(sheets).toEqual(['Mga Kliyente', 'Mga Kliyente (2)', 'Mga Kliyente (3)'].slice(0, files.length));
    for (const sheetName of sheets) {
      const report = checkImport('clients', { sheetName });
      expect(report, sheetName).toMatchObject(CLIENT_FINDINGS);
      expect(report.rejected, sheetName).toEqual(CLIENT_FINDINGS.rejected);
      expect(
        report.leftOut.map((row) => [row.line, row.reason]),
        sheetName,
      ).toEqual([
        [19, 'hilera ng kabuuan'],
        [21, 'isang tala'],
      ]);
    }
  });

  it('brings every good client in, values as people typed them, and leaves the person’s sheet alone', async () => {
    const csv = writeClientListCsv(dir);
    const { emulator } = await workbookWith(csv.path);
    // Suki's Filipino name for Clients was the person's: their sheet stays theirs, untouched.
    const before = sheetTexts(emulator, 'Mga Kliyente');
    const report = importChecked('clients', { sheetName: 'Mga Kliyente' });
    expect(report).toMatchObject({ ok: true, imported: 9 });
    expect(sheetTexts(emulator, 'Mga Kliyente')).toEqual(before);
    const good = csv.clients.filter(
      (client) =>
        !['sales@'].includes(client.email) &&
        client.founded !== '1850s' &&
        client.name !== 'DELA CRUZ TRADING INC',
    );
    const records = good.map((_, index) => {
      const answer = main.getRecord('clients', `C-${String(index + 1).padStart(6, '0')}`);
      return answer.ok ? answer.record : null;
    });
    const expected = (client: ClientLine) => ({
      name: client.name,
      industry: client.industry,
      region: client.region,
      phone: client.phone,
      email: client.email || null,
      yearFounded: Number(client.founded),
      creditLimit: client.creditNumber ?? (client.credit === 'P 250,000' ? 250_000 : null),
      paymentTermsDays: Number(client.terms),
      notes: client.note || null,
      owner: HEAD,
      status: 'prospect',
    });
    expect(records).toEqual(good.map((client) => expect.objectContaining(expected(client))));
    // Formula-looking text is kept as text: nothing in the Clients sheet became a formula.
    const formulas = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Mga Kliyente (Suki)')?.getDataRange().getFormulas().flat(),
    );
    expect(formulas?.filter((formula) => formula !== '')).toEqual([]);
  });

  it('reads an Excel-on-Windows CSV (Windows-1252) with its Ñ and é, cell for cell', async () => {
    const written = writeWindows1252Csv(dir);
    const { sheets } = await workbookWith(written.path);
    const report = checkImport('clients', { sheetName: sheets[0] as string });
    expect(report.ok).toBe(true);
    expect(report.preview.length).toBeGreaterThan(0);
    for (const row of report.preview) {
      const cells = row.cells.slice(0, (written.rows[row.line - 1] ?? []).length);
      expect(cells).toEqual(written.rows[row.line - 1]);
    }
    expect(report.preview.some((row) => row.cells.some((cell) => /[Ññé]/.test(cell)))).toBe(true);
  });
});

describe('two years of invoices', () => {
  it('go into Orders by client name, dates day-first, non-invoice rows left out, never twice', async () => {
    const csv = writeClientListCsv(dir);
    const invoices = writeInvoicesCsv(
      dir,
      csv.clients.map((client) => client.name),
    );
    const { emulator } = await workbookWith(csv.path, invoices.path);
    expect(importChecked('clients', { sheetName: 'Mga Kliyente' })).toMatchObject({ imported: 9 });
    const source = { sheetName: 'invoices-2025-2026' };
    const report = checkImport('orders', source);
    const skipped = [
      ...invoices.skipped.header,
      ...invoices.skipped.subtotal,
      ...invoices.skipped.total,
    ].sort((a, b) => a - b);
    expect(report.headerLine).toBe(1);
    expect(report.mapping).toEqual({
      0: 'invoiceNumber',
      1: 'orderDate',
      2: 'clientId',
      3: 'amount',
      4: 'invoiceDueDate',
      5: 'paidDate',
    });
    expect(report.leftOut.map((row) => row.line)).toEqual(skipped);
    // The invoices of the two clients the list refused are refused by name, each with the reason.
    const refusedClients = new Set(['Mabuhay Rice Mill Corp.', 'Lola Remedios Kakanin House']);
    const kept = invoices.invoices.filter((invoice) => !refusedClients.has(invoice.customer));
    expect(report.readyCount).toBe(kept.length);
    expect(report.rejectedCount).toBe(invoices.invoices.length - kept.length);
    for (const row of report.rejected)
      expect(row.reasons[0]).toMatch(/^Kliyente: walang kliyenteng “(Mabuhay|Lola)/);
    expect(importChecked('orders', source)).toMatchObject({ ok: true, imported: kept.length });

    const clientIds = new Map<string, string>();
    for (const id of Array.from({ length: 9 }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`)) {
      const answer = main.getRecord('clients', id);
      if (answer.ok) clientIds.set(String(answer.record.name), id);
    }
    const orders = kept.map((_, index) => {
      const answer = main.getRecord('orders', `O-${String(index + 1).padStart(6, '0')}`);
      return answer.ok ? answer.record : null;
    });
    expect(orders).toEqual(
      kept.map((invoice) =>
        expect.objectContaining({
          invoiceNumber: invoice.number,
          orderDate: invoice.date,
          amount: invoice.centavos / 100,
          invoiceDueDate: invoice.due,
          paidDate: invoice.paid,
          // "DELA CRUZ TRADING INC" is the same client as "Dela Cruz Trading, Inc."
          clientId: clientIds.get(
            invoice.customer === 'DELA CRUZ TRADING INC' ? 'Dela Cruz Trading, Inc.' : invoice.customer,
          ),
        }),
      ),
    );
    // The same file again: every invoice is a likely duplicate, none is written twice.
    const again = checkImport('orders', source);
    expect(again).toMatchObject({ ok: false, readyCount: 0, duplicateCount: kept.length });
    expect(emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Mga order')?.getLastRow())).toBe(
      kept.length + 1,
    );
  });
});
