/**
 * Service calls and modelled Apps Script time per action, at two table sizes, warm and cold, beside
 * a naive cell-by-cell implementation. Asserts nothing about speed (timings move with the machine);
 * returns the figures as Markdown sections of docs/PERFORMANCE.md.
 */
import { CLIENTS_TABLE } from '../src/core/tables/clientsTable';
import { PLACE_CACHE_SECONDS } from '../src/gas/tablePlaceCache';
// The public entry points, as Apps Script calls them: each learns its caller once.
import { listClients, saveRecord, setUpWorkbook, updateRecord } from '../src/server/main';
import { createEmulator, type Emulator } from '../workbench/emulator';
import { formatNumber, markdownTable, type Sections } from './docSections';

/** Suki must read the picker's columns at least this many times faster (modelled) than cell by cell. */
const NAIVE_RATIO_TARGET = 100;
const SIZES = [1_000, 50_000] as const;
const NAIVE_SIZE = 10_000;

/** Makes `emulator` the Apps Script the server code sees (Node's console stays). */
function activate(emulator: Emulator): void {
  const { console: _keepNodeConsole, ...services } = emulator.globals;
  Object.assign(globalThis, services);
}

function column(key: string): number {
  const index = CLIENTS_TABLE.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`No column ${key} in the Clients table.`);
  return index;
}

/** A set-up workbook holding `rows` clients, after one warm-up save (so its place is remembered). */
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
      row[column('id')] = `C-${String(i + 1).padStart(6, '0')}`;
      row[column('name')] = `Client ${i + 1}`;
      row[column('status')] = 'active';
      row[column('email')] = `client${i + 1}@example.ph`;
      return row;
    });
    sheet.getRange(2, 1, rows, width).setValues(block);
  });
  saveRecord('clients', { name: 'Warm-up' }, { allowDuplicate: true });
  return emulator;
}

interface Measured {
  calls: number;
  ms: number;
  byKind: Record<string, number>;
}

function measure(emulator: Emulator, action: () => unknown): Measured {
  activate(emulator);
  emulator.calls.reset();
  const result = action();
  if (result && typeof result === 'object' && 'ok' in result && result.ok === false) {
    throw new Error(`The benchmarked action failed: ${JSON.stringify(result)}`);
  }
  return { calls: emulator.calls.count(), ms: emulator.calls.modelledMs(), byKind: emulator.calls.byKind() };
}

/** The naive way: read every client's name and e-mail one cell at a time. */
function naiveReadClients(emulator: Emulator): void {
  const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row++) {
    sheet.getRange(row, column('name') + 1).getValue();
    sheet.getRange(row, column('email') + 1).getValue();
  }
}

type Action = readonly [label: string, run: (emulator: Emulator, n: number) => unknown];

const ACTIONS: readonly Action[] = [
  [
    'save a client as the form does (validate, duplicate check, append, audit)',
    (_, n) => saveRecord('clients', { name: `Bench client ${n}`, email: `bench${n}@example.ph` }),
  ],
  [
    'save a client confirmed as no duplicate (no duplicate check)',
    (_, n) => saveRecord('clients', { name: `Bench client ${n}` }, { allowDuplicate: true }),
  ],
  [
    'update a client (conflict check, write, audit)',
    () => updateRecord('clients', 'C-000500', { phone: '+63 2 8000 0000' }, {}),
  ],
  ['list clients for the picker (archived ones left out)', () => listClients()],
  [
    'save a client cold: the remembered place has expired',
    (emulator, n) => {
      emulator.advanceClock((PLACE_CACHE_SECONDS + 60) * 1000);
      return saveRecord('clients', { name: `Cold client ${n}`, email: `cold${n}@example.ph` });
    },
  ],
];

/** Runs the table-store benchmark; sections `calls`, `warm-save` and `naive`. */
export function runTableStoreBench(): Sections {
  const workbooks = SIZES.map(freshWorkbook);
  const results = ACTIONS.map(([, run], i) =>
    workbooks.map((emulator) => measure(emulator, () => run(emulator, i))),
  );
  const calls = markdownTable(
    ['action', ...SIZES.map((n) => `>${formatNumber(n)} clients`)],
    ACTIONS.map(([label], i) => [
      label,
      ...(results[i] ?? []).map((m) => `${formatNumber(m.calls)} calls, ${formatNumber(m.ms)} ms modelled`),
    ]),
  );

  const warm = results[0]?.[0];
  if (!warm) throw new Error('No warm save was measured.');
  const warmSave = [
    `A warm save from the form at ${formatNumber(SIZES[0])} clients, by kind of call, in the order each kind is first made (${warm.calls} calls):`,
    '',
    markdownTable(
      ['call', '>count'],
      Object.entries(warm.byKind).map(([kind, n]) => [`\`${kind}\``, String(n)]),
    ),
  ].join('\n');

  const tenK = freshWorkbook(NAIVE_SIZE);
  const ours = measure(tenK, () => listClients());
  const naive = measure(tenK, () => naiveReadClients(tenK));
  const ratio = naive.ms / ours.ms;
  const naiveSection = [
    markdownTable(
      [`reading the picker at ${formatNumber(NAIVE_SIZE)} clients`, '>calls', '>modelled ms'],
      [
        ['Suki: one `getValues` per column', formatNumber(ours.calls), formatNumber(ours.ms)],
        ['naive: `getValue` per cell (name and e-mail)', formatNumber(naive.calls), formatNumber(naive.ms)],
      ],
    ),
    '',
    `Suki takes **${formatNumber(ratio)}× less** modelled time (target: at least ${NAIVE_RATIO_TARGET}×; ${ratio >= NAIVE_RATIO_TARGET ? 'met' : '**not met**'}).`,
  ].join('\n');

  return { calls, 'warm-save': warmSave, naive: naiveSection };
}
