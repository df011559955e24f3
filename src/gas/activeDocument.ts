import { activeUserEmail } from './identity';
import { TableStore, type WriteStamp } from './tableStore';

/** The spreadsheet Suki runs in (a container-bound add-on always has one). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The table store of the active spreadsheet: the one way server code reaches Suki's tables. */
export function activeStore(): TableStore {
  return new TableStore(activeSpreadsheet());
}

/** Who is writing now, and when: the stamp every row and audit entry Suki writes carries. */
export function stampNow(by: string = activeUserEmail()): WriteStamp {
  return { at: new Date().toISOString(), by };
}
