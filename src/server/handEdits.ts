import { type AuditEntry, auditValue, fieldEntry } from '../core/tables/auditEntries';
import { tableByKey } from '../core/tables/registry';
import type { TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { activeStore, stampNow } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { isAuthModeNone } from '../gas/authMode';
import { withDocumentLock } from '../gas/documentLock';
import { activeUserEmail } from '../gas/identity';
import { tableKeyOfSheet } from '../gas/tableIdentity';
import { PlaceCache } from '../gas/tablePlaceCache';
import type { StoredRecord } from '../gas/tableReader';
import type { WriteStamp } from '../gas/tableStore';
import { identify } from './callers';
import { afterTeamChange } from './teamChanges';

const HAND_EDIT_LOCK_WAIT_MS = 3_000;

/**
 * Simple trigger: a person edited cells by hand. Inside a Suki table, every edited cell of Suki's
 * columns is logged to the audit log (stamp and archive columns included: clearing "archived at"
 * un-archives a record, and that must leave a trace), then the edited rows are stamped as updated
 * now (by whom, when Google tells us). Sheets never fires this for a script's writes. It must never
 * break the person's edit, so any failure is logged and swallowed. Under AuthMode.NONE (the add-on
 * is installed but not yet used in this document) no document data may be touched: it does nothing.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  if (isAuthModeNone(e.authMode)) return;
  try {
    recordHandEdit(e);
  } catch (error) {
    console.error('Suki could not record a hand edit', error);
  }
}

function recordHandEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  // Which table the sheet holds: the remembered places answer in one cache read (checked inside the
  // lock: the table must be located on this very sheet); else the sheet's own metadata.
  const sheetId = sheet.getSheetId();
  const hinted = tableByKey(tableHintOf(sheetId) ?? '');
  const table = hinted ?? tableByKey(tableKeyOfSheet(sheet) ?? '');
  if (!table || table === AUDIT_LOG_TABLE) return;
  // A short wait: a simple trigger has 30 s, and a missed stamp is better than a broken edit. The
  // writes stand even if cut off: they describe an edit that happened whatever Suki does.
  try {
    withDocumentLock(() => logAndStamp(e, table, hinted ? sheetId : null), {
      waitMs: HAND_EDIT_LOCK_WAIT_MS,
      undoOnFailure: false,
    });
  } finally {
    // A role or an absence typed by hand, logged or not: marked as a team change; the protections follow.
    afterTeamChange(table);
  }
}

/** The table the remembered places put on sheet `sheetId`, or null (the cache may refuse: then no hint). */
function tableHintOf(sheetId: number): string | null {
  try {
    return new PlaceCache().tableOnSheet(sheetId);
  } catch (error) {
    console.warn('Suki could not read the remembered table places', error);
    return null;
  }
}

/** Where an edit is, from one call (its A1 notation); the range's own getters for a whole row or column. */
function editedArea(range: GoogleAppsScript.Spreadsheet.Range) {
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.getA1Notation());
  if (!cells) {
    const [row, column] = [range.getRow(), range.getColumn()];
    return { row, column, lastRow: range.getLastRow(), lastColumn: range.getLastColumn() };
  }
  const [, firstLetters = 'A', firstRow = '1', lastLetters, lastRow] = cells;
  const [row, column] = [Number(firstRow), columnNumber(firstLetters)];
  return lastLetters && lastRow
    ? { row, column, lastRow: Number(lastRow), lastColumn: columnNumber(lastLetters) }
    : { row, column, lastRow: row, lastColumn: column };
}

/** 'A' → 1, 'AB' → 28. */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** More rows than this (a column cleared whole), and the edit is cut to the sheet's last row with content (one call) before reading. */
const ROWS_READ_UNCUT = 100;

function logAndStamp(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  hinted: TableSpec,
  onSheet: number | null,
): void {
  const store = activeStore();
  let table = hinted;
  let located = store.locate(table);
  if (onSheet !== null && located.sheetId !== onSheet) {
    // The remembered place was another sheet's: the sheet's metadata decides, as without the hint.
    const tagged = tableByKey(tableKeyOfSheet(e.range.getSheet()) ?? '');
    if (!tagged || tagged === AUDIT_LOG_TABLE) return;
    table = tagged;
    located = store.locate(table);
  }
  const area = editedArea(e.range);
  const firstRow = Math.max(2, area.row);
  // A whole column selected and cleared reaches the sheet's end; only rows with content matter.
  const lastRow =
    area.lastRow - firstRow < ROWS_READ_UNCUT ? area.lastRow : Math.min(area.lastRow, located.lastRow);
  if (lastRow < firstRow) return;
  const editedKeys = [...located.columns.positions]
    .filter(([, position]) => position >= area.column && position <= area.lastColumn)
    .sort((a, b) => a[1] - b[1])
    .map(([key]) => key);
  if (editedKeys.length === 0) return;

  // Rows below the table's last one with content (a cell cleared there) are not the table's: cut.
  // Rows cleared inside the table read blank too, so the sheet's last row decides (asked only then).
  const read = store.readRows(table, firstRow, lastRow, located);
  const blank = (index: number) => Object.values(read[index]?.record ?? {}).every((value) => value === null);
  const kept = blank(read.length - 1) ? Math.min(read.length, located.lastRow - firstRow + 1) : read.length;
  if (kept <= 0) return;
  const rows = read.slice(0, kept);
  const stamp = handEditStamp(e);
  const single = area.row === area.lastRow && area.column === area.lastColumn;
  // Logged before stamping: if the execution ends in between, the change is on the record.
  appendAudit(store, handEditEntries(e, table, rows, editedKeys, single, stamp), stamp);
  store.stampRows(table, firstRow, firstRow + kept - 1, stamp, located, rows);
}

/**
 * Who made a hand edit: the editor Google names; else the e-mail the person gave Suki (marked
 * unverified); else nobody known, which the audit log says in so many words: never anonymous.
 */
function handEditStamp(e: GoogleAppsScript.Events.SheetsOnEdit): WriteStamp {
  const named = e.user?.getEmail?.() || activeUserEmail();
  if (named) return stampNow(named);
  const declared = identify('person');
  const stamp = stampNow(declared.email);
  return { ...stamp, as: declared.email ? 'unverified' : 'e-mail hidden by Google' };
}

/**
 * The audit entries of one hand edit. A single cell is logged with its value before and after (as
 * Google reports them); a paste or a cleared block, whose earlier values Google does not report, is
 * logged as one `handPaste` entry per edited row holding what the row's edited cells hold now.
 */
function handEditEntries(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  table: TableSpec,
  rows: readonly StoredRecord[],
  editedKeys: readonly string[],
  single: boolean,
  stamp: WriteStamp,
): AuditEntry[] {
  const [edited] = rows;
  if (single && edited) {
    const field = editedKeys[0] ?? '';
    const change = { before: e.oldValue ?? null, after: e.value ?? edited.record[field] ?? null };
    return [fieldEntry('handEdit', table.key, auditValue(edited.record.id), field, change, stamp)];
  }
  return rows.map(({ record }) => {
    const after = JSON.stringify(Object.fromEntries(editedKeys.map((key) => [key, record[key] ?? null])));
    return fieldEntry(
      'handPaste',
      table.key,
      auditValue(record.id),
      editedKeys.join(', '),
      { before: null, after },
      stamp,
    );
  });
}
