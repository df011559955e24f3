import {
  layoutReport,
  planReportSheet,
  type ReportLayout,
  type ReportSheetModel,
  type ReportSheetPlan,
} from '../core/reports/reportModel';
import { emptiedReportSheet, insertChart } from './reportSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The ink of the as-of line and the notes. */
const GREY = '#5f6368';

/**
 * Titles, block titles, notes and headers styled, column widths and wrapping set: calls per block
 * and run. A note's lines are grey like the as-of line, each running on over the empty cells of its
 * row (laid out no wider than the data, so it reads as a paragraph).
 */
function styleSheet(
  sheet: Sheet,
  model: ReportSheetModel,
  layout: ReportLayout,
  plan: ReportSheetPlan,
): void {
  sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
  sheet.getRange(2, 1).setFontColor(GREY);
  model.blocks.forEach((block, index) => {
    const place = layout.placements[index];
    if (!place) return;
    sheet.getRange(place.titleRow, 1).setFontWeight('bold').setFontColor('#1f4e5f');
    if (place.noteRows > 0) sheet.getRange(place.titleRow + 1, 1, place.noteRows, 1).setFontColor(GREY);
    sheet
      .getRange(place.headerRow, 1, 1, block.columns.length)
      .setFontWeight('bold')
      .setBackground('#e8eef0');
  });
  for (const run of plan.columnWidths) sheet.setColumnWidths(run.start, run.count, run.width);
  for (const part of plan.wrapped) sheet.getRange(part.row, part.column, part.rows, 1).setWrap(true);
  sheet.setFrozenRows(plan.frozenRows);
}

/**
 * Regenerates a report sheet: clears what Suki wrote there before (the sheet is Suki's own, never a
 * table's: see reportSheet), writes the whole laid-out grid with one setValues and its number
 * formats with one setNumberFormats (money in `currencySymbol`, the workbook's setting as analysed),
 * sizes the columns to what they show, writes each block's note as a paragraph of lines under its
 * title, freezes the titles and first header, and redraws the charts beside the data, then shows it. The calls depend on the number of blocks, columns and
 * charts, never on rows.
 */
export function writeReportSheet(
  spreadsheet: Spreadsheet,
  model: ReportSheetModel,
  currencySymbol: string,
): Sheet {
  const layout = layoutReport(model, currencySymbol);
  const plan = planReportSheet(model, layout, currencySymbol);
  // The charts stand over columns beside the data.
  const sheet = emptiedReportSheet(
    spreadsheet,
    model.key,
    model.sheetName,
    layout.grid.length,
    plan.columnsNeeded + 1,
  );
  const cells = layout.grid.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? `'${cell}` : (cell ?? ''))),
  );
  sheet
    .getRange(1, 1, layout.grid.length, layout.width)
    .setValues(cells)
    .setNumberFormats(plan.numberFormats);
  styleSheet(sheet, model, layout, plan);
  for (const chart of plan.charts)
    insertChart(sheet, {
      ...chart,
      anchor: { row: chart.anchorRow, column: chart.anchorColumn, offsetX: 0, offsetY: 0 },
    });
  sheet.activate();
  return sheet;
}
