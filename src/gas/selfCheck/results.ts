/** Where the self-check's results go: the text write mode into document properties, the report into a dialog. */
import { TEXT_WRITE_MODE_PROPERTY } from '../../core/tables/textWriteMode';

/** Whether a text write mode (or the unsafe marker) was recorded for this spreadsheet. */
export function textWriteModeRecorded(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(TEXT_WRITE_MODE_PROPERTY) !== null;
}

/** Records what the self-check found under TEXT_WRITE_MODE_PROPERTY (see textWriteModeRecord). */
export function recordTextWriteMode(value: string): void {
  PropertiesService.getDocumentProperties().setProperty(TEXT_WRITE_MODE_PROPERTY, value);
}

/** Shows the self-check's report in a dialog with an OK button. */
export function showSelfCheckReport(title: string, report: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, report, ui.ButtonSet.OK);
}
