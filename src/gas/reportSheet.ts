/**
 * The sheet a report (or the dashboard) is written to: found by its developer-metadata tag, never a
 * table's sheet or a person's copy; emptied before each run and sized to what it will hold (every
 * cell counts against the spreadsheet's limit, empty ones too); and its charts, inserted the same
 * way by both writers, with the rows they stand over.
 */
import { REPORT_METADATA_KEY, REPORT_SHEET_PROPERTY_PREFIX } from './metadataKeys';
import { placeOf, withCellRoom } from './spaceUsed';
import { sheetHoldsTable } from './tableIdentity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const reportSheetProperty = (key: string) => `${REPORT_SHEET_PROPERTY_PREFIX}${key}`;

/** The cells of a sheet Sheets inserts: 1,000 rows × 26 columns. */
const NEW_SHEET_CELLS = 1000 * 26;
/** Sheets' default row height in pixels: what a chart's height covers of rows. */
const DEFAULT_ROW_PX = 21;

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
  const place = { spreadsheet: () => spreadsheet, sheetName: () => unique };
  const sheet = withCellRoom(place, NEW_SHEET_CELLS, () => spreadsheet.insertSheet(unique));
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

/**
 * Grows the sheet so the chart's box stands over rows of it: a chart anchored near the last row would
 * otherwise hang below a sheet sized to its cells. Its rows are counted at Sheets' default height
 * (taller rows only need fewer); the columns a chart stands over are the writers' (they know the
 * columns' widths).
 */
function roomForChart(sheet: Sheet, chart: ChartToInsert): void {
  const { anchor, options } = chart;
  const height = Number(options.height) || 0;
  const rows = anchor.row + Math.ceil((anchor.offsetY + height) / DEFAULT_ROW_PX) - 1;
  // One call when the chart fits, as it mostly does (the layouts put charts beside their data).
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) growTo(sheet, rows, 1, { rows: maxRows, columns: sheet.getMaxColumns() });
}

/** Inserts one chart: its ranges, type, position and options, in one builder. */
export function insertChart(sheet: Sheet, chart: ChartToInsert): void {
  roomForChart(sheet, chart);
  let builder = sheet.newChart().setChartType(CHART_TYPES[chart.kind]());
  for (const range of chart.ranges)
    builder = builder.addRange(sheet.getRange(range.row, range.column, range.rows, range.columns ?? 1));
  const { anchor } = chart;
  builder = builder.setPosition(anchor.row, anchor.column, anchor.offsetX, anchor.offsetY);
  for (const [option, value] of Object.entries(chart.options)) builder = builder.setOption(option, value);
  sheet.insertChart(builder.build());
}

/** A sheet's size as read, so one resize reads it once. */
interface Size {
  readonly rows: number;
  readonly columns: number;
}

const sizeOf = (sheet: Sheet): Size => ({ rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() });

/**
 * Grows the sheet (now `size`) to at least `rows` × `columns`, refused in Suki's words when the
 * spreadsheet has no room.
 */
function growTo(sheet: Sheet, rows: number, columns: number, size: Size = sizeOf(sheet)): void {
  if (size.rows < rows) {
    const added = rows - size.rows;
    withCellRoom(placeOf(sheet), added * size.columns, () => sheet.insertRowsAfter(size.rows, added));
  }
  if (size.columns < columns) {
    const added = columns - size.columns;
    withCellRoom(placeOf(sheet), added * Math.max(rows, size.rows), () =>
      sheet.insertColumnsAfter(size.columns, added),
    );
  }
}

/**
 * Shrinks the sheet (now `size`) to `rows` × `columns`: it is Suki's own and empty, so nothing is
 * lost. Frozen rows or columns that would leave no unfrozen line are unfrozen first (Sheets keeps
 * one); the writers freeze theirs again. Returns the size it has now.
 */
function shrinkTo(sheet: Sheet, rows: number, columns: number, size: Size): Size {
  if (size.rows > rows) {
    if (sheet.getFrozenRows() >= rows) sheet.setFrozenRows(0);
    sheet.deleteRows(rows + 1, size.rows - rows);
  }
  if (size.columns > columns) {
    if (sheet.getFrozenColumns() >= columns) sheet.setFrozenColumns(0);
    sheet.deleteColumns(columns + 1, size.columns - columns);
  }
  return { rows: Math.min(rows, size.rows), columns: Math.min(columns, size.columns) };
}

/**
 * The report's own sheet (reportSheet), emptied of what Suki wrote there before (its charts and
 * cells) and sized to the `rows` × `columns` it will hold and one empty row below (so the rows the
 * writer freezes always leave one to scroll): grown when it holds more than last time, trimmed when
 * it holds less. insertChart adds the rows a chart stands over below them.
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
  const wantedRows = Math.max(1, rows) + 1;
  const wantedColumns = Math.max(1, columns);
  // Trimmed first: the room it frees may be what the growth needs.
  const size = shrinkTo(sheet, wantedRows, wantedColumns, sizeOf(sheet));
  growTo(sheet, wantedRows, wantedColumns, size);
  return sheet;
}
