/**
 * Conditional formatting for the page: which rule styles a cell, evaluated on the server over the
 * cells being shown. Covers the boolean conditions Apps Script builds (empty, number, text and date
 * comparisons); custom formulas are not evaluated, since the emulator has no formula engine.
 */
import { isDate, isoDateInZone } from '../../src/core/dates';

/** The style a rule applies. */
interface HighlightStyle {
  bg?: string;
  fc?: string;
  b?: true;
  it?: true;
}

/** One rule, ready to test cells against. */
export interface Highlight {
  criteria: string;
  args: unknown[];
  style: HighlightStyle;
  ranges: { row: number; column: number; numRows: number; numColumns: number }[];
}

function number(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (isDate(value)) return value.getTime();
  return undefined;
}

/** The calendar day (YYYY-MM-DD in the zone) a condition's date argument names. */
function dayOf(value: unknown, now: number, timeZone: string): string | undefined {
  if (isDate(value)) return isoDateInZone(value, timeZone);
  const offsets: Record<string, number> = {
    TODAY: 0,
    TOMORROW: 1,
    YESTERDAY: -1,
    PAST_WEEK: -7,
    PAST_MONTH: -30,
    PAST_YEAR: -365,
  };
  const offset = offsets[String(value)];
  if (offset === undefined) return undefined;
  // Calendar days, not 24-hour steps: near a clock change "tomorrow" must still be the next date.
  const [y, m, d] = isoDateInZone(new Date(now), timeZone).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** Whether `value` meets a boolean condition; unknown criteria never match. */
function meets(
  criteria: string,
  args: readonly unknown[],
  value: unknown,
  now: number,
  timeZone: string,
): boolean {
  const empty = value === '' || value === null || value === undefined;
  const [a, b] = args;
  const n = number(value);
  const text = String(value ?? '').toLowerCase();
  const argText = String(a ?? '').toLowerCase();
  switch (criteria) {
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    case 'NUMBER_GREATER_THAN':
      return n !== undefined && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== undefined && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== undefined && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== undefined && n <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return n !== undefined && n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== undefined && n !== Number(a);
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return n !== undefined && (n < Number(a) || n > Number(b));
    case 'TEXT_CONTAINS':
      return !empty && text.includes(argText);
    case 'TEXT_NOT_CONTAINS':
      return !text.includes(argText);
    case 'TEXT_STARTS_WITH':
      return !empty && text.startsWith(argText);
    case 'TEXT_ENDS_WITH':
      return !empty && text.endsWith(argText);
    case 'TEXT_EQUAL_TO':
      return text === argText;
    case 'DATE_BEFORE':
    case 'DATE_AFTER':
    case 'DATE_EQUAL_TO': {
      if (!isDate(value)) return false;
      const day = isoDateInZone(value, timeZone);
      const limit = dayOf(a, now, timeZone);
      if (limit === undefined) return false;
      if (criteria === 'DATE_BEFORE') return day < limit;
      if (criteria === 'DATE_AFTER') return day > limit;
      return day === limit;
    }
    default:
      return false;
  }
}

/** The style of the first rule that covers (row, column) and whose condition the value meets. */
export function highlightOf(
  rules: readonly Highlight[],
  row: number,
  column: number,
  value: unknown,
  now: number,
  timeZone: string,
): HighlightStyle | undefined {
  for (const rule of rules) {
    const inside = rule.ranges.some(
      (r) =>
        row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns,
    );
    if (inside && meets(rule.criteria, rule.args, value, now, timeZone)) return rule.style;
  }
  return undefined;
}

/** The sheet's conditional format rules, read through the Apps Script surface. */
export function highlightsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): Highlight[] {
  const rules: Highlight[] = [];
  for (const rule of sheet.getConditionalFormatRules()) {
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    const style: HighlightStyle = {};
    const background = condition.getBackground();
    const fontColor = condition.getFontColor();
    if (background) style.bg = background;
    if (fontColor) style.fc = fontColor;
    if (condition.getBold()) style.b = true;
    if (condition.getItalic()) style.it = true;
    rules.push({
      criteria: String(condition.getCriteriaType()),
      args: condition.getCriteriaValues(),
      style,
      ranges: rule.getRanges().map((r) => ({
        row: r.getRow(),
        column: r.getColumn(),
        numRows: r.getNumRows(),
        numColumns: r.getNumColumns(),
      })),
    });
  }
  return rules;
}
