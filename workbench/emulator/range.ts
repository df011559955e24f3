/**
 * Range: geometry, values, formulas and notes. Formatting, validation, metadata and sorting live in
 * rangeFormat.ts, the state in rangeBase.ts; the three files describe the one FakeRange class
 * (split only to keep files short).
 */
import { formatA1 } from './a1';
import { writeCell } from './cellParsing';
import { asGas, type EmulatorContext } from './context';
import { rangeOf, sheetOf } from './handles';
import { type Content, Formula, OUT_OF_BOUNDS, type Rect, type SheetModel, sheetById } from './model';
import { displayValue } from './numberFormat';
import { assertCanEdit } from './protection';
import { assertShape, type Shape } from './rangeBase';
import { FormattedRange } from './rangeFormat';
import { FakeTextFinder } from './textFinder';

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Makes the counted Range over `rect`, checked against the sheet's size like Sheet.getRange. Other
 * modules call rangeOf (handles.ts), which reaches this through the context.
 */
export function makeRange(ctx: EmulatorContext, rect: Rect, shape: Shape): Range {
  const sheet = sheetById(ctx.book, rect.sheetId);
  if (rect.row < 1) throw new Error('The starting row of the range is too small.');
  if (rect.column < 1) throw new Error('The starting column of the range is too small.');
  if (rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (rect.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
    throw new Error(OUT_OF_BOUNDS);
  }
  const fake = new FakeRange(ctx, { ...rect }, shape);
  return asGas(ctx.track(fake, 'Range', (r) => r.rect.numRows * r.rect.numColumns));
}

/** Range over a fixed rectangle of one sheet. @forTests Tests patch its prototype to inject faults. */
export class FakeRange
  extends FormattedRange
  implements
    Pick<
      Range,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getHeight'
      | 'getWidth'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'getGridId'
      | 'offset'
      | 'getCell'
      | 'setNote'
      | 'setNotes'
      | 'getNote'
      | 'getNotes'
      | 'clearNote'
      | 'clear'
      | 'clearContent'
      | 'activate'
      | 'isBlank'
      | 'canEdit'
      | 'createTextFinder'
    >
{
  constructor(ctx: EmulatorContext, rect: Rect, shape: Shape) {
    super(ctx, rect, shape);
  }

  private out(value: Content | undefined): unknown {
    if (value === undefined) return '';
    if (value instanceof Formula) return '#NAME?';
    if (value instanceof Date) return this.ctx.outDate(value.getTime());
    return value;
  }

  private read<T>(fn: (sheet: SheetModel, row: number, column: number) => T): T[][] {
    const sheet = this.sheet();
    return this.each((r, c) => fn(sheet, r, c));
  }

  /**
   * Writes input into every cell by that cell's number format (writeCell); `pick(i, j)` gives the
   * input for that cell. setFormula(s) goes through here too, so a formula written into a
   * plain-text cell is stored as text. (Stricter choice: Google's reference does not say what
   * setFormula does to a plain-text cell; typing a formula into one leaves it as text.)
   */
  private writeInputs(pick: (i: number, j: number) => unknown): void {
    const sheet = this.writable();
    const tz = this.ctx.timeZone;
    const { row, column, numRows, numColumns } = this.rect;
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numColumns; j++) writeCell(sheet, row + i, column + j, pick(i, j), tz);
    }
  }

  getValues(): unknown[][] {
    const sheet = this.sheet();
    const { row, column, numRows, numColumns } = this.rect;
    // Arrays of the script's realm (its Dates are already): a table read whole is 100,000s of cells.
    const out: unknown[][] = new this.ctx.arrayCtor();
    for (let r = row; r < row + numRows; r++) {
      const line = sheet.content.rows[r - 1];
      const values: unknown[] = new this.ctx.arrayCtor();
      for (let c = column; c < column + numColumns; c++) values.push(this.out(line?.[c - 1]));
      out.push(values);
    }
    return out;
  }
  getValue(): unknown {
    return this.out(this.sheet().content.get(this.rect.row, this.rect.column));
  }
  setValues(values: unknown[][]): Range {
    assertShape(values, this.rect.numRows, this.rect.numColumns, 'setValues');
    this.writeInputs((i, j) => values[i]?.[j]);
    return this.self();
  }
  setValue(value: unknown): Range {
    this.writeInputs(() => value);
    return this.self();
  }
  getDisplayValues(): string[][] {
    const tz = this.ctx.timeZone;
    return this.read((s, r, c) => displayValue(s.content.get(r, c), s.formats.get(r, c), tz));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? '';
  }
  getFormulas(): string[][] {
    return this.read((s, r, c) => {
      const v = s.content.get(r, c);
      return v instanceof Formula ? v.text : '';
    });
  }
  getFormula(): string {
    return this.getFormulas()[0]?.[0] ?? '';
  }
  setFormula(formula: string): Range {
    this.writeInputs(() => formula);
    return this.self();
  }
  setFormulas(formulas: string[][]): Range {
    assertShape(formulas, this.rect.numRows, this.rect.numColumns, 'setFormulas');
    this.writeInputs((i, j) => formulas[i]?.[j]);
    return this.self();
  }

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    const { row, column, numRows, numColumns } = this.rect;
    return formatA1(row, column, numRows, numColumns, this.shape);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetOf(this.ctx, this.sheet());
  }
  getGridId(): number {
    return this.rect.sheetId;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const { sheetId, row, column } = this.rect;
    return rangeOf(this.ctx, {
      sheetId,
      row: row + rowOffset,
      column: column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.offset(row - 1, column - 1, 1, 1);
  }

  setNote(note: string | null): Range {
    return this.setNotes(this.read(() => note));
  }
  setNotes(notes: (string | null)[][]): Range {
    assertShape(notes, this.rect.numRows, this.rect.numColumns, 'setNotes');
    const sheet = this.writable();
    this.read((_, r, c) =>
      sheet.notes.set(r, c, notes[r - this.rect.row]?.[c - this.rect.column] || undefined),
    );
    return this.self();
  }
  getNote(): string {
    return this.getNotes()[0]?.[0] ?? '';
  }
  getNotes(): string[][] {
    return this.read((s, r, c) => s.notes.get(r, c) ?? '');
  }
  clearNote(): Range {
    return this.setNote(null);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): Range {
    const sheet = this.writable();
    const { row, column, numRows, numColumns } = this.rect;
    const all = !options?.contentsOnly && !options?.formatOnly && !options?.validationsOnly;
    if (all || options?.contentsOnly) sheet.content.clear(row, column, numRows, numColumns);
    if (all || options?.formatOnly) {
      sheet.formats.clear(row, column, numRows, numColumns);
      sheet.styles.clear(row, column, numRows, numColumns);
    }
    if (options?.validationsOnly) sheet.validations.clear(row, column, numRows, numColumns);
    return this.self();
  }
  clearContent(): Range {
    return this.clear({ contentsOnly: true });
  }
  activate(): Range {
    this.ctx.book.activeSheetId = this.rect.sheetId;
    this.ctx.book.selection = { ...this.rect };
    return this.self();
  }
  isBlank(): boolean {
    return this.read((s, r, c) => s.content.get(r, c) === undefined).every((line) => line.every(Boolean));
  }
  /** A finder over this range's cells only. */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return FakeTextFinder.of(this.ctx, { rect: { ...this.rect } }, findText, 'Range');
  }
  canEdit(): boolean {
    try {
      assertCanEdit(this.ctx, this.rect);
      return true;
    } catch {
      return false;
    }
  }
}
