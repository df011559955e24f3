/** Opens a built page (dist/<page>.html) in the sidebar. */
export function showSidebarPage(page: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A short message in the corner of the spreadsheet. */
export function toast(message: string, title: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 5);
}

/** A modal message with an OK button. */
export function alertMessage(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}

/** Asks a yes/no question; true when the person answers yes. */
export function confirmAction(question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
