/**
 * Writes the dashboard sheet laid out by core (reports/dashboardLayout.ts): the whole grid and its
 * formats, colours, weights and fills in one call each, the tiles' font sizes, the column widths,
 * the manager table's conditional colours and the charts. The calls depend on the number of KPIs,
 * blocks and charts, never on rows.
 */
import { chartsExtent } from '../core/reports/dashboardCharts';
import type { GridRange } from '../core/reports/dashboardGrid';
import type { DashboardPlan } from '../core/reports/dashboardLayout';
import { emptiedReportSheet, insertChart } from './reportSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const rangeOf = (sheet: Sheet, r: GridRange) => sheet.getRange(r.row, r.column, r.rows, r.columns);

/** Sets the column widths, one call per run of equal widths. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, c - start, widths[start] ?? 100);
    start = c;
  }
}

/** The manager table's conditional colours, replacing the sheet's (Suki's own sheet: it has no others, and last refresh's go). */
function setConditionalColours(sheet: Sheet, plan: DashboardPlan): void {
  const rules = plan.conditional.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(rule.above)
      .setBackground(rule.background)
      .setFontColor(rule.color)
      .setRanges([rangeOf(sheet, rule.range)])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

/**
 * Regenerates the dashboard sheet `key` (named `name` when it is made) from `plan`, then shows it.
 * Returns the sheet.
 */
export function writeDashboardSheet(
  spreadsheet: Spreadsheet,
  key: string,
  name: string,
  plan: DashboardPlan,
): Sheet {
  // Sized to its cells and the columns and rows its charts stand over: empty cells count too.
  const extent = chartsExtent(plan.charts, plan.rows, plan.width);
  const sheet = emptiedReportSheet(spreadsheet, key, name, extent.rows, extent.columns);
  const whole = sheet.getRange(1, 1, plan.rows, plan.width);
  const { cells } = plan;
  // Formats first: a cell formatted as plain text stores a string exactly as given (ARCHITECTURE.md,
  // "Text is stored as text"), so "—", "▲ 12" or a name starting with "=" stays text.
  whole.setNumberFormats(cells.formats);
  whole.setValues(cells.values.map((row) => row.map((cell) => cell ?? '')));
  whole.setFontColors(cells.colors);
  whole.setFontWeights(cells.weights);
  whole.setBackgrounds(cells.backgrounds);
  for (const { range, size } of plan.fontSizes) rangeOf(sheet, range).setFontSize(size);
  for (const range of plan.centred) rangeOf(sheet, range).setHorizontalAlignment('center');
  setWidths(sheet, plan.columnWidths);
  sheet.setFrozenRows(plan.frozenRows);
  setConditionalColours(sheet, plan);
  for (const chart of plan.charts) insertChart(sheet, chart);
  sheet.activate();
  return sheet;
}
