/**
 * The one reader of an ExcelJS worksheet into an emulated sheet, shared by opening an .xlsx as the
 * workbook and by inserting a file's sheets (File › Import): values (text as text, numbers, booleans,
 * dates read as wall-clock times in the spreadsheet's zone, formulas kept or replaced by the result
 * the file cached), number formats, frozen rows and columns, fills, bold, font colours, column widths,
 * dropdown lists and the hidden state. The caller runs it uncounted.
 */
import type { Emulator } from '../emulator';
import { Excel, type ExcelCellValue, validationsOf, type Worksheet } from './excel';
import { listItems } from './validationRules';
import { fromExcelDate } from './wallClock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = ReturnType<ReturnType<Worksheet['getRow']>['getCell']>;

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
/**
 * ExcelJS's text for Excel's built-in format 14, which Excel shows as the system's short date, not
 * literally as mm-dd-yy; the emulator's short date (an automatic date) is m/d/yyyy.
 */
const EXCEL_SHORT_DATE = 'mm-dd-yy';
const SHORT_DATE = 'm/d/yyyy';

/** How formula cells are read. */
export type FormulaReading =
  /** As formulas (`=SUM(A1:A3)`), as Sheets keeps them: a Suki workbook opened again. */
  | 'keep'
  /**
   * As the value the file cached. The emulator does not calculate (a formula shows `#NAME?`), while
   * Sheets would recalculate an imported formula to what Excel shows: its cached result.
   */
  | 'cachedResult';

/** Fills `sheet` (new, empty) from `worksheet`: its size, cells, formats, dropdowns and views. */
export function fillSheet(
  emulator: Emulator,
  sheet: Sheet,
  worksheet: Worksheet,
  timeZone: string,
  formulas: FormulaReading,
): void {
  // Read the extent before any getCell, which would create rows.
  const rows = worksheet.rowCount;
  const columns = worksheet.columnCount;
  const maxRows = Math.max(DEFAULT_ROWS, rows);
  const maxColumns = Math.max(DEFAULT_COLUMNS, columns);
  if (maxRows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), maxRows - sheet.getMaxRows());
  if (maxColumns > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), maxColumns - sheet.getMaxColumns());
  }
  if (rows > 0 && columns > 0) {
    writeCells(sheet, worksheet, rows, columns, timeZone, formulas);
    writeColumnTails(sheet, worksheet, rows, columns, maxRows);
  }
  writeValidations(emulator, sheet, worksheet);
  // Files from other tools may have no sheet views at all: ExcelJS then reads `views` as null.
  const view = (worksheet.views as typeof worksheet.views | null)?.[0];
  if (view?.state === 'frozen') {
    if (view.ySplit) sheet.setFrozenRows(view.ySplit);
    if (view.xSplit) sheet.setFrozenColumns(view.xSplit);
  }
  for (let c = 1; c <= columns; c++) {
    const width = worksheet.getColumn(c).width;
    if (width) sheet.setColumnWidth(c, Math.round(width * 7));
  }
  if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') sheet.hideSheet();
}

/** What to hand setValues for an ExcelJS value: text forced to text, formulas with '='. */
function cellInput(value: ExcelCellValue, formula: string | undefined, timeZone: string): unknown {
  if (formula) return `=${formula}`;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return fromExcelDate(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  if ('richText' in value) return `'${value.richText.map((run) => run.text).join('')}`;
  if ('error' in value) return `'${value.error}`;
  if ('text' in value && typeof value.text === 'string') return `'${value.text}`;
  if ('result' in value) return cellInput(value.result as ExcelCellValue, undefined, timeZone);
  return '';
}

/** The input for one cell. A merged range holds its value in its top-left cell only, as in Sheets. */
function inputOf(cell: Cell, timeZone: string, formulas: FormulaReading): unknown {
  if (cell.type === Excel.ValueType.Merge) return '';
  const isFormula = cell.type === Excel.ValueType.Formula;
  const formula = isFormula && formulas === 'keep' ? cell.formula : undefined;
  if (isFormula && formulas === 'cachedResult')
    return cellInput(cell.result as ExcelCellValue, undefined, timeZone);
  return cellInput(cell.value, formula, timeZone);
}

/** The Sheets number format for an ExcelJS one ('' or undefined: General). */
function sheetsFormat(format: string | undefined): string {
  if (!format) return 'General';
  return format === EXCEL_SHORT_DATE ? SHORT_DATE : format;
}

/** '#rrggbb' from an ExcelJS colour ('FFRRGGBB'), or undefined. */
function hexColor(color: { argb?: string } | undefined): string | undefined {
  const argb = color?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

function writeCells(
  sheet: Sheet,
  worksheet: Worksheet,
  rows: number,
  columns: number,
  timeZone: string,
  formulas: FormulaReading,
): void {
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const backgrounds: (string | null)[][] = [];
  const weights: ('bold' | null)[][] = [];
  const colors: (string | null)[][] = [];
  let styled = false;
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    const valueLine: unknown[] = [];
    const formatLine: string[] = [];
    const backgroundLine: (string | null)[] = [];
    const weightLine: ('bold' | null)[] = [];
    const colorLine: (string | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      valueLine.push(inputOf(cell, timeZone, formulas));
      formatLine.push(sheetsFormat(cell.numFmt));
      const fill = cell.fill;
      const background = fill?.type === 'pattern' ? hexColor(fill.fgColor) : undefined;
      const color = hexColor(cell.font?.color);
      const bold = cell.font?.bold === true;
      if (background || color || bold) styled = true;
      backgroundLine.push(background ?? null);
      weightLine.push(bold ? 'bold' : null);
      colorLine.push(color ?? null);
    }
    values.push(valueLine);
    formats.push(formatLine);
    backgrounds.push(backgroundLine);
    weights.push(weightLine);
    colors.push(colorLine);
  }
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(values);
  range.setNumberFormats(formats);
  if (styled) {
    range.setBackgrounds(backgrounds);
    range.setFontWeights(weights);
    range.setFontColors(colors);
  }
}

/** A column's own number format reaches the empty rows below the last cell of the file. */
function writeColumnTails(
  sheet: Sheet,
  worksheet: Worksheet,
  rows: number,
  columns: number,
  maxRows: number,
): void {
  if (maxRows <= rows) return;
  for (let c = 1; c <= columns; c++) {
    const format = sheetsFormat(worksheet.getColumn(c).numFmt);
    if (format !== 'General') sheet.getRange(rows + 1, c, maxRows - rows, 1).setNumberFormat(format);
  }
}

/** Literal dropdown lists, one Sheets rule per run of rows in a column. Range-based lists are skipped. */
function writeValidations(emulator: Emulator, sheet: Sheet, worksheet: Worksheet): void {
  const model = validationsOf(worksheet).model;
  const byColumn = new Map<number, Map<number, string>>();
  const rules = new Map<string, { items: string[]; strict: boolean }>();
  for (const [address, rule] of Object.entries(model)) {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
    if (!match || rule?.type !== 'list') continue;
    const items = listItems(rule.formulae[0]);
    if (!items) continue;
    const strict = rule.showErrorMessage === true;
    const key = JSON.stringify([items, strict]);
    rules.set(key, { items, strict });
    const column = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const rows = byColumn.get(column) ?? new Map<number, string>();
    byColumn.set(column, rows);
    rows.set(Number(match[2]), key);
  }
  const app = emulator.globals.SpreadsheetApp;
  for (const [column, rows] of byColumn) {
    const sorted = [...rows].sort((a, b) => a[0] - b[0]);
    let i = 0;
    while (i < sorted.length) {
      const [start, key] = sorted[i] as [number, string];
      let end = start;
      while (i + 1 < sorted.length && sorted[i + 1]?.[0] === end + 1 && sorted[i + 1]?.[1] === key) {
        end++;
        i++;
      }
      i++;
      const rule = rules.get(key);
      if (!rule || end > sheet.getMaxRows()) continue;
      const built = app
        .newDataValidation()
        .requireValueInList(rule.items, true)
        .setAllowInvalid(!rule.strict)
        .build();
      sheet.getRange(start, column, end - start + 1, 1).setDataValidation(built);
    }
  }
}
