/**
 * Each report reads only the tables and the columns its analyses use (issue #15): the cells every
 * counted getValues reads, per sheet, for a report that needs one table, at two sizes; and what it
 * writes back: only the computed columns its own analyses produced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_ROWS, OBLIGATION_ROWS } from '../../src/core/analysis/rows';
import { isoDateInZone } from '../../src/core/dates';
import type { MessageKey } from '../../src/core/i18n/en';
import { translatorFor } from '../../src/core/i18n/translate';
import { REPORTS } from '../../src/core/reports/reportCatalog';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { CLAIMS_TABLE, OBLIGATIONS_TABLE } from '../../src/core/tables/workTables';
import * as server from '../../src/server/main';
import { setUpWorkbook } from '../../src/server/setup';
import { generateDemoWorkbook } from '../../workbench/demo';
import type { Emulator } from '../../workbench/emulator';
import { FakeRange } from '../../workbench/emulator/range';
import { writeTableRecords } from '../../workbench/seed';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const ZONE = 'Asia/Manila';
const TODAY = isoDateInZone(new Date(), ZONE);
const en = translatorFor('en');
const run = (name: string) => (server as unknown as Record<string, () => void>)[name]?.();
/** The tables the analyses read, by sheet name. */
const ANALYSED = ALL_TABLES.filter((table) =>
  [
    'clients',
    'orders',
    'claims',
    'contacts',
    'deals',
    'obligations',
    'competitors',
    'campaigns',
    'evidence',
    'people',
    'plans',
  ].includes(table.key),
);

function seededWorkbook(clients: number): Emulator {
  const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
  setUpWorkbook();
  const demo = generateDemoWorkbook({ asOf: TODAY, size: { clients } });
  for (const table of ALL_TABLES) writeTableRecords(emulator, table, demo.tables[table.key] ?? [], ZONE);
  return emulator;
}

/** What counted getValues calls read while `fn` ran: calls and cells per sheet name. */
interface Reads {
  readonly calls: Map<string, number>;
  readonly cells: Map<string, number>;
}

let emulator: Emulator;
let reads: Reads | null = null;
const original = FakeRange.prototype.getValues;
beforeAll(() => {
  FakeRange.prototype.getValues = function (this: FakeRange) {
    if (reads && emulator.calls.active) {
      const { sheetId, numRows, numColumns } = (this as unknown as { rect: Record<string, number> }).rect as {
        sheetId: number;
        numRows: number;
        numColumns: number;
      };
      const name = emulator.uncounted(
        () =>
          emulator.spreadsheet
            .getSheets()
            .find((sheet) => sheet.getSheetId() === sheetId)
            ?.getName() ?? '?',
      );
      reads.calls.set(name, (reads.calls.get(name) ?? 0) + 1);
      reads.cells.set(name, (reads.cells.get(name) ?? 0) + numRows * numColumns);
    }
    return original.call(this);
  };
});
afterAll(() => {
  FakeRange.prototype.getValues = original;
});

/** The reads of a report's second run (the first creates its sheet and warms the table places). */
function readsOf(functionName: string): Reads {
  run(functionName);
  const seen: Reads = { calls: new Map(), cells: new Map() };
  reads = seen;
  try {
    run(functionName);
  } finally {
    reads = null;
  }
  expect(emulator.ui.alerts).toEqual([]);
  return seen;
}

/** Every cell of a table's data rows, as a whole-table read fetches them (column A to its last). */
function wholeTableCells(sheetName: string): number {
  const values = emulator.sheetValues(sheetName);
  return Math.max(0, values.length - 1) * (values[0]?.length ?? 0);
}

const sheetOf = (table: { readonly sheetLabel: MessageKey }) => en(table.sheetLabel);
const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

describe('a report that needs one table', () => {
  it.each([
    ['reportClaims', CLAIMS_TABLE, CLAIM_ROWS.columns],
    ['reportObligations', OBLIGATIONS_TABLE, OBLIGATION_ROWS.columns],
  ] as const)(
    '%s reads its own columns, the clients’ names, and no cell of the Contact plan',
    (name, table, declared) => {
      emulator = seededWorkbook(300);
      const { cells } = readsOf(name);
      const own = sheetOf(table);
      expect(cells.get(sheetOf({ sheetLabel: 'sheet.contacts' })) ?? 0).toBe(0);
      for (const other of ANALYSED.filter((t) => t !== table && t !== CLIENTS_TABLE))
        expect(cells.get(sheetOf(other)) ?? 0, other.key).toBe(0);
      // Its table: the columns its rows declare and the archive stamp, every data row, nothing more
      // but its header row, which finding the table checks.
      const [header = [], ...data] = emulator.sheetValues(own);
      expect(data.length).toBeGreaterThan(10);
      expect(cells.get(own)).toBe(header.length + data.length * new Set([...declared, 'archivedAt']).size);
      expect(cells.get(own) ?? 0).toBeLessThan(wholeTableCells(own));
      // The clients: their IDs and names (and the archive stamp) only, for the names beside the IDs.
      const [clientHeader = [], ...clients] = emulator.sheetValues('Clients');
      expect(cells.get('Clients')).toBe(clientHeader.length + clients.length * 3);
      // Everything it read, its own sheet and the team's included, is less than the tables' whole.
      const whole = ANALYSED.reduce((sum, t) => sum + wholeTableCells(sheetOf(t)), 0);
      expect(total(cells)).toBeLessThan(whole / 4);
    },
  );

  it('costs the same reads of each sheet at 150 and 600 clients', { timeout: 120_000 }, () => {
    const [small, large] = [150, 600].map((clients) => {
      emulator = seededWorkbook(clients);
      return ['reportClaims', 'reportObligations', 'reportReliability'].map((name) =>
        Object.fromEntries(readsOf(name).calls),
      );
    });
    expect(large).toEqual(small);
    expect(Object.keys(small?.[0] ?? {})).toContain('Claims');
  });
});

describe('what a report writes back', () => {
  const computedColumns = ['Late-payment chance (%)', 'Late-payment band', 'ABC class', 'XYZ class'];
  const columnsOf = (rows: Record<string, unknown>[], header: string) => rows.map((row) => row[header]);
  const computedEntries = () =>
    rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'computed');

  it('is only the computed columns of the analyses its run computed', { timeout: 60_000 }, () => {
    emulator = seededWorkbook(150);
    const before = rowsByHeader(emulator, 'Clients');
    const people = columnsOf(rowsByHeader(emulator, 'People'), 'Last contacted');
    // Claims: no computed column, so no `computed` entry and the columns as they were.
    run('reportClaims');
    for (const header of computedColumns)
      expect(columnsOf(rowsByHeader(emulator, 'Clients'), header), header).toEqual(columnsOf(before, header));
    expect(computedEntries()).toEqual([]);
    // Reliability: the forecast, and the XYZ classes its account health computed; not the ABC class.
    run('reportReliability');
    const after = rowsByHeader(emulator, 'Clients');
    const current = after.filter((row) => row['Archived at'] === '');
    expect(current.every((row) => typeof row['Late-payment chance (%)'] === 'number')).toBe(true);
    expect(current.some((row) => row['XYZ class'] !== '')).toBe(true);
    expect(columnsOf(after, 'ABC class')).toEqual(columnsOf(before, 'ABC class'));
    expect(columnsOf(rowsByHeader(emulator, 'People'), 'Last contacted')).toEqual(people);
    expect(computedEntries().map((row) => row.Field)).toEqual(['lateChance, reliabilityBand, xyzClass']);
    // Relationships: each person's last contact as well.
    run('reportRelationships');
    expect(columnsOf(rowsByHeader(emulator, 'People'), 'Last contacted').some((v) => v instanceof Date)).toBe(
      true,
    );
    // The dashboard uses everything and writes every computed column.
    run('refreshDashboard');
    expect(emulator.ui.alerts).toEqual([]);
    expect(rowsByHeader(emulator, 'Clients').some((row) => row['ABC class'] === 'A')).toBe(true);
    expect(computedEntries().at(-1)?.Field).toBe('lateChance, reliabilityBand, abcClass, xyzClass');
  });
});

describe('the catalog', () => {
  it('has the reports these tests run', () => {
    const keys = REPORTS.map((r) => r.functionName);
    for (const name of ['reportClaims', 'reportObligations', 'reportReliability', 'reportRelationships'])
      expect(keys).toContain(name);
  });
});
