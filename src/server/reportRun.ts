import { asOfDay as dayOfAsOf } from '../core/analysis/days';
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
import type { TableRecord } from '../core/tables/tableSpec';
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
import {
  analyseWorkbook,
  CLIENT_COMPUTED_COLUMNS,
  computedClientColumns,
  computedPeopleColumns,
} from './analysisRun';
import { describeFailure } from './failures';
import { auditRun } from './importWrite';
import { currentTranslator, workbookTranslator } from './locale';
import { workbookSpace } from './settings';

/**
 * Writes the Clients table's computed columns (matched by ID at write time) after one `computed`
 * audit entry, and the People table's last-contacted column. Holding the document lock.
 */
function writeComputedColumns(
  ctx: ReportContext,
  store: TableStore,
  people: ReadonlyMap<string, TableRecord>,
): void {
  const values = computedClientColumns(ctx.analysis);
  const stamp = callerStamp();
  // Derived columns are not a person's data and are too large to journal: they stand even if
  // the run is cut off, and so the audit entry saying they were recomputed is written first.
  withoutJournal(() => {
    const change = { before: null, after: values.size };
    const entry = fieldEntry(
      'computed',
      CLIENTS_TABLE.key,
      null,
      CLIENT_COMPUTED_COLUMNS.join(', '),
      change,
      stamp,
    );
    appendAudit(store, [entry], stamp);
    store.writeComputed(CLIENTS_TABLE, CLIENT_COMPUTED_COLUMNS, values);
    writePeopleColumns(store, people);
  });
}

/** The rows a report model holds, for the toast. */
const rowsOf = (model: ReportSheetModel) => model.blocks.reduce((sum, block) => sum + block.rows.length, 0);

/**
 * Holding the document lock: writes the report's sheet, then the computed columns. Returns the
 * sheet's real name (a numbered one when a table or a person's sheet had the report's) and the rows
 * written.
 */
function writeReport(
  model: ReportSheetModel,
  ctx: ReportContext,
  store: TableStore,
  people: ReadonlyMap<string, TableRecord>,
): { name: string; rows: number } {
  return withDocumentLock(() => {
    const sheet = writeReportSheet(activeSpreadsheet(), model, ctx.analysis.settings.reports.currencySymbol);
    writeComputedColumns(ctx, store, people);
    return { name: sheet.getName(), rows: rowsOf(model) };
  });
}

/** Writes the People table's last-contacted column; a workbook set up before People has none yet. */
function writePeopleColumns(store: TableStore, people: ReadonlyMap<string, TableRecord>): void {
  try {
    store.writeComputed(PEOPLE_TABLE, ['lastContacted'], people);
  } catch (error) {
    if (!isTableMissingError(error)) throw error;
  }
}

/**
 * Regenerates one report sheet (and the Clients table's computed columns) from a fresh analysis,
 * then says what it did; true when it did. The tables are read and analysed without the document
 * lock (each table is one read, and a long analysis must not make everyone's saves "busy"); only
 * the writes hold it. The audit entry names the caller (a trigger's creator, in a trigger).
 */
function runReport(entry: ReportEntry): boolean {
  const t = currentTranslator();
  try {
    toast(t('report.working', { report: t(entry.menuLabel) }), t('app.name'));
    // The sheet speaks the workbook's language; the toasts, the person's own.
    const { ctx, data, store } = analyseWorkbook(workbookTranslator());
    const people = computedPeopleColumns(data, dayOfAsOf(ctx.analysis.asOf));
    const written = writeReport(entry.build(ctx), ctx, store, people);
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
    const { ctx, data, store } = analyseWorkbook(workbookTranslator());
    const people = computedPeopleColumns(data, dayOfAsOf(ctx.analysis.asOf));
    const history = readKpiSnapshots(store);
    const stamp = callerStamp();
    // Every sheet measured: the space-used line, and the history keeps it for the rate of growth.
    const space = workbookSpace(history ?? [], ctx.analysis.asOf);
    const today = todaysSnapshot(ctx, stamp.at, { [CELLS_USED_KPI]: space.used });
    const parts = dashboardParts(ctx);
    const plan = dashboardPlan(ctx, parts, history, today, store.timeZone, space);
    const blocks = [parts.kpis, ...parts.chartBlocks, parts.managers];
    const rows = blocks.reduce((sum, block) => sum + block.rows.length, 0);
    const name = withDocumentLock(() => {
      if (history) {
        const ids = store
          .appendMany(KPI_HISTORY_TABLE, [snapshotRecord(today, stamp.by)], stamp)
          .map((w) => w.id);
        auditRun(store, stamp, {
          action: 'snapshot',
          table: KPI_HISTORY_TABLE.key,
          ids,
          after: { asOf: today.asOf },
        });
      }
      const sheet = writeDashboardSheet(
        activeSpreadsheet(),
        DASHBOARD.key,
        ctx.t('report.dashboard.sheet'),
        plan,
      );
      writeComputedColumns(ctx, store, people);
      return sheet.getName();
    });
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
