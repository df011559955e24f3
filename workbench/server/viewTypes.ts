/** The JSON the workbench server sends its page; shared by both sides (type-only on the page). */
import type { MenuEntry } from '../emulator';

/** One cell as shown: display text plus how to draw it. */
export interface CellView {
  /** Display value, through the cell's number format. */
  v: string;
  /** Kind of value: number, date, boolean or formula (text when absent). */
  k?: 'n' | 'd' | 'b' | 'f';
  /** The formula, for formula cells. */
  f?: string;
  bg?: string;
  fc?: string;
  b?: true;
  it?: true;
  /** Index into SheetWindow.lists: the cell's dropdown choices. */
  l?: number;
  /** The dropdown refuses other values. */
  strict?: true;
}

/** A row of cells, with its 1-based row number. */
export interface RowView {
  r: number;
  cells: CellView[];
}

/** A chart drawn from an embedded chart's ranges. */
export interface ChartView {
  id: number;
  type: string;
  title: string;
  anchorRow: number;
  anchorColumn: number;
  categories: string[];
  series: { name: string; values: number[] }[];
}

/** A page of one sheet: the frozen rows plus a window of rows. */
export interface SheetWindow {
  name: string;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  /** Columns drawn (1..columns). */
  columns: number;
  /** Width in px of each drawn column. */
  widths: number[];
  /** Last row a person can page to (the data plus some blank rows). */
  rowLimit: number;
  /** First row of the window (after the frozen rows). */
  start: number;
  frozen: RowView[];
  rows: RowView[];
  lists: string[][];
  charts: ChartView[];
}

/** A sheet tab. */
export interface SheetTab {
  name: string;
  hidden: boolean;
}

/** Everything the page draws besides the grid. */
export interface WorkbookView {
  title: string;
  version: number;
  lastSeq: number;
  sheets: SheetTab[];
  activeSheet: string;
  menus: { title: string; items: MenuEntry[] }[];
  user: string;
  team: { email: string; name: string; role: string }[];
  /** Where Save writes, when the workbench was started with --workbook. */
  savePath: string | null;
}
