/**
 * The base of every Range: its context, rectangle and A1 shape, and the helpers both halves of
 * FakeRange use. A leaf module (it imports no other fake), so FormattedRange (rangeFormat.ts) and
 * FakeRange (range.ts) can extend it whichever module is loaded first, and modules that only need
 * a range's rectangle (`rectOf`) do not import range.ts.
 */
import { asGas, type EmulatorContext } from './context';
import { type Rect, type SheetModel, sheetById } from './model';

type Range = GoogleAppsScript.Spreadsheet.Range;
/** How a range was named: whole columns ('B:D') and whole rows ('2:5') keep that form in A1. */
export type Shape = 'columns' | 'rows' | undefined;

function dimensionError(what: 'rows' | 'columns', data: number, range: number): Error {
  return new Error(
    `The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** Throws Apps Script's messages when a 2-D array does not fit the range. */
export function assertShape(values: unknown, numRows: number, numColumns: number, method: string): void {
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
    throw new Error(
      `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (values.length !== numRows) throw dimensionError('rows', values.length, numRows);
  for (const row of values as unknown[][]) {
    if (row.length !== numColumns) throw dimensionError('columns', row.length, numColumns);
  }
}

/** A range's state: which rectangle of which sheet, named in which shape. */
export abstract class RangeBase {
  constructor(
    protected readonly ctx: EmulatorContext,
    readonly rect: Rect,
    readonly shape: Shape,
  ) {}

  protected sheet(): SheetModel {
    return sheetById(this.ctx.book, this.rect.sheetId);
  }
  protected self(): Range {
    return asGas(this);
  }
  protected each<T>(fn: (row: number, column: number, i: number, j: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = [];
    for (let i = 0; i < numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < numColumns; j++) line.push(fn(row + i, column + j, i, j));
      out.push(line);
    }
    return out;
  }
}

/** The rectangle of a Range made by this emulator. */
export function rectOf(range: unknown): Rect {
  if (!(range instanceof RangeBase)) throw new Error('The range does not belong to this spreadsheet.');
  return { ...range.rect };
}
