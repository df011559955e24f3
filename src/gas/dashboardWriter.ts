/**
 * Writes the dashboard sheet laid out by core (reports/dashboardLayout.ts): the whole grid and its
 * formats, colours, weights and fills in one call each, the tiles' font sizes, the column widths,
 * the manager table's conditional colours and the charts. The calls depend on the number of KPIs,
 * blocks and charts, never on rows.
 */
import type { PlacedChart } from '../core/reports/dashboardCharts';
import type { GridRange } from '../core/reports/dashboardGrid';
import type { DashboardPlan } from '../core/reports/dashboardLayout';
import { CHART_TYPES, reportSheet } from './reportSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const rangeOf = (sheet: Sheet, r: GridRange) => sheet.getRange(r.row, r.column, r.rows, r.columns);

/** Makes the sheet at least `rows × columns` (a new sheet has 1000 × 26). */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
}

/** Sets the column widths, one call per run of equal widths. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, c - start, widths[start] ?? 100);
    start = c;
  }
}

/** One chart: its ranges, type, position and options (title, size, legend, axes). */
function insertChart(sheet: Sheet, chart: PlacedChart): void {
  let builder = sheet.newChart().setChartType(CHART_TYPES[chart.kind]());
  for (const range of chart.ranges) builder = builder.addRange(rangeOf(sheet, range));
  const { anchor } = chart;
  builder = builder.setPosition(anchor.row, anchor.column, anchor.offsetX, anchor.offsetY);
  for (const [option, value] of Object.entries(chart.options)) builder = builder.setOption(option, value);
  sheet.insertChart(builder.build());
}

/** The manager table's conditional colours, replacing the sheet's (Suki's own sheet: it has no others). */
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
  const sheet = reportSheet(spreadsheet, key, name);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.setConditionalFormatRules([]);
  ensureSize(sheet, plan.rows, plan.width + 6);
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
