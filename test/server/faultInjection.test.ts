/**
 * Every public server function that writes, with its N-th service call failing, for every N up to
 * the action's call count: once (a service error), and as a cut-off (that call and every later one
 * fail, as when Apps Script ends the execution). After each run the tables and the audit log are
 * consistent as the next execution sees them (no partial record, no record without its audit
 * entry, no ID twice), and a retry succeeds once.
 */
import { describe, expect, it, vi } from 'vitest';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { AUDIT_LOG_TABLE } from '../../src/core/tables/teamTables';
import {
  archiveRecord,
  listClients,
  onEdit,
  reportObligations,
  runImport,
  saveRecord,
  setUpWorkbook,
  updateRecord,
} from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';
import { silenceSurvivedFailures } from '../support/quietFailures';

silenceSurvivedFailures();

type Mode = 'once' | 'cutoff';

/** The records an audit entry is about: one ID, or an import's range "C-000003 … C-000009". */
function recordIdsOf(entry: Record<string, unknown>): string[] {
  const [first, last] = String(entry.recordId).split(' … ');
  const match = /^(.*-)(\d+)$/.exec(first ?? '');
  if (last === undefined || !match) return [String(entry.recordId)];
  const [, prefix = '', from = '0'] = match;
  const to = Number(/(\d+)$/.exec(last)?.[1] ?? from);
  return Array.from(
    { length: to - Number(from) + 1 },
    (_, i) => `${prefix}${String(Number(from) + i).padStart(6, '0')}`,
  );
}

/** What must hold whatever failed: checked on the sheets as they are. */
function expectConsistent(emulator: Emulator, context: string): void {
  const audit = tableRows(emulator, AUDIT_LOG_TABLE.key);
  const auditIds = audit.map((row) => row.id);
  expect(new Set(auditIds).size, `${context}: audit IDs repeat`).toBe(auditIds.length);
  expect(
    audit.filter((row) => row.id === '' || row.action === ''),
    `${context}: partial audit row`,
  ).toEqual([]);
  const created = new Set(
    audit
      .filter((row) => row.action === 'create' || row.action === 'import')
      .flatMap((row) => recordIdsOf(row).map((id) => `${row.table}:${id}`)),
  );
  for (const table of ALL_TABLES) {
    if (table === AUDIT_LOG_TABLE) continue;
    const rows = tableRows(emulator, table.key);
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size, `${context}: ${table.key} IDs repeat`).toBe(ids.length);
    for (const row of rows) {
      expect(row.id, `${context}: ${table.key} row without ID`).not.toBe('');
      expect(row.createdAt, `${context}: ${table.key} ${String(row.id)} without stamps`).toBeInstanceOf(Date);
      expect(created.has(`${table.key}:${String(row.id)}`), `${context}: ${String(row.id)} not audited`).toBe(
        true,
      );
    }
    const recordIds = new Set(ids);
    for (const entry of audit.filter(
      (row) => ['create', 'import'].includes(String(row.action)) && row.table === table.key,
    )) {
      for (const id of recordIdsOf(entry))
        expect(recordIds.has(id), `${context}: audit of a record that is not there`).toBe(true);
    }
  }
}

/** Runs an action as the page would: a thrown error is a failure the person sees. */
function attempt(action: () => unknown): { ok: boolean } {
  try {
    const result = action();
    if (typeof result === 'object' && result !== null && 'ok' in result) return { ok: Boolean(result.ok) };
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

function freshWorkbook(): Emulator {
  const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics'])
    expect(saveRecord('clients', { name })).toMatchObject({ ok: true });
  return emulator;
}

/** How many service calls an action makes when nothing fails, on a workbook like the test's. */
function callCount(emulator: Emulator, action: () => unknown): number {
  const before = emulator.calls.count();
  action();
  return emulator.calls.count() - before;
}

interface WriteAction {
  readonly name: string;
  /** Performs the action once; `round` makes each attempt's input distinct. */
  readonly run: (round: number) => unknown;
  /** How many records the action adds to `table` when it succeeds. */
  readonly adds: { readonly table: string; readonly count: number } | null;
  /** What a successful run left, to tell a half-done update from a whole one. */
  readonly done?: (emulator: Emulator, round: number) => boolean;
}

const ACTIONS: readonly WriteAction[] = [
  {
    name: 'saveRecord (a client)',
    run: (round) => saveRecord('clients', { name: `Client ${round}`, email: `c${round}@x.ph` }),
    adds: { table: 'clients', count: 1 },
  },
  {
    name: 'saveRecord (an order, with its client reference)',
    run: (round) =>
      saveRecord('orders', { clientId: 'C-000001', orderDate: '2026-11-02', amount: 100 + round }),
    adds: { table: 'orders', count: 1 },
  },
  {
    name: 'updateRecord',
    run: (round) => updateRecord('clients', 'C-000002', { phone: `0917-${round}`, region: `R${round}` }, {}),
    adds: null,
    done: (emulator, round) => {
      const row = tableRows(emulator, 'clients').find((r) => r.id === 'C-000002');
      return row?.phone === `0917-${round}` && row?.region === `R${round}`;
    },
  },
  {
    name: 'archiveRecord',
    run: (round) => {
      const id = `C-${String(round).padStart(6, '0')}`;
      return archiveRecord(
        'clients',
        tableRows(currentEmulator, 'clients').some((r) => r.id === id) ? id : 'C-000001',
      );
    },
    adds: null,
  },
  {
    name: 'runImport',
    run: (round) =>
      runImport({
        table: 'clients',
        source: { csv: `Name,E-mail\nImported A${round},a${round}@i.ph\nImported B${round},b${round}@i.ph` },
        mapping: { 0: 'name', 1: 'email' },
        headers: ['Name', 'E-mail'],
      }),
    adds: { table: 'clients', count: 2 },
  },
  {
    name: 'reportObligations',
    run: () => reportObligations(),
    adds: null,
  },
];

let currentEmulator: Emulator;

describe.each<Mode>(['once', 'cutoff'])('with the N-th service call failing (%s)', (mode) => {
  it.each(ACTIONS.map((action) => [action.name, action] as const))('%s', (_name, action) => {
    const emulator = freshWorkbook();
    currentEmulator = emulator;
    let round = 1;
    const total = callCount(emulator, () => action.run(round));
    round += 1;
    expect(total).toBeGreaterThan(3);
    for (let n = 1; n <= total; n += 1, round += 1) {
      const context = `${action.name}, call ${n} of ${total} (${mode})`;
      const before = action.adds ? tableRows(emulator, action.adds.table).length : 0;
      emulator.calls.failAt(n, mode);
      const outcome = attempt(() => action.run(round));
      emulator.calls.clearFault();
      // The next execution settles what a cut-off one left; a read is enough to make it.
      listClients();
      expectConsistent(emulator, context);
      const afterFailure = action.adds ? tableRows(emulator, action.adds.table).length : 0;
      if (outcome.ok) {
        if (action.adds) expect(afterFailure, context).toBe(before + action.adds.count);
        continue;
      }
      if (action.adds) expect(afterFailure, `${context}: a failed action left records`).toBe(before);
      if (action.done) expect(action.done(emulator, round), `${context}: half an update stayed`).toBe(false);
      expect(attempt(() => action.run(round)).ok, `${context}: the retry failed`).toBe(true);
      expectConsistent(emulator, `${context}, after the retry`);
      if (action.adds)
        expect(tableRows(emulator, action.adds.table).length, context).toBe(before + action.adds.count);
      if (action.done) expect(action.done(emulator, round), context).toBe(true);
    }
  });
});

describe('a hand edit with its N-th service call failing', () => {
  it.each<Mode>(['once', 'cutoff'])('never leaves a duplicate ID or a partial audit row (%s)', (mode) => {
    const emulator = freshWorkbook();
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const regionColumn = (emulator.sheetValues('Clients')[0] ?? []).indexOf('Region') + 1;
    const total = callCount(emulator, () => emulator.personEdit('Clients', 2, regionColumn, 'NCR'));
    for (let n = 1; n <= total; n += 1) {
      emulator.calls.failAt(n, mode);
      expect(emulator.personEdit('Clients', 2, regionColumn, `Region ${n}`).accepted).toBe(true);
      emulator.calls.clearFault();
      listClients();
      expectConsistent(emulator, `hand edit, call ${n} of ${total} (${mode})`);
    }
  });
});

describe('undoing a cut-off action never overwrites what a person did since', () => {
  /** Runs `action` cut off at its commit: every write made, the journal never deleted. */
  function cutOffAtCommit(emulator: Emulator, action: () => unknown, probe: () => unknown): void {
    const total = callCount(emulator, probe);
    // The commit's property delete is the call before the lock's release, the last call.
    emulator.calls.failAt(total - 1, 'cutoff');
    expect(attempt(action).ok).toBe(false);
    emulator.calls.clearFault();
  }

  it('keeps a field a person typed over a cut-off update, and restores the others', () => {
    const emulator = freshWorkbook();
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const header = emulator.sheetValues('Clients')[0] ?? [];
    cutOffAtCommit(
      emulator,
      () => updateRecord('clients', 'C-000002', { phone: '0917 111 1111', region: 'Visayas' }, {}),
      () => updateRecord('clients', 'C-000002', { phone: '0917 000 0000', region: 'NCR' }, {}),
    );
    // The cut-off update's values are in the sheet; the person fixes the region by hand meanwhile.
    expect(tableRows(emulator, 'clients')[1]).toMatchObject({ phone: '0917 111 1111', region: 'Visayas' });
    expect(emulator.personEdit('Clients', 3, header.indexOf('Region') + 1, 'Mindanao').accepted).toBe(true);
    listClients(); // the next action undoes the cut-off one
    expect(tableRows(emulator, 'clients')[1]).toMatchObject({ phone: '0917 000 0000', region: 'Mindanao' });
  });

  it('leaves a row a person worked on after a cut-off save, and clears one no one touched', () => {
    const emulator = freshWorkbook();
    emulator.attachScript((name) =>
      name === 'onEdit' ? (onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const header = emulator.sheetValues('Clients')[0] ?? [];
    cutOffAtCommit(
      emulator,
      () => saveRecord('clients', { name: 'Charlie Retail' }),
      () => saveRecord('clients', { name: 'Probe Client' }),
    );
    const ghost = tableRows(emulator, 'clients').find((row) => row.name === 'Charlie Retail');
    expect(ghost).toBeDefined();
    listClients();
    expect(tableRows(emulator, 'clients').some((row) => row.name === 'Charlie Retail')).toBe(false);

    cutOffAtCommit(
      emulator,
      () => saveRecord('clients', { name: 'Delta Trading' }),
      () => saveRecord('clients', { name: 'Probe Client 2' }),
    );
    const rowNumber = tableRows(emulator, 'clients').findIndex((row) => row.name === 'Delta Trading') + 2;
    expect(rowNumber).toBeGreaterThan(1);
    // A few seconds later a person adds a phone to the row they can see.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5_000);
    try {
      expect(
        emulator.personEdit('Clients', rowNumber, header.indexOf('Phone') + 1, '0917 555 0000').accepted,
      ).toBe(true);
      listClients();
    } finally {
      vi.useRealTimers();
    }
    expect(tableRows(emulator, 'clients').find((row) => row.name === 'Delta Trading')).toMatchObject({
      phone: '0917 555 0000',
    });
  });
});
