/** Sheet: naming, size, ranges and structural edits. Carried objects live in sheetObjects.ts. */
import { parseA1 } from './a1';
import { writeCell } from './cellParsing';
import { asGas, type EmulatorContext } from './context';
import { rangeOf, spreadsheetOf } from './handles';
import { assertCellBudget, type Rect, type SheetModel } from './model';
import { assertCanEdit } from './protection';
import { rectOf, type Shape } from './rangeBase';
import { rangeListOf } from './rangeList';
import { copySheet } from './sheetCopy';
import { SheetObjects } from './sheetObjects';
import { type Dimension, deleteLines, insertLines, moveLines, sortRows } from './structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const sheetCache = new WeakMap<SheetModel, Sheet>();

/**
 * Makes (once per sheet, like a stable handle) the counted Sheet object for a sheet model. Other
 * modules call sheetOf (handles.ts), which reaches this through the context.
 */
export function makeSheet(ctx: EmulatorContext, model: SheetModel): Sheet {
  let sheet = sheetCache.get(model);
  if (!sheet) {
    sheet = asGas<Sheet>(ctx.track(new FakeSheet(ctx, model.id), 'Sheet'));
    sheetCache.set(model, sheet);
  }
  return sheet;
}

/** Resolves A1 notation (without sheet prefix) on a sheet to a counted Range. */
export function rangeFromA1(ctx: EmulatorContext, sheet: SheetModel, notation: string): Range {
  const ref = parseA1(notation);
  if (!ref) throw new Error('Range not found');
  const r1 = ref.startRow ?? 1;
  const c1 = ref.startColumn ?? 1;
  const r2 = ref.endRow ?? sheet.maxRows;
  const c2 = ref.endColumn ?? sheet.maxColumns;
  const shape: Shape =
    ref.startRow === undefined ? 'columns' : ref.startColumn === undefined ? 'rows' : undefined;
  const rect = {
    sheetId: sheet.id,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
  return rangeOf(ctx, rect, shape);
}

/**
 * Sheet over a sheet id; operations read the live model so renames and resizes show at once.
 * @forTests Tests patch its prototype to inject faults.
 */
export class FakeSheet
  extends SheetObjects
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'activate'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getRange'
      | 'getRangeList'
      | 'getDataRange'
      | 'getSheetValues'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'insertRowBefore'
      | 'insertRowAfter'
      | 'insertRowsBefore'
      | 'insertRowsAfter'
      | 'insertRows'
      | 'deleteRow'
      | 'deleteRows'
      | 'insertColumnBefore'
      | 'insertColumnAfter'
      | 'insertColumnsBefore'
      | 'insertColumnsAfter'
      | 'insertColumns'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'moveColumns'
      | 'moveRows'
      | 'sort'
      | 'appendRow'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'copyTo'
    >
{
  private lines(dim: Dimension, start: number, count: number): Rect {
    const m = this.model;
    return dim === 'ROW'
      ? { sheetId: m.id, row: start, column: 1, numRows: count, numColumns: m.maxColumns }
      : { sheetId: m.id, row: 1, column: start, numRows: m.maxRows, numColumns: count };
  }
  private insert(dim: Dimension, before: number, count: number): Sheet {
    assertCanEdit(this.ctx, this.whole(), this.ctx.effectiveUser, true);
    insertLines(this.ctx.book, this.model, dim, before, count);
    return this.self();
  }
  private remove(dim: Dimension, start: number, count: number): Sheet {
    assertCanEdit(this.ctx, this.lines(dim, start, count));
    deleteLines(this.ctx.book, this.model, dim, start, count);
    return this.self();
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): Sheet {
    const clash = this.ctx.book.sheets.find(
      (s) => s.id !== this.sheetId && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!name.trim()) throw new Error('Invalid argument: name');
    assertCanEdit(this.ctx, this.whole(), this.ctx.effectiveUser, true);
    this.model.name = name;
    return this.self();
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.ctx.book.sheets.indexOf(this.model) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetOf(this.ctx);
  }
  activate(): Sheet {
    this.ctx.book.activeSheetId = this.sheetId;
    this.ctx.book.selection = { sheetId: this.sheetId, row: 1, column: 1, numRows: 1, numColumns: 1 };
    return this.self();
  }
  getLastRow(): number {
    return this.model.content.lastRow();
  }
  getLastColumn(): number {
    return this.model.content.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return rangeFromA1(this.ctx, this.model, a);
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return rangeOf(this.ctx, {
      sheetId: this.sheetId,
      row: a,
      column,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }
  /** Several ranges of this sheet, by A1 notation, acted on in one call. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return rangeListOf(
      this.ctx,
      a1Notations.map((a1) => rangeFromA1(this.ctx, this.model, a1)),
    );
  }
  getDataRange(): Range {
    const rows = Math.max(1, this.getLastRow());
    const columns = Math.max(1, this.getLastColumn());
    return rangeOf(this.ctx, {
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      numRows: rows,
      numColumns: columns,
    });
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - row + 1 : numRows;
    const columns = numColumns === -1 ? this.getLastColumn() - column + 1 : numColumns;
    return this.getRange(row, column, rows, columns).getValues();
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.model.maxRows) throw new Error('Invalid argument: rows');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.model.maxColumns) throw new Error('Invalid argument: columns');
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  insertRowBefore(before: number): Sheet {
    return this.insert('ROW', before, 1);
  }
  insertRowAfter(after: number): Sheet {
    return this.insert('ROW', after + 1, 1);
  }
  insertRowsBefore(before: number, howMany: number): Sheet {
    return this.insert('ROW', before, howMany);
  }
  insertRowsAfter(after: number, howMany: number): Sheet {
    return this.insert('ROW', after + 1, howMany);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insert('ROW', rowIndex, numRows);
  }
  deleteRow(row: number): Sheet {
    return this.remove('ROW', row, 1);
  }
  deleteRows(row: number, howMany: number): void {
    this.remove('ROW', row, howMany);
  }
  insertColumnBefore(before: number): Sheet {
    return this.insert('COLUMN', before, 1);
  }
  insertColumnAfter(after: number): Sheet {
    return this.insert('COLUMN', after + 1, 1);
  }
  insertColumnsBefore(before: number, howMany: number): Sheet {
    return this.insert('COLUMN', before, howMany);
  }
  insertColumnsAfter(after: number, howMany: number): Sheet {
    return this.insert('COLUMN', after + 1, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insert('COLUMN', columnIndex, numColumns);
  }
  deleteColumn(column: number): Sheet {
    return this.remove('COLUMN', column, 1);
  }
  deleteColumns(column: number, howMany: number): void {
    this.remove('COLUMN', column, howMany);
  }
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    const rect = rectOf(columnSpec);
    assertCanEdit(this.ctx, this.lines('COLUMN', rect.column, rect.numColumns));
    moveLines(this.ctx.book, this.model, 'COLUMN', rect.column, rect.numColumns, destinationIndex);
  }
  moveRows(rowSpec: Range, destinationIndex: number): void {
    const rect = rectOf(rowSpec);
    assertCanEdit(this.ctx, this.lines('ROW', rect.row, rect.numRows));
    moveLines(this.ctx.book, this.model, 'ROW', rect.row, rect.numRows, destinationIndex);
  }
  /** Sorts the rows below the frozen rows by one column, as Sheet.sort does. */
  sort(columnPosition: number, ascending = true): Sheet {
    const m = this.model;
    const first = m.frozenRows + 1;
    const last = this.getLastRow();
    if (last < first) return this.self();
    const rect = { ...this.lines('ROW', first, last - first + 1) };
    assertCanEdit(this.ctx, rect);
    sortRows(m, rect, [{ column: columnPosition, ascending }]);
    return this.self();
  }
  /**
   * Writes after the last row with content, growing the sheet if needed (the new row carries no
   * number format); strings parse as typed unless the cell is plain text.
   */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new Error('Invalid argument: rowContents');
    const m = this.model;
    const row = m.content.lastRow() + 1;
    if (row > m.maxRows) {
      assertCellBudget(this.ctx.book, m.maxColumns);
      m.maxRows = row;
    }
    if (rowContents.length > m.maxColumns) {
      assertCellBudget(this.ctx.book, (rowContents.length - m.maxColumns) * m.maxRows);
      m.maxColumns = rowContents.length;
    }
    assertCanEdit(this.ctx, { sheetId: m.id, row, column: 1, numRows: 1, numColumns: rowContents.length });
    rowContents.forEach((value, j) => {
      writeCell(m, row, j + 1, value, this.ctx.timeZone);
    });
    return this.self();
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this.getRange(1, 1, this.model.maxRows, this.model.maxColumns).clear(options ?? {});
    return this.self();
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  /** Copies this sheet, with its metadata, to the end of `spreadsheet` (this one: there is no other). */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
    if (spreadsheet !== spreadsheetOf(this.ctx)) throw new Error('Invalid argument: spreadsheet');
    return makeSheet(this.ctx, copySheet(this.ctx, this.model, this.ctx.book.sheets.length));
  }
}
