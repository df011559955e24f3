import {
  type BlockPlacement,
  layoutReport,
  type ReportFormat,
  type ReportSheetModel,
} from '../core/reports/reportModel';
import { REPORT_METADATA_KEY, REPORT_SHEET_PROPERTY_PREFIX } from './metadataKeys';
import { sheetHoldsTable } from './tableIdentity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NUMBER_FORMATS: Record<ReportFormat, string> = {
  text: '@',
  integer: '#,##0',
  number: '#,##0.0',
  currency: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

const reportSheetProperty = (key: string) => `${REPORT_SHEET_PROPERTY_PREFIX}${key}`;

/**
 * The sheet tagged as report `key`, or a new one named `name` (made unique), tagged and remembered.
 * Only a sheet that is the report's own is ever cleared: a copy a person made of it (a duplicate
 * may carry the tag) stops being the report, and so does a tagged sheet that holds a table (tagged
 * as one, or under a table's header). They lose the report tag only; their content stays.
 */
function reportSheet(spreadsheet: Spreadsheet, key: string, name: string): Sheet {
  const tags = spreadsheet.createDeveloperMetadataFinder().withKey(REPORT_METADATA_KEY).withValue(key).find();
  const tagged = tags.map((tag) => ({ tag, sheet: tag.getLocation().getSheet() }));
  let own = tagged.length === 1 ? tagged[0] : undefined;
  if (tagged.length > 1) {
    // Several: only the sheet this report made is its own; with none remembered, neither is.
    const remembered = PropertiesService.getDocumentProperties()?.getProperty(reportSheetProperty(key));
    own = tagged.find(({ sheet }) => sheet !== null && String(sheet.getSheetId()) === remembered);
  }
  for (const entry of tagged) if (entry !== own) entry.tag.remove();
  if (own?.sheet && !sheetHoldsTable(own.sheet)) return own.sheet;
  own?.tag.remove();
  let unique = name;
  for (let n = 2; spreadsheet.getSheetByName(unique); n++) unique = `${name} (${n})`;
  const sheet = spreadsheet.insertSheet(unique);
  sheet.addDeveloperMetadata(REPORT_METADATA_KEY, key, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  PropertiesService.getDocumentProperties()?.setProperty(
    reportSheetProperty(key),
    String(sheet.getSheetId()),
  );
  return sheet;
}

const CHART_TYPES = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
};

/**
 * Regenerates a report sheet: clears what Suki wrote there before (the sheet is Suki's own, never a
 * table's: see reportSheet), writes the whole laid-out grid with one setValues, formats each block's
 * header and number columns, and redraws its charts, then shows it. The calls depend on the number
 * of blocks and columns, never on rows.
 */
export function writeReportSheet(spreadsheet: Spreadsheet, model: ReportSheetModel): Sheet {
  const sheet = reportSheet(spreadsheet, model.key, model.sheetName);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const { grid, width, placements } = layoutReport(model);
  if (sheet.getMaxRows() < grid.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width + 8)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width + 8 - sheet.getMaxColumns());
  const cells = grid.map((row) => row.map((cell) => (typeof cell === 'string' ? `'${cell}` : (cell ?? ''))));
  sheet.getRange(1, 1, grid.length, width).setValues(cells);

  sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
  sheet.getRange(2, 1).setFontColor('#5f6368');
  sheet.setFrozenRows(2);
  model.blocks.forEach((block, index) => {
    const place = placements[index] as BlockPlacement;
    sheet.getRange(place.titleRow, 1).setFontWeight('bold').setFontColor('#1f4e5f');
    sheet
      .getRange(place.headerRow, 1, 1, block.columns.length)
      .setFontWeight('bold')
      .setBackground('#e8eef0');
    if (place.rowCount === 0) return;
    block.columns.forEach((column, c) => {
      sheet
        .getRange(place.firstDataRow, c + 1, place.rowCount, 1)
        .setNumberFormat(NUMBER_FORMATS[column.format]);
    });
  });

  let chartRow = 4;
  for (const chart of model.charts) {
    const place = placements[chart.block];
    if (!place || place.rowCount === 0) continue;
    const rows = place.rowCount + 1; // with the header, which names the series
    let builder = sheet
      .newChart()
      .setChartType(CHART_TYPES[chart.kind]())
      .addRange(sheet.getRange(place.headerRow, chart.labelColumn + 1, rows, 1));
    for (const valueColumn of chart.valueColumns) {
      builder = builder.addRange(sheet.getRange(place.headerRow, valueColumn + 1, rows, 1));
    }
    sheet.insertChart(
      builder
        .setPosition(chartRow, width + 2, 0, 0)
        .setOption('title', chart.title)
        .build(),
    );
    chartRow += 20;
  }
  sheet.activate();
  return sheet;
}
