/**
 * A report sheet read as a person would read it at 100% zoom, on the emulator: what is cut off,
 * what counts show decimals, which chart axes step in fractions, what stands over what. For every
 * report sheet and the dashboard (test/server/reportSheets.test.ts and the dashboard's tests).
 */
import {
  INTEGER_FORMAT,
  MAX_COLUMN_PX,
  PX_PER_CHAR,
  ROW_PX,
  textWidthPx,
} from '../../src/core/reports/sheetSizing';
import type { Emulator } from '../../workbench/emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' size for a chart inserted without a width or height option. */
const DEFAULT_CHART = { width: 600, height: 371 };
/** A record ID as Suki makes them (C-000012, CL-000003): never a chart's label. */
const RECORD_ID = /^[A-Z]{1,3}-\d{3,}$/;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What the checks read of the sheet, once. */
interface SheetView {
  readonly sheet: Sheet;
  readonly values: unknown[][];
  readonly shown: string[][];
  readonly formats: string[][];
  /** Left edge of each column (index 1…), in pixels; widths as the emulator records them. */
  readonly left: (column: number) => number;
  readonly width: (column: number) => number;
  /** Rows that belong to a table block: a header (a row starting with a filled cell) and its rows. */
  readonly inBlock: readonly boolean[];
  /** Each block's header row (0-based) and its data rows. */
  readonly blocks: readonly { readonly header: number; readonly rows: readonly number[] }[];
  readonly charts: readonly {
    readonly name: string;
    readonly box: Box;
    readonly chart: GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }[];
}

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;
const cellName = (row: number, column: number) => `${String.fromCharCode(64 + column)}${row}`;

function blocksOf(values: unknown[][], backgrounds: string[][]) {
  const inBlock = values.map(() => false);
  const blocks: { header: number; rows: number[] }[] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = row.findIndex((value) => !isEmpty(value));
    if (first < 0 || inBlock[r] || (backgrounds[r]?.[first] ?? '#ffffff') === '#ffffff') continue;
    const block = { header: r, rows: [] as number[] };
    inBlock[r] = true;
    for (let d = r + 1; d < values.length && (values[d] ?? []).some((v) => !isEmpty(v)); d++) {
      inBlock[d] = true;
      block.rows.push(d);
    }
    blocks.push(block);
  }
  return { inBlock, blocks };
}

function viewOf(sheet: Sheet): SheetView {
  const rows = Math.max(1, sheet.getLastRow());
  const columns = Math.max(1, sheet.getLastColumn());
  const range = sheet.getRange(1, 1, rows, columns);
  const values = range.getValues();
  const widths = new Map<number, number>();
  const width = (column: number) => {
    if (!widths.has(column)) widths.set(column, sheet.getColumnWidth(column));
    return widths.get(column) as number;
  };
  const left = (column: number) => {
    let x = 0;
    for (let c = 1; c < column; c++) x += width(c);
    return x;
  };
  const charts = sheet.getCharts().map((chart, index) => {
    const info = chart.getContainerInfo();
    const options = chart.getOptions();
    const box = {
      x: left(info.getAnchorColumn()) + info.getOffsetX(),
      // Rows at Sheets' default height: Suki sets none, and rows grown by wrapping only move charts apart.
      y: (info.getAnchorRow() - 1) * ROW_PX + info.getOffsetY(),
      width: Number(options.get('width') ?? DEFAULT_CHART.width),
      height: Number(options.get('height') ?? DEFAULT_CHART.height),
    };
    return { name: `chart ${index + 1} "${String(options.get('title') ?? '')}"`, box, chart };
  });
  return {
    sheet,
    values,
    shown: range.getDisplayValues(),
    formats: range.getNumberFormats(),
    left,
    width,
    ...blocksOf(values, range.getBackgrounds()),
    charts,
  };
}

/**
 * Columns narrower than what they show. A cell of a block (its header or rows) must fit its column:
 * textWidthPx of its displayed text at most the column's width, unless the cell wraps and the column
 * is MAX_COLUMN_PX wide (the emulator's getWrap is true by default, as Sheets' is). Text outside the
 * blocks (titles, the as-of line) may run on over the empty cells to its right, as Sheets draws it,
 * but not under a chart. One problem per column: its widest text.
 */
function widthProblems(view: SheetView): string[] {
  const problems: string[] = [];
  const worst = new Map<number, { need: number; text: string; row: number }>();
  view.values.forEach((row, r) => {
    row.forEach((value, i) => {
      if (isEmpty(value)) return;
      const column = i + 1;
      const text = view.shown[r]?.[i] ?? '';
      const need = textWidthPx(text);
      if (!view.inBlock[r] && typeof value === 'string') {
        const line = { x: view.left(column), y: r * ROW_PX, width: need, height: ROW_PX };
        const under = view.charts.find((chart) => overlaps(line, chart.box));
        if (under) problems.push(`${cellName(r + 1, column)}: "${text}" runs under ${under.name}`);
        if (row.slice(i + 1).every(isEmpty)) return;
      }
      if (need <= view.width(column)) return;
      const wraps = view.sheet.getRange(r + 1, column).getWrap();
      if (wraps && view.width(column) >= MAX_COLUMN_PX) return;
      if ((worst.get(column)?.need ?? 0) < need) worst.set(column, { need, text, row: r });
    });
  });
  for (const [column, { need, text, row }] of worst) {
    const at = cellName(row + 1, column);
    problems.push(`${at}: column ${view.width(column)} px is narrower than "${text}" (${need} px)`);
  }
  return problems;
}

/** The sheet's title and as-of line: the rows above the blocks' titles and notes. */
const SHEET_HEAD_ROWS = 2;
/** Sheets' default font size, in points: PX_PER_CHAR is for it. */
const DEFAULT_FONT_PT = 10;

/** Pixels `text` takes in one line at `size` points: textWidthPx's figure, its characters scaled. */
const widthAtSize = (text: string, size: number) =>
  textWidthPx(text) + Array.from(text).length * PX_PER_CHAR * (size / DEFAULT_FONT_PT - 1);

/**
 * Block titles and their notes (the text outside the blocks below the sheet's title and as-of line,
 * which may run on as widthProblems says) that run on past the data. Such a cell is given its own
 * column and the empty cells after it up to the last column with content: its text, at PX_PER_CHAR
 * per character of the default font (scaled by its font size), must end within them. A note in one
 * cell would run on far to the right of the data.
 * A cell that wraps is let off: wrapping on and part of a merge (where the sheet has merges), or in a
 * column MAX_COLUMN_PX wide (as widthProblems reads wrapping: the emulator's getWrap is true by
 * default) with a filled cell right after it or in the last column, so that it cannot run on (as the
 * workbench page draws it).
 */
function runOnProblems(view: SheetView): string[] {
  const problems: string[] = [];
  const lastColumn = view.values.reduce(
    (last, row) =>
      Math.max(
        last,
        row.reduce((l: number, v, i) => (isEmpty(v) ? l : i + 1), 0),
      ),
    0,
  );
  view.values.forEach((row, r) => {
    if (view.inBlock[r] || r < SHEET_HEAD_ROWS) return;
    row.forEach((value, i) => {
      if (typeof value !== 'string' || value === '') return;
      const cell = view.sheet.getRange(r + 1, i + 1);
      let given = 0;
      let next = i;
      for (; next < lastColumn && (next === i || isEmpty(row[next])); next++) given += view.width(next + 1);
      const boxedIn = i + 1 === lastColumn || !isEmpty(row[i + 1]);
      const wraps =
        cell.getWrap() &&
        (cell.isPartOfMerge?.() === true || (view.width(i + 1) >= MAX_COLUMN_PX && boxedIn));
      const text = view.shown[r]?.[i] ?? value;
      const need = widthAtSize(text, cell.getFontSize());
      if (need > given && !wraps)
        problems.push(
          `${cellName(r + 1, i + 1)}: "${text.slice(0, 40)}…" (${Math.round(need)} px) runs on past the data (${given} px)`,
        );
    });
  });
  return problems;
}

const isMoneyFormat = (format: string) => /\[\$|0\.00/.test(format);

/**
 * Counts that are not whole: a cell of an integer-format ('#,##0') column holding a fraction; and a
 * block column of whole numbers none of which has the integer format while they show a decimal
 * point ("49.0"), money and percentages aside.
 */
function integerProblems(view: SheetView): string[] {
  const problems: string[] = [];
  view.values.forEach((row, r) => {
    row.forEach((value, i) => {
      if (view.formats[r]?.[i] === INTEGER_FORMAT && typeof value === 'number' && !Number.isInteger(value))
        problems.push(`${cellName(r + 1, i + 1)}: ${value} is a count that is not whole`);
    });
  });
  for (const block of view.blocks) {
    const width = view.values[block.header]?.length ?? 0;
    for (let i = 0; i < width; i++) {
      const cells = block.rows.filter((r) => typeof view.values[r]?.[i] === 'number');
      if (cells.length === 0) continue;
      const format = (r: number) => view.formats[r]?.[i] ?? 'General';
      const whole = cells.every((r) => Number.isInteger(view.values[r]?.[i]));
      const anyInteger = cells.some((r) => format(r) === INTEGER_FORMAT);
      const decimals = cells.some((r) => /\.\d/.test(view.shown[r]?.[i] ?? ''));
      const other = cells.some((r) => isMoneyFormat(format(r)) || format(r).includes('%'));
      if (whole && !anyInteger && decimals && !other) {
        const at = cellName((cells[0] as number) + 1, i + 1);
        problems.push(`${at}: whole numbers shown with decimals ("${view.shown[cells[0] as number]?.[i]}")`);
      }
    }
  }
  return problems;
}

/** An option read dotted ('vAxis.viewWindow.max') or from its object ('vAxis': {viewWindow: …}). */
function optionOf(options: GoogleAppsScript.Charts.ChartOptions, path: string): unknown {
  const dotted = options.get(path);
  if (dotted !== undefined && dotted !== null) return dotted;
  const [head = '', ...rest] = path.split('.');
  let node: unknown = options.get(head);
  for (const key of rest) node = (node as Record<string, unknown> | null | undefined)?.[key];
  return node;
}

/**
 * Chart problems: a count axis (every series' cells in the integer format) without whole-number
 * steps ((max − min) / (gridlines − 1) not whole, or any of them missing) or whose top cuts a value
 * off; labels that are record IDs; a chart over a cell that is not empty or over another chart.
 */
function chartProblems(view: SheetView): string[] {
  const problems: string[] = [];
  for (const { name, box, chart } of view.charts) {
    const [labels, ...series] = chart.getRanges();
    const options = chart.getOptions();
    const counts =
      series.length > 0 &&
      series.every((range) =>
        range
          .getNumberFormats()
          .slice(1)
          .flat()
          .every((f) => f === INTEGER_FORMAT),
      );
    if (counts) {
      const axis = String(options.get('type')) === 'BAR' ? 'hAxis' : 'vAxis';
      const min = Number(optionOf(options, `${axis}.viewWindow.min`));
      const max = Number(optionOf(options, `${axis}.viewWindow.max`));
      const lines = Number(optionOf(options, `${axis}.gridlines.count`));
      const step = (max - min) / (lines - 1);
      if (!Number.isFinite(step) || !Number.isInteger(step) || step <= 0)
        problems.push(`${name}: the count axis steps by ${step} (${axis} ${min}…${max}, ${lines} gridlines)`);
      const largest = Math.max(
        0,
        ...series.flatMap((range) => range.getValues().slice(1).flat().map(Number).filter(Number.isFinite)),
      );
      if (largest > max) problems.push(`${name}: the count axis stops at ${max}, below ${largest}`);
    }
    const ids = (labels?.getDisplayValues().slice(1).flat() ?? []).filter((label) =>
      RECORD_ID.test(label.split(' ')[0] ?? ''),
    );
    if (ids.length > 0) problems.push(`${name}: labelled with record IDs (${ids.slice(0, 3).join(', ')})`);
    const covered = view.values.flatMap((row, r) =>
      row.flatMap((value, i) => {
        const cell = { x: view.left(i + 1), y: r * ROW_PX, width: view.width(i + 1), height: ROW_PX };
        return !isEmpty(value) && overlaps(cell, box) ? [cellName(r + 1, i + 1)] : [];
      }),
    );
    if (covered.length > 0) problems.push(`${name} stands over ${covered.slice(0, 5).join(', ')}`);
  }
  view.charts.forEach((a, i) => {
    for (const b of view.charts.slice(i + 1))
      if (overlaps(a.box, b.box)) problems.push(`${a.name} overlaps ${b.name}`);
  });
  return problems;
}

/**
 * The problems a person would see on sheet `sheetName`, each said in a line (none: it reads
 * cleanly): a column narrower than its header and its longest shown value (textWidthPx of the
 * displayed text against the emulator's getColumnWidth) unless it wraps at MAX_COLUMN_PX; a count
 * that is not whole, or whole numbers shown with decimals in a column without the integer format; a
 * count axis whose (max − min) / (gridlines − 1) is not whole or is missing; a chart labelled with
 * record IDs, anchored over a cell that is not empty or overlapping another chart; text outside the
 * blocks below the sheet's title and as-of line (block titles, notes) that runs on past the data's
 * last column (runOnProblems). Blocks are found
 * as Suki writes them: a header row starts with a filled cell, its rows follow up to a blank row.
 * Reads uncounted, so a test's call counts stay the action's.
 */
export function reportSheetProblems(emulator: Emulator, sheetName: string): string[] {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName(sheetName);
    if (!sheet) return [`no sheet "${sheetName}"`];
    const view = viewOf(sheet);
    return [...widthProblems(view), ...runOnProblems(view), ...integerProblems(view), ...chartProblems(view)];
  });
}
