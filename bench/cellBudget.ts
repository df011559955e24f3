/**
 * `npx tsx bench/cellBudget.ts [--clients 1000,3000]`: the cell budget of docs/SCALING.md, measured.
 * For each number of clients, a workbook set up by Suki is filled with the demo's records at the
 * proportions of issue #15's design scale (a year of history: per client 2 orders, 5 contact-plan
 * rows, 0.2 claims, 0.3 deals, 0.4 obligations; the people, plans and evidence as the demo makes
 * them), with one audit-log entry per record (its `create`), set up again (which trims every
 * table's sheet), then every report and the dashboard are run. It prints the cells each sheet uses
 * (rows × columns: Sheets counts empty cells against its 10 million), the cells per client, split
 * into what a client costs once and what each year of its history adds, and the clients that fit
 * in 8 and 10 million cells at 1, 2 and 3 years of history. Nothing is asserted; figures only.
 */

import { REPORTS } from '../src/core/reports/reportCatalog';
import { ALL_TABLES } from '../src/core/tables/registry';
import type { TableRecord } from '../src/core/tables/tableSpec';
import { AUDIT_LOG_TABLE, TEAM_TABLE } from '../src/core/tables/teamTables';
import { measureSheets } from '../src/gas/spaceUsed';
import * as main from '../src/server/main';
import { generateDemoWorkbook } from '../workbench/demo';
import { createEmulator, type Emulator } from '../workbench/emulator';
import { clearDataRows, writeTableRecords } from '../workbench/seed';
import { formatNumber, markdownTable } from './docSections';

const AS_OF = '2026-11-26';
const ZONE = 'Asia/Manila';
/** Issue #15's design scale per client and year (deals and obligations in the demo's proportion to claims). */
const PER_CLIENT_YEAR = {
  ordersPerClient: 2,
  contactsPerClient: 5,
  claimsPerClient: 0.2,
  dealsPerClient: 0.3,
  obligationsPerClient: 0.4,
};
/** The tables that grow with each year of history; the others with the number of clients only. */
const YEARLY = new Set([
  'orders',
  'contacts',
  'claims',
  'deals',
  'obligations',
  'audit',
  'sendLog',
  'invitees',
]);
const BUDGETS = [8_000_000, 10_000_000];

/** Makes `emulator` the Apps Script the server code sees (Node's console stays). */
function activate(emulator: Emulator): void {
  const { console: _keepNodeConsole, ...services } = emulator.globals;
  Object.assign(globalThis, services);
}

/** One `create` audit entry per record of the tables a person fills, as saving them through Suki writes. */
function auditEntries(tables: Readonly<Record<string, readonly TableRecord[]>>, by: string): TableRecord[] {
  const entries: TableRecord[] = [];
  for (const table of ALL_TABLES) {
    if (table === AUDIT_LOG_TABLE || table === TEAM_TABLE) continue;
    for (const record of tables[table.key] ?? []) {
      entries.push({
        id: `L-${String(entries.length + 1).padStart(6, '0')}`,
        at: `${AS_OF}T09:00:00.000Z`,
        who: by,
        action: 'create',
        table: table.key,
        recordId: String(record.id ?? ''),
      });
    }
  }
  return entries;
}

/** A workbook of `clients` clients, a year of history, every report and the dashboard: cells per sheet. */
function measuredWorkbook(clients: number): { label: string; kind: string; cells: number }[] {
  const demo = generateDemoWorkbook({ asOf: AS_OF, size: { clients, ...PER_CLIENT_YEAR } });
  const head = (demo.tables.team ?? []).find((record) => record.role === 'head');
  const emulator = createEmulator({
    activeUserEmail: String(head?.email ?? 'head@suki-demo.ph'),
    timeZone: ZONE,
  });
  activate(emulator);
  main.setUpWorkbook();
  clearDataRows(emulator, TEAM_TABLE);
  for (const table of ALL_TABLES) writeTableRecords(emulator, table, demo.tables[table.key] ?? [], ZONE);
  writeTableRecords(emulator, AUDIT_LOG_TABLE, auditEntries(demo.tables, String(head?.email)), ZONE);
  main.setUpWorkbook();
  for (const report of REPORTS) (main as unknown as Record<string, () => void>)[report.functionName]?.();
  main.refreshDashboard();
  if (emulator.ui.alerts.length > 0) throw new Error(`A run failed: ${emulator.ui.alerts[0]?.prompt}`);
  return emulator.uncounted(() =>
    measureSheets(emulator.spreadsheet).map((sheet) => ({
      label: sheet.kind === 'table' ? sheet.key : sheet.kind === 'report' ? 'reports' : 'other sheets',
      kind: sheet.kind,
      cells: sheet.rows * sheet.columns,
    })),
  );
}

/** Cells by label (tables by key, the reports and the other sheets each together). */
function byLabel(sheets: readonly { label: string; cells: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const sheet of sheets) totals.set(sheet.label, (totals.get(sheet.label) ?? 0) + sheet.cells);
  return totals;
}

function clientCounts(): [number, number] {
  const at = process.argv.indexOf('--clients');
  const given = at >= 0 ? (process.argv[at + 1] ?? '') : '1000,3000';
  const [small, large] = given.split(',').map((n) => Number(n.trim()));
  if (!small || !large || !(large > small))
    throw new Error('--clients takes two growing counts, e.g. 1000,3000');
  return [small, large];
}

const started = Date.now();
const [small, large] = clientCounts();
const a = byLabel(measuredWorkbook(small));
const b = byLabel(measuredWorkbook(large));
const labels = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (b.get(y) ?? 0) - (b.get(x) ?? 0));
let once = 0;
let yearly = 0;
let fixed = 0;
const rows = labels.map((label) => {
  const at = (m: Map<string, number>) => m.get(label) ?? 0;
  const perClient = (at(b) - at(a)) / (large - small);
  if (YEARLY.has(label)) yearly += perClient;
  else once += perClient;
  fixed += at(a) - perClient * small;
  return [label, formatNumber(at(a)), formatNumber(at(b)), formatNumber(perClient, 1)];
});
const total = (m: Map<string, number>) => [...m.values()].reduce((sum, n) => sum + n, 0);
rows.push(['**total**', formatNumber(total(a)), formatNumber(total(b)), formatNumber(once + yearly, 1)]);
console.log(
  `Cells per sheet (rows × columns) after set-up, every report and the dashboard, at ${formatNumber(small)} ` +
    `and ${formatNumber(large)} clients with a year of history:\n`,
);
console.log(
  markdownTable(
    ['sheet', `>${formatNumber(small)} clients`, `>${formatNumber(large)} clients`, '>per client'],
    rows,
  ),
);
const auditPerClient = ((b.get('audit') ?? 0) - (a.get('audit') ?? 0)) / (large - small);
console.log(
  `\nPer client: ${formatNumber(once, 1)} cells once (the client, its people, plans, checks, the reports) ` +
    `+ ${formatNumber(yearly, 1)} cells per year of history (orders, contacts, claims, deals, obligations, ` +
    `their audit entries); ${formatNumber(fixed)} cells whatever the size (Sheets' starter sheet, the small tables). ` +
    `Of the yearly cells, ${formatNumber(auditPerClient, 1)} are the audit log's (one entry per record saved ` +
    `through Suki; an import writes one entry per import).\n`,
);
const fit = [1, 2, 3].map((years) => [
  `${years} year${years > 1 ? 's' : ''}`,
  formatNumber(once + years * yearly, 1),
  ...BUDGETS.map((budget) => formatNumber(Math.floor((budget - fixed) / (once + years * yearly)))),
]);
console.log(
  markdownTable(
    ['history kept', '>cells per client', ...BUDGETS.map((n) => `>clients in ${formatNumber(n)}`)],
    fit,
  ),
);
console.log(`\n(${formatNumber((Date.now() - started) / 1000)} s)`);
