/**
 * The spreadsheet's cell budget, pure: Google Sheets stops a workbook at 10 million cells, and every
 * cell of every sheet counts, empty ones included (a new sheet is 1,000 rows × 26 columns). So Suki
 * keeps its sheets to what they hold: a table's sheet to its columns and a small reserve of empty
 * rows, grown in small steps; a report's sheet to its grid. docs/SCALING.md gives the budget.
 */

/** Google Sheets' limit of cells in one spreadsheet, empty cells included. */
export const CELL_LIMIT = 10_000_000;

/** The share of the limit from which Suki warns that the spreadsheet is filling up. */
export const WARN_SHARE = 0.8;

/**
 * Empty rows set-up keeps below a table's last row, and the rows a full table grows by at a time:
 * small, so a table of a few hundred rows does not hold thousands of empty cells, and large enough
 * that a run of saves grows the sheet once in a hundred (each growth costs a few calls).
 * @forTests the tests check the sizes against it (and TableStore's growth step should be it).
 */
export const RESERVE_ROWS = 100;

/** How many rows a table's sheet keeps, and how many columns. */
interface SheetSize {
  readonly rows: number;
  readonly columns: number;
}

/**
 * The size set-up trims a table's sheet to: every row up to the last one holding anything, plus
 * RESERVE_ROWS empty ones; every column up to the last one holding anything or belonging to the
 * table (a person's own columns to the right stay). Never less than what the sheet holds.
 */
export function tableSheetSize(
  lastRowWithContent: number,
  lastColumnWithContent: number,
  tableLastColumn: number,
): SheetSize {
  return {
    rows: Math.max(lastRowWithContent, 1) + RESERVE_ROWS,
    columns: Math.max(lastColumnWithContent, tableLastColumn, 1),
  };
}

/**
 * Whether an error message is Sheets' refusal to pass the cell limit ("This action would increase
 * the number of cells in the workbook above the limit of 10000000 cells.").
 */
function isCellLimitMessage(message: string): boolean {
  return /number of cells in the workbook above the limit/i.test(message);
}

/** Whether `error` is Sheets' refusal to pass the cell limit. */
export function isCellLimitError(error: unknown): boolean {
  return error instanceof Error && isCellLimitMessage(error.message);
}
