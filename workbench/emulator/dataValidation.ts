/** Data validation rules: the builder, the immutable rule, and the check a person's edit must pass. */
import { isDate } from './cellParsing';
import { asGas, type EmulatorContext } from './context';
import { DataValidationCriteria, enumName } from './enums';
import { rangeOf } from './handles';
import { type Content, Formula, sheetById, type ValidationRecord } from './model';
import { displayValue } from './numberFormat';
import { rectOf } from './rangeBase';
import { toSerial } from './timeZone';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** The record behind a DataValidation made by this emulator. */
export function recordOf(rule: unknown): ValidationRecord {
  if (!(rule instanceof FakeDataValidation)) throw new Error('The data validation rule is not valid.');
  return rule.record;
}

function criteriaValues(ctx: EmulatorContext, r: ValidationRecord): unknown[] {
  return r.values.map((v) => (isDate(v) ? ctx.outDate(v.getTime()) : v));
}

/** A built rule. Immutable, as in Apps Script; copy() gives a builder. */
export class FakeDataValidation
  implements
    Pick<DataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    readonly record: ValidationRecord,
  ) {}

  /** A counted DataValidation over a record. */
  static of(ctx: EmulatorContext, record: ValidationRecord): DataValidation {
    return asGas(ctx.track(new FakeDataValidation(ctx, record), 'DataValidation'));
  }
  copy(): Builder {
    return FakeValidationBuilder.of(this.ctx, { ...this.record });
  }
  getAllowInvalid(): boolean {
    return this.record.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return asGas(DataValidationCriteria[this.record.criteria as keyof typeof DataValidationCriteria]);
  }
  getCriteriaValues(): unknown[] {
    if (this.record.source) return [rangeOf(this.ctx, this.record.source), ...this.record.values];
    return criteriaValues(this.ctx, this.record);
  }
  getHelpText(): string {
    return this.record.helpText;
  }
}

/** SpreadsheetApp.newDataValidation(). New rules allow invalid input (a warning) unless told otherwise. */
export class FakeValidationBuilder
  implements
    Omit<
      Builder,
      'withCriteria' | 'requireFormulaSatisfied' | 'requireDateNotBetween' | 'requireNumberNotBetween'
    >
{
  constructor(
    private readonly ctx: EmulatorContext,
    private record: ValidationRecord,
  ) {}

  /** A counted builder, blank or from a copied record. */
  static of(ctx: EmulatorContext, record?: ValidationRecord): Builder {
    const start = record ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
    return asGas(ctx.track(new FakeValidationBuilder(ctx, start), 'DataValidationBuilder'));
  }
  private set(criteria: string, values: unknown[], source?: ValidationRecord['source']): Builder {
    this.record = {
      ...this.record,
      criteria,
      values: values.map((v) => (isDate(v) ? new Date(v.getTime()) : v)),
    };
    if (source) this.record.source = source;
    else delete this.record.source;
    return asGas(this);
  }
  build(): DataValidation {
    if (!this.record.criteria) throw new Error('A data validation rule needs criteria.');
    return FakeDataValidation.of(this.ctx, { ...this.record });
  }
  copy(): Builder {
    return FakeValidationBuilder.of(this.ctx, { ...this.record });
  }
  getAllowInvalid(): boolean {
    return this.record.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return asGas(DataValidationCriteria[this.record.criteria as keyof typeof DataValidationCriteria]);
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this.ctx, this.record);
  }
  getHelpText(): string {
    return this.record.helpText;
  }
  setAllowInvalid(allow: boolean): Builder {
    this.record = { ...this.record, allowInvalid: allow };
    return asGas(this);
  }
  setHelpText(helpText: string): Builder {
    this.record = { ...this.record, helpText };
    return asGas(this);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): Builder {
    return this.set(
      'CHECKBOX',
      [checked, unchecked].filter((v) => v !== undefined),
    );
  }
  requireDate(): Builder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): Builder {
    return this.set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): Builder {
    return this.set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): Builder {
    return this.set('DATE_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): Builder {
    return this.set('DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: Date): Builder {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): Builder {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  requireNumberBetween(start: number, end: number): Builder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): Builder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): Builder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): Builder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): Builder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): Builder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireTextContains(text: string): Builder {
    return this.set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): Builder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): Builder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): Builder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): Builder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): Builder {
    return this.set('VALUE_IN_RANGE', [showDropdown], rectOf(range));
  }
}

/** The spreadsheet-local day of a date, so date rules compare whole days; NaN when absent. */
function day(ctx: EmulatorContext, value: unknown): number {
  const ms = isDate(value) ? value.getTime() : Number.NaN;
  return Number.isNaN(ms) ? Number.NaN : Math.floor(toSerial(ms, ctx.timeZone));
}

/** Whether `content` satisfies the rule; custom formulas are not evaluated and always pass. */
function satisfies(ctx: EmulatorContext, r: ValidationRecord, content: Content): boolean {
  const [a, b] = r.values;
  const num = typeof content === 'number' ? content : undefined;
  const text = typeof content === 'string' ? content : displayValue(content, undefined, ctx.timeZone);
  switch (r.criteria) {
    case 'VALUE_IN_LIST':
      return (a as string[]).some((item) => String(item) === text);
    case 'VALUE_IN_RANGE': {
      if (!r.source) return true;
      const sheet = sheetById(ctx.book, r.source.sheetId);
      const { row, column, numRows, numColumns } = r.source;
      for (let i = row; i < row + numRows; i++) {
        for (let j = column; j < column + numColumns; j++) {
          if (displayValue(sheet.content.get(i, j), undefined, ctx.timeZone) === text) return true;
        }
      }
      return false;
    }
    case 'CHECKBOX':
      return r.values.length ? r.values.some((v) => v === content) : typeof content === 'boolean';
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_VALID_URL':
      return /^(https?:\/\/|www\.)\S+\.\S+$/i.test(text);
    case 'TEXT_CONTAINS':
      return text.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(a));
    case 'TEXT_EQUAL_TO':
      return text === String(a);
    case 'CUSTOM_FORMULA':
      return true;
  }
  if (r.criteria.startsWith('NUMBER_')) {
    if (num === undefined) return false;
    const [x, y] = [Number(a), Number(b)];
    return compare(r.criteria.slice(7), num, x, y);
  }
  if (r.criteria.startsWith('DATE_')) {
    if (!isDate(content)) return false;
    if (r.criteria === 'DATE_IS_VALID_DATE') return true;
    return compare(r.criteria.slice(5), day(ctx, content), day(ctx, a), day(ctx, b));
  }
  return true;
}

function compare(op: string, v: number, x: number, y: number): boolean {
  switch (op) {
    case 'BETWEEN':
      return v >= x && v <= y;
    case 'EQUAL_TO':
      return v === x;
    case 'NOT_EQUAL_TO':
      return v !== x;
    case 'GREATER_THAN':
    case 'AFTER':
      return v > x;
    case 'GREATER_THAN_OR_EQUAL_TO':
    case 'ON_OR_AFTER':
      return v >= x;
    case 'LESS_THAN':
    case 'BEFORE':
      return v < x;
    case 'LESS_THAN_OR_EQUAL_TO':
    case 'ON_OR_BEFORE':
      return v <= x;
    default:
      return true;
  }
}

/** Why a person's entry is rejected by `rule`, or undefined when it is accepted. */
export function rejection(
  ctx: EmulatorContext,
  rule: ValidationRecord,
  content: Content | undefined,
): string | undefined {
  if (content === undefined || rule.allowInvalid || content instanceof Formula) return undefined;
  if (satisfies(ctx, rule, content)) return undefined;
  return (
    rule.helpText ||
    `Invalid: the data in this cell violates its validation rule (${enumName(rule.criteria)}).`
  );
}
