/**
 * Importing a real company's lists: 50,000 clients, then 50,000 invoices pointing to them by name,
 * from sheets of the spreadsheet (where Sheets' File › Import puts a file), each with a title row
 * above a Filipino header. Prints the check and the import's service calls, modelled Apps Script
 * time and the emulator's own wall-clock time; asserts nothing about speed.
 */
import { previewImport, runImport, setUpWorkbook } from '../src/server/main';
import { createEmulator, type Emulator } from '../workbench/emulator';
import { formatNumber, markdownTable, type Sections } from './docSections';

const ROWS = 50_000;

function activate(emulator: Emulator): void {
  const { console: _keepNodeConsole, ...services } = emulator.globals;
  Object.assign(globalThis, services);
}

/** A sheet of typed text (as an imported CSV holds it): a title row, a blank row, the header, the rows. */
function sourceSheet(emulator: Emulator, name: string, header: string[], rows: string[][]): void {
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.insertSheet(name);
    const all = [[`${name}, 2026`, ...header.slice(1).map(() => '')], header.map(() => ''), header, ...rows];
    if (sheet.getMaxRows() < all.length)
      sheet.insertRowsAfter(sheet.getMaxRows(), all.length - sheet.getMaxRows());
    const range = sheet.getRange(1, 1, all.length, header.length);
    range.setNumberFormat('@');
    range.setValues(all);
  });
}

function tableRoom(emulator: Emulator, sheetName: string, rows: number): void {
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  });
}

interface Step {
  readonly label: string;
  readonly calls: number;
  readonly modelledMs: number;
  readonly wallMs: number;
  readonly outcome: string;
}

function step(emulator: Emulator, label: string, run: () => { ok: boolean; message: string }): Step {
  emulator.calls.reset();
  const started = performance.now();
  const answer = run();
  const wallMs = performance.now() - started;
  if (!answer.ok) throw new Error(`${label} failed: ${answer.message}`);
  return {
    label,
    calls: emulator.calls.count(),
    modelledMs: emulator.calls.modelledMs(),
    wallMs,
    outcome: answer.message,
  };
}

/** Checks then imports `sheetName` into `table`, the way the import page does. */
function checkAndImport(emulator: Emulator, table: string, sheetName: string, what: string): Step[] {
  const source = { sheetName };
  let preview: ReturnType<typeof previewImport> | null = null;
  const check = step(emulator, `check ${what}`, () => {
    preview = previewImport({ table, source, mapping: null });
    return preview;
  });
  const checked = preview as unknown as { mapping: Record<number, string>; headers: string[] };
  const write = step(emulator, `import ${what}`, () =>
    runImport({ table, source, mapping: checked.mapping, headers: checked.headers }),
  );
  return [check, write];
}

/** Runs the import benchmark; section `import`. */
export function runImportBench(): Sections {
  const emulator = createEmulator({ activeUserEmail: 'mara@suki-demo.ph', spreadsheetLocale: 'en_PH' });
  activate(emulator);
  setUpWorkbook();
  const names = Array.from({ length: ROWS }, (_, i) => `Kumpanya ${i + 1} Trading`);
  sourceSheet(
    emulator,
    'Mga Kliyente',
    ['Pangalan ng Kumpanya', 'Industriya', 'Rehiyon', 'Telepono', 'E-mail', 'Credit limit (PHP)', 'Tala'],
    names.map((name, i) => [
      name,
      ['Retail', 'Food', 'Logistics'][i % 3] as string,
      ['NCR', 'Region III', 'Region VII'][i % 3] as string,
      `0917 ${String(1_000_000 + i).slice(-7, -4)} ${String(i).padStart(4, '0').slice(-4)}`,
      `kumpanya${i + 1}@example.ph`,
      `₱${formatNumber(50_000 + (i % 50) * 10_000)}`,
      i % 7 === 0 ? '=not a formula' : '',
    ]),
  );
  tableRoom(emulator, 'Clients', ROWS + 100);
  const steps = checkAndImport(emulator, 'clients', 'Mga Kliyente', `${formatNumber(ROWS)} clients`);
  sourceSheet(
    emulator,
    'Mga Invoice',
    ['Petsa', 'Kliyente', 'Halaga (PHP)', 'Due date', 'Date paid'],
    names.map((name, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      return [
        `${day}/${month}/2025`,
        name,
        `${formatNumber(1_000 + (i % 900) * 25)}.50`,
        `${day}/${month}/2026`,
        '',
      ];
    }),
  );
  tableRoom(emulator, 'Orders', ROWS + 100);
  steps.push(...checkAndImport(emulator, 'orders', 'Mga Invoice', `${formatNumber(ROWS)} invoices`));
  const table = markdownTable(
    ['step', '>service calls', '>modelled Apps Script time', '>emulator wall clock'],
    steps.map((s) => [
      s.label,
      formatNumber(s.calls),
      `${formatNumber(s.modelledMs / 1000, 1)} s`,
      `${formatNumber(s.wallMs / 1000, 1)} s`,
    ]),
  );
  const outcome = steps[steps.length - 1]?.outcome ?? '';
  return { import: `${table}\n\nThe last step answered: "${outcome}"` };
}
