/**
 * TextFinder (Range, Sheet and Spreadsheet.createTextFinder), after Google's reference for the
 * class. What it reads is each cell's displayed text (getDisplayValue: numbers and dates as their
 * format shows them), or a formula's own text with matchFormulaText(true). Cells are visited row by
 * row, left to right, and a spreadsheet's sheets in their tab order. Each finder method is one
 * counted call (`TextFinder.findAll`, `TextFinder.replaceAllWith`…), however many cells it visits:
 * Sheets does the search on its side. The Ranges it hands back are made inside that call, uncounted.
 *
 * Where the reference is silent the emulator takes the stricter reading:
 * - findNext/findPrevious do not wrap: past the last (or before the first) match they return null
 *   ("or null if there are no more matches"), and getCurrentMatch is then null too;
 * - a replacement is written as a script's setValue(text) would write it (cellParsing.writeCell):
 *   verbatim in a plain-text ('@') cell, parsed as typed otherwise, so a number cell showing "45"
 *   whose text becomes "55" holds the number 55 and keeps its number format, and a replacement
 *   that makes the text start with "=" makes a formula (the injection surface Suki must defend);
 * - formula cells are replaced only with matchFormulaText(true); otherwise they are matched on
 *   their displayed value but left alone, since that value is not what the cell holds;
 * - replaceAllWith checks protection for every cell it would change before writing any, and
 *   writes nothing if one is protected against the user; like setValues it is not held to data
 *   validation (scripts are not; only a person's entry is);
 * - findText, replaceText and the option flags must be a string, a string and booleans; an empty
 *   findText, a range outside the finder's scope for startFrom, and (with useRegularExpression)
 *   an invalid or non-RE2 pattern are refused.
 */
import { parseForCell, storeParsed } from './cellParsing';
import { asGas, type EmulatorContext } from './context';
import { rangeOf } from './handles';
import { contains, Formula, type Rect, type SheetModel, sheetById } from './model';
import { displayValue } from './numberFormat';
import { assertCanEdit } from './protection';
import { rectOf } from './rangeBase';
import { type SearchOptions, TextSearch } from './textMatch';

type TextFinder = GoogleAppsScript.Spreadsheet.TextFinder;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Where a finder searches: the whole spreadsheet, one sheet, or one range. */
type TextFinderScope = { book: true } | { sheetId: number } | { rect: Rect };

/** One cell, by sheet id and 1-based row and column. */
interface Cell {
  sheetId: number;
  row: number;
  column: number;
}

/** A cell the search visits, with the text it is matched on. */
interface Visited extends Cell {
  sheet: SheetModel;
  text: string;
  formula: boolean;
}

function mismatch(value: unknown, method: string): Error {
  return new Error(
    `The parameters (${value === null ? 'null' : typeof value}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

/** The finder's place between searches: before every match, just after a cell, or past them all. */
type Cursor = Cell | 'start' | 'end';

/** A finder's options: the search's own, and whether formulas are read as their text. */
type FinderOptions = SearchOptions & { formulaText: boolean };

/** A TextFinder over one scope. */
export class FakeTextFinder implements TextFinder {
  private readonly options: FinderOptions = {
    matchCase: false,
    entireCell: false,
    regex: false,
    ignoreDiacritics: false,
    formulaText: false,
  };
  private cursor: Cursor = 'start';
  private current: Cell | undefined;

  private constructor(
    private readonly ctx: EmulatorContext,
    private readonly scope: TextFinderScope,
    private readonly findText: string,
  ) {}

  /** A counted finder; `owner` names the class whose createTextFinder made it, for its messages. */
  static of(ctx: EmulatorContext, scope: TextFinderScope, findText: unknown, owner: string): TextFinder {
    if (typeof findText !== 'string') throw mismatch(findText, `${owner}.createTextFinder`);
    if (findText === '') throw new Error('Invalid argument: findText');
    return asGas(ctx.track(new FakeTextFinder(ctx, scope, findText), 'TextFinder'));
  }

  private self(): TextFinder {
    return asGas(this);
  }
  private flag(key: keyof FinderOptions, value: unknown, method: string): TextFinder {
    if (typeof value !== 'boolean') throw mismatch(value, `TextFinder.${method}`);
    this.options[key] = value;
    return this.self();
  }
  private order(cell: Cell): [number, number, number] {
    return [this.ctx.book.sheets.findIndex((s) => s.id === cell.sheetId), cell.row, cell.column];
  }
  private compare(a: Cell, b: Cell): number {
    const [x, y] = [this.order(a), this.order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  }
  private areas(): { sheet: SheetModel; area: Rect }[] {
    const book = this.ctx.book;
    if ('rect' in this.scope) {
      return [{ sheet: sheetById(book, this.scope.rect.sheetId), area: this.scope.rect }];
    }
    const sheets = 'sheetId' in this.scope ? [sheetById(book, this.scope.sheetId)] : book.sheets;
    return sheets.map((sheet) => ({
      sheet,
      area: { sheetId: sheet.id, row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns },
    }));
  }
  /** Every non-empty cell in scope, in search order, with the text it is matched on. */
  private visit(): Visited[] {
    const tz = this.ctx.timeZone;
    const out: Visited[] = [];
    for (const { sheet, area } of this.areas()) {
      const lastRow = Math.min(area.row + area.numRows - 1, sheet.content.rows.length);
      for (let row = area.row; row <= lastRow; row++) {
        const line = sheet.content.rows[row - 1];
        if (!line) continue;
        const lastColumn = Math.min(area.column + area.numColumns - 1, line.length);
        for (let column = area.column; column <= lastColumn; column++) {
          const content = line[column - 1];
          if (content === undefined) continue;
          const formula = content instanceof Formula;
          const text =
            formula && this.options.formulaText
              ? content.text
              : displayValue(content, sheet.formats.get(row, column), tz);
          out.push({ sheetId: sheet.id, row, column, sheet, text, formula });
        }
      }
    }
    return out;
  }
  private search(): TextSearch {
    return new TextSearch(this.findText, this.options);
  }
  private matches(): Visited[] {
    const search = this.search();
    return this.visit().filter((cell) => search.occurrences(cell.text).length > 0);
  }
  private rangeAt(cell: Cell): Range {
    const { sheetId, row, column } = cell;
    return rangeOf(this.ctx, { sheetId, row, column, numRows: 1, numColumns: 1 });
  }
  private land(cell: Visited | undefined, past: Cursor): Range | null {
    this.current = cell && { sheetId: cell.sheetId, row: cell.row, column: cell.column };
    this.cursor = this.current ?? past;
    return this.current ? this.rangeAt(this.current) : null;
  }
  /**
   * Replaces in `cells` and returns the occurrences replaced. Checks every cell it would change
   * (protection, the cell's length limit) before it writes any.
   */
  private replaceIn(cells: Visited[], replaceText: unknown, method: string): number {
    if (typeof replaceText !== 'string') throw mismatch(replaceText, `TextFinder.${method}`);
    const search = this.search();
    const tz = this.ctx.timeZone;
    const writes = cells
      .filter((cell) => !cell.formula || this.options.formulaText)
      .map((cell) => ({ cell, ...search.replace(cell.text, replaceText) }))
      .filter((w) => w.count > 0)
      .map((w) => {
        const { sheet, sheetId, row, column } = w.cell;
        assertCanEdit(this.ctx, { sheetId, row, column, numRows: 1, numColumns: 1 });
        return { ...w, parsed: parseForCell(w.text, sheet.formats.get(row, column), tz) };
      });
    for (const w of writes) storeParsed(w.cell.sheet, w.cell.row, w.cell.column, w.parsed);
    return writes.reduce((sum, w) => sum + w.count, 0);
  }

  findAll(): Range[] {
    return this.matches().map((cell) => this.rangeAt(cell));
  }
  findNext(): Range | null {
    const cursor = this.cursor;
    if (cursor === 'end') return this.land(undefined, 'end');
    const next = this.matches().find((cell) => cursor === 'start' || this.compare(cell, cursor) > 0);
    return this.land(next, 'end');
  }
  findPrevious(): Range | null {
    const cursor = this.cursor;
    if (cursor === 'start') return this.land(undefined, 'start');
    const before = this.matches().filter((cell) => cursor === 'end' || this.compare(cell, cursor) < 0);
    return this.land(before[before.length - 1], 'start');
  }
  getCurrentMatch(): Range | null {
    return this.current ? this.rangeAt(this.current) : null;
  }
  ignoreDiacritics(ignoreDiacritics: boolean): TextFinder {
    return this.flag('ignoreDiacritics', ignoreDiacritics, 'ignoreDiacritics');
  }
  matchCase(matchCase: boolean): TextFinder {
    return this.flag('matchCase', matchCase, 'matchCase');
  }
  matchEntireCell(matchEntireCell: boolean): TextFinder {
    return this.flag('entireCell', matchEntireCell, 'matchEntireCell');
  }
  matchFormulaText(matchFormulaText: boolean): TextFinder {
    return this.flag('formulaText', matchFormulaText, 'matchFormulaText');
  }
  useRegularExpression(useRegEx: boolean): TextFinder {
    return this.flag('regex', useRegEx, 'useRegularExpression');
  }
  /** Replaces every match in scope; returns the number of occurrences replaced. */
  replaceAllWith(replaceText: string): number {
    return this.replaceIn(this.visit(), replaceText, 'replaceAllWith');
  }
  /** Replaces the occurrences in the current match only; 0 when there is no current match. */
  replaceWith(replaceText: string): number {
    const current = this.current;
    const cells = current
      ? this.visit().filter(
          (c) => c.sheetId === current.sheetId && c.row === current.row && c.column === current.column,
        )
      : [];
    return this.replaceIn(cells, replaceText, 'replaceWith');
  }
  /**
   * The next search starts just after `startRange`; for a block of cells, after its last cell
   * (bottom right) in search order. The range must lie in the finder's scope.
   */
  startFrom(startRange: Range): TextFinder {
    const rect = rectOf(startRange);
    const scope = this.scope;
    const inScope =
      'rect' in scope
        ? contains(scope.rect, rect)
        : 'sheetId' in scope
          ? rect.sheetId === scope.sheetId
          : this.ctx.book.sheets.some((s) => s.id === rect.sheetId);
    if (!inScope) throw new Error('Invalid argument: startRange (it is outside the range searched)');
    this.cursor = {
      sheetId: rect.sheetId,
      row: rect.row + rect.numRows - 1,
      column: rect.column + rect.numColumns - 1,
    };
    this.current = undefined;
    return this.self();
  }
}
