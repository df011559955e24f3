/**
 * Sheet.getRangeList: several ranges of one sheet acted on in one call, as Apps Script's RangeList
 * does. Only what Suki uses: getRanges, clearContent (contents only; formats, notes and validation
 * stay, as documented), setValue (the same value into every cell of every range) and
 * setNumberFormat. Each goes through the ranges' own methods, so protection, number-format-aware
 * parsing and the rest behave as for a Range, while the RangeList call counts once: the Range calls
 * it makes run nested inside it and are not counted (callCounter.ts).
 */
import { asGas, type EmulatorContext } from './context';

type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

class FakeRangeList
  implements Pick<RangeList, 'getRanges' | 'clearContent' | 'setValue' | 'setNumberFormat'>
{
  constructor(private readonly ranges: readonly Range[]) {}
  getRanges(): Range[] {
    return [...this.ranges];
  }
  clearContent(): RangeList {
    return this.eachRange((range) => range.clearContent());
  }
  setValue(value: unknown): RangeList {
    return this.eachRange((range) => range.setValue(value));
  }
  setNumberFormat(format: string): RangeList {
    return this.eachRange((range) => range.setNumberFormat(format));
  }
  /**
   * Applies `change` to every range, all or nothing as far as protection goes: when the running
   * user may not edit one of them, `change` runs on that one first, so the call throws the Range's
   * own protection error before any range is changed.
   */
  private eachRange(change: (range: Range) => unknown): RangeList {
    const refused = this.ranges.find((range) => !range.canEdit());
    if (refused) change(refused);
    for (const range of this.ranges) change(range);
    return asGas<RangeList>(this);
  }
}

/** A tracked RangeList over `ranges` (already resolved from their A1 notations). */
export function rangeListOf(ctx: EmulatorContext, ranges: readonly Range[]): RangeList {
  return asGas<RangeList>(ctx.track(new FakeRangeList(ranges), 'RangeList'));
}
