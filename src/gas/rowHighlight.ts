/**
 * A conditional-format rule set-up keeps on a table's data rows (My day's overdue contacts), written
 * again when it is missing, points at moved columns or no longer covers the rows; the sheet's other
 * rules stay as they are.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A conditional-format rule set-up keeps on a table's data rows: a custom formula, Suki's own. */
interface RowHighlight {
  /** The formula as for row 2, its columns by their letters now (Sheets adjusts it for each row). */
  readonly formula: string;
  /** Whether a rule's formula is this highlight's, whatever column letters it was made with. */
  readonly isOurs: (formula: string) => boolean;
  readonly background: string;
  readonly fontColor: string;
  /** The last column the rule covers (the table's last Suki column); it starts at column A. */
  readonly lastColumn: number;
}

type ConditionalRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The custom formula of a rule, or null for a rule of another kind. */
function customFormulaOf(rule: ConditionalRule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA)
    return null;
  return String(condition.getCriteriaValues()[0] ?? '');
}

/** Whether a rule covers exactly the one range `range`. */
function coversExactly(rule: ConditionalRule, range: GoogleAppsScript.Spreadsheet.Range): boolean {
  const ranges = rule.getRanges();
  return ranges.length === 1 && ranges[0]?.getA1Notation() === range.getA1Notation();
}

/**
 * Keeps `highlight` on the sheet's data rows (row 2 to the sheet's end, column A to its last column):
 * Suki's rule of that kind (found by its formula) is replaced in place when it is missing, points at
 * columns that moved, or no longer covers the rows; every other rule stays as it is, in its order.
 * Sheets replaces a sheet's rules as a whole, so they are written back together. True when it
 * changed something.
 */
export function ensureRowHighlight(sheet: Sheet, highlight: RowHighlight): boolean {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return false;
  const range = sheet.getRange(2, 1, rows, highlight.lastColumn);
  const rules = sheet.getConditionalFormatRules();
  const formulas = rules.map(customFormulaOf);
  const ours = formulas.map((formula) => formula !== null && highlight.isOurs(formula));
  const first = ours.indexOf(true);
  const current = first >= 0 ? rules[first] : undefined;
  const copies = ours.filter(Boolean).length;
  if (current && copies === 1 && formulas[first] === highlight.formula && coversExactly(current, range))
    return false;
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(highlight.formula)
    .setBackground(highlight.background)
    .setFontColor(highlight.fontColor)
    .setRanges([range])
    .build();
  const kept = rules.filter((_, index) => !ours[index]);
  kept.splice(first >= 0 ? first : kept.length, 0, rule);
  sheet.setConditionalFormatRules(kept);
  return true;
}
