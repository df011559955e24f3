/**
 * How wide a report column must be, and where a count axis puts its gridlines, worked out before
 * anything is written: Sheets has no "fit to content" an add-on can rely on (autoResizeColumns
 * measures only what has rendered), so Suki sizes columns from the text it writes. The figures are
 * for Sheets' default font (Arial 10) at 100% zoom; the tests measure widths with the same figure.
 */

/** Average pixels per character of Arial 10, generous for digits and capitals. */
export const PX_PER_CHAR = 7;

/** The cell's padding, left and right together, in pixels. */
const CELL_PADDING_PX = 14;

/** The narrowest a report column is made (a short code still reads), in pixels. */
export const MIN_COLUMN_PX = 56;

/**
 * The widest a report column is made, in pixels: longer text wraps inside it (the column is set to
 * wrap) instead of pushing every other column off a laptop screen.
 */
export const MAX_COLUMN_PX = 320;

/** Pixels `text` takes in one line of a cell, padding included. */
export function textWidthPx(text: string): number {
  return Array.from(text).length * PX_PER_CHAR + CELL_PADDING_PX;
}

/**
 * The width of a column holding `texts` (its header among them, as shown), within the bounds, and
 * whether its cells must wrap because the longest is wider than the widest column allowed.
 */
export function columnWidthFor(texts: readonly string[]): { readonly width: number; readonly wrap: boolean } {
  const widest = texts.reduce((most, text) => Math.max(most, textWidthPx(text)), 0);
  return {
    width: Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, widest)),
    wrap: widest > MAX_COLUMN_PX,
  };
}

/** Whole-number steps for an axis of counts: 1, 2 or 5 times a power of ten. */
const NICE_STEPS = [1, 2, 5];

/**
 * A count axis from 0 that steps in whole numbers (never 17.3 / 34.5): the step, the top of the
 * axis (a multiple of the step at or above `largest`) and the number of gridlines (steps + 1),
 * with at most `maxSteps` steps.
 */
export function wholeNumberAxis(
  largest: number,
  maxSteps = 5,
): { readonly step: number; readonly max: number; readonly gridlines: number } {
  const top = Number.isFinite(largest) && largest > 0 ? Math.ceil(largest) : 1;
  for (let power = 1; ; power *= 10) {
    for (const nice of NICE_STEPS) {
      const step = nice * power;
      const steps = Math.max(1, Math.ceil(top / step));
      if (steps <= maxSteps) return { step, max: steps * step, gridlines: steps + 1 };
    }
  }
}
