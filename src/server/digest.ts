/**
 * The daily digest's run (issue #13), done by the on-open trigger of the head who turned it on
 * (dailyWork.ts): once a day, whoever opens the workbook first, and only one execution of all the
 * heads' triggers (the day is claimed under the document lock, openTrigger.ts). Each table is read
 * once, core computes the digests (core/outreach/digest.ts) and says them in each reader's language
 * (digestWords.ts); MailApp sends one message per recipient, from the head's account and on their
 * quota: the heads' summaries first, then the managers by name, the rest skipped once the quota is
 * spent. What the run did is recorded in a document property, which the menu shows.
 */

import { parseIsoDay } from '../core/analysis/days';
import { IssueLog } from '../core/analysis/issues';
import { CLAIM_ROWS, OBLIGATION_ROWS } from '../core/analysis/rows';
import { type Locale, resolveLocale, translatorFor } from '../core/i18n/translate';
import { type DailyDigests, type DigestInputs, dailyDigests } from '../core/outreach/digest';
import {
  type DigestMail,
  type DigestMailContext,
  headDigestMail,
  personDigestMail,
} from '../core/outreach/digestWords';
import { CLIENTS_TABLE } from '../core/tables/clientsTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { CLAIMS_TABLE, CONTACT_PLAN_TABLE, OBLIGATIONS_TABLE } from '../core/tables/workTables';
import { emailKey } from '../core/team/members';
import { activeSpreadsheet, activeStore } from '../gas/activeDocument';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { remainingMailQuota, sendMail } from '../gas/mail';
import {
  claimDigestDay,
  digestClaimed,
  digestSender,
  readDigestRecord,
  writeDigestRecord,
} from '../gas/openTrigger';
import { readLocaleOverride, readMemberLocales } from '../gas/userSettings';
import { currentCaller, currentTeamView } from './access';
import type { TeamView } from './callers';
import { liveRecords, plannedContacts, textOf } from './myDay';

/** The most e-mails each list of the record keeps (a property holds 9 KB). */
const RECORD_NAMES = 50;

/** What one digest run did, as the document property keeps it. */
export interface DigestRecord {
  readonly day: string;
  readonly sent: number;
  /** Not sent: the quota was spent (e-mails, the first RECORD_NAMES). */
  readonly skipped: readonly string[];
  /** MailApp refused them (a bad address…). */
  readonly failed: readonly string[];
  /** The run failed before sending everything; null when it did not. */
  readonly error: string | null;
}

/** Whether the daily digest is on and sent from `email`'s account. */
export function digestIsFrom(email: string): boolean {
  const sender = digestSender();
  return sender !== null && emailKey(sender) === emailKey(email);
}

/** The last run's record, or null when there is none (or it cannot be read). */
export function lastDigestRecord(): DigestRecord | null {
  const raw = readDigestRecord();
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && 'day' in value ? (value as DigestRecord) : null;
  } catch {
    return null;
  }
}

/** The digest's inputs: clients, contact plan, claims and obligations, each read once. */
function digestInputs(view: TeamView, dueDays: number): DigestInputs {
  const store = activeStore();
  const clients = liveRecords(store, CLIENTS_TABLE, ['id', 'name', 'owner', 'archivedAt']);
  const clientOwners = new Map(clients.map((c) => [textOf(c.id) ?? '', textOf(c.owner)]));
  const clientNames = new Map(clients.map((c) => [textOf(c.id) ?? '', textOf(c.name) ?? '']));
  const live = new Set(clientOwners.keys());
  const ofLiveClient = (record: TableRecord) => live.has(textOf(record.clientId) ?? '');
  const log = new IssueLog();
  return {
    today: parseIsoDay(view.today) ?? 0,
    todayIso: view.today,
    team: view.team,
    absences: view.absences,
    contacts: plannedContacts(liveRecords(store, CONTACT_PLAN_TABLE), live).planned,
    clientOwners,
    clientNames,
    claims: CLAIM_ROWS.read(liveRecords(store, CLAIMS_TABLE).filter(ofLiveClient), log),
    obligations: OBLIGATION_ROWS.read(liveRecords(store, OBLIGATIONS_TABLE).filter(ofLiveClient), log),
    dueDays,
  };
}

/** One recipient's mail, in their language. */
interface Outgoing {
  readonly to: string;
  readonly mail: DigestMail;
}

/** The mails of the day in sending order: every head's, then the managers' by name. */
function outgoingMails(digests: DailyDigests, view: TeamView, sender: string, dueDays: number): Outgoing[] {
  const spreadsheet = activeSpreadsheet();
  const workbookLocale = resolveLocale(spreadsheet.getSpreadsheetLocale());
  // The sender's own choice, else what each member chose in the menu (kept per e-mail), else the workbook's.
  const senderLocale = readLocaleOverride() ?? workbookLocale;
  const chosen = readMemberLocales();
  const names = new Map(view.team.map((m) => [m.email, m.name || m.email]));
  const base = {
    workbook: spreadsheet.getName(),
    url: spreadsheet.getUrl(),
    date: view.today,
    dueDays,
    names,
    sender: names.has(sender) ? `${names.get(sender)} (${sender})` : sender,
  };
  const contexts = new Map<Locale, DigestMailContext>();
  const contextFor = (email: string): DigestMailContext => {
    const locale = email === sender ? senderLocale : (chosen.get(email) ?? workbookLocale);
    const known = contexts.get(locale);
    if (known) return known;
    const made = { ...base, t: translatorFor(locale) };
    contexts.set(locale, made);
    return made;
  };
  const byName = (a: string, b: string) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b);
  const heads = [...digests.heads].sort((a, b) => byName(a.email, b.email));
  return [
    ...heads.map((head) => ({
      to: head.email,
      mail: headDigestMail(digests.summary, head, contextFor(head.email)),
    })),
    ...digests.managers.map((d) => ({ to: d.email, mail: personDigestMail(d, contextFor(d.email)) })),
  ];
}

/** Sends what the quota allows, in order; the rest is skipped. One MailApp call per message. */
function sendInOrder(mails: readonly Outgoing[], sender: string): Omit<DigestRecord, 'day' | 'error'> {
  let quota = remainingMailQuota();
  let sent = 0;
  const skipped: string[] = [];
  const failed: string[] = [];
  for (const { to, mail } of mails) {
    if (quota < 1) {
      skipped.push(to);
      continue;
    }
    try {
      sendMail({ to, ...mail, fromName: 'Suki', replyTo: sender });
      sent++;
      quota--;
    } catch (error) {
      console.error('Suki could not send a daily digest', to, error);
      failed.push(to);
    }
  }
  return { sent, skipped, failed };
}

function record(entry: DigestRecord): void {
  writeDigestRecord(
    JSON.stringify({
      ...entry,
      skipped: entry.skipped.slice(0, RECORD_NAMES),
      failed: entry.failed.slice(0, RECORD_NAMES),
      error: entry.error === null ? null : entry.error.slice(0, 300),
    }),
  );
}

/**
 * The digest of today, when the daily digest is on and sent from the running head's account and
 * no execution has claimed today yet: claims the day, computes and sends the mails, records what
 * it did. Never throws: a failure is recorded (and logged), and the next day tries again.
 */
export function sendDailyDigest(): void {
  const caller = currentCaller();
  if (!digestIsFrom(caller.email)) return;
  const view = currentTeamView();
  if (digestClaimed(view.today) || !claimDigestDay(view.today)) return;
  try {
    const dueDays = readAnalysisSettings().recommendations.obligationDueDays;
    const digests = dailyDigests(digestInputs(view, dueDays));
    const sender = emailKey(caller.email);
    const outcome = sendInOrder(outgoingMails(digests, view, sender, dueDays), sender);
    record({ day: view.today, ...outcome, error: null });
  } catch (error) {
    console.error('Suki could not send the daily digest', error);
    const message = error instanceof Error ? error.message : String(error);
    record({ day: view.today, sent: 0, skipped: [], failed: [], error: message });
  }
}
