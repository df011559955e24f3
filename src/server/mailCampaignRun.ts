/**
 * One execution's share of a campaign's sending: claim the run (one execution at a time, whoever
 * started it), log what a cut-off execution left unlogged, then send blocks until the run is done,
 * the quota is used up or the time budget is spent, and write down why it stopped. A run that
 * stopped early waits for its sender's next run: the E-mail campaign page continues it when they
 * open it again (`continuesOnOpen`). No trigger does: an add-on's time-driven trigger has no
 * active spreadsheet, and the mail must go from the sender's account, on their quota.
 */
import { templateFingerprint, templateProblems } from '../core/outreach/mailMerge';
import {
  claimedElsewhere,
  type MailRun,
  type PauseReason,
  parseMailRun,
  reconcileInFlight,
  rowsOfRun,
  runStanding,
  withRun,
} from '../core/outreach/mailProgress';
import { SEND_LOG_TABLE } from '../core/tables/sendLogTable';
import type { TableRecord } from '../core/tables/tableSpec';
import type { Caller } from '../core/team/caller';
import { emailKey } from '../core/team/members';
import { UserFacingError } from '../core/userError';
import { clockMs } from '../gas/clock';
import { withDocumentLock } from '../gas/documentLock';
import {
  cancelAsked,
  mailRunWriter,
  readAllMailRunTexts,
  readMailRunText,
  writeMailRunText,
} from '../gas/mailRuns';
import type { TableStore } from '../gas/tableStore';
import { currentTeamView } from './access';
import { describeTemplateProblem, type MailCampaign, quotaLeft, readMailBook } from './mailCampaignData';
import {
  MAIL_BLOCK,
  MAIL_TIME_BUDGET_MS,
  runTranslator,
  type SendContext,
  saveRun,
  sendBlock,
} from './mailCampaignSend';

/** How a continuation is asked for. */
interface ContinueOptions {
  readonly store: TableStore;
  readonly caller: Caller;
  readonly campaign: MailCampaign;
  readonly leaseId: string;
  /** When this execution began: its time budget counts from here. */
  readonly startedAt: number;
  /** The person saw that the template changed since the start and wants the new one sent. */
  readonly acceptTemplate: boolean;
}

/** The stored run of a campaign, or null. */
export function storedRun(campaignId: string): MailRun | null {
  return parseMailRun(readMailRunText(campaignId));
}

/** Every campaign's stored run that can be read, by campaign ID (one property read). */
export function storedRuns(): Map<string, MailRun> {
  const runs = new Map<string, MailRun>();
  for (const [campaignId, text] of readAllMailRunTexts()) {
    const run = parseMailRun(text);
    if (run) runs.set(campaignId, run);
  }
  return runs;
}

/**
 * Claims the campaign's run for this execution, inside the document lock so two executions cannot
 * both claim it. Refused while another execution holds a claim that has not run out.
 */
function claimRun(campaignId: string, lease: { leaseId: string; startedAt: number }): MailRun {
  return withDocumentLock(() => {
    const run = storedRun(campaignId);
    if (!run) throw new UserFacingError('mail.error.noRun');
    if (run.state === 'done' || run.state === 'cancelled') return run;
    if (claimedElsewhere(run, clockMs(), lease.leaseId))
      throw new UserFacingError('mail.error.alreadySending');
    return saveRun(run, lease);
  });
}

/**
 * Logs the block a cut-off execution left in `run` (core/outreach/mailProgress.ts), to be called
 * inside the document lock; nothing when the log already has it. Returns how many rows it logged.
 * The run keeps the block until the lock has committed them (then the caller clears it), so a
 * cut-off here loses nothing: logging it again is a no-op once its rows are in.
 */
export function logLeftBlock(store: TableStore, run: MailRun): number {
  const inFlight = run.inFlight;
  if (!inFlight) return 0;
  const rows = store.readAll(SEND_LOG_TABLE).map(({ record }) => record);
  const queued = new Map<string, TableRecord>();
  for (const row of rowsOfRun(rows, run.runId)) {
    if (row.status === 'queued' && !queued.has(emailKey(row.email))) queued.set(emailKey(row.email), row);
  }
  const at = new Date().toISOString();
  const drafts = reconcileInFlight(inFlight, rows, (key) => queued.get(key)).map((draft) => ({
    ...draft,
    at,
    by: run.sender,
  }));
  if (drafts.length > 0) store.appendMany(SEND_LOG_TABLE, drafts, { at, by: run.sender });
  return drafts.length;
}

/** Logs the block a cut-off execution left in the run, then clears it. */
function reconcile(store: TableStore, run: MailRun, lease: { leaseId: string; startedAt: number }): MailRun {
  if (!run.inFlight) return run;
  withDocumentLock(() => logLeftBlock(store, run));
  return saveRun(withRun(run, { inFlight: null }), lease);
}

/**
 * Before a new start overwrites a finished run (`before`, as read): logs the block it still holds
 * (a run cancelled before this version reconciled it), so the Send log keeps who was mailed
 * (the audience already left them out: mailedInLeftBlock).
 */
export function settleFinishedRun(store: TableStore, before: MailRun | null): void {
  if (!before || before.inFlight === null || before.state === 'sending' || before.state === 'paused') return;
  const campaignId = before.campaignId;
  const settled = withDocumentLock(() => {
    const run = storedRun(campaignId);
    if (!run || run.runId !== before.runId || run.inFlight === null) return null;
    logLeftBlock(store, run);
    return run;
  });
  if (settled) writeMailRunText(campaignId, JSON.stringify(withRun(settled, { inFlight: null })));
}

/**
 * Writes how the run ended onto the run as stored (which holds the latest block, should this
 * execution have failed before logging it) and drops the claim. (A trigger ID an earlier version
 * noted on the run is dropped too: no trigger resumes sending now.)
 */
function finish(run: MailRun, changes: Partial<MailRun>, logged: boolean): MailRun {
  const stored = storedRun(run.campaignId) ?? run;
  const ended = withRun(stored, {
    ...changes,
    template: run.template,
    lease: null,
    triggerId: null,
    inFlight: logged ? null : stored.inFlight,
  });
  writeMailRunText(ended.campaignId, JSON.stringify(ended));
  return ended;
}

/**
 * Whether the sender's next run takes `run` further by itself, so the page continues it when its
 * sender opens it (quota and time permitting): a run that stopped for the time, the quota or a
 * passing failure, or one whose execution was cut off. Not one paused for a changed template:
 * only the person can decide that.
 */
export function continuesOnOpen(run: MailRun): boolean {
  return (run.state === 'paused' && run.pause !== 'templateChanged') || run.state === 'sending';
}

/** Why sending must wait now (no time left, no quota), else how many recipients the quota allows. */
function nextAllowance(
  options: Pick<ContinueOptions, 'startedAt'>,
): { stop: PauseReason } | { quota: number } {
  if (clockMs() - options.startedAt > MAIL_TIME_BUDGET_MS) return { stop: 'time' };
  const quota = quotaLeft();
  return quota <= 0 ? { stop: 'quota' } : { quota };
}

/** What stops the run before it sends (time, quota, a changed or broken template), or null. */
function stopBeforeSending(options: ContinueOptions, run: MailRun): Partial<MailRun> | null {
  const allowance = nextAllowance(options);
  if ('stop' in allowance) return { state: 'paused', pause: allowance.stop, error: '' };
  if (templateFingerprint(options.campaign.template) !== run.template && !options.acceptTemplate)
    return { state: 'paused', pause: 'templateChanged', error: '' };
  const problem = templateProblems(options.campaign.template)[0];
  if (!problem) return null;
  return { state: 'paused', pause: 'error', error: describeTemplateProblem(runTranslator(run), problem) };
}

/** Sends blocks until the queue is empty or something stops it; returns the run and why it stopped. */
function sendBlocks(context: SendContext, start: MailRun): { run: MailRun; stop: Partial<MailRun> } {
  let run = start;
  const standing = runStanding(context.book.log, run.runId);
  // The start's queued rows were rolled back (it was cut off before committing): nobody was mailed.
  if (standing.counts.queued === 0)
    return {
      run,
      stop: { state: 'cancelled', pause: null, error: runTranslator(run)('mail.error.startLost') },
    };
  let pending = standing.pending;
  while (pending.length > 0) {
    if (cancelAsked(context.campaign.id, run.runId))
      return { run, stop: { state: 'cancelled', pause: null } };
    const allowance = nextAllowance(context);
    if ('stop' in allowance) return { run, stop: { state: 'paused', pause: allowance.stop } };
    const block = pending.slice(0, Math.min(MAIL_BLOCK, allowance.quota));
    const result = sendBlock(context, run, block);
    run = result.run;
    pending = pending.slice(result.run.inFlight?.keys.length ?? block.length);
    if (result.stopped) return { run, stop: { state: 'paused', pause: result.stopped } };
  }
  return { run, stop: { state: 'done', pause: null, error: '' } };
}

/**
 * Takes the campaign's run as far as this execution can: claimed, reconciled, then blocks of
 * queued recipients until done, out of quota, out of time, or cancelled. Returns the run as stored;
 * a failure is written on the run (keeping the block it was sending) and thrown.
 */
export function continueRun(options: ContinueOptions): MailRun {
  let run = claimRun(options.campaign.id, options);
  if (run.state === 'done' || run.state === 'cancelled') return run;
  let logged = run.inFlight === null;
  try {
    run = reconcile(options.store, run, options);
    logged = true;
    const early = stopBeforeSending(options, run);
    if (early) return finish(run, early, true);
    run = withRun(run, {
      template: templateFingerprint(options.campaign.template),
      state: 'sending',
      pause: null,
      error: '',
    });
    const book = readMailBook(options.store, currentTeamView().team);
    logged = false;
    const sent = sendBlocks({ ...options, book, blocks: 0, writeRun: mailRunWriter() }, run);
    return finish(sent.run, sent.stop, true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    finish(run, { state: 'paused', pause: 'error', error: message.slice(0, 300) }, logged);
    throw error;
  }
}
