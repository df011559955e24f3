/**
 * Writes an emulated workbook to .xlsx, sheet by sheet as text (xlsxPackage.ts zips it), so a
 * workbook of hundreds of thousands of rows saves in seconds without an object per cell: sheet
 * names and order, values (text stays text, dates keep their wall-clock reading in the spreadsheet's
 * zone), formulas, number formats, frozen rows and columns, fills, bold, header font colours, column
 * widths and dropdown lists. Developer metadata has no place in xlsx and is not written; Suki finds
 * its tables again by sheet and header names.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { isDate } from '../../src/core/dates';
import type { Emulator } from '../emulator';
import { recordOf } from '../emulator/dataValidation';
import type { ValidationRecord } from '../emulator/model';
import { columnLetters, listFormula } from './validationRules';
import { toExcelDate } from './wallClock';
import { escapeXml, type Look, type PackagedSheet, packageXlsx, StyleTable, zipFile } from './xlsxPackage';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Empty rows below the data whose formats and dropdowns are kept (a set-up table's blank rows). */
const FORMATTED_TAIL_ROWS = 1000;
const DEFAULT_COLUMN_WIDTH_PX = 100;
const WHITE = '#ffffff';
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * Saves the workbook to `path` without ever leaving a half-written file there: it writes a temporary
 * file next to it and renames it over the old one, which is atomic on one file system.
 */
export async function saveWorkbookXlsx(emulator: Emulator, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, await xlsxBuffer(emulator));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The workbook as .xlsx bytes (for a download). Every sheet is read uncounted. */
export async function xlsxBuffer(emulator: Emulator): Promise<Buffer> {
  const styles = new StyleTable();
  const sheets = emulator.uncounted(() => {
    const timeZone = emulator.spreadsheet.getSpreadsheetTimeZone();
    return emulator.spreadsheet.getSheets().map(
      (sheet): PackagedSheet => ({
        name: sheet.getName(),
        hidden: sheet.isSheetHidden(),
        xml: zipFile(sheetXml(sheet, timeZone, styles)),
      }),
    );
  });
  return packageXlsx(sheets, styles, 'Suki workbench');
}

/** Rows read from the emulator at a time: a block's arrays die young, so a large sheet costs little GC. */
const BLOCK_ROWS = 500;

/** What a sheet's rows are read against: its extent, header colours and the columns' own formats. */
interface SheetSnapshot {
  lastRow: number;
  columns: number;
  /** Rows that carry formats and dropdowns (the data plus some blank rows). */
  styledRows: number;
  /** Font colours of the header rows only. */
  headerColors: string[][];
  columnFormats: string[];
}

/** One block of rows, as read in a few block reads (values and formulas only above the last row). */
interface RowBlock {
  start: number;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  weights: string[][];
}

function snapshot(sheet: Sheet): SheetSnapshot | null {
  const lastRow = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (columns === 0) return null;
  const styledRows = Math.min(sheet.getMaxRows(), lastRow + FORMATTED_TAIL_ROWS);
  const headerRows = Math.min(Math.max(sheet.getFrozenRows(), 1), styledRows);
  const headerColors: string[][] = [];
  for (let r = 1; r <= headerRows; r++) {
    const line: string[] = [];
    for (let c = 1; c <= columns; c++) line.push(sheet.getRange(r, c).getFontColor());
    headerColors.push(line);
  }
  return {
    lastRow,
    columns,
    styledRows,
    headerColors,
    columnFormats: columnFormats(sheet, styledRows, columns),
  };
}

/** Each column's most common number format among rows 2.. (the format Set up gave the column). */
function columnFormats(sheet: Sheet, styledRows: number, columns: number): string[] {
  const counts = Array.from({ length: columns }, () => new Map<string, number>());
  for (let start = 1; start < styledRows; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, styledRows - start);
    for (const line of sheet.getRange(start + 1, 1, rows, columns).getNumberFormats()) {
      for (let c = 0; c < columns; c++) {
        const format = line[c] ?? 'General';
        const count = counts[c] as Map<string, number>;
        count.set(format, (count.get(format) ?? 0) + 1);
      }
    }
  }
  return counts.map((count) => {
    let best = 'General';
    let most = 0;
    for (const [format, n] of count) {
      if (n > most) [best, most] = [format, n];
    }
    return best;
  });
}

/** Rows [start, start + rows) of the sheet (0-based). */
function readBlock(sheet: Sheet, snap: SheetSnapshot, start: number, rows: number): RowBlock {
  const range = sheet.getRange(start + 1, 1, rows, snap.columns);
  const dataRows = Math.min(rows, snap.lastRow - start);
  const data = dataRows > 0 ? sheet.getRange(start + 1, 1, dataRows, snap.columns) : null;
  return {
    start,
    values: data?.getValues() ?? [],
    formulas: data?.getFormulas() ?? [],
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    weights: range.getFontWeights(),
  };
}

/** One cell's XML, or '' for an empty cell with no look of its own. */
function cellXml(ref: string, style: number, value: unknown, formula: string, timeZone: string): string {
  const s = style ? ` s="${style}"` : '';
  if (formula) return `<c r="${ref}"${s}><f>${escapeXml(formula.replace(/^=/, ''))}</f></c>`;
  if (value === '' || value === null || value === undefined) return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isDate(value)) {
    const serial = (toExcelDate(value, timeZone).getTime() - EXCEL_EPOCH_MS) / DAY_MS;
    return `<c r="${ref}"${s}><v>${serial}</v></c>`;
  }
  const text = escapeXml(String(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** The pane of frozen rows and columns, or none. */
function viewXml(frozenRows: number, frozenColumns: number): string {
  if (frozenRows <= 0 && frozenColumns <= 0)
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane =
    frozenRows > 0 && frozenColumns > 0 ? 'bottomRight' : frozenRows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${frozenColumns > 0 ? ` xSplit="${frozenColumns}"` : ''}${frozenRows > 0 ? ` ySplit="${frozenRows}"` : ''}`;
  const topLeft = `${columnLetters(frozenColumns + 1)}${frozenRows + 1}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

/** Column widths (those not Sheets' default) and each column's number format (what empty cells below show). */
function columnsXml(sheet: Sheet, snap: SheetSnapshot, columnStyles: number[]): string {
  const cols: string[] = [];
  for (let c = 1; c <= snap.columns; c++) {
    const width = sheet.getColumnWidth(c);
    const widthAttributes =
      width !== DEFAULT_COLUMN_WIDTH_PX
        ? ` width="${Math.round((width / 7) * 10) / 10}" customWidth="1"`
        : '';
    const style = columnStyles[c - 1] ?? 0;
    if (widthAttributes || style)
      cols.push(`<col min="${c}" max="${c}"${widthAttributes}${style ? ` style="${style}"` : ''}/>`);
  }
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/** What every row of a sheet is written with. */
interface RowContext {
  letters: string[];
  columnStyles: number[];
  styles: StyleTable;
  timeZone: string;
}

/** Row `i` of `block`'s cells (those with a value or a look of their own), or ''. */
function rowXml(block: RowBlock, i: number, snap: SheetSnapshot, context: RowContext): string {
  const r = block.start + i;
  const values = block.values[i];
  const formulas = block.formulas[i];
  const formats = block.formats[i];
  const backgrounds = block.backgrounds[i];
  const weights = block.weights[i];
  const colors = snap.headerColors[r];
  let line = '';
  for (let c = 0; c < snap.columns; c++) {
    const format = formats?.[c] ?? 'General';
    const background = backgrounds?.[c] ?? WHITE;
    const isBold = weights?.[c] === 'bold';
    const shownColor = colors?.[c] ?? '';
    const color = shownColor === '#000000' ? '' : shownColor;
    const ownLook = format !== snap.columnFormats[c] || background !== WHITE || isBold || color !== '';
    const value = values?.[c];
    const formula = formulas?.[c] ?? '';
    if (!ownLook && !formula && (value === '' || value === null || value === undefined)) continue;
    const style = ownLook
      ? context.styles.id({ format, background: background === WHITE ? '' : background, bold: isBold, color })
      : (context.columnStyles[c] ?? 0);
    line += cellXml(`${context.letters[c]}${r + 1}`, style, value, formula, context.timeZone);
  }
  return line;
}

/**
 * The worksheet's XML: views, columns, then each row that has a value or a look of its own (a cell
 * takes its column's style unless its format, fill, weight or colour differs), then dropdowns.
 */
function sheetXml(sheet: Sheet, timeZone: string, styles: StyleTable): Buffer | string {
  const snap = snapshot(sheet);
  const view = viewXml(sheet.getFrozenRows(), sheet.getFrozenColumns());
  if (!snap)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">${view}<sheetData/></worksheet>`;
  const plain = (format: string): Look => ({ format, background: '', bold: false, color: '' });
  const columnStyles = snap.columnFormats.map((format) => styles.id(plain(format)));
  const letters = Array.from({ length: snap.columns }, (_, c) => columnLetters(c + 1));
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">`,
    view,
    columnsXml(sheet, snap, columnStyles),
    '<sheetData>',
  ];
  const rows = Math.max(snap.lastRow, snap.styledRows);
  const context: RowContext = { letters, columnStyles, styles, timeZone };
  // Each block's text becomes bytes at once: its strings die young instead of piling up for the GC.
  const chunks: Buffer[] = [Buffer.from(parts.join(''), 'utf8')];
  for (let start = 0; start < rows; start += BLOCK_ROWS) {
    const block = readBlock(sheet, snap, start, Math.min(BLOCK_ROWS, rows - start));
    const lines: string[] = [];
    for (let i = 0; i < block.formats.length; i++) {
      const line = rowXml(block, i, snap, context);
      if (line) lines.push(`<row r="${start + i + 1}">${line}</row>`);
    }
    chunks.push(Buffer.from(lines.join(''), 'utf8'));
  }
  chunks.push(
    Buffer.from(`</sheetData>${validationsXml(sheet, snap.styledRows, snap.columns)}</worksheet>`, 'utf8'),
  );
  return Buffer.concat(chunks);
}

/**
 * Dropdown lists, one xlsx rule per run of rows in a column with the same list. A rule is looked at
 * through its record (`recordOf`): cells that share one rule share one record, so a run costs one
 * look, not three counted method calls per cell.
 */
function validationsXml(sheet: Sheet, rows: number, columns: number): string {
  const rules: string[] = [];
  const formulas = new Map<ValidationRecord, string | null>();
  const formulaOf = (record: ValidationRecord): string | null => {
    let formula = formulas.get(record);
    if (formula === undefined) {
      formula = record.criteria === 'VALUE_IN_LIST' && !record.source ? listFormula(record.values[0]) : null;
      formulas.set(record, formula);
    }
    return formula;
  };
  for (let c = 1; c <= columns; c++) {
    const found = sheet.getRange(1, c, rows, 1).getDataValidations();
    let start = 0;
    let current: string | null = null;
    let allowInvalid = true;
    for (let r = 0; r <= rows; r++) {
      const rule = r < rows ? found[r]?.[0] : null;
      const record = rule ? recordOf(rule) : null;
      const formula = record ? formulaOf(record) : null;
      const invalidOk = record ? record.allowInvalid : true;
      if (formula === current && invalidOk === allowInvalid) continue;
      if (current !== null) {
        const letters = columnLetters(c);
        const strict = allowInvalid ? '' : ' showErrorMessage="1"';
        rules.push(
          `<dataValidation type="list" allowBlank="1"${strict} errorStyle="stop" sqref="${letters}${start + 1}:${letters}${r}"><formula1>${escapeXml(current)}</formula1></dataValidation>`,
        );
      }
      current = formula;
      allowInvalid = invalidOk;
      start = r;
    }
  }
  return rules.length ? `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>` : '';
}
