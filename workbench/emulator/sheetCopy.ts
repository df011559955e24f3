/** Duplicating a sheet, as Sheets' "Duplicate", Sheet.copyTo and Spreadsheet.duplicateActiveSheet do. */
import type { EmulatorContext } from './context';
import { copySheetMetadata } from './developerMetadata';
import { Grid } from './grid';
import { assertCellBudget, type Content, newSheetModel, type Rect, type SheetModel } from './model';

function copyGrid<T>(grid: Grid<T>, copyValue: (value: T) => T): Grid<T> {
  const copy = new Grid<T>();
  // map keeps the holes of sparse rows, so the copy is as sparse as the original.
  copy.rows = grid.rows.map((line) => line.map((value) => (value === undefined ? value : copyValue(value))));
  return copy;
}

const same = <T>(value: T): T => value;

/**
 * Copies a sheet as Sheets' "Duplicate" and Sheet.copyTo do: values, formats, notes, validation,
 * styles, sizes, frozen panes, conditional formats, charts and ALL its developer metadata (the
 * sheet's, its rows' and columns'), named "Copy of <name>" (numbered when taken) and placed at
 * `index` (0-based). Protections and named ranges stay with the original.
 */
export function copySheet(ctx: EmulatorContext, source: SheetModel, index: number): SheetModel {
  const book = ctx.book;
  assertCellBudget(book, source.maxRows * source.maxColumns);
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  let name = `Copy of ${source.name}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Copy of ${source.name} ${n}`;
  const id = book.nextId++;
  const onCopy = (rect: Rect): Rect => (rect.sheetId === source.id ? { ...rect, sheetId: id } : { ...rect });
  const model: SheetModel = {
    ...newSheetModel(id, name),
    maxRows: source.maxRows,
    maxColumns: source.maxColumns,
    frozenRows: source.frozenRows,
    frozenColumns: source.frozenColumns,
    tabColor: source.tabColor,
    content: copyGrid<Content>(source.content, (v) => (v instanceof Date ? new Date(v.getTime()) : v)),
    formats: copyGrid(source.formats, same),
    notes: copyGrid(source.notes, same),
    validations: copyGrid(source.validations, same), // validation records are immutable once built
    styles: copyGrid(source.styles, (style) => ({ ...style })),
    columnWidths: [...source.columnWidths],
    hiddenColumns: [...source.hiddenColumns],
    conditional: source.conditional.map((rule) => ({ ...rule, ranges: rule.ranges.map(onCopy) })),
    charts: source.charts.map((chart) => ({
      ...chart,
      id: book.nextId++,
      ranges: chart.ranges.map(onCopy),
      options: { ...chart.options },
      position: { ...chart.position },
    })),
  };
  book.sheets.splice(index, 0, model);
  copySheetMetadata(ctx, source.id, id);
  return model;
}
