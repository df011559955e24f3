/** Small helpers shared by the emulator tests. */
import type { Emulator } from '../../workbench/emulator/index';

/** The value, or a thrown error when it is missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Expected a value');
  return value;
}

/** The first sheet of an emulator's spreadsheet. */
export function firstSheet(em: Emulator): GoogleAppsScript.Spreadsheet.Sheet {
  return must(em.spreadsheet.getSheets()[0]);
}
