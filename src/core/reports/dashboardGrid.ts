/**
 * A sheet's cells as plain matrices while the dashboard is laid out: values, number formats, font
 * colours, weights and fills, so the writer sets each with one call over the whole grid whatever
 * the number of rows. Pure.
 */
import { columnWidthFor, MAX_COLUMN_PX, textWidthPx } from './sheetSizing';

/** A cell's value: text is written as text. */
type GridValue = string | number | null;

/** A rectangle of the sheet, 1-based. */
export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** How one cell looks. */
export interface CellStyle {
  readonly format?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly background?: string;
  /** The cell's font size over the default 10, for sizing its column. */
  readonly scale?: number;
  /** Text that may run into the empty cells to its right (a title): not counted in the column's width. */
  readonly overflows?: boolean;
}

/** Plain text: a string written into it is stored exactly as given. */
const TEXT_FORMAT = '@';
const INK = '#202124';
/** Sheets' width of a column nobody sized. */
const DEFAULT_COLUMN_PX = 100;
const PAPER = '#ffffff';

/** The matrices of a laid-out grid, each `rows × width`. */
export interface GridMatrices {
  readonly values: GridValue[][];
  readonly formats: string[][];
  readonly colors: string[][];
  readonly weights: ('bold' | 'normal')[][];
  readonly backgrounds: string[][];
}

/** A grid that grows row by row; `width` columns wide. */
export class DashboardGrid {
  private readonly cells: { value: GridValue; style: CellStyle; shown: string }[][] = [];
  constructor(readonly width: number) {}

  /** Rows so far. */
  get rowCount(): number {
    return this.cells.length;
  }

  /** Makes sure row `row` (1-based) exists. */
  ensureRow(row: number): void {
    while (this.cells.length < row)
      this.cells.push(Array.from({ length: this.width }, () => ({ value: null, style: {}, shown: '' })));
  }

  /** Puts `value` at (row, column), shown as `shown` (its text with its number format), styled. */
  put(row: number, column: number, value: GridValue, style: CellStyle = {}, shown?: string): void {
    if (column < 1 || column > this.width) throw new Error(`Column ${column} is outside the grid`);
    this.ensureRow(row);
    const line = this.cells[row - 1];
    if (line) line[column - 1] = { value, style, shown: shown ?? (value === null ? '' : String(value)) };
  }

  /** Whether every cell of `range` is empty (a chart may sit there). */
  isEmpty(range: GridRange): boolean {
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.column; c < range.column + range.columns; c++) {
        const cell = this.cells[r - 1]?.[c - 1];
        if (cell && cell.value !== null && cell.value !== '') return false;
      }
    return true;
  }

  /** The matrices the writer sets. */
  matrices(): GridMatrices {
    const map = <T>(pick: (style: CellStyle, value: GridValue) => T) =>
      this.cells.map((line) => line.map((cell) => pick(cell.style, cell.value)));
    return {
      values: map((_, value) => value),
      formats: map((style) => style.format ?? TEXT_FORMAT),
      colors: map((style) => style.color ?? INK),
      weights: map((style) => (style.bold ? 'bold' : 'normal')),
      backgrounds: map((style) => style.background ?? PAPER),
    };
  }

  /**
   * Each column's width in pixels: wide enough for every text it shows (a larger font counted
   * larger), within sheetSizing's bounds; titles that run into empty cells are left out.
   */
  columnWidths(): number[] {
    return Array.from({ length: this.width }, (_, c) => {
      const texts: string[] = [];
      let scaled = 0;
      for (const line of this.cells) {
        const cell = line[c];
        if (!cell || cell.shown === '' || cell.style.overflows) continue;
        if (cell.style.scale && cell.style.scale !== 1)
          scaled = Math.max(scaled, Math.ceil(textWidthPx(cell.shown) * cell.style.scale));
        else texts.push(cell.shown);
      }
      return Math.max(columnWidthFor(texts).width, Math.min(MAX_COLUMN_PX, scaled));
    });
  }
}

/** Whole pixels to the left edge of column `column` (1-based), with `widths` per column and 100 beyond. */
export function leftOfColumn(widths: readonly number[], column: number): number {
  let x = 0;
  for (let c = 1; c < column; c++) x += widths[c - 1] ?? DEFAULT_COLUMN_PX;
  return x;
}

/** The column and offset within it where pixel `x` from the sheet's left edge falls. */
export function columnAt(widths: readonly number[], x: number): { column: number; offsetX: number } {
  let left = 0;
  for (let column = 1; ; column++) {
    const width = widths[column - 1] ?? DEFAULT_COLUMN_PX;
    if (x < left + width) return { column, offsetX: x - left };
    left += width;
  }
}
