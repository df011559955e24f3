/**
 * "Import a file…" in the top bar: a real button (reachable by Tab, pressed with Enter or Space)
 * that opens the browser's file picker, as File › Import › Upload does in Sheets.
 */
import { el } from './dom';

/** The file types the workbench imports (see workbench/files/importFile.ts). */
const ACCEPT = '.xlsx,.csv,.tsv,.txt';

/** The button and its hidden file input; `chosen` gets each file the person picks. */
export function importControls(chosen: (file: File) => void): [HTMLButtonElement, HTMLInputElement] {
  const button = el('button', {
    text: 'Import a file…',
    title: 'Insert the sheets of an .xlsx, .csv or .txt file',
    attrs: { id: 'import', type: 'button' },
  });
  const input = el('input', {
    attrs: { id: 'import-file', type: 'file', accept: ACCEPT, hidden: '', 'aria-label': 'File to import' },
  });
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again imports it again.
    input.value = '';
    if (file) chosen(file);
  });
  return [button, input];
}
