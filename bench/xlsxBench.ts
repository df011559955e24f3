/**
 * The workbench's .xlsx (workbench/xlsx): how long saving a seeded workbook takes and how long
 * opening the file again takes, on the wall clock (workbench/xlsx reads and writes the file itself, uncounted: no service call).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../workbench/emulator';
import { saveWorkbookXlsx } from '../workbench/xlsx/exportXlsx';
import { openWorkbookXlsx } from '../workbench/xlsx/importXlsx';

/** Seconds to save and to open, and the file's size. */
export interface XlsxTimes {
  readonly saveSeconds: number;
  readonly openSeconds: number;
  readonly megabytes: number;
  readonly sheets: number;
}

/** Saves `emulator`'s workbook to a temporary .xlsx, opens it in a fresh emulator, and times both. */
export async function timeXlsx(emulator: Emulator): Promise<XlsxTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'suki-bench-xlsx-'));
  const path = join(dir, 'workbook.xlsx');
  try {
    let started = performance.now();
    await saveWorkbookXlsx(emulator, path);
    const saveSeconds = (performance.now() - started) / 1000;
    const megabytes = statSync(path).size / 2 ** 20;
    const reopened = createEmulator({ timeZone: 'Asia/Manila', spreadsheetLocale: 'en_PH' });
    started = performance.now();
    await openWorkbookXlsx(reopened, path);
    const openSeconds = (performance.now() - started) / 1000;
    const sheets = reopened.uncounted(() => reopened.spreadsheet.getNumSheets());
    return { saveSeconds, openSeconds, megabytes, sheets };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
