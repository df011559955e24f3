import { tableByKey } from '../core/tables/registry';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { activeUserEmail } from '../gas/identity';
import { tableKeyOfSheet } from '../gas/tableLocator';
import { TableStore } from '../gas/tableStore';

const STAMP_KEYS = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

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
  const firstRow = Math.max(2, range.getRow());
  const lastRow = range.getLastRow();
  if (lastRow < firstRow) return;

  const store = new TableStore(SpreadsheetApp.getActiveSpreadsheet());
  const located = store.locate(table);
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
