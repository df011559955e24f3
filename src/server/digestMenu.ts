/**
 * The head's menu items of the daily digest: turning it on (then a message box says when it goes
 * out, from whose account and on whose MailApp quota, and what the last run did) and off. It rides on the one on-open
 * trigger per head that the daily dashboard uses (openTrigger.ts): turning it on installs that
 * trigger when this head has none, turning it off removes it only when the dashboard is off too.
 */
import type { Translator } from '../core/i18n/translate';
import { emailKey } from '../core/team/members';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { remainingMailQuota } from '../gas/mail';
import {
  dailyRefreshOn,
  digestSender,
  installDailyRefresh,
  removeDailyRefresh,
  setDigestSender,
} from '../gas/openTrigger';
import { alertMessage, toast } from '../gas/ui';
import { currentCaller, currentTeamView } from './access';
import { type DigestRecord, lastDigestRecord } from './digest';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/** What the last run did, in words for the confirmation ('' when there was none). */
function lastRunText(t: Translator, last: DigestRecord | null): string {
  if (!last) return '';
  if (last.error !== null) return t('digest.lastRunError', { date: last.day, error: last.error });
  let text = t('digest.lastRun', { date: last.day, sent: last.sent });
  if (last.skipped.length > 0) text += t('digest.lastRunSkipped', { names: last.skipped.join(', ') });
  if (last.failed.length > 0) text += t('digest.lastRunFailed', { names: last.failed.join(', ') });
  return text;
}

/** What the head is told: what goes out, when, to how many, from whose account and quota. */
function turnedOnText(t: Translator, email: string, previous: string | null): string {
  const team = currentTeamView().team.filter((member) => member.active);
  let text = t('digest.turnedOn', {
    days: readAnalysisSettings().recommendations.obligationDueDays,
    email,
    mails: team.length,
    quota: remainingMailQuota(),
  });
  if (previous && previous !== email) text += t('digest.turnedOnReplaces', { email: previous });
  return text + lastRunText(t, lastDigestRecord());
}

/**
 * Menu (heads): send the daily digest from now on, from this head's account: the switch names
 * them as the sender, their on-open trigger is installed (once), and a message box says what it
 * does, when it goes out and whose quota pays.
 */
export function enableDailyDigest(): void {
  const t = currentTranslator();
  try {
    const email = emailKey(currentCaller().email);
    const previous = digestSender();
    setDigestSender(email);
    installDailyRefresh();
    alertMessage(turnedOnText(t, email, previous === null ? null : emailKey(previous)));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}

/**
 * Menu (heads): stop the daily digest for everyone. The switch goes off at once; this head's
 * trigger is removed when the daily dashboard is off too, and the sender's (if another head's)
 * removes itself when it next fires with nothing left to do.
 */
export function disableDailyDigest(): void {
  const t = currentTranslator();
  try {
    setDigestSender(null);
    if (!dailyRefreshOn()) removeDailyRefresh();
    toast(t('toast.digestOff'), t('app.name'));
  } catch (error) {
    alertMessage(describeFailure(t, error));
  }
}
