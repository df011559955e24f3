/**
 * A sheet read from .xlsx as the emulator is handed it: the rectangle of cell inputs and looks
 * (a cell the file leaves out shows its row's or column's look), merges applied, with the sheet's
 * column widths and formats, frozen panes and dropdown lists.
 */
import { columnOf, rowOf } from './cellRefs';
import type { CellLook } from './xlsxBook';

/** How formula cells are read. */
export type FormulaReading =
  /** As formulas (`=SUM(A1:A3)`), as Sheets keeps them: a Suki workbook opened again. */
  | 'keep'
  /**
   * As the value the file cached. The emulator does not calculate (a formula shows `#NAME?`), while
   * Sheets would recalculate an imported formula to what Excel shows: its cached result.
   */
  | 'cachedResult';

/** A dropdown rule of the file: a literal list formula over the ranges `sqref` names. */
export interface FileValidation {
  readonly formula: string;
  readonly strict: boolean;
  readonly sqref: string;
}

/** A sheet's content as read. Rows and columns count as ExcelJS's `rowCount`/`columnCount` did. */
export interface SheetContent {
  readonly rows: number;
  readonly columns: number;
  /** rows × columns of setValues input; [] when either is 0. */
  readonly values: unknown[][];
  /** rows × columns of cell looks (null: the file gave the cell no style). */
  readonly looks: (CellLook | null)[][];
  /** Excel widths (characters) of the columns the file sizes, by column - 1. */
  readonly widths: (number | undefined)[];
  /** The look of each column's own style (what empty cells below the data show), by column - 1. */
  readonly columnLooks: (CellLook | undefined)[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly validations: readonly FileValidation[];
}

/** What sheetXml.ts gathered: the rows as read (sparse), and the sheet's other parts. */
export interface ParsedSheet {
  readonly values: unknown[][];
  readonly looks: (CellLook | null)[][];
  readonly lastRow: number;
  /** The widest row that has a value, in columns. */
  readonly maxColumn: number;
  readonly widths: (number | undefined)[];
  readonly columnLooks: (CellLook | undefined)[];
  readonly rowStyles: (CellLook | undefined)[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly merges: readonly string[];
  readonly validations: readonly FileValidation[];
}

/** The rectangle the emulator is handed, merges applied. */
export function sheetContent(parsed: ParsedSheet): SheetContent {
  let rows = parsed.lastRow;
  let columns = parsed.maxColumn;
  const merged: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const ref of parsed.merges) {
    const [from = '', to = from] = ref.split(':');
    const area = {
      top: rowOf(from),
      left: columnOf(from),
      bottom: rowOf(to),
      right: columnOf(to),
    };
    if (!(area.top > 0 && area.left > 0 && area.bottom >= area.top && area.right >= area.left)) continue;
    merged.push(area);
    rows = Math.max(rows, area.bottom);
    columns = Math.max(columns, area.right);
  }
  if (rows === 0 || columns === 0) return result(parsed, rows, columns, [], []);
  // The rows as read become the rectangle: padded, holes given their row's or column's look.
  const values = parsed.values;
  const looks = parsed.looks;
  values.length = Math.min(values.length, rows);
  looks.length = values.length;
  for (let r = 0; r < rows; r++) {
    let line = values[r];
    let lookLine = looks[r];
    if (!line || !lookLine) {
      line = [];
      lookLine = [];
      values[r] = line;
      looks[r] = lookLine;
    }
    if (line.length > columns) {
      line.length = columns;
      lookLine.length = columns;
    }
    while (line.length < columns) {
      line.push('');
      lookLine.push(null);
    }
    const rowLook = parsed.rowStyles[r];
    for (let c = 0; c < columns; c++) {
      if (lookLine[c] === null) lookLine[c] = inherited(parsed, rowLook, c);
    }
  }
  // A merged range holds its value in its top-left cell only, as in Sheets.
  for (const area of merged) {
    for (let r = area.top; r <= area.bottom; r++) {
      const line = values[r - 1] as unknown[];
      for (let c = area.left; c <= area.right; c++) {
        if (r !== area.top || c !== area.left) line[c - 1] = '';
      }
    }
  }
  return result(parsed, rows, columns, values, looks);
}

/**
 * The look of a cell the file leaves out: the row's number format, else the column's; the row's
 * font and fill when the row has a style, else the column's (as Excel, and ExcelJS, read it).
 */
function inherited(parsed: ParsedSheet, rowLook: CellLook | undefined, c: number): CellLook | null {
  const columnLook = parsed.columnLooks[c];
  if (!rowLook) return columnLook ?? null;
  if (!columnLook || rowLook.format !== 'General') return rowLook;
  return { ...rowLook, format: columnLook.format, isDate: columnLook.isDate };
}

function result(
  parsed: ParsedSheet,
  rows: number,
  columns: number,
  values: unknown[][],
  looks: (CellLook | null)[][],
): SheetContent {
  return {
    rows,
    columns,
    values,
    looks,
    widths: parsed.widths,
    columnLooks: parsed.columnLooks,
    frozenRows: parsed.frozenRows,
    frozenColumns: parsed.frozenColumns,
    validations: parsed.validations,
  };
}
