/**
 * The sheet a report (or the dashboard) is written to: found by its developer-metadata tag, never a
 * table's sheet or a person's copy; and the chart types both writers draw.
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
export function reportSheet(spreadsheet: Spreadsheet, key: string, name: string): Sheet {
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
export const CHART_TYPES = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
};
