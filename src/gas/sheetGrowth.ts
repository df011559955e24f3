/**
 * Growing a table's sheet without losing what set-up put on its rows. Sheets does not document
 * whether rows inserted after a sheet's last row take the dropdowns of the row above or fall inside
 * a conditional-format range that ends there; a range ending at the old last row does not take in
 * rows added after it. So Suki carries both down itself, which is right whichever Sheets does: the
 * last row's validations are copied onto the new rows, and every conditional-format rule whose range
 * ends at the old last row is extended to the new one (a rule already extended is left alone). The
 * cost is a few calls per growth, and growth comes in blocks of hundreds of rows.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Copies the validations of row `from` onto the `count` rows below it (nothing when it has none). */
function carryValidations(sheet: Sheet, from: number, count: number): void {
  const width = sheet.getMaxColumns();
  const row = sheet.getRange(from, 1, 1, width).getDataValidations()[0] ?? [];
  if (!row.some((rule) => rule !== null)) return;
  sheet.getRange(from + 1, 1, count, width).setDataValidations(Array.from({ length: count }, () => row));
}

/** Extends every conditional-format range that ends at row `last` by `count` rows. */
function carryConditionalFormats(sheet: Sheet, last: number, count: number): void {
  const rules = sheet.getConditionalFormatRules();
  let changed = false;
  const extended = rules.map((rule) => {
    const ranges = rule.getRanges();
    if (!ranges.some((range) => range.getLastRow() === last)) return rule;
    changed = true;
    const grown = ranges.map(
      (range): Range =>
        range.getLastRow() === last
          ? sheet.getRange(
              range.getRow(),
              range.getColumn(),
              range.getNumRows() + count,
              range.getNumColumns(),
            )
          : range,
    );
    return rule.copy().setRanges(grown).build();
  });
  if (changed) sheet.setConditionalFormatRules(extended);
}

/**
 * Adds `count` rows after the sheet's last row, carrying the last data row's dropdowns and the
 * conditional formats that reach it onto them. A sheet with only its header row just grows.
 */
export function growSheet(sheet: Sheet, count: number): void {
  const last = sheet.getMaxRows();
  sheet.insertRowsAfter(last, count);
  if (last < 2) return;
  carryValidations(sheet, last, count);
  carryConditionalFormats(sheet, last, count);
}
