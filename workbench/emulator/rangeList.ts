/**
 * Sheet.getRangeList: several ranges of one sheet acted on in one call, as Apps Script's RangeList
 * does. Only what Suki uses: getRanges and clearContent (contents only; formats, notes and
 * validation stay, as documented).
 */
import { asGas, type EmulatorContext } from './context';

type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

class FakeRangeList implements Pick<RangeList, 'getRanges' | 'clearContent'> {
  constructor(private readonly ranges: readonly Range[]) {}
  getRanges(): Range[] {
    return [...this.ranges];
  }
  clearContent(): RangeList {
    for (const range of this.ranges) range.clearContent();
    return asGas<RangeList>(this);
  }
}

/** A tracked RangeList over `ranges` (already resolved from their A1 notations). */
export function rangeListOf(ctx: EmulatorContext, ranges: readonly Range[]): RangeList {
  return asGas<RangeList>(ctx.track(new FakeRangeList(ranges), 'RangeList'));
}
