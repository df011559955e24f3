/**
 * Where a campaign's sending stands, and the rule that it never mails anyone twice nor skips
 * anyone when it stops (the quota, the time limit) or is cut off between two messages.
 *
 * Two records, both written by the send loop (server/mailCampaignSend.ts):
 * - the send log (tables/sendLogTable.ts): every recipient queued when the send starts, then each
 *   outcome, appended in blocks inside the document lock;
 * - the run (a document property, written at once, never rolled back): the block being sent and,
 *   before each message, how far it got. Before message i goes out the run says "messages 0…i-1
 *   are done (with these outcomes), i is next".
 *
 * On the next run the block the run holds is reconciled first: if the log has its rows, nothing
 * is missing; else its outcomes are logged from the run, the message that was next is logged as
 * `unknown` (it may have left: it is never sent again, and the person is asked to look in their Sent
 * folder), and the rest of the block is still queued, so it is sent. So nobody is ever mailed twice
 * by Suki itself, and a cut-off leaves at most one recipient in doubt: the one whose message was
 * going out, or had just gone before the run could note it (the note and the message cannot be one
 * step: MailApp says nothing Suki could read back). The sender settles it from their Sent folder.
 */
import type { Locale } from '../i18n/translate';
import { recordIdNumber } from '../tables/recordIds';
import { SEND_LOG_TABLE } from '../tables/sendLogTable';
import type { TableRecord } from '../tables/tableSpec';
import { emailKey } from '../team/members';

/** What a message of a block came to. */
export interface Outcome {
  readonly status: 'sent' | 'failed' | 'skipped';
  readonly reason?: string;
  readonly detail?: string;
}

/** The block being sent: its recipients' keys, the next one to send, the outcomes before it. */
export interface InFlight {
  readonly batch: string;
  readonly keys: readonly string[];
  readonly next: number;
  readonly outcomes: readonly Outcome[];
}

/** Why sending paused: the day's quota, the execution's time, the template changed, or a failure. */
export type PauseReason = 'quota' | 'time' | 'templateChanged' | 'error';

/** One start of a campaign's sending, as the document property keeps it. */
export interface MailRun {
  readonly runId: string;
  readonly campaignId: string;
  /** Who sends: the messages go from their account and use their quota, the trigger's too. */
  readonly sender: string;
  readonly locale: Locale;
  readonly throttleMs: number;
  readonly startedAt: string;
  readonly total: number;
  readonly template: string;
  readonly state: 'sending' | 'paused' | 'done' | 'cancelled';
  readonly pause: PauseReason | null;
  readonly error: string;
  /** The execution sending now and until when its claim holds (epoch ms); null when none. */
  readonly lease: { readonly id: string; readonly until: number } | null;
  readonly triggerId: string | null;
  readonly inFlight: InFlight | null;
}

/** A send-log row Suki is about to append (the store adds the ID). */
type LogDraft = TableRecord;

/** How the recipients of one run stand. */
interface RunStanding {
  /** The queued rows of recipients still to send, in the order they were queued. */
  readonly pending: readonly TableRecord[];
  readonly counts: Readonly<Record<'queued' | 'sent' | 'failed' | 'skipped' | 'unknown' | 'pending', number>>;
  /** The addresses whose message may or may not have gone (look in the Sent folder). */
  readonly unknown: readonly string[];
  /** The addresses that failed. */
  readonly failed: readonly string[];
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());
const order = (row: TableRecord) => recordIdNumber(SEND_LOG_TABLE.idPrefix, row.id) ?? 0;

/** The rows of one run in the order they were written (by ID, whatever sorting was done by hand). */
export function rowsOfRun(rows: readonly TableRecord[], runId: string): TableRecord[] {
  return rows.filter((row) => text(row.runId) === runId).sort((a, b) => order(a) - order(b));
}

/**
 * Each recipient's standing in a run, from its log rows: the latest row per address wins, and a
 * `requeued` row makes an earlier outcome pending again. A recipient is pending while their latest
 * row is `queued` or `requeued`.
 */
export function runStanding(rows: readonly TableRecord[], runId: string): RunStanding {
  const latest = new Map<string, TableRecord>();
  const queued = new Map<string, TableRecord>();
  for (const row of rowsOfRun(rows, runId)) {
    const key = emailKey(row.email);
    if (key === '') continue;
    if (row.status === 'queued' && !queued.has(key)) queued.set(key, row);
    latest.set(key, row);
  }
  const counts = { queued: queued.size, sent: 0, failed: 0, skipped: 0, unknown: 0, pending: 0 };
  const pending: TableRecord[] = [];
  const unknown: string[] = [];
  const failed: string[] = [];
  for (const [key, row] of latest) {
    const status = text(row.status);
    if (status === 'queued' || status === 'requeued') {
      const first = queued.get(key);
      if (first) pending.push(first);
    } else if (status === 'sent' || status === 'failed' || status === 'skipped' || status === 'unknown') {
      counts[status]++;
      if (status === 'unknown') unknown.push(key);
      if (status === 'failed') failed.push(key);
    }
  }
  pending.sort((a, b) => order(a) - order(b));
  counts.pending = pending.length;
  return { pending, counts, unknown, failed };
}

/**
 * The addresses any earlier run of the campaign mailed or may have (a `sent` or `unknown` row): a
 * new start never mails them again. (Recipients a cancelled run never reached may be mailed.)
 */
export function mailedBefore(rows: readonly TableRecord[], campaignId: string): Set<string> {
  const mailed = new Set<string>();
  for (const row of rows) {
    if (text(row.campaignId) !== campaignId) continue;
    if (row.status === 'sent' || row.status === 'unknown') mailed.add(emailKey(row.email));
  }
  return mailed;
}

/**
 * The addresses (keys) the block a run still holds mailed or may have: its messages that went, and
 * the one that was next. A new start never mails them, even before the block is logged.
 */
export function mailedInLeftBlock(run: MailRun | null): string[] {
  const inFlight = run?.inFlight;
  if (!inFlight) return [];
  return inFlight.keys.filter(
    (_key, index) =>
      index === inFlight.next || (index < inFlight.next && inFlight.outcomes[index]?.status === 'sent'),
  );
}

/**
 * The rows to log for a block an earlier execution left in the run, or [] when the log already has
 * them: the outcomes the run recorded, and `unknown` for the message that was next (it may have
 * gone). Later recipients of the block stay queued and are sent.
 */
export function reconcileInFlight(
  inFlight: InFlight,
  rows: readonly TableRecord[],
  queuedOf: (key: string) => TableRecord | undefined,
): LogDraft[] {
  if (rows.some((row) => text(row.batch) === inFlight.batch)) return [];
  const drafts: LogDraft[] = [];
  inFlight.keys.forEach((key, index) => {
    const queued = queuedOf(key);
    if (!queued || index > inFlight.next) return;
    const outcome = inFlight.outcomes[index];
    const base = { ...recipientFields(queued), batch: inFlight.batch };
    if (index < inFlight.next && outcome) drafts.push({ ...base, ...outcomeFields(outcome) });
    else if (index === inFlight.next) drafts.push({ ...base, status: 'unknown', reason: 'interrupted' });
  });
  return drafts;
}

/** The recipient's fields of a queued row, for the rows that follow it. */
export function recipientFields(queued: TableRecord): TableRecord {
  return {
    campaignId: text(queued.campaignId),
    runId: text(queued.runId),
    email: text(queued.email),
    name: text(queued.name),
    personId: text(queued.personId),
    clientId: text(queued.clientId),
  };
}

/** An outcome as log fields. */
export function outcomeFields(outcome: Outcome): TableRecord {
  return { status: outcome.status, reason: outcome.reason ?? null, detail: outcome.detail ?? null };
}

/** Whether a MailApp failure says the day's quota is used up (the message did not go). */
export function isQuotaFailure(message: string): boolean {
  return /too many times|quota|limit exceeded: email recipients per day/i.test(message);
}

const STATES = ['sending', 'paused', 'done', 'cancelled'] as const;

/** A run read back from its property, or null when there is none or it cannot be read. */
export function parseMailRun(raw: string | null): MailRun | null {
  if (raw === null || raw === '') return null;
  try {
    const value = JSON.parse(raw) as Partial<MailRun> | null;
    if (!value || typeof value.runId !== 'string' || typeof value.campaignId !== 'string') return null;
    if (!(STATES as readonly string[]).includes(String(value.state))) return null;
    return value as MailRun;
  } catch {
    return null;
  }
}

/** The run with `changes`, as a new object. */
export function withRun(run: MailRun, changes: Partial<MailRun>): MailRun {
  return { ...run, ...changes };
}

/** Whether another execution holds the run's claim at `now`. */
export function claimedElsewhere(run: MailRun, now: number, mine: string): boolean {
  return run.lease !== null && run.lease.id !== mine && run.lease.until > now;
}
