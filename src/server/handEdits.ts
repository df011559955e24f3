import { tableByKey } from '../core/tables/registry';
import type { TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { withDocumentLock } from '../gas/documentLock';
import { activeUserEmail } from '../gas/identity';
import { tableKeyOfSheet } from '../gas/tableLocator';
import { TableStore } from '../gas/tableStore';

const STAMP_KEYS = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'archivedAt']);
const HAND_EDIT_LOCK_WAIT_MS = 3_000;

/**
 * Simple trigger: a person edited cells by hand. Inside a Suki table, stamp the edited rows as
 * updated now (by whom, when Google tells us) and log single-cell changes to the audit log. Sheets
 * never fires this for a script's writes. It must never break the person's edit, so any failure is
 * logged and swallowed.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  try {
    recordHandEdit(e);
  } catch (error) {
    console.error('Suki could not stamp a hand edit', error);
  }
}

function recordHandEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const table = tableByKey(tableKeyOfSheet(sheet) ?? '');
  if (!table || table === AUDIT_LOG_TABLE) return;
  // A short wait: a simple trigger has 30 s, and a missed stamp is better than a broken edit.
  withDocumentLock(() => stampAndLog(e, table), HAND_EDIT_LOCK_WAIT_MS);
}

function stampAndLog(e: GoogleAppsScript.Events.SheetsOnEdit, table: TableSpec): void {
  const range = e.range;
  const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
  const located = store.locate(table);
  const firstRow = Math.max(2, range.getRow());
  // A whole column selected and cleared reaches the sheet's end; only rows with content matter.
  const lastRow = Math.min(range.getLastRow(), located.lastRow);
  if (lastRow < firstRow) return;
  const editedKeys = [...located.columns.positions]
    .filter(([, position]) => position >= range.getColumn() && position <= range.getLastColumn())
    .map(([key]) => key);
  if (editedKeys.every((key) => STAMP_KEYS.has(key))) return;

  const who = e.user?.getEmail?.() || activeUserEmail();
  const stamp = { at: new Date().toISOString(), by: who };
  const rows = store.stampRows(table, firstRow, lastRow, stamp, located);
  const single = rows.length === 1 && editedKeys.length === 1 && range.getNumColumns() === 1;
  const edited = rows[0];
  if (!single || !edited) return;
  store.append(
    AUDIT_LOG_TABLE,
    {
      at: stamp.at,
      who,
      action: 'handEdit',
      table: table.key,
      recordId: edited.record.id ?? null,
      field: editedKeys[0] ?? null,
      before: e.oldValue === undefined ? null : String(e.oldValue),
      after: e.value === undefined ? null : String(e.value),
    },
    stamp,
  );
}
