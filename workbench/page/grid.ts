/**
 * One sheet drawn as a table: column letters, frozen rows kept on top, row numbers, display values
 * with the look the sheet records (cellLook.ts), dropdown cells, the charts over the cells
 * (chartLayer.ts), and a cell editor. Editing goes to the server as a person's typing (so validation
 * and onEdit apply); the server's answer decides what is shown.
 */
import type { CellView, RowView, SheetWindow } from '../server/viewTypes';
import { drawCell, type SheetGeometry } from './cellLook';
import { chartLayer } from './chartLayer';
import { columnName, el } from './dom';

/** Width in px of the row-number column. */
const ROW_NUMBERS_PX = 48;

/** What the grid asks of the page. */
interface GridHooks {
  /** A person typed `value` into a cell. */
  edit(row: number, column: number, value: string): Promise<void>;
  /** A person selected a cell. */
  select(row: number, column: number): void;
}

interface Position {
  row: number;
  column: number;
}

/** The grid of the current sheet. */
export class GridView {
  private view: SheetWindow | null = null;
  private selected: Position | null = null;
  private editing: { position: Position; input: HTMLInputElement } | null = null;
  private readonly cells = new Map<string, { td: HTMLTableCellElement; cell: CellView }>();

  constructor(
    private readonly root: HTMLElement,
    private readonly formulaRef: HTMLElement,
    private readonly formulaValue: HTMLElement,
    private readonly hooks: GridHooks,
  ) {
    root.addEventListener('click', (event) => {
      const position = this.positionOf(event.target);
      if (position) this.select(position, true);
    });
    root.addEventListener('dblclick', (event) => {
      const position = this.positionOf(event.target);
      if (position) this.startEditing(position);
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Draws a window of a sheet, keeping the selection when it is still on screen. */
  render(view: SheetWindow): void {
    if (this.view?.name !== view.name) this.selected = null;
    this.view = view;
    this.editing = null;
    this.cells.clear();
    const total = ROW_NUMBERS_PX + view.widths.reduce((sum, width) => sum + width, 0);
    const table = el('table', {
      class: 'grid',
      attrs: { 'aria-label': view.name },
      style: { width: `${total}px` },
    });
    const colgroup = el('colgroup', {}, el('col', { style: { width: `${ROW_NUMBERS_PX}px` } }));
    for (const width of view.widths) colgroup.append(el('col', { style: { width: `${width}px` } }));
    const head = el('thead');
    const letters = el('tr', { class: 'letters' }, el('th', { class: 'corner' }));
    for (let c = 1; c <= view.columns; c++) letters.append(el('th', { text: columnName(c) }));
    head.append(letters);
    const geometry: SheetGeometry = { widths: view.widths, lastColumn: view.lastColumn };
    for (const row of view.frozen) head.append(this.rowElement(row, true, geometry));
    const body = el('tbody');
    for (const row of view.rows) body.append(this.rowElement(row, false, geometry));
    const lists = el('div', { class: 'lists' });
    view.lists.forEach((items, index) => {
      const list = el('datalist', { attrs: { id: `list-${index}` } });
      for (const item of items) list.append(el('option', { attrs: { value: item } }));
      lists.append(list);
    });
    table.append(colgroup, head, body);
    const sheet = el('div', { class: 'sheet' }, table);
    this.root.replaceChildren(sheet, lists);
    // Placed once the rows are laid out: their heights follow their fonts and wrapped text.
    sheet.append(chartLayer({ view, table, rowNumbersPx: ROW_NUMBERS_PX }));
    if (this.selected && this.cells.has(this.key(this.selected))) this.select(this.selected, false);
    else this.showFormula(null);
  }

  /** Whether a cell is being edited (the page then holds back redraws). */
  isEditing(): boolean {
    return this.editing !== null;
  }

  private key(position: Position): string {
    return `${position.row}:${position.column}`;
  }

  private rowElement(row: RowView, frozen: boolean, geometry: SheetGeometry): HTMLTableRowElement {
    const tr = el(
      'tr',
      { class: frozen ? 'frozen' : '', attrs: { 'data-row': String(row.r) } },
      el('th', { class: 'rownum', text: String(row.r) }),
    );
    row.cells.forEach((cell, index) => {
      if (cell.hid) return;
      const td = el('td', { attrs: { 'data-row': String(row.r), 'data-column': String(index + 1) } });
      drawCell(td, row, index, geometry);
      this.cells.set(this.key({ row: row.r, column: index + 1 }), { td, cell });
      tr.append(td);
    });
    return tr;
  }

  private positionOf(target: EventTarget | null): Position | null {
    const td = target instanceof Element ? target.closest('td') : null;
    if (!td?.dataset.row || !td.dataset.column) return null;
    return { row: Number(td.dataset.row), column: Number(td.dataset.column) };
  }

  private select(position: Position, tell: boolean): void {
    if (this.selected) this.cells.get(this.key(this.selected))?.td.classList.remove('selected');
    const entry = this.cells.get(this.key(position));
    if (!entry) return;
    this.selected = position;
    entry.td.classList.add('selected');
    entry.td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.showFormula(position);
    if (tell) this.hooks.select(position.row, position.column);
  }

  private showFormula(position: Position | null): void {
    const entry = position ? this.cells.get(this.key(position)) : undefined;
    this.formulaRef.textContent = position ? `${columnName(position.column)}${position.row}` : '';
    this.formulaValue.textContent = entry ? (entry.cell.f ?? entry.cell.v) : '';
  }

  private startEditing(position: Position, initial?: string): void {
    const entry = this.cells.get(this.key(position));
    if (!entry || this.editing) return;
    this.select(position, true);
    const input = el('input', { class: 'cell-editor', attrs: { type: 'text', 'aria-label': 'Cell value' } });
    input.value = initial ?? entry.cell.f ?? entry.cell.v;
    if (entry.cell.l !== undefined) input.setAttribute('list', `list-${entry.cell.l}`);
    entry.td.replaceChildren(input);
    entry.td.classList.add('editing');
    this.editing = { position, input };
    input.focus();
    if (initial === undefined) input.select();
    let done = false;
    const finish = (commit: boolean, move: Position | null) => {
      if (done) return;
      done = true;
      this.editing = null;
      entry.td.classList.remove('editing');
      entry.td.textContent = entry.cell.v;
      const next = move && this.cells.has(this.key(move)) ? move : position;
      if (commit && input.value !== (entry.cell.f ?? entry.cell.v)) {
        entry.td.textContent = input.value;
        void this.hooks.edit(position.row, position.column, input.value).then(() => this.select(next, true));
      } else {
        this.select(next, false);
      }
    };
    input.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Enter') finish(true, { row: position.row + 1, column: position.column });
      else if (event.key === 'Tab') {
        event.preventDefault();
        finish(true, { row: position.row, column: position.column + 1 });
      } else if (event.key === 'Escape') finish(false, null);
    });
    input.addEventListener('blur', () => finish(true, null));
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.selected || this.editing || !this.view) return;
    const target = event.target as HTMLElement | null;
    if (target && target !== document.body && target.closest('input, select, textarea, button, iframe'))
      return;
    const { row, column } = this.selected;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
    };
    const move = moves[event.key];
    if (move) {
      if (this.cells.has(this.key(move))) this.select(move, true);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === 'F2') {
      this.startEditing(this.selected);
      event.preventDefault();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      void this.hooks.edit(row, column, '');
      event.preventDefault();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.startEditing(this.selected, event.key);
      event.preventDefault();
    }
  }
}
