/**
 * What a head's installable on-open trigger does (openTrigger.ts: one trigger per head, since an
 * add-on may have one of each type per user per document): the dashboard's refresh when its switch
 * is on, the daily digest when it is on and sent from this head's account, each at most once a
 * day, each failure caught so that one never stops the other nor fails loudly every day. A trigger
 * left with nothing to do (both switches off, or the digest another head's) removes itself.
 */
import { dailyRefreshOn, removeDailyRefresh } from '../gas/openTrigger';
import { currentCaller } from './access';
import { digestIsFrom, sendDailyDigest } from './digest';
import { refreshDashboardDaily } from './reports';

function guarded(what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    console.error(`Suki's daily work could not ${what}`, error);
  }
}

/**
 * Installable on-open trigger, run as the head who installed it (main.ts checks that they still
 * are one, else retireDailyWork runs): the daily dashboard and the daily digest, as switched on.
 */
export function dailyWorkOnOpen(): void {
  const dashboard = dailyRefreshOn();
  const digest = digestIsFrom(currentCaller().email);
  if (!dashboard && !digest) {
    removeDailyRefresh();
    return;
  }
  if (dashboard) guarded('refresh the dashboard', refreshDashboardDaily);
  if (digest) guarded('send the digest', sendDailyDigest);
}

/** What the trigger does when its creator is no longer a head: it removes itself. */
export function retireDailyWork(): void {
  removeDailyRefresh();
}
