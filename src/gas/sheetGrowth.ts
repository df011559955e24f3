/**
 * Growing a table's sheet without losing what set-up put on its rows. Sheets does not document
 * whether rows inserted after a sheet's last row take the dropdowns of the row above or fall inside
 * a conditional-format range that ends there; a range ending at the old last row does not take in
 * rows added after it. So Suki carries both down itself, which is right whichever Sheets does: the
 * last row's validations are copied onto the new rows, and every conditional-format rule whose range
 * ends at the old last row is extended to the new one (a rule already extended is left alone). The
 * cost is a few calls per growth, and growth comes in small steps: what a write needs and a reserve of
 * RESERVE_ROWS (core/space/cellBudget.ts).
 *
 * Every cell counts against the spreadsheet's 10 million, empty ones too (core/space/cellBudget.ts),
 * so set-up also trims a table's sheet to what it holds and a small reserve (fitTableSheet), and a
 * growth Sheets refuses for the limit is refused in Suki's words, naming the sheet (spaceUsed.ts).
 */
import { isCellLimitError, RESERVE_ROWS, tableSheetSize } from '../core/space/cellBudget';
import { placeOf, withCellRoom } from './spaceUsed';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Copies the validations of row `from` onto the `count` rows below it (nothing when it has none). */
function carryValidations(sheet: Sheet, from: number, count: number, width: number): void {
  const row = sheet.getRange(from, 1, 1, width).getDataValidations()[0] ?? [];
  if (!row.some((rule) => rule !== null)) return;
  sheet.getRange(from + 1, 1, count, width).setDataValidations(Array.from({ length: count }, () => row));
}

/** Extends every conditional-format range that ends at row `last` by `count` rows. */
function carryConditionalFormats(sheet: Sheet, last: number, count: number): void {
  const rules = sheet.getConditionalFormatRules();
  let changed = false;
  const extended = rules.map((rule) => {
    const ranges = rule.getRanges();
    if (!ranges.some((range) => range.getLastRow() === last)) return rule;
    changed = true;
    const grown = ranges.map(
      (range): Range =>
        range.getLastRow() === last
          ? sheet.getRange(
              range.getRow(),
              range.getColumn(),
              range.getNumRows() + count,
              range.getNumColumns(),
            )
          : range,
    );
    return rule.copy().setRanges(grown).build();
  });
  if (changed) sheet.setConditionalFormatRules(extended);
}

/**
 * Inserts `needed` rows and a reserve of RESERVE_ROWS after row `last`, or only the `needed` ones
 * when Sheets refuses the reserve for the cell limit; refused in Suki's words (the sheet, the cells,
 * how full the spreadsheet is) when even they do not fit. Returns the rows inserted.
 */
function insertRows(sheet: Sheet, last: number, needed: number, width: number): number {
  const insert = (rows: number) => () => {
    sheet.insertRowsAfter(last, rows);
    return rows;
  };
  try {
    return insert(needed + RESERVE_ROWS)();
  } catch (error) {
    if (!isCellLimitError(error)) throw error;
  }
  return withCellRoom(placeOf(sheet), needed * width, insert(needed));
}

/**
 * Makes room for `needed` more rows after the sheet's last row, with a reserve of RESERVE_ROWS
 * empty ones below them (so the next saves do not grow it again; without the reserve when the
 * spreadsheet has no room for it), carrying the last data row's dropdowns and the conditional
 * formats that reach it onto them. A sheet with only its header row just grows. Sheets refuses a
 * growth past the cell limit before changing anything, so a refused growth leaves the sheet as it was.
 */
export function growSheet(sheet: Sheet, needed: number): void {
  const last = sheet.getMaxRows();
  const width = sheet.getMaxColumns();
  const added = insertRows(sheet, last, needed, width);
  if (last < 2) return;
  carryValidations(sheet, last, added, width);
  carryConditionalFormats(sheet, last, added);
}

/**
 * Trims a table's sheet to what it holds (tableSheetSize): the empty rows past the reserve below its
 * last row with content, and the empty columns past both its last column with content and the
 * table's last column, are deleted. Nothing holding a value is ever deleted (a person's own columns
 * to the right stay), and the sheet never grows here: the store grows it when a write needs rows.
 * `lastRow` and `lastColumn` are the sheet's last row and column with content (getLastRow,
 * getLastColumn).
 */
export function fitTableSheet(
  sheet: Sheet,
  lastRow: number,
  lastColumn: number,
  tableLastColumn: number,
): void {
  const size = tableSheetSize(lastRow, lastColumn, tableLastColumn);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > size.columns)
    deleteEmptyLines(() => sheet.deleteColumns(size.columns + 1, maxColumns - size.columns));
  if (maxRows > size.rows) deleteEmptyLines(() => sheet.deleteRows(size.rows + 1, maxRows - size.rows));
}

/**
 * Runs a deletion of empty lines; Sheets' refusal to delete every non-frozen row or column (a person
 * froze more than the table holds) leaves the sheet as it is.
 */
function deleteEmptyLines(remove: () => unknown): void {
  try {
    remove();
  } catch (error) {
    if (!(error instanceof Error && /not possible to delete all non-frozen/i.test(error.message)))
      throw error;
  }
}
