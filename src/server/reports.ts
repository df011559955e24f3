import { DASHBOARD, REPORTS, type ReportEntry } from '../core/reports/reportCatalog';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import { appendAudit } from '../gas/auditLog';
import { withDocumentLock } from '../gas/documentLock';
import { activeUserEmail, effectiveUserEmail } from '../gas/identity';
import {
  installDailyRefresh,
  markRefreshed,
  refreshedRecently,
  removeDailyRefresh,
} from '../gas/openTrigger';
import { writeReportSheet } from '../gas/reportWriter';
import { alertMessage, toast } from '../gas/ui';
import { withoutJournal } from '../gas/writeSession';
import { analyseWorkbook, computedClientColumns } from './analysisRun';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * Regenerates one report sheet (and the Clients table's computed columns) from a fresh analysis,
 * then says what it did. The tables are read and analysed without the document lock (each table is
 * one read, and a long analysis must not make everyone's saves "busy"); only the writes hold it,
 * and the computed columns are matched by ID at write time.
 */
function runReport(entry: ReportEntry, who: () => string = activeUserEmail): boolean {
  const t = currentTranslator();
  try {
    toast(t('report.working', { report: t(entry.menuLabel) }), t('app.name'));
    const { ctx, store } = analyseWorkbook(t);
    const model = entry.build(ctx);
    const written = withDocumentLock(() => {
      // The sheet's real name: a numbered one when a table or a person's sheet had the report's.
      const sheet = writeReportSheet(SpreadsheetApp.getActiveSpreadsheet(), model);
      const computed = ['reliability', 'abcClass', 'xyzClass'];
      const values = computedClientColumns(ctx.analysis);
      const stamp = { at: new Date().toISOString(), by: who() };
      // Derived columns are not a person's data and are too large to journal: they stand even if
      // the run is cut off, and so the audit entry saying they were recomputed is written first.
      withoutJournal(() => {
        appendAudit(
          store,
          [
            {
              at: stamp.at,
              who: stamp.by,
              action: 'computed',
              table: CLIENTS_TABLE.key,
              recordId: null,
              field: computed.join(', '),
              before: null,
              after: String(values.size),
            },
          ],
          stamp,
        );
        store.writeComputed(CLIENTS_TABLE, computed, values);
      });
      return { name: sheet.getName(), rows: model.blocks.reduce((sum, block) => sum + block.rows.length, 0) };
    });
    toast(t('report.done', { report: written.name, rows: written.rows }), t('app.name'));
    return true;
  } catch (error) {
    alertMessage(describeFailure(t, error));
    return false;
  }
}

const reportNamed = (key: string) => REPORTS.find((r) => r.key === key) as ReportEntry;

/** Reports menu: audience by segment, tier, region, status and source. */
export function reportAudience(): void {
  runReport(reportNamed('audience'));
}
/** Reports menu: ABC-XYZ and RFM. */
export function reportAbcXyz(): void {
  runReport(reportNamed('abcXyz'));
}
/** Reports menu: the reliability forecast. */
export function reportReliability(): void {
  runReport(reportNamed('reliability'));
}
/** Reports menu: claims analysis. */
export function reportClaims(): void {
  runReport(reportNamed('claims'));
}
/** Reports menu: obligations. */
export function reportObligations(): void {
  runReport(reportNamed('obligations'));
}
/** Reports menu: freshness of records. */
export function reportFreshness(): void {
  runReport(reportNamed('freshness'));
}
/** Reports menu: lead sources and campaigns. */
export function reportLeadSources(): void {
  runReport(reportNamed('leadSources'));
}
/** Reports menu and competitor tracking: the competitor matrix. */
export function reportCompetitors(): void {
  runReport(reportNamed('competitors'));
}
/** Reports menu: next best actions per manager. */
export function reportRecommendations(): void {
  runReport(reportNamed('recommendations'));
}
/** Menu: refresh the heads' dashboard. */
export function refreshDashboard(): void {
  if (runReport(DASHBOARD)) markRefreshed(new Date());
}

/** Menu: refresh the dashboard once a day, when the workbook is opened. */
export function enableDailyDashboard(): void {
  const t = currentTranslator();
  try {
    installDailyRefresh();
    toast(t('toast.dailyOn'), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/** Menu: stop the daily refresh. */
export function disableDailyDashboard(): void {
  const t = currentTranslator();
  try {
    removeDailyRefresh();
    toast(t('toast.dailyOff'), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/** Installable on-open trigger: refresh the dashboard if it is more than a day old. */
export function refreshDashboardOnOpen(): void {
  const now = new Date();
  if (refreshedRecently(now)) return;
  // An installable trigger runs as the head who turned it on; Google hides whoever opened the file.
  if (runReport(DASHBOARD, effectiveUserEmail)) markRefreshed(now);
}
