/**
 * Writes an emulated workbook to .xlsx with ExcelJS's streaming writer, row by row, so a workbook of
 * hundreds of thousands of rows saves in seconds without holding a second copy in memory: sheet
 * names and order, values (text stays text, dates keep their wall-clock reading in the spreadsheet's
 * zone), formulas, number formats, frozen rows and columns, fills, bold, header font colours, column
 * widths and dropdown lists. Developer metadata has no place in xlsx and is not written; Suki finds
 * its tables again by sheet and header names.
 */
import { rename, rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { isDate } from '../../src/core/dates';
import type { Emulator } from '../emulator';
import { Excel, type ExcelCellValue, validationsOf, type Worksheet } from './excel';
import { columnLetters, listFormula } from './validationRules';
import { toExcelDate } from './wallClock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Empty rows below the data whose formats and dropdowns are kept (a set-up table's blank rows). */
const FORMATTED_TAIL_ROWS = 1000;
const DEFAULT_COLUMN_WIDTH_PX = 100;
const WHITE = '#ffffff';

/**
 * Saves the workbook to `path` without ever leaving a half-written file there: it writes a temporary
 * file next to it and renames it over the old one, which is atomic on one file system.
 */
export async function saveWorkbookXlsx(emulator: Emulator, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeXlsx(emulator, { filename: temporary });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The workbook as .xlsx bytes (for a download). */
export async function xlsxBuffer(emulator: Emulator): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await writeXlsx(emulator, { stream });
  await ended;
  return Buffer.concat(chunks);
}

/** Streams every sheet of the emulator (read uncounted) into an .xlsx file or stream. */
async function writeXlsx(
  emulator: Emulator,
  target: { filename: string } | { stream: PassThrough },
): Promise<void> {
  const writer = new Excel.stream.xlsx.WorkbookWriter({
    ...target,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  writer.creator = 'Suki workbench';
  const { sheets, timeZone } = emulator.uncounted(() => ({
    sheets: emulator.spreadsheet.getSheets(),
    timeZone: emulator.spreadsheet.getSpreadsheetTimeZone(),
  }));
  for (const sheet of sheets) {
    const frozenRows = emulator.uncounted(() => sheet.getFrozenRows());
    const frozenColumns = emulator.uncounted(() => sheet.getFrozenColumns());
    const worksheet = writer.addWorksheet(
      emulator.uncounted(() => sheet.getName()),
      {
        state: emulator.uncounted(() => sheet.isSheetHidden()) ? 'hidden' : 'visible',
        views:
          frozenRows > 0 || frozenColumns > 0
            ? [{ state: 'frozen', xSplit: frozenColumns, ySplit: frozenRows }]
            : [{ state: 'normal' }],
      },
    );
    emulator.uncounted(() => writeSheet(worksheet, sheet, timeZone));
    worksheet.commit();
  }
  await writer.commit();
}

/** Everything of a sheet that goes into the file, read in a few block reads. */
interface SheetSnapshot {
  lastRow: number;
  columns: number;
  /** Rows that carry formats and dropdowns (the data plus some blank rows). */
  styledRows: number;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  bold: boolean[][];
  /** Font colours of the header rows only. */
  headerColors: string[][];
  columnFormats: string[];
}

function snapshot(sheet: Sheet): SheetSnapshot | null {
  const lastRow = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (columns === 0) return null;
  const styledRows = Math.min(sheet.getMaxRows(), lastRow + FORMATTED_TAIL_ROWS);
  const data = lastRow > 0 ? sheet.getRange(1, 1, lastRow, columns) : null;
  const styled = sheet.getRange(1, 1, styledRows, columns);
  const formats = styled.getNumberFormats();
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
    values: data?.getValues() ?? [],
    formulas: data?.getFormulas() ?? [],
    formats,
    backgrounds: styled.getBackgrounds(),
    bold: styled.getFontWeights().map((line) => line.map((weight) => weight === 'bold')),
    headerColors,
    columnFormats: Array.from({ length: columns }, (_, c) => columnFormat(formats, c)),
  };
}

/** The most common number format among rows 2.. of column `c` (the format Set up gave the column). */
function columnFormat(formats: string[][], c: number): string {
  const counts = new Map<string, number>();
  for (let r = 1; r < formats.length; r++) {
    const format = formats[r]?.[c] ?? 'General';
    counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  let best = 'General';
  let most = 0;
  for (const [format, count] of counts) {
    if (count > most) [best, most] = [format, count];
  }
  return best;
}

function excelValue(value: unknown, formula: string | undefined, timeZone: string): ExcelCellValue {
  if (formula) return { formula: formula.replace(/^=/, ''), date1904: false };
  if (value === '' || value === null || value === undefined) return null;
  if (isDate(value)) return toExcelDate(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** '#rrggbb' → ExcelJS 'FFRRGGBB'. */
function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

type CellStyle = ReturnType<Worksheet['getCell']>['style'];

/**
 * One style object per distinct look. ExcelJS files a style once per object it has seen, so cells
 * sharing an object cost a lookup instead of a serialisation each.
 */
class StyleCache {
  private readonly styles = new Map<string, CellStyle>();
  get(format: string, background: string, bold: boolean, color: string): CellStyle {
    const key = `${format}|${background}|${bold}|${color}`;
    let style = this.styles.get(key);
    if (!style) {
      style = {};
      if (format !== 'General') style.numFmt = format;
      if (background !== WHITE)
        style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(background) } };
      if (bold || color !== '') style.font = { bold, ...(color ? { color: { argb: argb(color) } } : {}) };
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * Column widths and number formats first (what empty cells below the data show), then each row
 * that has a value or a look of its own, committed in order.
 */
function writeSheet(worksheet: Worksheet, sheet: Sheet, timeZone: string): void {
  const snap = snapshot(sheet);
  if (!snap) return;
  for (let c = 1; c <= snap.columns; c++) {
    const column = worksheet.getColumn(c);
    const width = sheet.getColumnWidth(c);
    if (width !== DEFAULT_COLUMN_WIDTH_PX) column.width = Math.round((width / 7) * 10) / 10;
    const format = snap.columnFormats[c - 1] ?? 'General';
    if (format !== 'General') column.numFmt = format;
  }
  const styles = new StyleCache();
  const plain = snap.columnFormats.map((format) => styles.get(format, WHITE, false, ''));
  const rows = Math.max(snap.lastRow, snap.styledRows);
  for (let r = 0; r < rows; r++) {
    let row: ReturnType<Worksheet['getRow']> | null = null;
    for (let c = 0; c < snap.columns; c++) {
      const value =
        r < snap.lastRow ? excelValue(snap.values[r]?.[c], snap.formulas[r]?.[c], timeZone) : null;
      const format = snap.formats[r]?.[c] ?? 'General';
      const background = snap.backgrounds[r]?.[c] ?? WHITE;
      const bold = snap.bold[r]?.[c] === true;
      const shownColor = snap.headerColors[r]?.[c] ?? '';
      const color = shownColor === '#000000' ? '' : shownColor;
      const ownLook = format !== snap.columnFormats[c] || background !== WHITE || bold || color !== '';
      if (value === null && !ownLook) continue;
      row ??= worksheet.getRow(r + 1);
      const cell = row.getCell(c + 1);
      cell.style = ownLook ? styles.get(format, background, bold, color) : (plain[c] as CellStyle);
      if (value !== null) cell.value = value;
    }
    row?.commit();
  }
  writeValidations(worksheet, sheet, snap.styledRows, snap.columns);
}

/** Dropdown lists, one xlsx rule per run of rows in a column with the same list. */
function writeValidations(worksheet: Worksheet, sheet: Sheet, rows: number, columns: number): void {
  const store = validationsOf(worksheet);
  for (let c = 1; c <= columns; c++) {
    const rules = sheet.getRange(1, c, rows, 1).getDataValidations();
    let start = 0;
    let current: string | null = null;
    let allowInvalid = true;
    for (let r = 0; r <= rows; r++) {
      const rule = r < rows ? rules[r]?.[0] : null;
      const isList = rule && String(rule.getCriteriaType()) === 'VALUE_IN_LIST';
      const formula = isList ? listFormula(rule.getCriteriaValues()[0]) : null;
      const invalidOk = rule ? rule.getAllowInvalid() : true;
      if (formula === current && invalidOk === allowInvalid) continue;
      if (current !== null) {
        const letters = columnLetters(c);
        store.add(`${letters}${start + 1}:${letters}${r}`, {
          type: 'list',
          allowBlank: true,
          formulae: [current],
          showErrorMessage: !allowInvalid,
          errorStyle: 'stop',
        });
      }
      current = formula;
      allowInvalid = invalidOk;
      start = r;
    }
  }
}
