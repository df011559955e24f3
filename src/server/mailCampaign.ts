/**
 * E-mailing a campaign (issue #13): the preview (the count, who is skipped and why, the quota, the
 * first messages exactly as sent), a test message to oneself, and the start, which queues every
 * recipient in the send log at once and then sends in this execution as far as it can
 * (mailCampaignRun.ts). Nothing is sent without the count the person confirmed.
 */
import type { MessageKey } from '../core/i18n/en';
import { type Recipient, skipCounts } from '../core/outreach/mailAudience';
import { templateFingerprint } from '../core/outreach/mailMerge';
import type { MailRun } from '../core/outreach/mailProgress';
import { done, type PageResult, refused } from '../core/pageResult';
import { SEND_LOG_TABLE } from '../core/tables/sendLogTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { UserFacingError } from '../core/userError';
import { clockMs, uniqueId } from '../gas/clock';
import { withDocumentLock } from '../gas/documentLock';
import { sendMail } from '../gas/mail';
import { writeMailRunText } from '../gas/mailRuns';
import { callerStamp } from './access';
import { describeFailure } from './failures';
import { appendInBlocks, auditRun } from './importWrite';
import { currentLocale, currentTranslator } from './locale';
import { memberName, quotaLeft } from './mailCampaignData';
import { messageTo, type Prepared, type PreviewMessage, prepare } from './mailCampaignPrepare';
import { continueRun, settleFinishedRun, storedRun } from './mailCampaignRun';
import { type MailStatus, statusOf } from './mailCampaignStatus';

/** What the preview shows before anything is sent. */
export interface MailPreview {
  readonly campaignId: string;
  readonly recipientCount: number;
  readonly skipped: readonly { readonly reason: string; readonly label: string; readonly count: number }[];
  readonly notYours: number;
  readonly quota: number;
  readonly messages: readonly PreviewMessage[];
  readonly status: MailStatus | null;
}

const PREVIEWED = 3;
const MAX_THROTTLE_SECONDS = 10;

/**
 * Page: what sending would do, with nothing sent or written: how many receive it, who is skipped
 * and why, the caller's quota today, the first three messages exactly as they will arrive, and any
 * send of this campaign already under way.
 */
export function previewCampaignMail(campaignId: unknown, filter: unknown): PageResult<MailPreview> {
  const t = currentTranslator();
  try {
    const prepared = prepare(campaignId, filter);
    const { audience, caller } = prepared;
    const counts = skipCounts(audience.skipped);
    const skipped = Object.keys(counts).map((reason) => ({
      reason,
      label: t(`choice.sendReason.${reason}` as MessageKey),
      count: counts[reason as keyof typeof counts] ?? 0,
    }));
    const run = prepared.run;
    return done('', {
      campaignId: prepared.campaign.id,
      recipientCount: audience.recipients.length,
      skipped,
      notYours: audience.notYours,
      quota: quotaLeft(),
      messages: audience.recipients.slice(0, PREVIEWED).map((recipient) => messageTo(prepared, recipient)),
      status: run ? statusOf(run, prepared.book.log, caller) : null,
    });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/**
 * Page: sends the first recipient's message (or, with nobody to mail, the template with its
 * fallbacks) to the caller alone, its subject marked as a test. Nothing is logged.
 */
export function sendTestMail(campaignId: unknown, filter?: unknown): PageResult<{ to: string }> {
  const t = currentTranslator();
  try {
    const prepared = prepare(campaignId, filter);
    const { caller, audience } = prepared;
    const first = audience.recipients[0] ?? {
      key: '',
      email: caller.email,
      personId: '',
      clientId: '',
      name: '',
    };
    if (quotaLeft() < 1) throw new UserFacingError('mail.error.noQuota');
    const mail = messageTo(prepared, first);
    const fromName = memberName(prepared.book.team, caller.email);
    const subject = `${t('mail.testPrefix')} ${mail.subject}`;
    sendMail({ ...mail, to: caller.email, subject, fromName, replyTo: caller.email });
    return done(t('mail.testSent', { to: caller.email }), { to: caller.email });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** The pause between two messages the page asked for, in ms; refused naming the field. */
function throttleOf(options: unknown): number {
  const raw =
    options && typeof options === 'object' ? (options as { throttleSeconds?: unknown }).throttleSeconds : 0;
  const seconds = raw === undefined || raw === null || raw === '' ? 0 : Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_THROTTLE_SECONDS) {
    throw new UserFacingError('mail.error.throttle', (t) => ({
      field: t('mail.throttle'),
      max: MAX_THROTTLE_SECONDS,
    }));
  }
  return seconds * 1000;
}

/** The send log's rows of a start: every recipient queued, every skipped person with the reason. */
function startRows(prepared: Prepared, runId: string): TableRecord[] {
  const at = new Date().toISOString();
  const by = prepared.caller.email;
  const base = (person: Recipient) => ({
    at,
    by,
    campaignId: prepared.campaign.id,
    runId,
    batch: 'start',
    email: person.email,
    name: person.name,
    personId: person.personId,
    clientId: person.clientId,
  });
  return [
    ...prepared.audience.recipients.map((person) => ({ ...base(person), status: 'queued' })),
    ...prepared.audience.skipped.map((person) => ({
      ...base(person),
      status: 'skipped',
      reason: person.reason,
    })),
  ];
}

/**
 * Queues the run inside the document lock: refused when the campaign's sending is already under
 * way (or a finished one still holds a block to log); the rows and one audit entry, then the run itself (so a second start waiting for the lock
 * finds it).
 */
function queueRun(prepared: Prepared, throttleMs: number): MailRun {
  const { campaign, caller, store } = prepared;
  return withDocumentLock(() => {
    const open = storedRun(campaign.id);
    if (open && (open.state === 'sending' || open.state === 'paused'))
      throw new UserFacingError('mail.error.runExists', { name: campaign.name });
    // Its block is the only record of messages that went (settleFinishedRun logs it): never overwrite it.
    if (open && open.inFlight !== null) throw new UserFacingError('mail.error.alreadySending');
    const startedAt = new Date().toISOString();
    const runId = `${campaign.id}@${startedAt}`;
    const ids = appendInBlocks(store, SEND_LOG_TABLE, startRows(prepared, runId), callerStamp());
    const counts = { queued: prepared.audience.recipients.length, skipped: prepared.audience.skipped.length };
    auditRun(store, callerStamp(), {
      action: 'mailCampaign',
      table: SEND_LOG_TABLE.key,
      ids,
      after: { campaignId: campaign.id, runId, ...counts },
    });
    const run: MailRun = {
      runId,
      campaignId: campaign.id,
      sender: caller.email,
      locale: currentLocale(),
      throttleMs,
      startedAt,
      total: counts.queued,
      template: templateFingerprint(campaign.template),
      state: 'sending',
      pause: null,
      error: '',
      lease: null,
      triggerId: null,
      inFlight: null,
    };
    writeMailRunText(campaign.id, JSON.stringify(run));
    return run;
  });
}

/**
 * Page: starts sending the campaign to the audience of `filter`, once the person confirmed its
 * count: refused, with nothing written or sent, when the count changed since the preview. Sends in
 * this execution until done, the quota, or the time budget; the rest follows (mailCampaignRun.ts).
 */
export function startCampaignMail(
  campaignId: unknown,
  filter: unknown,
  confirmedCount: unknown,
  options?: unknown,
): PageResult<{ status: MailStatus }> {
  const t = currentTranslator();
  try {
    const startedAt = clockMs();
    const throttleMs = throttleOf(options);
    const prepared = prepare(campaignId, filter);
    // The audience left out whom a cut-off block of the last sending mailed; the log keeps them.
    settleFinishedRun(prepared.store, prepared.run);
    const count = prepared.audience.recipients.length;
    if (count === 0) throw new UserFacingError('mail.error.nobody');
    if (confirmedCount !== count)
      throw new UserFacingError('mail.error.countChanged', { count, confirmed: String(confirmedCount) });
    // MailApp must answer before anything is queued (its permission may not have been granted).
    quotaLeft();
    queueRun(prepared, throttleMs);
    const { store, caller, campaign } = prepared;
    const run = continueRun({
      store,
      caller,
      campaign,
      leaseId: uniqueId(),
      startedAt,
      acceptTemplate: false,
    });
    const log = store.readAll(SEND_LOG_TABLE).map(({ record }) => record);
    return done(t('mail.started', { count }), { status: statusOf(run, log, caller) });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
