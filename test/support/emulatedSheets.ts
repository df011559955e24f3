/**
 * Test helpers: a fresh emulator installed as the Apps Script globals, so src/server and src/gas
 * run in-process exactly as they would in Apps Script, and small readers for asserting on sheets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCALES, translate, translatorFor } from '../../src/core/i18n/translate';
import { choiceKeyOf } from '../../src/core/tables/choiceCaptions';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { columnOf, type TableSpec } from '../../src/core/tables/tableSpec';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../workbench/emulator';

const dist = resolve(import.meta.dirname, '../../dist');

/** The built page `name` (dist/<name>.html), when the build has run. */
const english = translatorFor('en');

export function distHtml(name: string): string | undefined {
  const path = join(dist, `${name}.html`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A new emulated spreadsheet whose services are the globals src/ sees. */
export function useEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({ htmlFiles: distHtml, ...options });
  // Node's console stays: the emulator's collects lines, which would hide a failing test's output.
  const { console: _emulatedConsole, ...services } = emulator.globals;
  Object.assign(globalThis, services);
  return emulator;
}

/**
 * A table's rows below the header, keyed by column key (English headers; blank rows left out): the
 * cells as getValues returns them, except choices, read as their stable keys (cells show captions).
 */
export function tableRows(emulator: Emulator, tableKey: string): Record<string, unknown>[] {
  const table = ALL_TABLES.find((candidate) => candidate.key === tableKey);
  if (!table) throw new Error(`no table ${tableKey}`);
  const [header = [], ...rows] = emulator.sheetValues(english(table.sheetLabel));
  const keyOf = table.columns.map((column) => [header.indexOf(english(column.label)), column.key] as const);
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) =>
      Object.fromEntries(keyOf.map(([index, key]) => [key, choiceAsKey(table, key, row[index])])),
    );
}

/** A choice cell's stable key (its caption in any language read back); any other cell as it is. */
function choiceAsKey(table: TableSpec, key: string, cell: unknown): unknown {
  const column = columnOf(table, key);
  return column.type === 'choice' && typeof cell === 'string' && cell !== ''
    ? (choiceKeyOf(column, cell) ?? cell)
    : cell;
}

/**
 * The rows of a sheet below its header, as objects keyed by header text (uncounted). On a table's
 * sheet (named in any language), a choice column reads as its stable keys, as the store reads it:
 * what the row says, whichever language the workbook writes its captions in.
 */
export function rowsByHeader(emulator: Emulator, sheetName: string): Record<string, unknown>[] {
  const [header = [], ...rows] = emulator.sheetValues(sheetName);
  const table = ALL_TABLES.find((candidate) =>
    LOCALES.some((locale) => translate(locale, candidate.sheetLabel) === sheetName),
  );
  const columnAt = header.map((label) =>
    table?.columns.find((column) => LOCALES.some((locale) => translate(locale, column.label) === label)),
  );
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) =>
      Object.fromEntries(
        header.map((label, i) => {
          const column = columnAt[i];
          return [String(label), column ? choiceAsKey(table as TableSpec, column.key, row[i]) : row[i]];
        }),
      ),
    );
}

/** Writes `count` clients straight into the sheet (uncounted), as if typed over the years. */
export function seedClients(emulator: Emulator, count: number): void {
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
    const width = CLIENTS_TABLE.columns.length;
    // Leave spare rows, as Sheets does: growing a full sheet is a separate, one-off cost.
    if (sheet.getMaxRows() < count + 100)
      sheet.insertRowsAfter(sheet.getMaxRows(), count + 100 - sheet.getMaxRows());
    const rows = Array.from({ length: count }, (_, i) => {
      const row: unknown[] = new Array(width).fill('');
      row[0] = `C-${String(i + 1).padStart(6, '0')}`;
      row[1] = `Seeded client ${i + 1}`;
      row[2] = 'active';
      return row;
    });
    sheet.getRange(2, 1, count, width).setValues(rows);
  });
}
