/**
 * Structural edits: inserting, deleting and moving rows or columns, and sorting. Each is one index
 * map applied to every layer of the sheet and to everything in the book that points into it
 * (metadata, protections, named ranges, conditional formats, charts, selection).
 */
import { deleteMap, type IndexMap, insertMap, mapSpan, moveMap, remapArray } from './grid';
import { assertCellBudget, type BookModel, type Content, Formula, type Rect, type SheetModel } from './model';

/** Rows or columns. */
export type Dimension = 'ROW' | 'COLUMN';

function maxOf(sheet: SheetModel, dim: Dimension): number {
  return dim === 'ROW' ? sheet.maxRows : sheet.maxColumns;
}

function remapDimension(
  book: BookModel,
  sheet: SheetModel,
  dim: Dimension,
  map: IndexMap,
  newMax: number,
): void {
  for (const layer of [sheet.content, sheet.formats, sheet.notes, sheet.validations, sheet.styles]) {
    if (dim === 'ROW') layer.remapRows(map);
    else layer.remapColumns(map);
  }
  if (dim === 'COLUMN') {
    sheet.columnWidths = remapArray(sheet.columnWidths, map);
    sheet.hiddenColumns = remapArray(sheet.hiddenColumns, map);
  }
  // Metadata on a deleted row or column is deleted with it, as in Sheets.
  book.metadata = book.metadata.filter((md) => {
    if (md.sheetId !== sheet.id || md.type !== dim) return true;
    const span = mapSpan(md.start, md.count, map);
    if (!span) return false;
    md.start = span.start;
    md.count = span.count;
    return true;
  });
  const keep = (rect: Rect): boolean => {
    if (rect.sheetId !== sheet.id) return true;
    const span =
      dim === 'ROW' ? mapSpan(rect.row, rect.numRows, map) : mapSpan(rect.column, rect.numColumns, map);
    if (!span) return false;
    if (dim === 'ROW') {
      rect.row = span.start;
      rect.numRows = span.count;
    } else {
      rect.column = span.start;
      rect.numColumns = span.count;
    }
    return true;
  };
  if (dim === 'ROW') sheet.maxRows = newMax;
  else sheet.maxColumns = newMax;
  book.protections = book.protections.filter((p) => {
    p.unprotected = p.unprotected.filter(keep);
    if (p.type === 'SHEET' && p.rect.sheetId === sheet.id) {
      p.rect = { sheetId: sheet.id, row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
      return true;
    }
    return keep(p.rect);
  });
  for (const [name, rect] of book.namedRanges) if (!keep(rect)) book.namedRanges.delete(name);
  sheet.conditional = sheet.conditional.filter((rule) => {
    rule.ranges = rule.ranges.filter(keep);
    return rule.ranges.length > 0;
  });
  for (const s of book.sheets) for (const chart of s.charts) chart.ranges = chart.ranges.filter(keep);
  if (book.selection && !keep(book.selection)) book.selection = undefined;
  const frozen = dim === 'ROW' ? sheet.frozenRows : sheet.frozenColumns;
  let newFrozen = 0;
  for (let i = 1; i <= frozen; i++) newFrozen = Math.max(newFrozen, map(i));
  if (dim === 'ROW') sheet.frozenRows = newFrozen;
  else sheet.frozenColumns = newFrozen;
}

/**
 * Inserts `count` blank rows or columns before `before` (1 ≤ before ≤ max + 1). The new lines
 * carry no number format, style or validation: Google's reference for insertRows…/insertColumns…
 * does not say they inherit a neighbour's, so the emulator takes the stricter choice, which
 * breaks code that expects set-up's formats (e.g. plain text) to reach rows added later.
 */
export function insertLines(
  book: BookModel,
  sheet: SheetModel,
  dim: Dimension,
  before: number,
  count: number,
): void {
  const max = maxOf(sheet, dim);
  if (!Number.isInteger(before) || before < 1 || before > max + 1 || count < 1) {
    throw new Error(dim === 'ROW' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
  }
  assertCellBudget(book, count * (dim === 'ROW' ? sheet.maxColumns : sheet.maxRows));
  remapDimension(book, sheet, dim, insertMap(before, count), max + count);
}

/** Deletes `count` rows or columns starting at `start`. */
export function deleteLines(
  book: BookModel,
  sheet: SheetModel,
  dim: Dimension,
  start: number,
  count: number,
): void {
  const max = maxOf(sheet, dim);
  if (!Number.isInteger(start) || start < 1 || count < 1 || start + count - 1 > max) {
    throw new Error(dim === 'ROW' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
  }
  const frozen = dim === 'ROW' ? sheet.frozenRows : sheet.frozenColumns;
  if (count >= max || (start > frozen && count >= max - frozen)) {
    throw new Error(
      `Sorry, it is not possible to delete all non-frozen ${dim === 'ROW' ? 'rows' : 'columns'}.`,
    );
  }
  remapDimension(book, sheet, dim, deleteMap(start, count), max - count);
}

/** Moves rows or columns [start, start+count) before old index `dest`. */
export function moveLines(
  book: BookModel,
  sheet: SheetModel,
  dim: Dimension,
  start: number,
  count: number,
  dest: number,
): void {
  const max = maxOf(sheet, dim);
  if (dest < 1 || dest > max + 1) {
    throw new Error(dim === 'ROW' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
  }
  remapDimension(book, sheet, dim, moveMap(start, count, dest), max);
}

/** Sheets' ascending order: numbers and dates, then text, then booleans, then errors; blanks always last. */
function rank(value: Content): number {
  if (typeof value === 'number' || Object.prototype.toString.call(value) === '[object Date]') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

function compareContent(a: Content, b: Content): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, 'en', { sensitivity: 'base' });
  if (a instanceof Formula || b instanceof Formula) return 0;
  return Number(a) - Number(b);
}

/** A sort key: 1-based sheet column and direction. */
export interface SortKey {
  column: number;
  ascending: boolean;
}

/**
 * Sorts the rows of `rect` by `keys`, moving every layer of the cells inside the rectangle (values,
 * formats, notes, validation, styles) with their row. Row metadata stays with the row index: a sort
 * moves cell contents, not the rows themselves.
 */
export function sortRows(sheet: SheetModel, rect: Rect, keys: SortKey[]): void {
  const rows: number[] = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) rows.push(r);
  rows.sort((x, y) => {
    for (const key of keys) {
      const a = sheet.content.get(x, key.column);
      const b = sheet.content.get(y, key.column);
      if (a === undefined || b === undefined) {
        if (a !== b) return a === undefined ? 1 : -1;
        continue;
      }
      const cmp = compareContent(a, b);
      if (cmp !== 0) return key.ascending ? cmp : -cmp;
    }
    return 0;
  });
  for (const layer of [sheet.content, sheet.formats, sheet.notes, sheet.validations, sheet.styles]) {
    layer.permuteRows(rect.row, rows, rect.column, rect.numColumns);
  }
}
