/**
 * A report sheet's columns and notes measured before anything is written (sheetSizing's figures):
 * each column's width from its headers and values as shown, whether it wraps, and a block's note
 * broken into the lines of a paragraph no wider than the data, since a note in one cell would run
 * on far to the right of everything else.
 */
import type { ReportBlock, ReportSheetModel } from './reportModel';
import { columnWidthFor, type ReportFormat, shownText, textWidthPx } from './sheetSizing';

/** The format of a block's cell: its row's (rowFormats) for numbers, else its column's. */
export function cellFormat(block: ReportBlock, row: number, column: number): ReportFormat {
  const format = block.columns[column]?.format ?? 'text';
  return format === 'text' ? format : (block.rowFormats?.[row] ?? format);
}

/** One column of the grid: its width in pixels and whether its block cells wrap. */
export interface ColumnSize {
  readonly width: number;
  readonly wrap: boolean;
}

/**
 * Each of the grid's `width` columns sized from every block's header and values in it, as shown
 * with `currencySymbol` (block titles, notes and the as-of line run on over the empty cells to
 * their right, so they size nothing).
 */
export function columnSizesOf(model: ReportSheetModel, width: number, currencySymbol: string): ColumnSize[] {
  const sizes: ColumnSize[] = [];
  for (let c = 0; c < width; c++) {
    const texts: string[] = [];
    for (const block of model.blocks) {
      if (c >= block.columns.length) continue;
      texts.push(block.columns[c]?.label ?? '');
      block.rows.forEach((row, r) => {
        texts.push(shownText(row[c] ?? null, cellFormat(block, r, c), currencySymbol));
      });
    }
    sizes.push(columnWidthFor(texts));
  }
  return sizes;
}

/**
 * The widest a note's line is made, in pixels: about 115 characters, a paragraph's measure, so a
 * long note on a wide sheet still reads as a paragraph rather than one line across the screen.
 * @forTests The note tests measure lines against it.
 */
export const NOTE_MAX_PX = 820;

/**
 * The width a note's lines may take: the data's columns together (a line runs on over the empty
 * cells of its row, never past the data, so never under a chart beside it), at most NOTE_MAX_PX.
 */
export function noteWidthPx(columns: readonly ColumnSize[]): number {
  return Math.min(
    NOTE_MAX_PX,
    columns.reduce((sum, column) => sum + column.width, 0),
  );
}

/**
 * `note` as the lines of a paragraph, each at most `widthPx` wide as textWidthPx measures it:
 * broken between words, a word longer than a whole line broken inside it. Spaces at the breaks go.
 */
export function noteLines(note: string, widthPx: number): string[] {
  const fits = (text: string) => textWidthPx(text) <= widthPx;
  const lines: string[] = [];
  let line = '';
  for (const word of note.trim().split(/\s+/)) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = Array.from(word);
    // A word wider than a line: as much of it per line as fits (at least one character).
    while (!fits(rest.join(''))) {
      let take = 1;
      while (take < rest.length && fits(rest.slice(0, take + 1).join(''))) take++;
      lines.push(rest.slice(0, take).join(''));
      rest = rest.slice(take);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  return lines;
}
