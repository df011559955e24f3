/**
 * A report sheet as data: titled blocks of rows and the charts drawn from them. Report builders
 * (pure, in this folder) make one from a FullAnalysis; src/gas/reportWriter.ts lays it out and
 * writes it in one block. Every label is already translated.
 */

/** A value in a report cell; text is written as text. */
type ReportCell = string | number | null;

/** How a report column's numbers are shown. */
export type ReportFormat = 'text' | 'integer' | 'number' | 'currency' | 'percent' | 'date';

/** One column of a block. */
interface ReportColumn {
  readonly label: string;
  readonly format: ReportFormat;
}

/** A titled table inside a report sheet. */
export interface ReportBlock {
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Said under the title, e.g. what a prior score means. */
  readonly note?: string;
}

/** Chart kinds Suki draws (native Sheets charts). */
type ReportChartKind = 'column' | 'bar' | 'line' | 'pie';

/** A chart over one block: labels from one column, series from others. */
interface ReportChart {
  readonly kind: ReportChartKind;
  readonly title: string;
  readonly block: number;
  readonly labelColumn: number;
  readonly valueColumns: readonly number[];
}

/** A whole report sheet. `key` is stable (sheet metadata); `sheetName` is shown. */
export interface ReportSheetModel {
  readonly key: string;
  readonly sheetName: string;
  readonly title: string;
  readonly asOfLine: string;
  readonly blocks: readonly ReportBlock[];
  readonly charts: readonly ReportChart[];
}

/** Shorthand for a column. */
export function col(label: string, format: ReportFormat = 'text'): ReportColumn {
  return { label, format };
}

/** Where each block lands on the sheet: its title row, header row and first data row (1-based). */
export interface BlockPlacement {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly rowCount: number;
}

/**
 * Lays a report out as one rectangular grid (title, as-of line, then each block: title, header,
 * rows, a blank row) so it can be written with a single setValues. Returns the grid and where each
 * block landed, for formats and charts.
 */
export function layoutReport(model: ReportSheetModel): {
  grid: ReportCell[][];
  width: number;
  placements: BlockPlacement[];
} {
  const width = Math.max(2, ...model.blocks.map((b) => b.columns.length));
  const pad = (cells: readonly ReportCell[]) => [...cells, ...new Array(width - cells.length).fill(null)];
  const grid: ReportCell[][] = [pad([model.title]), pad([model.asOfLine]), pad([])];
  const placements: BlockPlacement[] = [];
  for (const block of model.blocks) {
    const titleRow = grid.length + 1;
    grid.push(pad([block.note ? `${block.title} — ${block.note}` : block.title]));
    grid.push(pad(block.columns.map((c) => c.label)));
    for (const row of block.rows) grid.push(pad(row));
    placements.push({
      titleRow,
      headerRow: titleRow + 1,
      firstDataRow: titleRow + 2,
      rowCount: block.rows.length,
    });
    grid.push(pad([]));
  }
  return { grid, width, placements };
}
