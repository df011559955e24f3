import { tableByKey } from '../core/tables/registry';
import type { TableSpec } from '../core/tables/tableSpec';
import { tableKeyOfSheet } from './tableIdentity';
import type { TableStore } from './tableStore';

/** What the person has selected: a data row of a Suki table, and one of its cells' text. */
interface SelectedRow {
  readonly table: TableSpec;
  readonly row: number;
  readonly value: string;
}

/**
 * The Suki table of the selected cell, and the text in column `columnKey(table)` of its row (the
 * record ID, or the client a row belongs to). Null when the selection is not on a data row of a Suki
 * table, or that cell is blank.
 */
export function selectedRow(store: TableStore, columnKey: (table: TableSpec) => string): SelectedRow | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const row = spreadsheet.getActiveRange()?.getRow() ?? 0;
  const table = tableByKey(tableKeyOfSheet(sheet) ?? '');
  if (!table || row < 2) return null;
  const position = store.locate(table).columns.positions.get(columnKey(table));
  if (position === undefined) return null;
  const value = String(sheet.getRange(row, position).getValue()).trim();
  return value ? { table, row, value } : null;
}
