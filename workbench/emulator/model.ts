/**
 * The emulated spreadsheet's state, kept apart from the Apps Script-shaped objects that expose it:
 * fakes are thin views over this model, so several Range objects over one cell agree.
 */
import { Grid } from './grid';

/** A formula as typed; the emulator does not evaluate formulas. */
export class Formula {
  constructor(readonly text: string) {}
}

/** What a cell can hold. An empty cell holds undefined. */
export type Content = string | number | boolean | Date | Formula;

/** Cell styling Suki sets. */
export interface Style {
  fontWeight?: string;
  background?: string;
  fontColor?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  fontSize?: number;
}

/** A rectangle on one sheet, 1-based and inclusive of its first row and column. */
export interface Rect {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A data validation rule; immutable once built. */
export interface ValidationRecord {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
  /** For VALUE_IN_RANGE: the rectangle whose values are allowed. */
  source?: Rect;
}

/** Developer metadata with its location. ROW/COLUMN metadata spans [start, start+count). */
export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  sheetId?: number;
  start: number;
  count: number;
}

/** A range or sheet protection. */
export interface ProtectionRecord {
  id: number;
  type: 'RANGE' | 'SHEET';
  rect: Rect;
  description: string;
  editors: Set<string>;
  domainEdit: boolean;
  warningOnly: boolean;
  unprotected: Rect[];
  /** Until a script changes the editors, a new protection's editors mirror the spreadsheet's. */
  mirrorsSpreadsheet: boolean;
}

/** A conditional format rule as recorded from its builder. */
export interface ConditionalRecord {
  criteria: string;
  values: unknown[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  ranges: Rect[];
}

/** An embedded chart. */
export interface ChartRecord {
  id: number;
  type: string;
  ranges: Rect[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

/** One sheet. */
export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  content: Grid<Content>;
  formats: Grid<string>;
  notes: Grid<string>;
  validations: Grid<ValidationRecord>;
  styles: Grid<Style>;
  columnWidths: (number | undefined)[];
  hiddenColumns: (boolean | undefined)[];
  conditional: ConditionalRecord[];
  charts: ChartRecord[];
  deleted: boolean;
}

/** The spreadsheet. */
export interface BookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  sheets: SheetModel[];
  activeSheetId: number;
  selection: Rect | undefined;
  metadata: MetadataRecord[];
  protections: ProtectionRecord[];
  namedRanges: Map<string, Rect>;
  nextId: number;
  /**
   * The most cells the workbook may hold: Sheets' 10 million unless the emulator was made with a
   * higher `cellLimit` (see EmulatorOptions; the benchmark's only, to measure a size past it).
   */
  readonly cellLimit: number;
}

/** Sheets' limit on one spreadsheet's cells, empty ones included; the model enforces it by default. */
export const SHEETS_CELL_LIMIT = 10_000_000;
export const OUT_OF_BOUNDS = 'The coordinates of the range are outside the dimensions of the sheet.';

/** A fresh blank sheet of Sheets' default size. */
export function newSheetModel(id: number, name: string): SheetModel {
  return {
    id,
    name,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
    content: new Grid(),
    formats: new Grid(),
    notes: new Grid(),
    validations: new Grid(),
    styles: new Grid(),
    columnWidths: [],
    hiddenColumns: [],
    conditional: [],
    charts: [],
    deleted: false,
  };
}

/** A fresh workbook holding one blank 'Sheet1'. */
export function newBookModel(init: {
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  cellLimit?: number;
}): BookModel {
  const { cellLimit = SHEETS_CELL_LIMIT, ...named } = init;
  if (!Number.isSafeInteger(cellLimit) || cellLimit < 1)
    throw new Error(`cellLimit: a whole number of cells, not ${cellLimit}.`);
  return {
    id: '1SukiEmulatedSpreadsheet0000000000000000000',
    ...named,
    cellLimit,
    editors: [],
    sheets: [newSheetModel(0, 'Sheet1')],
    activeSheetId: 0,
    selection: undefined,
    metadata: [],
    protections: [],
    namedRanges: new Map(),
    nextId: 1000,
  };
}

/** A sheet by id; throws when it was deleted, like a stale Sheet object in Apps Script. */
export function sheetById(book: BookModel, id: number): SheetModel {
  const sheet = book.sheets.find((s) => s.id === id);
  if (!sheet) throw new Error('The sheet has been deleted.');
  return sheet;
}

/** Total cells over all sheets, for the 10 million cell limit. */
function totalCells(book: BookModel): number {
  return book.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
}

/** Throws like Sheets when growing by `extra` cells would pass the workbook limit. */
export function assertCellBudget(book: BookModel, extra: number): void {
  if (totalCells(book) + extra > book.cellLimit) {
    throw new Error(
      `This action would increase the number of cells in the workbook above the limit of ${book.cellLimit} cells.`,
    );
  }
}

/** Whether two rectangles on the same sheet share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** Whether `inner` lies wholly within `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.sheetId === inner.sheetId &&
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** The rectangle a row or column metadata record covers. */
export function metadataRect(book: BookModel, md: MetadataRecord): Rect | undefined {
  if (md.sheetId === undefined) return undefined;
  const sheet = book.sheets.find((s) => s.id === md.sheetId);
  if (!sheet) return undefined;
  if (md.type === 'ROW')
    return { sheetId: sheet.id, row: md.start, column: 1, numRows: md.count, numColumns: sheet.maxColumns };
  if (md.type === 'COLUMN')
    return { sheetId: sheet.id, row: 1, column: md.start, numRows: sheet.maxRows, numColumns: md.count };
  return { sheetId: sheet.id, row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}
