/**
 * Reads a Suki workbook exported from Google Sheets (.xlsx) into table records for the backtest. A
 * Suki table's sheet is found by its header row (row 1), in English or Filipino, as Suki finds an
 * untagged column (`matchColumns`; an export keeps no developer metadata, so no column is tagged).
 * Dates may be real dates (ExcelJS reads them as wall-clock times written as UTC), serial numbers or
 * ISO text. An .xlsx keeps no time zone, so a stamp (createdAt, updatedAt) is its wall-clock reading
 * taken as UTC: hours off the spreadsheet's zone, which no figure of the backtest reads.
 */
import type { AnalysisTables } from '../src/core/analysis/inputs';
import { fromCell } from '../src/core/tables/cellCodec';
import { headerMatchesTable, matchColumns } from '../src/core/tables/columnMatching';
import { EVIDENCE_TABLE } from '../src/core/tables/evidenceTable';
import { ALL_TABLES } from '../src/core/tables/registry';
import type { ColumnSpec, RecordValue, TableRecord, TableSpec } from '../src/core/tables/tableSpec';
import { Excel, type ExcelCellValue, type Worksheet } from '../workbench/xlsx/excel';

/** The tables the analyses read. */
const ANALYSIS_KEYS = new Set([
  'clients',
  'orders',
  'claims',
  'contacts',
  'deals',
  'obligations',
  'competitors',
  'campaigns',
  'evidence',
]);

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's serial dates (1899-12-30) in days since 1970-01-01. */
const EXCEL_EPOCH_DAYS = -25_569;
const ISO_START = /^\d{4}-\d{2}-\d{2}/;
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** A cell as a plain value: formulas by their result, rich text and links by their text. */
function plainValue(value: ExcelCellValue | undefined): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plainValue(value.result as ExcelCellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

/** The record value of one cell for `column`: dates as YYYY-MM-DD, numbers typed as text as numbers. */
function recordValue(column: ColumnSpec, cell: unknown): RecordValue {
  if (column.type === 'date') {
    if (typeof cell === 'number' && cell > 0 && cell < 2_958_466)
      return new Date((Math.round(cell) + EXCEL_EPOCH_DAYS) * MS_PER_DAY).toISOString().slice(0, 10);
    if (typeof cell === 'string' && ISO_START.test(cell.trim())) return cell.trim().slice(0, 10);
  }
  const isNumeric = column.type === 'number' || column.type === 'integer' || column.type === 'currency';
  if (isNumeric && typeof cell === 'string' && NUMBER_TEXT.test(cell.trim())) return Number(cell.trim());
  return fromCell(column, cell, 'UTC');
}

/** Row 1 of a worksheet as plain values. */
function headerRow(worksheet: Worksheet): unknown[] {
  const row = worksheet.getRow(1);
  const cells: unknown[] = [];
  for (let c = 1; c <= worksheet.columnCount; c++) cells.push(plainValue(row.getCell(c).value));
  return cells;
}

/** The records under the header of `worksheet`, by the column positions found; blank rows skipped. */
function readRecords(worksheet: Worksheet, table: TableSpec, positions: ReadonlyMap<string, number>) {
  const records: TableRecord[] = [];
  const columns = table.columns.filter((c) => positions.has(c.key));
  for (let r = 2; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const record: TableRecord = {};
    let blank = true;
    for (const column of columns) {
      const value = recordValue(column, plainValue(row.getCell(positions.get(column.key) as number).value));
      record[column.key] = value;
      if (value !== null) blank = false;
    }
    if (!blank) records.push(record);
  }
  return records;
}

/** Each table's sheet: the best-matching header wins, one table per sheet. */
function assignSheets(worksheets: readonly Worksheet[], tables: readonly TableSpec[]) {
  const candidates: { table: TableSpec; sheet: Worksheet; share: number; order: number }[] = [];
  worksheets.forEach((sheet, order) => {
    const header = headerRow(sheet);
    for (const table of tables) {
      if (!headerMatchesTable(table, header)) continue;
      const { positions } = matchColumns(table, [], header);
      candidates.push({ table, sheet, share: positions.size / table.columns.length, order });
    }
  });
  candidates.sort((a, b) => b.share - a.share || a.order - b.order);
  const found = new Map<TableSpec, Worksheet>();
  const used = new Set<Worksheet>();
  for (const { table, sheet } of candidates) {
    if (found.has(table) || used.has(sheet)) continue;
    found.set(table, sheet);
    used.add(sheet);
  }
  return found;
}

/** Reads the Suki tables of an .xlsx file; throws when the file cannot be read or has no orders. */
export async function readSukiXlsx(path: string): Promise<AnalysisTables> {
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  const specs = [...ALL_TABLES, EVIDENCE_TABLE].filter(
    (t, i, all) => ANALYSIS_KEYS.has(t.key) && all.findIndex((o) => o.key === t.key) === i,
  );
  const tables: Record<string, TableRecord[]> = {};
  for (const [table, sheet] of assignSheets(workbook.worksheets, specs)) {
    const { positions } = matchColumns(table, [], headerRow(sheet));
    tables[table.key] = readRecords(sheet, table, positions);
  }
  if (!tables.orders) throw new Error(`${path}: no sheet has the Orders table's header row`);
  return tables as AnalysisTables;
}
