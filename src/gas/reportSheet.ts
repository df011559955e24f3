/**
 * The sheet a report (or the dashboard) is written to: found by its developer-metadata tag, never a
 * table's sheet or a person's copy; emptied before each run; and its charts, inserted the same way
 * by both writers.
 */
import { REPORT_METADATA_KEY, REPORT_SHEET_PROPERTY_PREFIX } from './metadataKeys';
import { sheetHoldsTable } from './tableIdentity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const reportSheetProperty = (key: string) => `${REPORT_SHEET_PROPERTY_PREFIX}${key}`;

/**
 * The sheet tagged as report `key` (renamed to `name`, the report's name in the language it is
 * written in, when no other sheet has that name), or a new one named `name` (made unique, should a
 * person's sheet have it), tagged and remembered.
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
  if (own?.sheet && !sheetHoldsTable(own.sheet)) {
    if (own.sheet.getName() !== name && !spreadsheet.getSheetByName(name)) own.sheet.setName(name);
    return own.sheet;
  }
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

/** Suki's chart kinds as Sheets' chart types. */
const CHART_TYPES = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
};

/** A block of cells a chart draws from: its first row and column and its size. */
interface ChartRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns?: number;
}

/** A chart as both writers place it: what it draws, where its top-left corner stands, its options. */
interface ChartToInsert {
  readonly kind: keyof typeof CHART_TYPES;
  readonly ranges: readonly ChartRange[];
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly options: Readonly<Record<string, unknown>>;
}

/** Inserts one chart: its ranges, type, position and options, in one builder. */
export function insertChart(sheet: Sheet, chart: ChartToInsert): void {
  let builder = sheet.newChart().setChartType(CHART_TYPES[chart.kind]());
  for (const range of chart.ranges)
    builder = builder.addRange(sheet.getRange(range.row, range.column, range.rows, range.columns ?? 1));
  const { anchor } = chart;
  builder = builder.setPosition(anchor.row, anchor.column, anchor.offsetX, anchor.offsetY);
  for (const [option, value] of Object.entries(chart.options)) builder = builder.setOption(option, value);
  sheet.insertChart(builder.build());
}

/**
 * The report's own sheet (reportSheet), emptied of what Suki wrote there before (its charts and
 * cells) and grown to at least `rows` × `columns`.
 */
export function emptiedReportSheet(
  spreadsheet: Spreadsheet,
  key: string,
  name: string,
  rows: number,
  columns: number,
): Sheet {
  const sheet = reportSheet(spreadsheet, key, name);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  return sheet;
}
