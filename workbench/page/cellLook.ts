/**
 * How one cell is drawn, as Sheets draws it: its font size, weight, colours and alignment as the
 * sheet records them; text too long for the cell runs on over the empty cells to its right, breaks
 * into lines (the row grows, unless the sheet records its height) or is cut at the cell's edge.
 */
import { MAX_COLUMN_PX } from '../../src/core/reports/sheetSizing';
import type { CellView, RowView } from '../server/viewTypes';
import { el } from './dom';

/** What drawing a cell needs of its sheet. */
export interface SheetGeometry {
  /** Width in px of each drawn column (index 0 is column A). */
  readonly widths: readonly number[];
  /** The last column with content: text in it has none of the data's cells to run on over. */
  readonly lastColumn: number;
}

/** Sheets' default column width, for a column the page was not sent. */
const DEFAULT_WIDTH = 100;
/** The cell's padding, left and right together (styles.css: .grid td). */
const PADDING_PX = 6;
/** The cell's padding top and bottom and its bottom border, within a recorded row height. */
const ROW_CHROME_PX = 5;

const widthOf = (geometry: SheetGeometry, index: number) => geometry.widths[index] ?? DEFAULT_WIDTH;

/** Text, not a number, date, boolean, formula or dropdown: only text runs on or breaks lines. */
const isText = (cell: CellView) => cell.v !== '' && !cell.k && cell.l === undefined;

/** The width the cell covers: its column's, or its merge's columns'. */
function ownWidth(cell: CellView, index: number, geometry: SheetGeometry): number {
  let width = 0;
  for (let c = index; c < index + (cell.span?.columns ?? 1); c++) width += widthOf(geometry, c);
  return width;
}

/**
 * The width text may run on to: its own and that of the empty cells after it (no value, no fill,
 * not under a merge), as in Sheets.
 */
function runOnWidth(row: RowView, index: number, geometry: SheetGeometry): number {
  const cell = row.cells[index] as CellView;
  let width = ownWidth(cell, index, geometry);
  for (let next = index + (cell.span?.columns ?? 1); next < row.cells.length; next++) {
    const neighbour = row.cells[next];
    if (neighbour?.v !== '' || neighbour.bg || neighbour.hid) break;
    width += widthOf(geometry, next);
  }
  return width;
}

/** How the cell's text is laid out. */
type TextLayout = { kind: 'run-on'; width: number } | { kind: 'wrap' } | { kind: 'clip' };

/**
 * Wrap as recorded: 'wrap' breaks lines, 'clip' cuts, 'flow' runs on over the empty cells to the
 * right (and is cut at a filled one). A cell whose wrapping is merely on (what the emulator records
 * both by default and for setWrap(true)) is drawn as Sheets draws a new cell, running on over empty
 * cells of the data or cut, except in a column as wide as Suki makes the columns it sets to wrap
 * (MAX_COLUMN_PX) where it cannot run on: there its text breaks into lines. Only left-aligned text
 * runs on.
 */
function textLayout(row: RowView, index: number, geometry: SheetGeometry): TextLayout {
  const cell = row.cells[index] as CellView;
  if (!isText(cell)) return { kind: 'clip' };
  if (cell.wrap === 'wrap') return { kind: 'wrap' };
  if (cell.wrap === 'clip') return { kind: 'clip' };
  const own = ownWidth(cell, index, geometry);
  const room = runOnWidth(row, index, geometry);
  const leftAligned = cell.ha === undefined || cell.ha === 'left';
  const lastColumn = index + (cell.span?.columns ?? 1);
  const runsOn = leftAligned && room > own;
  if (cell.wrap === 'flow') return runsOn ? { kind: 'run-on', width: room } : { kind: 'clip' };
  if (runsOn && lastColumn < geometry.lastColumn) return { kind: 'run-on', width: room };
  if (own >= MAX_COLUMN_PX) return { kind: 'wrap' };
  return runsOn ? { kind: 'run-on', width: room } : { kind: 'clip' };
}

/** Puts the cell's text and look into `td`. */
export function drawCell(
  td: HTMLTableCellElement,
  row: RowView,
  index: number,
  geometry: SheetGeometry,
): void {
  const cell = row.cells[index] as CellView;
  const layout = textLayout(row, index, geometry);
  const classes: string[] = [];
  if (layout.kind === 'run-on') {
    classes.push('spill');
    td.append(
      el('span', {
        class: 'spill-text',
        text: cell.v,
        style: { maxWidth: `${layout.width - PADDING_PX}px` },
      }),
    );
  } else if (layout.kind === 'wrap') {
    classes.push('wrap');
    if (row.h === undefined) td.textContent = cell.v;
    else
      td.append(
        el('div', { class: 'fixed', text: cell.v, style: { maxHeight: `${row.h - ROW_CHROME_PX}px` } }),
      );
  } else {
    td.textContent = cell.v;
  }
  if (cell.k === 'n' || cell.k === 'd') classes.push('num');
  if (cell.k === 'b') classes.push('bool');
  if (cell.l !== undefined) classes.push('list');
  td.className = classes.join(' ');
  if (cell.span) {
    td.colSpan = cell.span.columns;
    td.rowSpan = cell.span.rows;
  }
  const style = td.style;
  if (row.h !== undefined) style.height = `${row.h}px`;
  if (cell.bg) style.backgroundColor = cell.bg;
  if (cell.fc) style.color = cell.fc;
  if (cell.b) style.fontWeight = 'bold';
  if (cell.it) style.fontStyle = 'italic';
  if (cell.fs) style.fontSize = `${cell.fs}pt`;
  if (cell.ha) style.textAlign = cell.ha;
  if (cell.v.length > 20 && layout.kind === 'clip') td.title = cell.v;
}
