/**
 * Asks the person to choose one of `count` numbered options they were shown in `prompt`: the
 * chosen option's 0-based index, or null when they cancel or type anything but one of the numbers.
 * A Ui prompt (not a page) so set-up can ask and go on in one execution.
 */
export function askForNumberedChoice(title: string, prompt: string, count: number): number | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const text = response.getResponseText().trim();
  const chosen = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return chosen >= 1 && chosen <= count ? chosen - 1 : null;
}
