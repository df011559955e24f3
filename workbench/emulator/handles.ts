/**
 * The handles that refer to one another — a Range knows its Sheet, a Sheet its Spreadsheet and its
 * ranges, and metadata, protections, rules and charts hand out all three — are made through the
 * context rather than by importing range.ts, sheet.ts and spreadsheet.ts. createEmulator (index.ts)
 * gives the context the real makers, so no emulator module imports a module that imports it
 * (test/emulator/importGraph.test.ts): every base class is complete before a subclass extends it,
 * whichever module is loaded first.
 */
import type { EmulatorContext } from './context';
import type { Rect, SheetModel } from './model';
import type { Shape } from './rangeBase';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What makes each counted handle: makeRange, makeSheet and makeSpreadsheet. */
export interface HandleMakers {
  range(ctx: EmulatorContext, rect: Rect, shape: Shape): Range;
  sheet(ctx: EmulatorContext, model: SheetModel): Sheet;
  spreadsheet(ctx: EmulatorContext): Spreadsheet;
}

/** A counted Range over `rect`, checked against the sheet's size like Sheet.getRange. */
export function rangeOf(ctx: EmulatorContext, rect: Rect, shape?: Shape): Range {
  return ctx.handles.range(ctx, rect, shape);
}

/** The counted Sheet object for a sheet model (one per sheet, like a stable handle). */
export function sheetOf(ctx: EmulatorContext, model: SheetModel): Sheet {
  return ctx.handles.sheet(ctx, model);
}

/** The counted Spreadsheet of this emulator. */
export function spreadsheetOf(ctx: EmulatorContext): Spreadsheet {
  return ctx.handles.spreadsheet(ctx);
}
