/** Named ranges; the rectangle follows row and column inserts like any reference (structure.ts). */
import { asGas, type EmulatorContext } from './context';
import { rangeOf } from './handles';
import { rectOf } from './rangeBase';

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

/** A named range by name; reads the book on every call, so renames and removals are seen. */
export class FakeNamedRange
  implements Pick<NamedRange, 'getName' | 'getRange' | 'setName' | 'setRange' | 'remove'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    private name: string,
  ) {}
  /** A counted NamedRange. */
  static of(ctx: EmulatorContext, name: string): NamedRange {
    return asGas(ctx.track(new FakeNamedRange(ctx, name), 'NamedRange'));
  }
  private rect() {
    const rect = this.ctx.book.namedRanges.get(this.name);
    if (!rect) throw new Error(`Named range ${this.name} no longer exists.`);
    return rect;
  }
  getName(): string {
    return this.name;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return rangeOf(this.ctx, this.rect());
  }
  setName(name: string): NamedRange {
    const rect = this.rect();
    this.ctx.book.namedRanges.delete(this.name);
    this.ctx.book.namedRanges.set(name, rect);
    this.name = name;
    return asGas(this);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): NamedRange {
    this.rect();
    this.ctx.book.namedRanges.set(this.name, rectOf(range));
    return asGas(this);
  }
  remove(): void {
    this.ctx.book.namedRanges.delete(this.name);
  }
}
