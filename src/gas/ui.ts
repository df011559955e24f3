/** Opens a built page (dist/<page>.html) in the sidebar. */
export function showSidebarPage(page: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Opens `html` (a whole document Suki built, every value escaped) in a modal dialog: a page to read
 * or print (a sidebar is too narrow to print from).
 */
export function showDialogHtml(html: string, title: string, width = 860, height = 640): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
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

/** One entry of a menu: an item calling a top-level function by name, a separator, or a submenu. */
export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly caption: string; readonly items: readonly MenuEntry[] };

function fillMenu(
  ui: GoogleAppsScript.Base.Ui,
  menu: GoogleAppsScript.Base.Menu,
  entries: readonly MenuEntry[],
): GoogleAppsScript.Base.Menu {
  for (const entry of entries) {
    if (entry.kind === 'item') menu.addItem(entry.caption, entry.functionName);
    else if (entry.kind === 'separator') menu.addSeparator();
    else menu.addSubMenu(fillMenu(ui, ui.createMenu(entry.caption), entry.items));
  }
  return menu;
}

/** Shows the add-on's menu (Extensions › Suki) with these entries. Touches no document data. */
export function showAddonMenu(entries: readonly MenuEntry[]): void {
  const ui = SpreadsheetApp.getUi();
  fillMenu(ui, ui.createAddonMenu(), entries).addToUi();
}

/** Asks for a line of text; what the person typed (trimmed), or null when they cancel. */
export function askForText(title: string, prompt: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
}
