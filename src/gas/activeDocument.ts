import { activeUserEmail } from './identity';
import { TableStore, type WriteStamp } from './tableStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What one execution asked of the spreadsheet once: the spreadsheet itself and its time zone. */
interface ExecutionReads {
  spreadsheet?: Spreadsheet;
  timeZone?: string;
}

let execution: ExecutionReads | null = null;

/**
 * Runs `work` as one execution (an entry point: access.ts), in which the active spreadsheet and its
 * time zone are asked for once, however many stores its steps open. Nested, the outer one holds.
 * Suki never changes the time zone, so reading it once per execution cannot go stale.
 */
export function inExecution<T>(work: () => T): T {
  if (execution) return work();
  execution = {};
  try {
    return work();
  } finally {
    execution = null;
  }
}

/** The spreadsheet Suki runs in (a container-bound add-on always has one). */
export function activeSpreadsheet(): Spreadsheet {
  if (!execution) return SpreadsheetApp.getActiveSpreadsheet();
  execution.spreadsheet ??= SpreadsheetApp.getActiveSpreadsheet();
  return execution.spreadsheet;
}

/** The table store of the active spreadsheet: the one way server code reaches Suki's tables. */
export function activeStore(): TableStore {
  const spreadsheet = activeSpreadsheet();
  if (!execution) return new TableStore(spreadsheet);
  execution.timeZone ??= spreadsheet.getSpreadsheetTimeZone();
  return new TableStore(spreadsheet, execution.timeZone);
}

/** Who is writing now, and when: the stamp every row and audit entry Suki writes carries. */
export function stampNow(by: string = activeUserEmail()): WriteStamp {
  return { at: new Date().toISOString(), by };
}
