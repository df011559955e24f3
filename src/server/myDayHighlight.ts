/**
 * The Contact plan's overdue rows, highlighted in the sheet (issue #13): a conditional-format rule
 * whose custom formula says what My day calls overdue — still planned (a blank status reads as
 * planned) on a date before today. The formula names the Status and Planned date columns by their
 * letters when set-up runs; when people move columns, set-up's repair writes it again.
 */
import { LOCALES } from '../core/i18n/translate';
import { columnLetter } from '../core/tables/a1Notation';
import { choiceCaption } from '../core/tables/choiceCaptions';
import { columnOf } from '../core/tables/tableSpec';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { ensureRowHighlight } from '../gas/rowHighlight';
import { isAmbiguousTableError } from '../gas/tableIdentity';
import { locateTable } from '../gas/tableLocator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Every way a planned status is written: its key (older workbooks) and its caption in each language
 * (a switch may be half done); Sheets compares text without case, so forms differing in case are one.
 */
const PLANNED_FORMS: readonly string[] = (() => {
  const status = columnOf(CONTACT_PLAN_TABLE, 'status');
  const forms = ['planned', ...LOCALES.map((locale) => choiceCaption(status, 'planned', locale))];
  return forms.filter(
    (form, i) => forms.findIndex((other) => other.toLowerCase() === form.toLowerCase()) === i,
  );
})();

/** Light red, as Sheets' own "overdue" presets, with dark red text. */
const OVERDUE_BACKGROUND = '#fce8e6';
const OVERDUE_FONT = '#a50e0e';

/**
 * The formula of the overdue rule for row 2, with the status and planned-date columns' letters.
 * English function names and commas: the form Apps Script takes formulas in, whatever the locale.
 */
function overdueFormula(statusLetter: string, dateLetter: string): string {
  const status = `$${statusLetter}2`;
  const date = `$${dateLetter}2`;
  const planned = PLANNED_FORMS.map((form) => `${status}="${form.replace(/"/g, '""')}"`).join(',');
  return `=AND(OR(${planned},${status}=""),ISNUMBER(${date}),${date}<TODAY())`;
}

/** The rule's formula before choice cells held captions: only the stable key meant planned. */
const KEYS_ONLY_FORMULA = '=AND(OR($X2="planned",$X2=""),ISNUMBER($X2),$X2<TODAY())';

/** Whether `formula` is the overdue rule's, made with any column letters (or an older version's). */
function isOverdueFormula(formula: string): boolean {
  const lettersAside = formula.replace(/\$[A-Z]{1,3}2/g, '$X2');
  return lettersAside === overdueFormula('X', 'X') || lettersAside === KEYS_ONLY_FORMULA;
}

/**
 * Set-up: the overdue rule on the Contact plan's data rows, added when missing and written again when
 * its columns moved or the sheet grew. Nothing when the table cannot be found (a new workbook whose
 * sheet set-up could not settle: it says so itself). True when it changed the rules.
 */
export function highlightOverdueContacts(spreadsheet: Spreadsheet): boolean {
  let located: ReturnType<typeof locateTable>;
  try {
    located = locateTable(spreadsheet, CONTACT_PLAN_TABLE);
  } catch (error) {
    if (isAmbiguousTableError(error)) return false;
    throw error;
  }
  const status = located?.columns.positions.get('status');
  const date = located?.columns.positions.get('plannedDate');
  if (!located || status === undefined || date === undefined) return false;
  return ensureRowHighlight(located.sheet, {
    formula: overdueFormula(columnLetter(status), columnLetter(date)),
    isOurs: isOverdueFormula,
    background: OVERDUE_BACKGROUND,
    fontColor: OVERDUE_FONT,
    lastColumn: Math.max(...located.columns.positions.values()),
  });
}
