import { DASHBOARD } from '../core/reports/reportCatalog';
import {
  dailyRefreshOn,
  installDailyRefresh,
  markRefreshed,
  refreshedRecently,
  removeDailyRefresh,
  setDailyRefresh,
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

/** Menu (heads): refresh the dashboard once a day, when the workbook is opened. */
export function enableDailyDashboard(): void {
  const t = currentTranslator();
  try {
    setDailyRefresh(true);
    installDailyRefresh();
    toast(t('toast.dailyOn'), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/**
 * Menu (heads): stop the daily refresh for everyone. The switch goes off at once; this head's
 * trigger is removed now, and any other head's removes itself the next time it fires.
 */
export function disableDailyDashboard(): void {
  const t = currentTranslator();
  try {
    setDailyRefresh(false);
    removeDailyRefresh();
    toast(t('toast.dailyOff'), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/**
 * Installable on-open trigger, run as the head who turned it on (main.ts checks that they still are
 * one, else the trigger removes itself): refresh the dashboard if it is more than a day old. A
 * trigger that finds the daily refresh switched off removes itself.
 */
export function refreshDashboardOnOpen(): void {
  if (!dailyRefreshOn()) {
    removeDailyRefresh();
    return;
  }
  const now = new Date();
  if (refreshedRecently(now)) return;
  if (runReport(DASHBOARD)) markRefreshed(now);
}

/** What a daily-refresh trigger does when its creator is no longer a head: it removes itself. */
export function retireDailyRefresh(): void {
  removeDailyRefresh();
}
