/**
 * Service calls and modelled Apps Script time per action, at growing table sizes, beside a naive
 * cell-by-cell implementation. Prints figures; asserts nothing (see DESIGN.md's targets).
 */
import { CLIENTS_TABLE } from '../src/core/tables/clientsTable';
import { listClients, saveRecord, updateRecord } from '../src/server/records';
import { setUpWorkbook } from '../src/server/setup';
import { createEmulator, type Emulator } from '../workbench/emulator';

/** Makes `emulator` the Apps Script the server code sees (Node's console stays). */
function activate(emulator: Emulator): void {
  const { console: _keepNodeConsole, ...services } = emulator.globals;
  Object.assign(globalThis, services);
}

function freshWorkbook(rows: number): Emulator {
  const emulator = createEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  activate(emulator);
  setUpWorkbook();
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows + 600 - sheet.getMaxRows());
    const width = CLIENTS_TABLE.columns.length;
    const block = Array.from({ length: rows }, (_, i) => {
      const row: unknown[] = new Array(width).fill('');
      row[0] = `C-${String(i + 1).padStart(6, '0')}`;
      row[1] = `Client ${i + 1}`;
      row[2] = 'active';
      row[10] = `client${i + 1}@example.ph`;
      return row;
    });
    sheet.getRange(2, 1, rows, width).setValues(block);
  });
  saveRecord('clients', { name: 'Warm-up' }, { allowDuplicate: true });
  return emulator;
}

function measure(emulator: Emulator, action: () => unknown): { calls: number; ms: number } {
  activate(emulator);
  emulator.calls.reset();
  action();
  return { calls: emulator.calls.count(), ms: emulator.calls.modelledMs() };
}

/** The naive way: read every client's name and e-mail one cell at a time. */
function naiveReadClients(emulator: Emulator): void {
  const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row++) {
    sheet.getRange(row, 2).getValue();
    sheet.getRange(row, 11).getValue();
  }
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Runs the table-store benchmark and prints a table. */
export function runTableStoreBench(): void {
  const actions: [string, (e: Emulator) => () => unknown][] = [
    ['save a client', () => () => saveRecord('clients', { name: 'Bench client' }, { allowDuplicate: true })],
    ['update a client', () => () => updateRecord('clients', 'C-000500', { phone: '+63 2 8000 0000' }, {})],
    ['list clients (picker)', () => () => listClients()],
  ];
  console.log('\nTable store: service calls and modelled Apps Script time per action');
  console.log(`${'action'.padEnd(26)}${'1k rows'.padStart(22)}${'50k rows'.padStart(24)}`);
  const small = freshWorkbook(1_000);
  const large = freshWorkbook(50_000);
  for (const [name, make] of actions) {
    const a = measure(small, make(small));
    const b = measure(large, make(large));
    console.log(
      `${name.padEnd(26)}${`${a.calls} calls ${fmt(a.ms)} ms`.padStart(22)}${`${b.calls} calls ${fmt(b.ms)} ms`.padStart(24)}`,
    );
  }
  const tenK = freshWorkbook(10_000);
  const ours = measure(tenK, () => listClients());
  const naive = measure(tenK, () => naiveReadClients(tenK));
  console.log('\nReading 10,000 clients (ID and name or name and e-mail):');
  console.log(`  Suki (one getValues per column): ${ours.calls} calls, ${fmt(ours.ms)} ms modelled`);
  console.log(`  naive (getValue per cell):       ${fmt(naive.calls)} calls, ${fmt(naive.ms)} ms modelled`);
  console.log(`  ratio: ${(naive.ms / ours.ms).toFixed(0)}x less modelled time`);
}
