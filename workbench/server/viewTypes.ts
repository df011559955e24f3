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
  /** Font size in points, when not Sheets' default 10. */
  fs?: number;
  /** The horizontal alignment set on the cell; absent: by the kind of value, as Sheets aligns. */
  ha?: 'left' | 'center' | 'right';
  /**
   * How text too long for the cell is shown, when that is known: 'wrap' breaks lines (the row grows),
   * 'clip' cuts it at the cell's edge, 'flow' runs on over the empty cells to its right. Absent: the
   * cell's wrap is on, Sheets' documented default, which the emulator cannot tell from one a script
   * set (the page's cellLook.ts says how it draws it).
   */
  wrap?: 'wrap' | 'clip' | 'flow';
  /** A merge's top-left cell: the rows and columns it spans (within the rows sent). */
  span?: { rows: number; columns: number };
  /** A cell a merge covers: drawn by its top-left cell. */
  hid?: true;
  /** Index into SheetWindow.lists: the cell's dropdown choices. */
  l?: number;
  /** The dropdown refuses other values. */
  strict?: true;
}

/** A row of cells, with its 1-based row number. */
export interface RowView {
  r: number;
  cells: CellView[];
  /** The row's height in pixels when the sheet records one other than the default; absent: as tall as its cells. */
  h?: number;
}

/** A chart drawn from an embedded chart's ranges. */
export interface ChartView {
  id: number;
  type: string;
  title: string;
  /** The cell its top-left corner stands on, and how far from that cell's corner, in pixels. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Its size in pixels: the width and height options, or Sheets' default size. */
  width: number;
  height: number;
  /** Whether it shows a legend ('legend.position' is not 'none'). */
  legend: boolean;
  /** Whether the category labels are slanted ('hAxis.slantedText'). */
  slanted: boolean;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** The value axis as the chart's options set it (vAxis, or hAxis for a bar chart), for drawing. */
  valueAxis: { max: number | null; gridlines: number | null; format: string | null };
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
  /** Columns drawn (1..columns): the data's, one more, and those the charts stand over. */
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
  /** The acting user's e-mail; '' while acting as someone whose e-mail Google hides. */
  user: string;
  /** The acting-user switch. */
  acting: ActingChoices;
  /** Where Save writes, when the workbench was started with --workbook. */
  savePath: string | null;
}

/** What choosing an entry of the acting-user switch posts to /api/user. */
export type ActingRequest = { email: string } | { hidden: true };

/** One entry of the acting-user switch. */
export interface ActingChoice {
  /** The option's value: the e-mail for a person, a word without '@' for the other entries. */
  value: string;
  /** What the entry says, e.g. "Rafael Mendoza · manager · deputy for Paolo Garcia". */
  label: string;
  /** What choosing it asks the server; absent for "Other e-mail…", which asks the person first. */
  request?: ActingRequest;
}

/** The acting-user switch: its entries, and the value of the one for whoever is acting now. */
export interface ActingChoices {
  choices: ActingChoice[];
  current: string;
}
