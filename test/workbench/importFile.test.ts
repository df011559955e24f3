/**
 * File › Import › "Insert new sheet(s)" in the workbench (issue #12): the messy fixture lists go into
 * a fresh workbook as new sheets, named as Sheets names them, their cells as the files hold them
 * (CSV as text; .xlsx typed, with number formats), and nothing is left behind by a refused file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDate, isoDateInZone } from '../../src/core/dates';
import type { Emulator } from '../../workbench/emulator';
import { ImportRefused, importFile, importFilePath } from '../../workbench/files/importFile';
import { createSukiRuntime } from '../../workbench/server/session';
import { openWorkbookXlsx } from '../../workbench/xlsx/importXlsx';
import {
  libreOfficeCommand,
  type WrittenXlsx,
  writeClientListCsv,
  writeClientListXlsx,
  writeInvoicesCsv,
  writeLibreOfficeXlsx,
  writeWindows1252Csv,
} from '../fixtures/messyLists';

const DIST = resolve(import.meta.dirname, '../../dist');
const ZONE = 'Asia/Manila';
const dir = mkdtempSync(join(tmpdir(), 'suki-import-'));
let csv: ReturnType<typeof writeClientListCsv>;
let xlsx: WrittenXlsx;

beforeAll(async () => {
  csv = writeClientListCsv(dir);
  xlsx = await writeClientListXlsx(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fresh = (): Emulator => createSukiRuntime(DIST).emulator;
const names = (emulator: Emulator) =>
  emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
const range = (emulator: Emulator, sheet: string, a1: string) =>
  emulator.uncounted(() => {
    const found = emulator.spreadsheet.getSheetByName(sheet);
    if (!found) throw new Error(`No sheet ${sheet}`);
    return found.getRange(a1);
  });
/** Values with Dates as their day in Manila, so rows compare with toEqual. */
const days = (rows: unknown[][]) =>
  rows.map((row) => row.map((v) => (isDate(v) ? isoDateInZone(v, ZONE) : v)));

describe('importing a CSV', () => {
  it('inserts one sheet named after the file, every cell the text the file holds, and shows it', async () => {
    const emulator = fresh();
    expect(await importFilePath(emulator, csv.path)).toEqual({
      file: 'Mga Kliyente.csv',
      sheets: ['Mga Kliyente'],
    });
    expect(names(emulator)).toEqual(['Sheet1', 'Mga Kliyente']);
    expect(emulator.uncounted(() => emulator.spreadsheet.getActiveSheet().getName())).toBe('Mga Kliyente');
    expect(emulator.sheetValues('Mga Kliyente')).toEqual(csv.rows);
    const all = range(emulator, 'Mga Kliyente', `A1:I${csv.rows.length}`);
    expect(emulator.uncounted(() => all.getDisplayValues())).toEqual(csv.rows);
    expect(
      emulator
        .uncounted(() => all.getFormulas())
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    expect(csv.rows[0]?.[0]).toBe('Listahan ng mga Kliyente — Nobyembre 2026'); // the BOM is gone
  });

  it('keeps text that looks like a formula or a number as text', async () => {
    const emulator = fresh();
    await importFilePath(emulator, csv.path);
    const cell = (a1: string) => emulator.uncounted(() => range(emulator, 'Mga Kliyente', a1).getValue());
    expect(cell('I7')).toBe('=HYPERLINK("http://x")');
    expect(cell('I9')).toBe('+63 not a formula');
    expect(cell('D7')).toBe('09171234567');
    expect(cell('D8')).toBe('+63 2 8123 4567');
    expect(cell('G5')).toBe('45000');
    expect(cell('F6')).toBe('');
    expect(cell('F13')).toBe('1850s');
  });

  it('decodes Windows-1252 (Excel on Windows) when the bytes are not UTF-8', async () => {
    const emulator = fresh();
    const file = writeWindows1252Csv(dir);
    expect(readFileSync(file.path).includes(Buffer.from('Niño'))).toBe(false);
    await importFilePath(emulator, file.path);
    expect(emulator.sheetValues('kliyente-excel')).toEqual(file.rows);
    expect(emulator.sheetValues('kliyente-excel')[3]?.[0]).toBe('Señor Pedro’s Lechon');
  });

  it('detects semicolons and tabs, and reads quotes, CRLF and UTF-16 as Excel writes them', async () => {
    const emulator = fresh();
    const semicolons = 'Pangalan;Halaga;Tala\r\n"Dela Cruz; Inc.";45.000,50;"sabi niya ""oo"""\r\n';
    await importFile(emulator, 'europe.csv', Buffer.from(semicolons, 'utf8'));
    expect(emulator.sheetValues('europe')).toEqual([
      ['Pangalan', 'Halaga', 'Tala'],
      ['Dela Cruz; Inc.', '45.000,50', 'sabi niya "oo"'],
    ]);
    const tabs = 'Pangalan\tTelepono\r\nNiño, Inc.\t007\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabs, 'utf16le')]);
    await importFile(emulator, 'unicode.txt', utf16);
    expect(emulator.sheetValues('unicode')).toEqual([
      ['Pangalan', 'Telepono'],
      ['Niño, Inc.', '007'],
    ]);
  });

  it('reads two years of invoices: day-first dates, a repeated header, subtotals and a total', async () => {
    const emulator = fresh();
    const invoices = writeInvoicesCsv(
      dir,
      csv.clients.map((client) => client.name),
    );
    await importFilePath(emulator, invoices.path);
    expect(emulator.sheetValues('invoices-2025-2026')).toEqual(invoices.rows);
    const header = invoices.rows[0];
    expect(header).toEqual(['Invoice no.', 'Petsa', 'Customer', 'Halaga (PHP)', 'Due date', 'Date paid']);
    expect(invoices.skipped.header.map((line) => invoices.rows[line - 1])).toEqual([header, header]);
    expect(invoices.skipped.subtotal.map((line) => invoices.rows[line - 1]?.[0])).toEqual([
      'Subtotal 2024',
      'Subtotal 2025',
      'Subtotal 2026',
    ]);
    // The fixture itself: 24 months, day-first dates that only read one way, some unpaid.
    const facts = invoices.invoices;
    expect(facts[0]?.date.slice(0, 7)).toBe('2024-12');
    expect(facts.at(-1)?.date.slice(0, 7)).toBe('2026-11');
    expect(facts.some((invoice) => Number(invoice.date.slice(8)) > 12)).toBe(true);
    expect(facts.filter((invoice) => invoice.paid === null).length).toBeGreaterThan(3);
    expect(invoices.rows.at(-1)?.[0]).toBe('Grand total');
    expect(
      writeInvoicesCsv(
        dir,
        csv.clients.map((client) => client.name),
      ).rows,
    ).toEqual(invoices.rows);
  });
});

describe('importing an .xlsx', () => {
  it('inserts each worksheet under its own name, values typed, formats kept, no sheet views', async () => {
    const emulator = fresh();
    expect(await importFilePath(emulator, xlsx.path)).toEqual({
      file: 'listahan.xlsx',
      sheets: ['Mga Kliyente'],
    });
    expect(days(emulator.sheetValues('Mga Kliyente'))).toEqual(days(xlsx.values));
    const display = (a1: string) =>
      emulator.uncounted(() => range(emulator, 'Mga Kliyente', a1).getDisplayValue());
    expect(display('G4')).toBe('₱45,000.00');
    expect(display('G7')).toBe('P 250,000');
    expect(display('G19')).toBe('₱4,790,501.75'); // the SUM's cached result, as a number
    expect(display('B2')).toBe('November 30, 2026');
    expect(display('F4')).toBe('1998');
    expect(emulator.uncounted(() => range(emulator, 'Mga Kliyente', 'G19').getFormula())).toBe('');
    expect(emulator.uncounted(() => range(emulator, 'Mga Kliyente', 'A3').getFontWeight())).toBe('bold');
  });

  it('opens the same file as the workbook through the same reader, keeping the formula', async () => {
    const emulator = fresh();
    await openWorkbookXlsx(emulator, xlsx.path);
    expect(names(emulator)).toEqual(['Mga Kliyente']);
    const values = days(emulator.sheetValues('Mga Kliyente'));
    expect(values.filter((_, r) => r !== 18)).toEqual(days(xlsx.values).filter((_, r) => r !== 18));
    expect(emulator.uncounted(() => range(emulator, 'Mga Kliyente', 'G19').getFormula())).toBe(
      '=SUM(G4:G17)',
    );
    // The merged title sits in its first cell only.
    expect(values[0]?.slice(0, 3)).toEqual(['Listahan ng mga Kliyente — Nobyembre 2026', '', '']);
  });
});

describe('names and refusals', () => {
  it('gives a taken name (in any case) the first free variant', async () => {
    const emulator = fresh();
    await importFilePath(emulator, csv.path);
    expect((await importFilePath(emulator, xlsx.path)).sheets).toEqual(['Mga Kliyente (2)']);
    emulator.uncounted(() => emulator.spreadsheet.insertSheet('MGA KLIYENTE (3)'));
    expect((await importFilePath(emulator, xlsx.path)).sheets).toEqual(['Mga Kliyente (4)']);
    expect(names(emulator)).toEqual([
      'Sheet1',
      'Mga Kliyente',
      'Mga Kliyente (2)',
      'MGA KLIYENTE (3)',
      'Mga Kliyente (4)',
    ]);
  });

  it('refuses an extension it does not read, naming the file, and adds nothing', async () => {
    const emulator = fresh();
    const refused = importFile(emulator, 'C:\\Users\\ana\\Mga Kliyente.pdf', Buffer.from('%PDF-1.7'));
    await expect(refused).rejects.toThrow(ImportRefused);
    await expect(refused).rejects.toThrow(
      "Cannot import 'Mga Kliyente.pdf': only .xlsx, .csv, .tsv and .txt files can be imported.",
    );
    expect(names(emulator)).toEqual(['Sheet1']);
  });

  it('refuses a broken .xlsx, naming it, and leaves no sheet behind', async () => {
    const emulator = fresh();
    await expect(importFile(emulator, 'sira.xlsx', Buffer.from('not a zip file'))).rejects.toThrow(
      /^Cannot import 'sira\.xlsx' as an \.xlsx file: /,
    );
    expect(names(emulator)).toEqual(['Sheet1']);
  });
});

describe('an .xlsx LibreOffice made from the CSVs', () => {
  it('opens with the values LibreOffice turned the text into', async (context) => {
    if (!libreOfficeCommand()) {
      console.warn('Skipping the LibreOffice fixture: neither soffice nor libreoffice is on PATH.');
      context.skip();
    }
    const out = mkdtempSync(join(dir, 'lo-'));
    const written = writeInvoicesCsv(
      dir,
      csv.clients.map((client) => client.name),
    );
    const clients = writeLibreOfficeXlsx(out, csv.path);
    const invoices = writeLibreOfficeXlsx(out, written.path);
    const emulator = fresh();
    expect((await importFilePath(emulator, clients)).sheets).toEqual(['Mga Kliyente']);
    const rows = emulator.sheetValues('Mga Kliyente');
    expect(rows[0]?.[0]).toBe('Listahan ng mga Kliyente — Nobyembre 2026');
    expect(rows[3]).toEqual([
      'Niño Trading',
      'Distribution',
      'NCR',
      '0917 123 4567',
      'orders@ninotrading.ph',
      1998,
      '₱45,000',
      30,
      '',
    ]);
    expect(rows[6]?.[3]).toBe(9171234567); // "09171234567": the phone's leading zero is gone
    expect(rows[6]?.[8]).toBe('http://x'); // the HYPERLINK note became a formula; its result came in
    expect(rows[7]?.[6]).toBe('PHP 1,200,000.50');
    expect(rows[11]?.[6]).toBe(1200000.5);
    expect(rows[18]?.[6]).toBe('₱1,495,000.50');

    expect((await importFilePath(emulator, invoices)).sheets).toEqual(['invoices-2025-2026']);
    const lines = days(emulator.sheetValues('invoices-2025-2026'));
    const shown = emulator.uncounted(() =>
      range(emulator, 'invoices-2025-2026', `B1:B${written.rows.length}`).getDisplayValues(),
    );
    // Day-first dates were read month-first: 09/12/2024 (9 December) became 12 September, shown
    // 09/12/24; a date whose day is over 12 stayed text. Amounts became numbers.
    written.rows.forEach((row, r) => {
      const [d, m, y] = (row[1] ?? '').split('/');
      if (!y) return;
      const monthFirst = Number(d) <= 12;
      expect(lines[r]?.[1], `row ${r + 1}`).toBe(monthFirst ? `${y}-${d}-${m}` : row[1]);
      expect(shown[r]?.[0], `row ${r + 1}`).toBe(monthFirst ? `${d}/${m}/${y?.slice(2)}` : row[1]);
      expect(lines[r]?.[3], `row ${r + 1}`).toBe(Number(row[3]?.replace(/,/g, '')));
    });
  }, 120_000);
});
