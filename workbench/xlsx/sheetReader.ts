/**
 * The one reader of an .xlsx worksheet into an emulated sheet, shared by opening an .xlsx as the
 * workbook and by inserting a file's sheets (File › Import): values (text as text, numbers, booleans,
 * dates read as wall-clock times in the spreadsheet's zone, formulas kept or replaced by the result
 * the file cached), number formats, frozen rows and columns, fills, bold, font colours, column widths,
 * dropdown lists and the hidden state. The sheet's XML is read by sheetXml.ts straight into block
 * writes (one setValues, one setNumberFormats…). The caller runs it uncounted.
 */
import type { Emulator } from '../emulator';
import type { FileValidation, FormulaReading, SheetContent } from './sheetContent';
import { readSheetXml } from './sheetXml';
import { listItems } from './validationRules';
import type { CellLook, XlsxBook, XlsxWorksheet } from './xlsxBook';

export type { FormulaReading } from './sheetContent';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
/** Sheets' widest sheet. */
const MAX_COLUMNS = 18_278;

/** Fills `sheet` (new, empty) from `worksheet` of `book`: its size, cells, formats, dropdowns and views. */
export function fillSheet(
  emulator: Emulator,
  sheet: Sheet,
  book: XlsxBook,
  worksheet: XlsxWorksheet,
  timeZone: string,
  formulas: FormulaReading,
): void {
  const content = readSheetXml(book, worksheet.path, timeZone, formulas);
  const { rows, columns } = content;
  const maxRows = Math.max(DEFAULT_ROWS, rows);
  const maxColumns = Math.max(DEFAULT_COLUMNS, columns);
  if (maxRows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), maxRows - sheet.getMaxRows());
  if (maxColumns > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), maxColumns - sheet.getMaxColumns());
  }
  if (rows > 0 && columns > 0) {
    writeCells(sheet, content);
    writeColumnTails(sheet, content, maxRows);
  }
  writeValidations(emulator, sheet, content.validations);
  if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
  if (content.frozenColumns) sheet.setFrozenColumns(content.frozenColumns);
  for (let c = 1; c <= columns; c++) {
    const width = content.widths[c - 1];
    if (width) sheet.setColumnWidth(c, Math.round(width * 7));
  }
  if (worksheet.state !== 'visible') sheet.hideSheet();
}

function writeCells(sheet: Sheet, content: SheetContent): void {
  const { rows, columns, looks } = content;
  const formats: string[][] = new Array(rows);
  // The band of rows with a fill, bold or colour (usually the header): only it is styled.
  let firstStyled = -1;
  let lastStyled = -1;
  for (let r = 0; r < rows; r++) {
    const lookLine = looks[r] as (CellLook | null)[];
    const line: string[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const look = lookLine[c];
      line[c] = look ? look.format : 'General';
      if (look && (look.background || look.bold || look.color)) {
        if (firstStyled < 0) firstStyled = r;
        lastStyled = r;
      }
    }
    formats[r] = line;
  }
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(content.values);
  range.setNumberFormats(formats);
  if (firstStyled < 0) return;
  const band = looks.slice(firstStyled, lastStyled + 1);
  const pick = <T>(of: (look: CellLook) => T | null): (T | null)[][] =>
    band.map((line) => line.map((look) => (look ? of(look) : null)));
  const styled = sheet.getRange(firstStyled + 1, 1, band.length, columns);
  styled.setBackgrounds(pick((look) => look.background));
  styled.setFontWeights(pick((look) => (look.bold ? 'bold' : null)));
  styled.setFontColors(pick((look) => look.color));
}

/** A column's own number format reaches the empty rows below the last cell of the file. */
function writeColumnTails(sheet: Sheet, content: SheetContent, maxRows: number): void {
  const { rows, columns } = content;
  if (maxRows <= rows) return;
  for (let c = 1; c <= columns; c++) {
    const format = content.columnLooks[c - 1]?.format ?? 'General';
    if (format !== 'General') sheet.getRange(rows + 1, c, maxRows - rows, 1).setNumberFormat(format);
  }
}

/** 'B2:C10' → its corners; a single cell 'B2' is its own range. Null for anything else. */
function rangeOf(ref: string): { row: number; column: number; rows: number; columns: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!match) return null;
  const letters = (text: string) =>
    [...text.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(match[2]);
  const left = letters(match[1] ?? '');
  const bottom = match[4] ? Number(match[4]) : top;
  const right = match[3] ? letters(match[3]) : left;
  if (top < 1 || left < 1 || bottom < top || right < left || right > MAX_COLUMNS) return null;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Literal dropdown lists, one Sheets rule per range of the file's rule. Range-based lists are skipped. */
function writeValidations(emulator: Emulator, sheet: Sheet, validations: readonly FileValidation[]): void {
  const app = emulator.globals.SpreadsheetApp;
  for (const validation of validations) {
    const items = listItems(validation.formula);
    if (!items) continue;
    const rule = app
      .newDataValidation()
      .requireValueInList(items, true)
      .setAllowInvalid(!validation.strict)
      .build();
    for (const ref of validation.sqref.split(/\s+/)) {
      const area = rangeOf(ref);
      if (!area) continue;
      // The part inside the sheet (a file may name whole columns, to row 1,048,576).
      const rows = Math.min(area.rows, sheet.getMaxRows() - area.row + 1);
      const columns = Math.min(area.columns, sheet.getMaxColumns() - area.column + 1);
      if (rows > 0 && columns > 0)
        sheet.getRange(area.row, area.column, rows, columns).setDataValidation(rule);
    }
  }
}
