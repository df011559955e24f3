/** Conditional format rules: recorded, never rendered; getters let a page draw the highlights. */
import { isDate } from './cellParsing';
import { asGas, type EmulatorContext } from './context';
import { BooleanCriteria } from './enums';
import { rangeOf } from './handles';
import type { ConditionalRecord } from './model';
import { rectOf } from './rangeBase';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The record behind a rule built here. */
export function conditionalRecordOf(rule: unknown): ConditionalRecord {
  if (!(rule instanceof FakeConditionalRule)) throw new Error('The conditional format rule is not valid.');
  return { ...rule.record, ranges: rule.record.ranges.map((r) => ({ ...r })) };
}

function condition(ctx: EmulatorContext, r: ConditionalRecord): Condition | null {
  if (!r.criteria) return null;
  const c: Pick<
    Condition,
    'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic'
  > = {
    getCriteriaType: () => asGas(BooleanCriteria[r.criteria as keyof typeof BooleanCriteria]),
    getCriteriaValues: () => r.values.map((v) => (isDate(v) ? ctx.outDate(v.getTime()) : v)),
    getBackground: () => r.background ?? null,
    getFontColor: () => r.fontColor ?? null,
    getBold: () => r.bold ?? null,
    getItalic: () => r.italic ?? null,
  };
  return asGas(ctx.track(c, 'BooleanCondition'));
}

/** A built rule. */
export class FakeConditionalRule implements Pick<Rule, 'copy' | 'getBooleanCondition' | 'getRanges'> {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly record: ConditionalRecord,
  ) {}
  /** A counted rule. */
  static of(ctx: EmulatorContext, record: ConditionalRecord): Rule {
    return asGas(ctx.track(new FakeConditionalRule(ctx, record), 'ConditionalFormatRule'));
  }
  copy(): Builder {
    return FakeConditionalBuilder.of(this.ctx, conditionalRecordOf(this));
  }
  getBooleanCondition(): Condition | null {
    return condition(this.ctx, this.record);
  }
  getRanges(): Range[] {
    return this.record.ranges.map((r) => rangeOf(this.ctx, r));
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalBuilder
  implements
    Pick<
      Builder,
      | 'build'
      | 'copy'
      | 'getBooleanCondition'
      | 'getRanges'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setItalic'
      | 'setRanges'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenDateAfter'
      | 'whenDateBefore'
      | 'whenFormulaSatisfied'
      | 'whenNumberBetween'
      | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberLessThan'
      | 'whenNumberLessThanOrEqualTo'
      | 'whenNumberEqualTo'
      | 'whenTextContains'
      | 'whenTextEqualTo'
      | 'whenTextStartsWith'
      | 'whenTextEndsWith'
    >
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly record: ConditionalRecord,
  ) {}
  /** A counted builder. */
  static of(ctx: EmulatorContext, record?: ConditionalRecord): Builder {
    return asGas(
      ctx.track(
        new FakeConditionalBuilder(ctx, record ?? { criteria: '', values: [], ranges: [] }),
        'ConditionalFormatRuleBuilder',
      ),
    );
  }
  private set(patch: Partial<ConditionalRecord>): Builder {
    Object.assign(this.record, patch);
    return asGas(this);
  }
  private when(criteria: string, ...values: unknown[]): Builder {
    return this.set({ criteria, values: values.map((v) => (isDate(v) ? new Date(v.getTime()) : v)) });
  }
  build(): Rule {
    if (!this.record.criteria) throw new Error('Conditional format rule must have a condition.');
    if (this.record.ranges.length === 0)
      throw new Error('Conditional format rule must have at least one range.');
    return FakeConditionalRule.of(this.ctx, { ...this.record, ranges: [...this.record.ranges] });
  }
  copy(): Builder {
    return FakeConditionalBuilder.of(this.ctx, { ...this.record, ranges: [...this.record.ranges] });
  }
  getBooleanCondition(): Condition | null {
    return condition(this.ctx, this.record);
  }
  getRanges(): Range[] {
    return this.record.ranges.map((r) => rangeOf(this.ctx, r));
  }
  setBackground(color: string | null): Builder {
    return this.set({ background: color ?? undefined });
  }
  setFontColor(color: string | null): Builder {
    return this.set({ fontColor: color ?? undefined });
  }
  setBold(bold: boolean | null): Builder {
    return this.set({ bold: bold ?? undefined });
  }
  setItalic(italic: boolean | null): Builder {
    return this.set({ italic: italic ?? undefined });
  }
  setRanges(ranges: Range[]): Builder {
    return this.set({ ranges: ranges.map(rectOf) });
  }
  whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY');
  }
  whenDateAfter(date: unknown): Builder {
    return this.when('DATE_AFTER', date);
  }
  whenDateBefore(date: unknown): Builder {
    return this.when('DATE_BEFORE', date);
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', start, end);
  }
  whenNumberGreaterThan(n: number): Builder {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number): Builder {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number): Builder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenNumberEqualTo(n: number): Builder {
    return this.when('NUMBER_EQUAL_TO', n);
  }
  whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): Builder {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): Builder {
    return this.when('TEXT_ENDS_WITH', text);
  }
}
