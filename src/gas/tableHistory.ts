/**
 * The read path of a table's rows over time, for the readers that want all of its history (the
 * analyses and reports, each reading just the columns it uses; the KPI history's trends and growth
 * rate). Today every row is in the table's sheet, so this is the sheet's rows. It is the seam where older history, once it moves out
 * of the spreadsheet to keep under the cell limit (docs/SCALING.md), comes back in, read-only,
 * beside the sheet's rows: the writers never see it, and a single-record read stays on the sheet.
 */
import { type KpiSnapshot, snapshotOf } from '../core/reports/kpiHistory';
import { KPI_HISTORY_TABLE } from '../core/tables/kpiHistoryTable';
import type { TableSpec } from '../core/tables/tableSpec';
import { isTableMissingError } from '../core/userError';
import type { StoredRecord, TableReader } from './tableReader';

/**
 * Every row of `table`'s history: today, its sheet's non-blank rows. With `keys`, only those columns
 * of each row, and rows blank in all of them left out (TableReader.readFields: a read per run of
 * adjacent columns); without, every column (one read, TableReader.readAll). An archive of older
 * rows would answer the same `keys`.
 */
export function readTableHistory(
  reader: TableReader,
  table: TableSpec,
  keys?: readonly string[],
): StoredRecord[] {
  return keys ? reader.readFields(table, keys) : reader.readAll(table);
}

/** The KPI history's snapshots, or null when the workbook was set up before it had one. */
export function readKpiSnapshots(reader: TableReader): KpiSnapshot[] | null {
  try {
    return readTableHistory(reader, KPI_HISTORY_TABLE).flatMap(({ record }) => snapshotOf(record) ?? []);
  } catch (error) {
    if (isTableMissingError(error)) return null;
    throw error;
  }
}
