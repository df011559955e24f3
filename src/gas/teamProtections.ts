/**
 * The protections Sheets can enforce, kept in step with the team's roles: the Team and Absences
 * sheets editable by heads only; the audit log, the send log and the columns Suki computes
 * protected with a warning (scripts run as the person, so a manager's Suki must still append to the
 * logs). The send log is what keeps a campaign from mailing anyone twice: a "sent" row deleted by
 * hand could mail that person again, so editing it warns first. Sheets
 * cannot stop an editor typing into another manager's rows: those hand edits are stamped and
 * logged instead (src/server/handEdits.ts). Run by a head (set-up, a team change, a dismissal).
 */
import { KPI_HISTORY_TABLE } from '../core/tables/kpiHistoryTable';
import { ALL_TABLES } from '../core/tables/registry';
import { SEND_LOG_TABLE } from '../core/tables/sendLogTable';
import { isComputedColumn, type TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import { effectiveUserEmail } from './identity';
import { isAmbiguousTableError } from './tableIdentity';
import type { LocatedTable } from './tableLocator';
import type { TableStore } from './tableStore';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADS_ONLY = 'Suki: only the team’s heads edit this sheet';
const WRITTEN_BY_SUKI = 'Suki: written by Suki; edits here are overwritten or unlogged';
/** The logs Suki alone writes, warned on the whole sheet. */
const WARNED_SHEETS: readonly TableSpec[] = [AUDIT_LOG_TABLE, SEND_LOG_TABLE, KPI_HISTORY_TABLE];

/** What the protections need of a table's place: its sheet and where its columns are. */
type TablePlace = Pick<LocatedTable, 'sheet'> & {
  readonly columns: Pick<LocatedTable['columns'], 'positions'>;
};

/** The places set-up has just found, by table key, while it brings the protections in line. */
let knownPlaces: ReadonlyMap<string, TablePlace> | null = null;

/**
 * Runs `work` (set-up's protections) with the tables' places as set-up has just found them, so
 * they are not looked up again; a table not among them is located as usual.
 */
export function withKnownPlaces<T>(places: ReadonlyMap<string, TablePlace>, work: () => T): T {
  const outer = knownPlaces;
  knownPlaces = places;
  try {
    return work();
  } finally {
    knownPlaces = outer;
  }
}

/**
 * Where `table` is, or null while several sheets claim it: every save to it is refused until the
 * person chooses one in set-up, which then protects it; the other tables are protected meanwhile.
 */
function locatedUnlessAmbiguous(store: TableStore, table: TableSpec): TablePlace | null {
  const known = knownPlaces?.get(table.key);
  if (known) return known;
  try {
    return store.locate(table);
  } catch (error) {
    if (isAmbiguousTableError(error)) return null;
    throw error;
  }
}

function sheetProtection(sheet: Sheet): Protection {
  const protectionType = SpreadsheetApp.ProtectionType.SHEET;
  return sheet.getProtections(protectionType)[0] ?? sheet.protect();
}

/** Only `heads` (and the person running this, who must stay able to) may edit the sheet. */
function limitToHeads(sheet: Sheet, heads: readonly string[]): void {
  const protection = sheetProtection(sheet).setDescription(HEADS_ONLY);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  const me = effectiveUserEmail().toLowerCase();
  const keep = [...new Set([...heads, me].filter((email) => email !== ''))];
  protection.addEditors(keep);
  const stale = protection
    .getEditors()
    .map((user) => user.getEmail())
    .filter((email) => email !== '' && !keep.includes(email.toLowerCase()));
  if (stale.length > 0) protection.removeEditors(stale);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** A warning on the whole sheet (the audit log, the send log). */
function warnOnSheet(sheet: Sheet): void {
  const protection = sheetProtection(sheet).setDescription(WRITTEN_BY_SUKI);
  if (!protection.isWarningOnly()) protection.setWarningOnly(true);
}

/**
 * A warning on each column Suki computes. Columns move, so a warning no longer over one is removed
 * where Sheets lets this person (who may remove a warning is not documented: one that stays merely
 * warns over a person's column).
 */
function warnOnComputedColumns(store: TableStore, table: TableSpec): void {
  // The columns Suki computes (a report overwrites them): warned, not locked.
  const computed = table.columns.filter(isComputedColumn);
  if (computed.length === 0) return;
  const located = locatedUnlessAmbiguous(store, table);
  if (!located) return;
  const { sheet } = located;
  const wanted = new Set(
    computed.map((c) => located.columns.positions.get(c.key)).filter((p) => p !== undefined),
  );
  for (const old of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (old.getDescription() !== WRITTEN_BY_SUKI) continue;
    const column = old.getRange().getColumn();
    if (wanted.has(column)) wanted.delete(column);
    else if (old.canEdit()) old.remove();
  }
  for (const position of wanted) {
    sheet
      .getRange(1, position, sheet.getMaxRows(), 1)
      .protect()
      .setDescription(WRITTEN_BY_SUKI)
      .setWarningOnly(true);
  }
}

/** Whether the person running Suki may write the team's own sheets (their protections list them). */
export function headSheetsEditable(store: TableStore): boolean {
  return ALL_TABLES.filter((table) => table.writableBy === 'head').every((table) => {
    const located = locatedUnlessAmbiguous(store, table);
    const protection = located?.sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    return !protection || protection.canEdit();
  });
}

/** Only the heads may edit the team's own sheets (after a change of roles or a dismissal). */
export function protectTeamSheets(store: TableStore, heads: readonly string[]): void {
  for (const table of ALL_TABLES) {
    const located = table.writableBy === 'head' ? locatedUnlessAmbiguous(store, table) : null;
    if (located) limitToHeads(located.sheet, heads);
  }
}

/** Set-up: every Suki protection in line with `heads`, the active heads' e-mails (lower case). */
export function protectForTeam(store: TableStore, heads: readonly string[]): void {
  protectTeamSheets(store, heads);
  for (const table of WARNED_SHEETS) {
    const located = locatedUnlessAmbiguous(store, table);
    if (located) warnOnSheet(located.sheet);
  }
  for (const table of ALL_TABLES) {
    if (table.writableBy !== 'head' && !WARNED_SHEETS.includes(table)) warnOnComputedColumns(store, table);
  }
}
