/**
 * Sending a campaign's queued e-mail, in blocks, until it is done, the sender's quota is used up,
 * or the execution has used 4.5 of its 6 minutes; then the run says why it paused, so the next run
 * (the sender's, when their page continues it) takes up where it stopped. The rule that keeps it
 * from mailing anyone twice or skipping anyone is core/outreach/mailProgress.ts's.
 *
 * Per block: one read of the opt-outs (an opt-out typed a minute ago is honoured), then per message
 * one property write (where the block stands) and one MailApp call (MailApp sends one message per
 * call by nature), then one locked append of the block's log rows. Everything else is per run.
 */
import { type Locale, translatorFor } from '../core/i18n/translate';
import { optedOutAddresses } from '../core/outreach/mailAudience';
import { mailBytes, renderMail } from '../core/outreach/mailMerge';
import {
  type InFlight,
  isQuotaFailure,
  type MailRun,
  type Outcome,
  outcomeFields,
  type PauseReason,
  recipientFields,
  withRun,
} from '../core/outreach/mailProgress';
import { isOptedOut } from '../core/outreach/optOut';
import { isArchived } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { SEND_LOG_TABLE } from '../core/tables/sendLogTable';
import type { TableRecord } from '../core/tables/tableSpec';
import type { Caller } from '../core/team/caller';
import { emailKey } from '../core/team/members';
import { clockMs, pauseFor } from '../gas/clock';
import { withDocumentLock } from '../gas/documentLock';
import { sendMail } from '../gas/mail';
import { mailRunWriter } from '../gas/mailRuns';
import type { TableStore } from '../gas/tableStore';
import {
  type MailBook,
  type MailCampaign,
  mayMailOwner,
  memberName,
  mergeDataFor,
  optOutLine,
  readerLocale,
} from './mailCampaignData';

/** Messages sent between two writes of the log. @forTests The resume tests count blocks. */
export const MAIL_BLOCK = 10;
/** How long one execution sends: 4.5 of Apps Script's 6 minutes, the rest for writing down. */
export const MAIL_TIME_BUDGET_MS = 270_000;
/** How long a claim on a run holds from the start of its execution: a little past Apps Script's 6 minutes. */
const MAIL_LEASE_MS = 370_000;
/** The largest message MailApp takes (200 KB for a consumer account), less a margin. */
const MAX_MESSAGE_BYTES = 190 * 1024;

/** What one execution's sending works with. */
export interface SendContext {
  readonly store: TableStore;
  readonly caller: Caller;
  readonly campaign: MailCampaign;
  readonly book: MailBook;
  /** When this execution began (clock ms), for the time budget. */
  readonly startedAt: number;
  readonly leaseId: string;
  /** How many blocks this execution has sent, for unique block names. */
  blocks: number;
  /** Writes the run (one call each: the document properties are held). */
  readonly writeRun?: (campaignId: string, text: string) => void;
}

/** How one block ended. */
interface BlockResult {
  readonly run: MailRun;
  readonly stopped: PauseReason | null;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/**
 * Stores `run` claimed by this execution until it can no longer be running (its start plus a little
 * over six minutes), so a cut-off execution's claim lapses on its own; returns it.
 */
export function saveRun(
  run: MailRun,
  context: Pick<SendContext, 'leaseId' | 'startedAt' | 'writeRun'>,
): MailRun {
  const saved = withRun(run, { lease: { id: context.leaseId, until: context.startedAt + MAIL_LEASE_MS } });
  (context.writeRun ?? mailRunWriter())(run.campaignId, JSON.stringify(saved));
  return saved;
}

/** Why a queued recipient must not be mailed now, or null when they may be. */
function skipNow(context: SendContext, queued: TableRecord, optedOut: ReadonlySet<string>): string | null {
  const key = emailKey(queued.email);
  const person = context.book.personById.get(text(queued.personId));
  const client = context.book.clientById.get(text(queued.clientId));
  if (optedOut.has(key) || isOptedOut(person?.optedOut)) return 'optedOut';
  if (!person || isArchived(person) || !client || isArchived(client)) return 'gone';
  if (emailKey(person.email) !== key) return 'addressChanged';
  if (person.status === 'left') return 'left';
  if (!mayMailOwner(context.caller)(emailKey(client.owner))) return 'notYours';
  return null;
}

/** The message for one queued recipient, as it is sent. */
function messageFor(context: SendContext, run: MailRun, queued: TableRecord) {
  const person = context.book.personById.get(text(queued.personId));
  const locale: Locale = readerLocale(person, run.locale);
  const senderName = memberName(context.book.team, run.sender);
  const data = mergeDataFor(
    context.book,
    { personId: text(queued.personId), clientId: text(queued.clientId) },
    context.campaign,
    run.sender,
  );
  return { mail: renderMail(context.campaign.template, data, optOutLine(locale, senderName)), senderName };
}

/** The log rows of a block as it ended: each recipient's outcome, with the subject that was sent. */
function blockRows(
  block: readonly TableRecord[],
  inFlight: InFlight,
  subjects: readonly string[],
  at: string,
  by: string,
): TableRecord[] {
  return inFlight.outcomes.map((outcome, index) => ({
    ...recipientFields(block[index] as TableRecord),
    ...outcomeFields(outcome),
    batch: inFlight.batch,
    subject: subjects[index] ?? null,
    at,
    by,
  }));
}

/** Appends a block's log rows in one locked write (journalled: all of them or none). */
function logRows(store: TableStore, rows: readonly TableRecord[], by: string): void {
  if (rows.length === 0) return;
  withDocumentLock(() => store.appendMany(SEND_LOG_TABLE, rows, { at: new Date().toISOString(), by }));
}

/** Sends one message, or says why it did not go (`quota`: it did not, and the day's sending stops). */
function attempt(
  context: SendContext,
  run: MailRun,
  queued: TableRecord,
): { outcome: Outcome; subject: string } | 'quota' {
  const { mail, senderName } = messageFor(context, run, queued);
  if (mailBytes(mail) > MAX_MESSAGE_BYTES) {
    return { outcome: { status: 'failed', reason: 'tooLarge' }, subject: mail.subject };
  }
  try {
    sendMail({ to: text(queued.email), ...mail, fromName: senderName, replyTo: run.sender });
    return { outcome: { status: 'sent' }, subject: mail.subject };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (isQuotaFailure(detail)) return 'quota';
    return {
      outcome: { status: 'failed', reason: 'sendError', detail: detail.slice(0, 200) },
      subject: mail.subject,
    };
  }
}

/** Whether this execution has time for one more message (and the pause after it). */
function timeLeft(context: SendContext, run: MailRun): boolean {
  return clockMs() - context.startedAt + run.throttleMs < MAIL_TIME_BUDGET_MS;
}

/**
 * Sends one block of queued recipients. Before each message the run records how far the block got
 * (a write that survives a cut-off); recipients opted out or no longer the sender's are skipped
 * without a message. Ends with the block's outcomes logged; on a failure of Suki's own writes the
 * outcomes known so far are logged if possible, and the error is thrown.
 */
export function sendBlock(context: SendContext, start: MailRun, block: readonly TableRecord[]): BlockResult {
  const optedOut = optedOutAddresses(context.store.readColumns(PEOPLE_TABLE, ['email', 'optedOut']));
  context.blocks += 1;
  const batch = `${start.runId}/${context.leaseId.slice(0, 8)}-${context.blocks}`;
  let keys = block.map((row) => emailKey(row.email));
  const outcomes: Outcome[] = [];
  const subjects: string[] = [];
  let run = start;
  let stopped: PauseReason | null = null;
  const inFlight = (): InFlight => ({ batch, keys, next: outcomes.length, outcomes: [...outcomes] });
  try {
    for (const queued of block) {
      const skip = skipNow(context, queued, optedOut);
      if (skip) {
        outcomes.push({ status: 'skipped', reason: skip });
        subjects.push('');
        continue;
      }
      if (!timeLeft(context, run)) stopped = 'time';
      if (stopped) break;
      run = saveRun(withRun(run, { inFlight: inFlight() }), context);
      const result = attempt(context, run, queued);
      if (result === 'quota') {
        stopped = 'quota';
        break;
      }
      outcomes.push(result.outcome);
      subjects.push(result.subject);
      if (result.outcome.status === 'sent') pauseFor(run.throttleMs);
    }
    keys = keys.slice(0, outcomes.length);
    run = saveRun(withRun(run, { inFlight: inFlight() }), context);
  } finally {
    // Whatever happened, what is known of this block is logged: a later reconcile then adds nothing.
    keys = keys.slice(0, outcomes.length);
    logRows(
      context.store,
      blockRows(block, inFlight(), subjects, new Date().toISOString(), run.sender),
      run.sender,
    );
  }
  return { run, stopped };
}

/** The translator of a run's sender, for the messages the run keeps. */
export function runTranslator(run: MailRun) {
  return translatorFor(run.locale);
}
