import {
  installDailyRefresh,
  markRefreshed,
  refreshedRecently,
  removeDailyRefresh,
  setDailyRefresh,
} from '../gas/openTrigger';
import { alertMessage, toast } from '../gas/ui';
import { currentCaller } from './access';
import { digestIsFrom } from './digest';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { runDashboard } from './reportRun';

// Each catalog report's menu function (reportAudience, reportClaims…), generated from REPORTS.
export * from './reportCommands';

/** Menu: refresh the heads' dashboard. */
export function refreshDashboard(): void {
  if (runDashboard()) markRefreshed(new Date());
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
 * trigger is removed now (kept while it still sends the daily digest), and any other head's
 * removes itself the next time it fires with nothing left to do.
 */
export function disableDailyDashboard(): void {
  const t = currentTranslator();
  try {
    setDailyRefresh(false);
    if (!digestIsFrom(currentCaller().email)) removeDailyRefresh();
    toast(t('toast.dailyOff'), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/**
 * The dashboard's part of the daily on-open work (dailyWork.ts): refresh it if it is more than a
 * day old. The trigger runs as the head who installed it, so the audit entry names them.
 */
export function refreshDashboardDaily(): void {
  const now = new Date();
  if (refreshedRecently(now)) return;
  if (runDashboard()) markRefreshed(now);
}
