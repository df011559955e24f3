/**
 * The sheet's embedded charts floating over the grid, as Sheets shows them: each one's top-left
 * corner at its anchor cell's top-left corner plus its offsets, at its recorded size. The layer lies
 * inside the grid's scroll box, so the charts scroll with the cells and pass under the frozen rows
 * and the row numbers; a chart whose anchor row is not drawn is left out.
 */
import type { SheetWindow } from '../server/viewTypes';
import { chartCard } from './charts';
import { el } from './dom';

/** The drawn grid the charts are placed over. */
interface DrawnGrid {
  readonly view: SheetWindow;
  readonly table: HTMLTableElement;
  /** Width in px of the row-number column. */
  readonly rowNumbersPx: number;
}

/**
 * Pixels from the table's top edge to the top of each drawn row, by row number. Measured from the
 * rows' heights rather than their places, which the frozen rows' stickiness moves as the grid scrolls.
 */
function rowTops(table: HTMLTableElement): Map<number, number> {
  const tops = new Map<number, number>();
  let y = 0;
  for (const tr of table.rows) {
    const row = Number(tr.dataset.row);
    if (row) tops.set(row, y);
    y += tr.getBoundingClientRect().height;
  }
  return tops;
}

/** The layer of charts over `grid`: one figure per chart whose anchor is drawn, placed. */
export function chartLayer(grid: DrawnGrid): HTMLElement {
  const { view, table } = grid;
  const layer = el('div', { class: 'chart-layer' });
  const tops = rowTops(table);
  for (const chart of view.charts) {
    const top = tops.get(chart.anchorRow);
    if (top === undefined) continue;
    let left = grid.rowNumbersPx;
    for (let c = 1; c < chart.anchorColumn; c++) left += view.widths[c - 1] ?? 100;
    const card = chartCard(chart);
    card.style.left = `${left + chart.offsetX}px`;
    card.style.top = `${top + chart.offsetY}px`;
    layer.append(card);
  }
  return layer;
}
