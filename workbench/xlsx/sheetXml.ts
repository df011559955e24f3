/**
 * One worksheet's XML read straight into what the emulator is handed: a rectangle of setValues
 * inputs (text forced to text, dates as instants in the spreadsheet's zone, formulas kept or
 * replaced by the result the file cached), the cells' looks, the columns' widths and formats, the
 * frozen panes, merges and dropdown lists. One pass over the text, no object per cell; sheetContent.ts
 * makes the rectangle.
 */

import { cellInput } from './cellInput';
import { columnOf, shiftFormula } from './cellRefs';
import {
  type FileValidation,
  type FormulaReading,
  type ParsedSheet,
  type SheetContent,
  sheetContent,
} from './sheetContent';
import { type CellLook, lookOf, type XlsxBook } from './xlsxBook';
import { attribute, eachAttribute, scanXml } from './xmlScan';

/** Parses the sheet at `path` of `book`. */
export function readSheetXml(
  book: XlsxBook,
  path: string,
  timeZone: string,
  formulas: FormulaReading,
): SheetContent {
  const reader = new SheetXmlReader(book, timeZone, formulas);
  scanXml(book.zip.text(path) ?? '', reader);
  return sheetContent(reader.parsed());
}

/** The scanner's handler: state of the cell being read, and everything read so far. */
class SheetXmlReader {
  private readonly values: unknown[][] = [];
  private readonly looks: (CellLook | null)[][] = [];
  private lastRow = 0;
  private maxColumn = 0;
  private readonly widths: (number | undefined)[] = [];
  private readonly columnLooks: (CellLook | undefined)[] = [];
  private readonly rowStyles: (CellLook | undefined)[] = [];
  private frozenRows = 0;
  private frozenColumns = 0;
  private views = 0;
  private readonly merges: string[] = [];
  private readonly validations: FileValidation[] = [];
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; column: number }>();
  private extension = 0;
  // The row and cell being read.
  private row = 0;
  private rowValues: unknown[] = [];
  private rowLooks: (CellLook | null)[] = [];
  private rowCells = 0;
  private rowHasValue = false;
  private column = 0;
  private type: string | undefined;
  private style = 0;
  private value: string | undefined;
  private formula: string | undefined;
  private shared: { si: string; master: boolean } | null = null;
  private capture: 'v' | 'f' | 't' | 'formula1' | null = null;
  private phonetic = 0;
  private validation: { strict: boolean; sqref: string; list: boolean; formula: string } | null = null;

  constructor(
    private readonly book: XlsxBook,
    private readonly timeZone: string,
    private readonly formulas: FormulaReading,
  ) {}

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (this.extension > 0 || name === 'extLst') {
      this.extension++;
      return;
    }
    switch (name) {
      case 'row':
        this.startRow(attributes);
        return;
      case 'c':
        this.startCell(attributes);
        return;
      case 'v':
        if (!selfClosing) this.capture = 'v';
        this.value ??= '';
        return;
      case 'f':
        this.startFormula(attributes, selfClosing);
        return;
      case 'is':
        this.value = '';
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 't':
        if (this.phonetic === 0 && this.value !== undefined && !selfClosing) this.capture = 't';
        return;
      default:
        this.openOther(name, attributes, selfClosing);
    }
  }

  private openOther(name: string, attributes: string, selfClosing: boolean): void {
    if (name === 'sheetView') this.views++;
    else if (name === 'pane' && this.views === 1) {
      const state = attribute(attributes, 'state');
      if (state === 'frozen' || state === 'frozenSplit') {
        this.frozenRows = Math.max(0, Math.round(Number(attribute(attributes, 'ySplit') ?? 0)));
        this.frozenColumns = Math.max(0, Math.round(Number(attribute(attributes, 'xSplit') ?? 0)));
      }
    } else if (name === 'col') this.readColumn(attributes);
    else if (name === 'mergeCell') {
      const ref = attribute(attributes, 'ref');
      if (ref) this.merges.push(ref);
    } else if (name === 'dataValidation') {
      const show = attribute(attributes, 'showErrorMessage');
      this.validation = {
        strict: show === '1' || show === 'true',
        sqref: attribute(attributes, 'sqref') ?? '',
        list: attribute(attributes, 'type') === 'list',
        formula: '',
      };
    } else if (name === 'formula1' && this.validation && !selfClosing) this.capture = 'formula1';
  }

  close(name: string): void {
    if (this.extension > 0) {
      this.extension--;
      return;
    }
    switch (name) {
      case 'c':
        this.endCell();
        return;
      case 'row':
        this.endRow();
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'dataValidation':
        if (this.validation?.list)
          this.validations.push({
            formula: this.validation.formula,
            strict: this.validation.strict,
            sqref: this.validation.sqref,
          });
        this.validation = null;
        return;
      case 'v':
      case 'f':
      case 't':
      case 'formula1':
        this.capture = null;
        return;
      default:
    }
  }

  text(text: string): void {
    switch (this.capture) {
      case 'v':
        this.value = (this.value ?? '') + text;
        return;
      case 't':
        this.value = (this.value ?? '') + text;
        return;
      case 'f':
        this.formula = (this.formula ?? '') + text;
        return;
      case 'formula1':
        if (this.validation) this.validation.formula += text;
        return;
      default:
    }
  }

  private startRow(attributes: string): void {
    const r = Number(attribute(attributes, 'r'));
    this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
    const style = Number(attribute(attributes, 's') ?? 0);
    if (style) this.rowStyles[this.row - 1] = lookOf(this.book, style);
    this.rowValues = [];
    this.rowLooks = [];
    this.rowCells = 0;
    this.rowHasValue = false;
    this.column = 0;
  }

  private endRow(): void {
    this.values[this.row - 1] = this.rowValues;
    this.looks[this.row - 1] = this.rowLooks;
    if (this.row > this.lastRow) this.lastRow = this.row;
    if (this.rowHasValue && this.rowCells > this.maxColumn) this.maxColumn = this.rowCells;
  }

  /** Reads one of a cell's attributes (a bound method, so a cell costs no closure). */
  private readonly cellAttribute = (name: string, value: string): void => {
    if (name === 'r') this.column = columnOf(value) || this.column + 1;
    else if (name === 's') this.style = Number(value) || 0;
    else if (name === 't') this.type = value;
  };

  private startCell(attributes: string): void {
    const previous = this.column;
    this.column = 0;
    this.type = undefined;
    this.style = 0;
    eachAttribute(attributes, this.cellAttribute);
    if (this.column === 0) this.column = previous + 1;
    this.value = undefined;
    this.formula = undefined;
    this.shared = null;
  }

  private startFormula(attributes: string, selfClosing: boolean): void {
    this.formula ??= '';
    if (!selfClosing) this.capture = 'f';
    if (attribute(attributes, 't') === 'shared') {
      const si = attribute(attributes, 'si') ?? '';
      this.shared = { si, master: attribute(attributes, 'ref') !== undefined };
    }
  }

  private endCell(): void {
    const c = this.column;
    const hasFormula = this.formula !== undefined;
    const hasValue = hasFormula || this.value !== undefined;
    // A cell with neither is no cell: it shows its row's or column's look, as a missing one does.
    if (!hasValue && this.style === 0) return;
    const look = lookOf(this.book, this.style);
    const values = this.rowValues;
    const looks = this.rowLooks;
    // Cells come in column order; the gaps before one are holes (null: the row's or column's look).
    while (values.length < c) {
      values.push('');
      looks.push(null);
    }
    looks[c - 1] = look;
    if (c > this.rowCells) this.rowCells = c;
    if (!hasValue) return;
    this.rowHasValue = true;
    values[c - 1] = hasFormula
      ? this.formulaInput(look)
      : cellInput(this.book, this.timeZone, this.type, this.value, look);
  }

  private formulaInput(look: CellLook | null): unknown {
    let formula = this.formula ?? '';
    if (this.shared) {
      const { si, master } = this.shared;
      const known = this.sharedFormulas.get(si);
      if (master && formula) this.sharedFormulas.set(si, { formula, row: this.row, column: this.column });
      else if (!formula && known)
        formula = shiftFormula(known.formula, this.row - known.row, this.column - known.column);
    }
    if (this.formulas === 'keep' && formula) return `=${formula}`;
    return cellInput(this.book, this.timeZone, this.type, this.value, look);
  }

  private readColumn(attributes: string): void {
    const min = Number(attribute(attributes, 'min'));
    const max = Number(attribute(attributes, 'max'));
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) return;
    const width = attribute(attributes, 'width');
    const style = Number(attribute(attributes, 'style') ?? 0);
    // A file may size all 16,384 columns in one element; only columns with cells matter.
    for (let c = min; c <= Math.min(max, 16_384); c++) {
      if (width !== undefined) this.widths[c - 1] = Number.parseFloat(width);
      if (style) this.columnLooks[c - 1] = lookOf(this.book, style);
    }
  }

  /** Everything read, for sheetContent.ts to make the rectangle of. */
  parsed(): ParsedSheet {
    return {
      values: this.values,
      looks: this.looks,
      lastRow: this.lastRow,
      maxColumn: this.maxColumn,
      widths: this.widths,
      columnLooks: this.columnLooks,
      rowStyles: this.rowStyles,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      merges: this.merges,
      validations: this.validations,
    };
  }
}
