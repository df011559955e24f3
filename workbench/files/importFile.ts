/**
 * File › Import › "Insert new sheet(s)" for the workbench (`npm start -- --import <file>` and the
 * page's "Import a file…"): a file's content becomes new sheets after the workbook's own. An .xlsx
 * gives one sheet per worksheet, named as in the file; a .csv, .tsv or .txt gives one sheet named
 * after the file's base name, its cells as text. A taken name gets a free variant (`Clients (2)`).
 * The first new sheet becomes the active one; a file that fails to read leaves no sheet behind.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Emulator } from '../emulator';
import { insertWorksheets, readXlsx } from '../xlsx/importXlsx';
import { insertTextSheet, readCsv } from './csvFile';
import { baseNameOf, sheetNamer } from './sheetNames';

/** A refusal meant for the person importing: the message names the file and what is wrong. */
export class ImportRefused extends Error {}

/** What an import made. */
interface ImportedFile {
  /** The file's name as given (no directory). */
  file: string;
  /** The new sheets, in order. */
  sheets: string[];
}

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes the sheets that were not there before (an import that failed half-way). */
function removeNewSheets(emulator: Emulator, before: ReadonlySet<number>): void {
  emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    for (const sheet of spreadsheet.getSheets())
      if (!before.has(sheet.getSheetId())) spreadsheet.deleteSheet(sheet);
  });
}

/**
 * Inserts the content of a file called `fileName` (the extension decides how it is read) as new
 * sheets. Throws ImportRefused for an extension it does not read or content it cannot read.
 */
export async function importFile(
  emulator: Emulator,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportedFile> {
  const file = fileName.split(/[\\/]/).pop() ?? fileName;
  const extension = extname(file).toLowerCase();
  if (extension !== '.xlsx' && !TEXT_EXTENSIONS.has(extension)) {
    throw new ImportRefused(
      `Cannot import '${file}': only .xlsx, .csv, .tsv and .txt files can be imported.`,
    );
  }
  const before = new Set(
    emulator.uncounted(() => emulator.spreadsheet.getSheets().map((s) => s.getSheetId())),
  );
  const nameFor = sheetNamer(emulator);
  let sheets: string[];
  try {
    if (extension === '.xlsx') {
      const workbook = await readXlsx(bytes);
      if (workbook.worksheets.length === 0) throw new Error('it holds no sheets.');
      sheets = insertWorksheets(emulator, workbook, nameFor);
    } else {
      sheets = [insertTextSheet(emulator, nameFor(baseNameOf(file)), readCsv(bytes).rows)];
    }
  } catch (error) {
    removeNewSheets(emulator, before);
    const kind = extension === '.xlsx' ? 'an .xlsx file' : 'a text file';
    throw new ImportRefused(`Cannot import '${file}' as ${kind}: ${message(error)}`);
  }
  emulator.uncounted(() => {
    const spreadsheet = emulator.spreadsheet;
    const shown = sheets.map((name) => spreadsheet.getSheetByName(name)).find((s) => s && !s.isSheetHidden());
    shown?.activate();
  });
  return { file, sheets };
}

/** importFile for a file on disk (its base name names it). */
export async function importFilePath(emulator: Emulator, path: string): Promise<ImportedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ImportRefused(`Cannot import '${path}': ${message(error)}`);
  }
  return importFile(emulator, basename(path), bytes);
}

/** What the person is told: `Imported 'list.xlsx' as sheet 'Clients (2)'. Run Suki › Import a list…` */
export function importedMessage({ file, sheets }: ImportedFile): string {
  const quoted = sheets.map((name) => `'${name}'`);
  const list =
    quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
  const what = sheets.length === 1 ? `sheet ${list}` : `sheets ${list}`;
  const rows = sheets.length === 1 ? 'its rows' : 'their rows';
  return `Imported '${file}' as ${what}. Run Suki › Import a list… to bring ${rows} into a table.`;
}
