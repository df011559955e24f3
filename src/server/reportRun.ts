import { withRowLimit } from '../core/reports/blockLimit';
import { type DashboardParts, dashboardParts } from '../core/reports/dashboard';
import { CELLS_USED_KPI, KPI_TRENDS } from '../core/reports/dashboardKpis';
import { type DashboardPlan, layoutDashboard } from '../core/reports/dashboardLayout';
import { dashboardSpace } from '../core/reports/dashboardSpace';
import { dashboardTiles, refreshLine, todaysSnapshot, trendTable } from '../core/reports/dashboardTiles';
import { type KpiSnapshot, snapshotRecord } from '../core/reports/kpiHistory';
import { DASHBOARD, type ReportEntry, type ReportKey, reportEntry } from '../core/reports/reportCatalog';
import type { ReportContext } from '../core/reports/reportContext';
import type { ReportSheetModel } from '../core/reports/reportModel';
import type { SpaceUsed } from '../core/space/spaceUsed';
import { fieldEntry } from '../core/tables/auditEntries';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { KPI_HISTORY_TABLE } from '../core/tables/kpiHistoryTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { emailKey } from '../core/team/members';
import { isTableMissingError } from '../core/userError';
import { activeSpreadsheet } from '../gas/activeDocument';
import { appendAudit } from '../gas/auditLog';
import { writeDashboardSheet } from '../gas/dashboardWriter';
import { withDocumentLock } from '../gas/documentLock';
import { writeReportSheet } from '../gas/reportWriter';
import { readKpiSnapshots } from '../gas/tableHistory';
import type { TableStore } from '../gas/tableStore';
import { alertMessage, toast } from '../gas/ui';
import { withoutJournal } from '../gas/writeSession';
import { callerStamp, currentCaller, currentTeamView, menuEntry } from './access';
import { analyseWorkbook, type ComputedWrites, computedWrites } from './analysisRun';
import { describeFailure } from './failures';
import { auditRun } from './importWrite';
import { currentTranslator, workbookTranslator } from './locale';
import { workbookSpace } from './settings';

/**
 * Rows of a table one hold of the document lock writes computed columns into: at 50,000 clients a
 * Clients table takes ten holds of about a quarter of a second (the latency model's cost of the IDs
 * read and the columns written), where one hold would be longer than a hand edit waits for the lock
 * (handEdits.ts). Each window matches rows by the ID they hold at its own write, so a row a save
 * moved meanwhile still gets its own figures, unless the move carried it across a window's edge:
 * then it keeps its previous ones until the next run. @forTests: the lock test sizes its table by it.
 */
export const COMPUTED_WINDOW_ROWS = 5_000;

/**
 * Writes computed `keys` of `table` window by window, each window in its own short hold of the
 * lock; `first` runs in the first hold, before its write.
 */
function writeInWindows(
  store: TableStore,
  table: TableSpec,
  keys: readonly string[],
  values: ReadonlyMap<string, TableRecord>,
  first: () => void = () => undefined,
): void {
  for (let window = 0; ; window += 1) {
    // Derived columns are not a person's data and are too large to journal: they stand even if
    // the run is cut off, and so the audit entry saying they were recomputed is written first.
    const written = withDocumentLock(() =>
      withoutJournal(() => {
        if (window === 0) first();
        return store.writeComputed(table, keys, values, window * COMPUTED_WINDOW_ROWS, COMPUTED_WINDOW_ROWS);
      }),
    );
    if (written < COMPUTED_WINDOW_ROWS) return;
  }
}

/**
 * Writes what the report's run computed back into the tables (the rule: `computedWrites` in
 * analysisRun.ts): the Clients table's computed columns it produced (matched by ID at write time)
 * after one `computed` audit entry naming them, and People's last-contacted column when it computed
 * the relationships. The values were computed before; the writes hold the lock window by window.
 */
function writeComputedColumns(store: TableStore, writes: ComputedWrites): void {
  if (writes.clientColumns.length > 0) {
    const stamp = callerStamp();
    const change = { before: null, after: writes.clients.size };
    const field = writes.clientColumns.join(', ');
    const entry = fieldEntry('computed', CLIENTS_TABLE.key, null, field, change, stamp);
    writeInWindows(store, CLIENTS_TABLE, writes.clientColumns, writes.clients, () =>
      appendAudit(store, [entry], stamp),
    );
  }
  if (writes.people) writePeopleColumns(store, writes.people);
}

/** The rows a report model holds, for the toast. */
const rowsOf = (model: ReportSheetModel) => model.blocks.reduce((sum, block) => sum + block.rows.length, 0);

/**
 * Writes the report's sheet, then the computed columns. The sheet holds no one's data and is
 * written whole by each run, so it is written without the document lock (which would keep saves
 * waiting for seconds): two people running the same report at the same moment may mix their
 * writes, and the next run writes it whole again. Returns the sheet's real name (a numbered one
 * when a table or a person's sheet had the report's) and the rows written.
 */
function writeReport(
  model: ReportSheetModel,
  ctx: ReportContext,
  store: TableStore,
  writes: ComputedWrites,
): { name: string; rows: number } {
  const sheet = writeReportSheet(activeSpreadsheet(), model, ctx.analysis.settings.reports.currencySymbol);
  writeComputedColumns(store, writes);
  return { name: sheet.getName(), rows: rowsOf(model) };
}

/** Writes the People table's last-contacted column; a workbook set up before People has none yet. */
function writePeopleColumns(store: TableStore, people: ReadonlyMap<string, TableRecord>): void {
  try {
    writeInWindows(store, PEOPLE_TABLE, ['lastContacted'], people);
  } catch (error) {
    if (!isTableMissingError(error)) throw error;
  }
}

/**
 * Regenerates one report sheet (and the computed columns its analyses produced) from a fresh
 * analysis, then says what it did; true when it did. Only the tables and columns the report's
 * analyses use are read (analyseWorkbook), and they are read and analysed without the document lock
 * (a long analysis must not make everyone's saves "busy"); only the writes hold it. The audit entry
 * names the caller (a trigger's creator, in a trigger).
 */
function runReport(entry: ReportEntry): boolean {
  const t = currentTranslator();
  try {
    toast(t('report.working', { report: t(entry.menuLabel) }), t('app.name'));
    // The sheet speaks the workbook's language; the toasts, the person's own.
    const run = analyseWorkbook(workbookTranslator());
    // Each block cut to what a person reads (blockLimit.ts): the rest stays in the tables.
    const model = withRowLimit(entry.build(run.ctx), run.ctx.t);
    const written = writeReport(model, run.ctx, run.store, computedWrites(run, false));
    toast(t('report.done', { report: written.name, rows: written.rows }), t('app.name'));
    return true;
  } catch (error) {
    alertMessage(describeFailure(t, error));
    return false;
  }
}

/** Who the dashboard says refreshed it: the caller's name on the team, else their e-mail. */
function refresherName(): string {
  const { email } = currentCaller();
  const member = currentTeamView().team.find((m) => emailKey(m.email) === emailKey(email));
  return member?.name.trim() || email;
}

/**
 * The dashboard laid out from the analysis, the history before this refresh, today's snapshot and
 * the space the spreadsheet uses.
 */
function dashboardPlan(
  ctx: ReportContext,
  parts: DashboardParts,
  history: readonly KpiSnapshot[] | null,
  today: KpiSnapshot,
  timeZone: string,
  space: SpaceUsed,
): DashboardPlan {
  const { t } = ctx;
  const past = history ?? [];
  const refreshed = refreshLine(ctx, { at: today.refreshedAt, by: refresherName(), timeZone });
  return layoutDashboard({
    title: t('report.dashboard.title'),
    refreshLine: history ? refreshed : `${refreshed} ${t('dashboard.noHistory')}`,
    captions: { month: t('dashboard.change.month'), year: t('dashboard.change.year') },
    chartDataTitle: t('dashboard.chartData'),
    monthHeader: t('dashboard.month'),
    parts,
    tiles: dashboardTiles(ctx, past, today),
    trend: trendTable(t, past, today),
    trendTitles: Object.fromEntries(KPI_TRENDS.map((trend) => [trend.key, t(trend.title)])),
    // The workbook's currency setting (set-up's default from the spreadsheet's locale), as analysed.
    currencySymbol: ctx.analysis.settings.reports.currencySymbol,
    space: dashboardSpace(t, space),
  });
}

/**
 * Refreshes the heads' dashboard: analyses the workbook, measures the cells it uses, appends today's
 * snapshot of the key figures and those cells to the KPI history (journalled and audited, holding
 * the document lock, with the sheet and the computed columns), and writes the dashboard sheet with
 * its tiles, the space used, trends and charts; then
 * says what it did. True when it did. A workbook set up before the history existed gets its
 * dashboard without one, and is told to run set-up.
 */
export function runDashboard(): boolean {
  const t = currentTranslator();
  try {
    toast(t('report.working', { report: t(DASHBOARD.menuLabel) }), t('app.name'));
    const run = analyseWorkbook(workbookTranslator());
    const { ctx, store } = run;
    // The dashboard uses every analysis, so it writes every computed column.
    const writes = computedWrites(run, true);
    const history = readKpiSnapshots(store);
    const stamp = callerStamp();
    // Every sheet measured: the space-used line, and the history keeps it for the rate of growth.
    const space = workbookSpace(history ?? [], ctx.analysis.asOf);
    const today = todaysSnapshot(ctx, stamp.at, { [CELLS_USED_KPI]: space.used });
    const parts = dashboardParts(ctx);
    const plan = dashboardPlan(ctx, parts, history, today, store.timeZone, space);
    const blocks = [parts.kpis, ...parts.chartBlocks, parts.managers];
    const rows = blocks.reduce((sum, block) => sum + block.rows.length, 0);
    // The sheet first, without the lock (see writeReport); then today's snapshot, journalled and
    // audited in one short hold; then the computed columns, window by window.
    const sheet = writeDashboardSheet(
      activeSpreadsheet(),
      DASHBOARD.key,
      ctx.t('report.dashboard.sheet'),
      plan,
    );
    if (history)
      withDocumentLock(() => {
        const ids = store
          .appendMany(KPI_HISTORY_TABLE, [snapshotRecord(today, stamp.by)], stamp)
          .map((w) => w.id);
        auditRun(store, stamp, {
          action: 'snapshot',
          table: KPI_HISTORY_TABLE.key,
          ids,
          after: { asOf: today.asOf },
        });
      });
    writeComputedColumns(store, writes);
    const name = sheet.getName();
    toast(t('report.done', { report: name, rows }), t('app.name'));
    return true;
  } catch (error) {
    alertMessage(describeFailure(t, error));
    return false;
  }
}

/**
 * The Reports menu's function of the catalog's report `key`, for any member of the team (the
 * generated reportCommands.ts makes one per report).
 */
export function reportCommand(key: ReportKey): () => void {
  return menuEntry('member', () => {
    runReport(reportEntry(key));
  });
}
