import { DASHBOARD } from '../core/reports/reportCatalog';
import { effectiveUserEmail } from '../gas/identity';
import {
  installDailyRefresh,
  markRefreshed,
  refreshedRecently,
  removeDailyRefresh,
} from '../gas/openTrigger';
import { alertMessage, toast } from '../gas/ui';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { runReport } from './reportRun';

// Each catalog report's menu function (reportAudience, reportClaims…), generated from REPORTS.
export * from './reportCommands';

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
