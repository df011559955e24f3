/**
 * How a locate reads a sheet's place: its header row, and its bounds only when asked (see
 * tableLocator.ts), and the located table built from them.
 */
import type { LocatedTable } from './tableLocator';
import { headerTexts } from './tablePlaceCache';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a locate reads of a sheet: its header row and bounds (and, read whole, its rows). */
export type SheetPlace = Pick<LocatedTable, 'headerRow' | 'lastRow' | 'lastColumn' | 'block'>;

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Row 1 of each sheet as its last locate asked for it. A range keeps the width the sheet had then:
 * a locate asks again (it must see every column), a check before a write may reuse it (a column
 * inserted inside it shifts what it reads, which is what the check looks for).
 */
const headerRanges = new WeakMap<Sheet, Range>();

/** Row 1 of `sheet`, whole, asked of Sheets afresh (and kept for headerRange). */
function freshHeaderRange(sheet: Sheet): Range {
  const range = sheet.getRange('1:1');
  headerRanges.set(sheet, range);
  return range;
}

/** Row 1 of `sheet` as its last locate in this execution asked for it, else asked now. */
export function headerRange(sheet: Sheet): Range {
  return headerRanges.get(sheet) ?? freshHeaderRange(sheet);
}

/**
 * A sheet's header row, read in one call with row 1 whole (as wide as the sheet, trailing blanks
 * cut), and its last row and column with content, each asked of Sheets only when first used: a
 * read-only search needs neither (it searches the open-ended column), an append needs the last row.
 */
export function readPlace(sheet: Sheet): SheetPlace {
  const row = freshHeaderRange(sheet).getValues()[0] ?? [];
  let width = row.length;
  while (width > 0 && String(row[width - 1] ?? '') === '') width -= 1;
  const headerRow = row.slice(0, width);
  let lastRow: number | undefined;
  let lastColumn: number | undefined;
  return {
    headerRow,
    get lastRow() {
      lastRow ??= sheet.getLastRow();
      return lastRow;
    },
    get lastColumn() {
      lastColumn ??= sheet.getLastColumn();
      return lastColumn;
    },
  };
}

/**
 * A small table's sheet read whole in one call, its header row and the rows below it together:
 * where a header read and a data read would make two.
 */
export function readWholePlace(sheet: Sheet): SheetPlace {
  const values = sheet.getDataRange().getValues();
  const headerRow = values[0] ?? [];
  return { headerRow, lastRow: values.length, lastColumn: headerRow.length, block: values.slice(1) };
}

/** A located table whose bounds are `place`'s (its getters stay lazy: a spread would call them). */
export function withPlace(place: SheetPlace, rest: Omit<LocatedTable, keyof SheetPlace>): LocatedTable {
  const block = place.block ? { block: place.block } : {};
  return Object.defineProperties(
    { ...rest, headerRow: place.headerRow, ...block },
    {
      lastRow: { get: () => place.lastRow, enumerable: true },
      lastColumn: { get: () => place.lastColumn, enumerable: true },
    },
  ) as LocatedTable;
}

/** `located` with its last row now `lastRow` (after an append this store made). */
export function withLastRow(located: LocatedTable, lastRow: number): LocatedTable {
  const place: SheetPlace = {
    headerRow: located.headerRow,
    lastRow,
    get lastColumn() {
      return located.lastColumn;
    },
  };
  const { sheet, sheetId, columns, headerInPlace } = located;
  return withPlace(place, { sheet, sheetId, columns, headerInPlace });
}

/** A header row's texts without trailing blanks, as a remembered place keeps and compares them. */
export function trimmedTexts(row: readonly unknown[]): string[] {
  const texts = headerTexts(row);
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}
