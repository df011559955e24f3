/**
 * How a campaign's sending stands, for the page that polls it while it sends, and the actions on a
 * run that has started: continue it (its sender: the page does it when they open it again, see
 * `continueNow`), cancel it (its sender or a head), send again to the recipients in doubt or that
 * failed (its sender, after checking the Sent folder). Only the sender continues a run: the mail
 * goes from their account and counts against their quota.
 */

import type { Translator } from '../core/i18n/translate';
import {
  claimedElsewhere,
  type MailRun,
  type PauseReason,
  recipientFields,
  rowsOfRun,
  runStanding,
  withRun,
} from '../core/outreach/mailProgress';
import { done, type PageResult, refused } from '../core/pageResult';
import { SEND_LOG_TABLE } from '../core/tables/sendLogTable';
import type { TableRecord } from '../core/tables/tableSpec';
import type { Caller } from '../core/team/caller';
import { emailKey } from '../core/team/members';
import { UserFacingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import { clockMs, uniqueId } from '../gas/clock';
import { withDocumentLock } from '../gas/documentLock';
import { askToCancel, writeMailRunText } from '../gas/mailRuns';
import type { TableStore } from '../gas/tableStore';
import { currentCaller } from './access';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { assertMaySendMail, campaignForMail, quotaLeft } from './mailCampaignData';
import { continueRun, continuesOnOpen, logLeftBlock, storedRun } from './mailCampaignRun';

/** A campaign's sending as the page shows it. */
export interface MailStatus {
  readonly campaignId: string;
  readonly runId: string;
  readonly state: MailRun['state'];
  readonly pause: PauseReason | null;
  readonly error: string;
  readonly sender: string;
  readonly startedAt: string;
  readonly total: number;
  readonly counts: Readonly<Record<'sent' | 'failed' | 'skipped' | 'unknown' | 'pending', number>>;
  /** Addresses whose message may or may not have gone: look in the sender's Sent folder. */
  readonly unknown: readonly string[];
  readonly failed: readonly string[];
  /** The caller's quota left today when they are the sender, else null. */
  readonly quota: number | null;
  /** The sending goes on when its sender opens the page again (not after a template change). */
  readonly resumesOnOpen: boolean;
  /** The page should continue it now: the caller is its sender, nothing is sending it, quota is left. */
  readonly continueNow: boolean;
  readonly mayContinue: boolean;
  readonly mayCancel: boolean;
  /** The sender may send again to the unknown or failed ones (not once the sending was stopped). */
  readonly mayResend: boolean;
}

const LISTED = 50;

/** The sender's quota for the status, or null when it cannot be read (no permission). */
function quotaOrNull(): number | null {
  try {
    return quotaLeft();
  } catch {
    return null;
  }
}
/** The run's standing from the log, with the block being sent counted as far as it got. */
export function statusOf(run: MailRun, log: readonly TableRecord[], caller: Caller): MailStatus {
  const standing = runStanding(log, run.runId);
  const counts = { ...standing.counts };
  const inFlight = run.inFlight;
  if (inFlight && !log.some((row) => String(row.batch ?? '') === inFlight.batch)) {
    for (const outcome of inFlight.outcomes.slice(0, inFlight.next)) {
      counts[outcome.status]++;
      counts.pending--;
    }
  }
  const isSender = caller.email === run.sender;
  const open = run.state === 'sending' || run.state === 'paused';
  const quota = isSender ? quotaOrNull() : null;
  const resumesOnOpen = open && continuesOnOpen(run);
  return {
    campaignId: run.campaignId,
    runId: run.runId,
    state: run.state,
    pause: run.pause,
    error: run.error,
    sender: run.sender,
    startedAt: run.startedAt,
    total: run.total,
    counts,
    unknown: standing.unknown.slice(0, LISTED),
    failed: standing.failed.slice(0, LISTED),
    quota,
    resumesOnOpen,
    continueNow:
      resumesOnOpen && isSender && quota !== null && quota > 0 && !claimedElsewhere(run, clockMs(), ''),
    mayContinue: isSender && open,
    mayCancel: open && (isSender || caller.role === 'head'),
    mayResend: isSender && run.state !== 'cancelled',
  };
}

/** The run of `campaignId` for a caller who may see it: its sender, or whoever may work on the campaign. */
function visibleRun(store: TableStore, campaignId: unknown, caller: Caller): MailRun | null {
  const id = typeof campaignId === 'string' ? campaignId.trim() : '';
  const run = id === '' ? null : storedRun(id);
  if (run && run.sender === caller.email) return run;
  campaignForMail(store, campaignId, caller);
  return run;
}

const readLog = (store: TableStore) => store.readAll(SEND_LOG_TABLE).map(({ record }) => record);

/** Page: how the campaign's sending stands (null when it was never started). */
export function getCampaignMailStatus(campaignId: unknown): PageResult<{ status: MailStatus | null }> {
  const t = currentTranslator();
  try {
    const store = activeStore();
    const caller = currentCaller();
    const run = visibleRun(store, campaignId, caller);
    return done('', { status: run ? statusOf(run, readLog(store), caller) : null });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** The caller's own run of `campaignId` (a finished one is only reported), or a UserFacingError. */
function ownRun(campaignId: unknown, caller: Caller): MailRun {
  const run = typeof campaignId === 'string' ? storedRun(campaignId.trim()) : null;
  if (!run) throw new UserFacingError('mail.error.noRun');
  if (run.sender !== caller.email) throw new UserFacingError('mail.error.notSender', { sender: run.sender });
  return run;
}

/**
 * Page: the sender continues their campaign's sending in this execution (after a pause for the
 * time, the quota, or a template change they accept with `acceptTemplate`).
 */
export function continueCampaignMail(
  campaignId: unknown,
  acceptTemplate?: unknown,
): PageResult<{ status: MailStatus }> {
  const t = currentTranslator();
  try {
    const startedAt = clockMs();
    const caller = currentCaller();
    assertMaySendMail(caller);
    const run = ownRun(campaignId, caller);
    const store = activeStore();
    const campaign = campaignForMail(store, run.campaignId, caller);
    const options = { store, caller, campaign, leaseId: uniqueId(), startedAt };
    const after = continueRun({ ...options, acceptTemplate: acceptTemplate === true });
    return done('', { status: statusOf(after, readLog(store), caller) });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/**
 * Marks the run cancelled inside the lock, unless an execution is sending it (the cancel mark stops
 * that one before its next block). A block a cut-off execution left is logged first: it is the
 * only record of the messages that went, and a new start would mail them again otherwise.
 */
function markCancelled(store: TableStore, run: MailRun): MailRun {
  const after = withDocumentLock(() => {
    const now = storedRun(run.campaignId) ?? run;
    if (claimedElsewhere(now, clockMs(), '')) return now;
    logLeftBlock(store, now);
    // The block stays on the run until the lock commits its rows (logging it again adds nothing).
    const cancelled = withRun(now, { state: 'cancelled', pause: null, lease: null });
    writeMailRunText(now.campaignId, JSON.stringify(cancelled));
    return cancelled;
  });
  if (after.state !== 'cancelled' || after.inFlight === null) return after;
  const settled = withRun(after, { inFlight: null });
  writeMailRunText(settled.campaignId, JSON.stringify(settled));
  return settled;
}

/** Page: stops a campaign's sending before its next block (the sender, or a head). */
export function cancelCampaignMail(campaignId: unknown): PageResult<{ status: MailStatus }> {
  const t = currentTranslator();
  try {
    const caller = currentCaller();
    const run = typeof campaignId === 'string' ? storedRun(campaignId.trim()) : null;
    if (!run) throw new UserFacingError('mail.error.noRun');
    if (run.sender !== caller.email && caller.role !== 'head')
      throw new UserFacingError('mail.error.notSender', { sender: run.sender });
    const store = activeStore();
    // A finished sending has nothing left to stop.
    if (run.state === 'done' || run.state === 'cancelled')
      return done('', { status: statusOf(run, readLog(store), caller) });
    askToCancel(run.campaignId, run.runId);
    const after = markCancelled(store, run);
    return done(t('mail.cancelled'), { status: statusOf(after, readLog(store), caller) });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** What the sender decides about recipients in doubt or that failed. */
type Resolution = 'resendUnknown' | 'resendFailed' | 'unknownWasSent';
const RESOLUTIONS: readonly string[] = ['resendUnknown', 'resendFailed', 'unknownWasSent'];

/** The log rows that carry out a resolution for the recipients it is about (their queued rows). */
function resolutionRows(
  log: readonly TableRecord[],
  run: MailRun,
  which: Resolution,
  t: Translator,
): TableRecord[] {
  const standing = runStanding(log, run.runId);
  const keys = new Set(which === 'resendFailed' ? standing.failed : standing.unknown);
  const at = new Date().toISOString();
  const outcome: TableRecord =
    which === 'unknownWasSent'
      ? { status: 'sent', reason: 'interrupted', detail: t('mail.detail.foundInSent') }
      : { status: 'requeued' };
  return rowsOfRun(log, run.runId)
    .filter((row) => row.status === 'queued' && keys.has(emailKey(row.email)))
    .map((row) => ({ ...recipientFields(row), ...outcome, at, by: run.sender }));
}

/**
 * Page: the sender settles the recipients in doubt or that failed, after looking in their Sent
 * folder: send again to the unknown ones (missing there) or to the failed ones (queued again;
 * Continue sends them), or note the unknown ones as sent (found there, in the sender's words).
 * Sending again is refused on a stopped sending: nobody else receives it, as its Cancel said.
 */
export function resolveCampaignMail(campaignId: unknown, which: unknown): PageResult<{ status: MailStatus }> {
  const t = currentTranslator();
  try {
    if (typeof which !== 'string' || !RESOLUTIONS.includes(which))
      throw new UserFacingError('mail.error.requeueWhich');
    const caller = currentCaller();
    assertMaySendMail(caller);
    const run = ownRun(campaignId, caller);
    const store = activeStore();
    const after = withDocumentLock(() => {
      const now = storedRun(run.campaignId) ?? run;
      if (claimedElsewhere(now, clockMs(), '')) throw new UserFacingError('mail.error.alreadySending');
      // A stopped sending sends nothing more (its cancel mark stands): only noting what went is left.
      if (now.state === 'cancelled' && which !== 'unknownWasSent')
        throw new UserFacingError('mail.error.resendCancelled');
      const rows = resolutionRows(readLog(store), now, which as Resolution, t);
      if (rows.length > 0)
        store.appendMany(SEND_LOG_TABLE, rows, { at: new Date().toISOString(), by: run.sender });
      const reopen = rows.length > 0 && which !== 'unknownWasSent';
      const next = reopen ? withRun(now, { state: 'paused', pause: null }) : now;
      writeMailRunText(now.campaignId, JSON.stringify(next));
      return next;
    });
    const message = which === 'unknownWasSent' ? t('mail.notedSent') : t('mail.requeued');
    return done(message, { status: statusOf(after, readLog(store), caller) });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
