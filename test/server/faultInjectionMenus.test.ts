/**
 * The menu's writing functions with their N-th service call failing, for every N up to the
 * action's call count (for set-up's 1,700 calls: at every call that changes the spreadsheet and a
 * spread of the reads, see test/support/faultPoints.ts), once and as a cut-off: set-up, the dashboard, the analysis settings, the
 * daily refresh, the language, archiving the selected row and the self-check. After each run the
 * tables and the audit log are as before (or as the action leaves them); the next point's run goes
 * over what the failed one left, and a full retry after every third point and the last succeeds.
 * The record-writing functions are in faultInjection.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/core/i18n/en';
import { translatorFor } from '../../src/core/i18n/translate';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { KPI_HISTORY_TABLE } from '../../src/core/tables/kpiHistoryTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { AUDIT_LOG_TABLE } from '../../src/core/tables/teamTables';
import { readAnalysisSettings } from '../../src/gas/analysisSettings';
import {
  archiveSelectedRow,
  checkThisSpreadsheet,
  enableDailyDashboard,
  getAnalysisSettings,
  listClients,
  refreshDashboard,
  saveAnalysisSettings,
  saveRecord,
  setUpWorkbook,
  useFilipino,
} from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { faultPoints } from '../support/faultPoints';
import { silenceSurvivedFailures } from '../support/quietFailures';

silenceSurvivedFailures();

type Mode = 'once' | 'cutoff';
/** A full retry (checked done, tables as before) after every this many fault points. */
const RETRY_EVERY = 3;
const t = translatorFor('en');

function freshWorkbook(): Emulator {
  const emulator = useEmulator({ activeUserEmail: 'ligaya.santos@suki-demo.ph' });
  setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Logistics'])
    expect(saveRecord('clients', { name, phone: '0917 000 0000' })).toMatchObject({ ok: true });
  expect(
    saveRecord('obligations', { clientId: 'C-000001', obligation: 'Deliver', dueDate: '2026-12-10' }),
  ).toMatchObject({ ok: true });
  return emulator;
}

/** The columns a report run writes (the forecast's late chance and band, the classes), and archiving. */
const COMPUTED_LABELS: readonly MessageKey[] = [
  'col.client.lateChance',
  'col.client.reliabilityBand',
  'col.client.abcClass',
  'col.client.xyzClass',
  'col.archivedAt',
];
const STAMP_LABELS: readonly MessageKey[] = ['col.updatedAt', 'col.updatedBy'];

/**
 * Every table's data rows (uncounted), less what an action may legitimately change: computed
 * columns and stamps, and the audit log's `computed` entries (a report's recomputed scores).
 */
function tablesNow(emulator: Emulator): unknown[][][] {
  return ALL_TABLES.map((table) => {
    const [header = [], ...all] = emulator.sheetValues(t(table.sheetLabel));
    const action = header.indexOf(t('col.audit.action'));
    // A dashboard refresh appends its KPI snapshot (and audits it) by design: counted apart (historyRows).
    if (table === KPI_HISTORY_TABLE) return [];
    const rows =
      table === AUDIT_LOG_TABLE
        ? all.filter((row) => row[action] !== 'computed' && row[action] !== 'snapshot')
        : all;
    const found = COMPUTED_LABELS.map((label) => header.indexOf(t(label)));
    // The Clients table has them all: a renamed column must not slip out of the comparison unseen.
    if (table === CLIENTS_TABLE) expect(found.filter((index) => index < 0)).toEqual([]);
    const computed = found.filter((index) => index >= 0);
    const stamps = STAMP_LABELS.map((label) => header.indexOf(t(label)));
    return rows
      .filter((row) => row.some((cell) => cell !== ''))
      .map((row) =>
        row.map((cell, index) => (computed.includes(index) || stamps.includes(index) ? '' : cell)),
      );
  });
}

/** The KPI history's data rows (uncounted). */
const historyRows = (emulator: Emulator) =>
  emulator
    .sheetValues(t(KPI_HISTORY_TABLE.sheetLabel))
    .slice(1)
    .filter((row) => row.some((cell) => cell !== '')).length;

interface MenuAction {
  readonly name: string;

  readonly run: (emulator: Emulator) => void;
  /** Whether the action did all it should (checked after the retry). */
  readonly done: (emulator: Emulator) => boolean;
  /** Whether the tables (less computed columns) must stay exactly as they were. */
  readonly tablesUnchanged: boolean;
}

const ACTIONS: readonly MenuAction[] = [
  {
    name: 'setUpWorkbook',
    run: () => setUpWorkbook(),
    done: (emulator) => emulator.ui.toasts.at(-1)?.message.startsWith('Workbook ready') === true,
    tablesUnchanged: true,
  },
  {
    name: 'refreshDashboard',
    run: () => refreshDashboard(),
    done: (emulator) => emulator.ui.toasts.at(-1)?.message.startsWith('Dashboard') === true,
    tablesUnchanged: true,
  },
  {
    name: 'saveAnalysisSettings',
    run: () => {
      const current = getAnalysisSettings();
      if (!current.ok) throw new Error(current.message);
      saveAnalysisSettings({ ...current.values, 'abc.aMax': '70', 'abc.bMax': '90' });
    },
    done: () => readAnalysisSettings().abc.aMax === 0.7,
    tablesUnchanged: true,
  },
  {
    name: 'enableDailyDashboard',
    run: () => enableDailyDashboard(),
    done: (emulator) => emulator.triggers().length === 1,
    tablesUnchanged: true,
  },
  {
    name: 'useFilipino',
    run: () => useFilipino(),
    done: (emulator) =>
      emulator.ui.menus
        .at(-1)
        ?.items.some((item) => item.kind !== 'separator' && item.caption === 'Tulong') === true,
    tablesUnchanged: true,
  },
  {
    name: 'checkThisSpreadsheet',
    run: () => checkThisSpreadsheet(),
    done: (emulator) => (emulator.ui.alerts.at(-1)?.prompt ?? '').includes('Passed'),
    tablesUnchanged: true,
  },
  {
    name: 'archiveSelectedRow',
    run: (emulator) => {
      emulator.select('Clients', 3, 2);
      emulator.ui.queueAlertResponse('YES');
      archiveSelectedRow();
    },
    done: (emulator) =>
      rowsByHeader(emulator, 'Clients')[1]?.['Archived at'] instanceof Date &&
      rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'archive').length === 1,
    tablesUnchanged: false,
  },
];

describe.each<Mode>(['once', 'cutoff'])('menu actions with the N-th service call failing (%s)', (mode) => {
  it.each(ACTIONS.map((action) => [action.name, action] as const))(
    '%s',
    (_name, action) => {
      const probe = freshWorkbook();
      const kinds = probe.calls.traced(() => action.run(probe));
      const total = kinds.length;
      expect(action.done(probe), 'the action works when nothing fails').toBe(true);
      expect(total).toBeGreaterThan(3);

      const emulator = freshWorkbook();
      const tables = tablesNow(emulator);
      let snapshots = historyRows(emulator);
      const points = faultPoints(kinds, mode === 'once' ? 0 : 4);
      for (const [index, n] of points.entries()) {
        const context = `${action.name}, call ${n} of ${total} (${mode})`;
        emulator.calls.failAt(n, mode);
        try {
          action.run(emulator);
        } catch {
          // a menu function that throws: Sheets shows the error
        }
        emulator.calls.clearFault();
        listClients(); // the next execution settles what a cut-off one left
        if (action.tablesUnchanged) expect(tablesNow(emulator), context).toEqual(tables);
        // A cut-off refresh leaves no snapshot; each one that finished left exactly one.
        const before = historyRows(emulator);
        expect(before === snapshots || before === snapshots + 1, context).toBe(true);
        snapshots = before;
        // Every action here may run again over what a failed run left, and the next fault point's
        // run is such a run: a full retry after every RETRY_EVERY-th point (and the last) suffices.
        if (index % RETRY_EVERY !== RETRY_EVERY - 1 && index !== points.length - 1) continue;
        action.run(emulator); // the retry
        expect(action.done(emulator), `${context}: the retry did not succeed`).toBe(true);
        if (action.tablesUnchanged)
          expect(tablesNow(emulator), `${context}, after the retry`).toEqual(tables);
        const added = historyRows(emulator) - before;
        expect(added, `${context}: snapshots the retry added`).toBe(
          action.name === 'refreshDashboard' ? 1 : 0,
        );
        snapshots = historyRows(emulator);
      }
    },
    120_000,
  );
});
