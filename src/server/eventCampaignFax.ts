/**
 * Fax invitations: for each invitee of the campaign invited by fax (their invitation is a contact-plan
 * row on the fax channel, planned until it is sent), a printable page in a dialog, one invitation a
 * page; and, where the settings name an e-mail-to-fax gateway, sending them through it with MailApp
 * (gas/mail.ts; the sender's daily quota, checked first). An opted-out person is never faxed (the
 * safer reading: core/outreach/eventInvites.ts); a manager prints and sends only their own clients'.
 *
 * Sent at most once: the rows to send are marked done in one locked claim that commits before the
 * first message goes; a message the gateway refuses is planned again with the reason. A run cut off
 * mid-way leaves its rest marked done but unsent (never sent twice): the sender resends those by hand.
 * Suki's words (sent, refused) go after the note a person wrote in the row's Outcome, never over it.
 */
import type { Translator } from '../core/i18n/translate';
import { type FaxInvitation, faxGatewayAddress, faxOutcome, faxPagesHtml } from '../core/outreach/eventFax';
import {
  firstNameOf,
  type MailTemplate,
  type MergeData,
  renderMail,
  templateProblems,
} from '../core/outreach/mailMerge';
import { done, type PageResult, refused } from '../core/pageResult';
import { CONTACT_PLAN_TABLE } from '../core/tables/workTables';
import { activeMember } from '../core/team/members';
import { workCapacity } from '../core/team/workRights';
import { activeStore } from '../gas/activeDocument';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { clockMs } from '../gas/clock';
import { settleInterruptedWrites, withDocumentLock } from '../gas/documentLock';
import { remainingMailQuota, sendMail } from '../gas/mail';
import type { TableStore } from '../gas/tableStore';
import { showDialogHtml } from '../gas/ui';
import { callerStamp, currentCaller, currentTeamView } from './access';
import {
  type EventCampaign,
  readEventCampaign,
  readEventClients,
  readEventPeople,
  readInvitees,
  textOf,
} from './eventCampaignData';
import { describeFailure } from './failures';
import { auditAhead } from './importWrite';
import { currentTranslator } from './locale';
import { MAIL_TIME_BUDGET_MS } from './mailCampaignSend';

/** One fax to print or send: the page, its message and the invitation's contact row. */
interface FaxToSend {
  readonly page: FaxInvitation;
  readonly textBody: string;
  readonly htmlBody: string;
  readonly fax: string;
  readonly contactId: string | null;
}

/** The campaign's faxes the caller may send, and those left out. */
interface FaxBook {
  readonly faxes: readonly FaxToSend[];
  readonly optedOut: number;
  readonly noFax: number;
}

/** The invitation's template: the campaign's own (its e-mail columns) when usable, else Suki's words. */
function templateOf(t: Translator, campaign: EventCampaign): MailTemplate {
  const own = { subject: campaign.subject, body: campaign.body };
  if (own.subject !== '' && own.body.trim() !== '' && templateProblems(own).length === 0) return own;
  return { subject: t('events.fax.subject'), body: t('events.fax.body') };
}

/** The caller's name as the invitations sign it (the Team sheet's, else their e-mail). */
function senderName(): string {
  const caller = currentCaller();
  return activeMember(currentTeamView().team, caller.email)?.name || caller.email;
}

/** Every fax of the campaign the caller may send: one read of each table it needs. */
function faxBook(t: Translator, store: TableStore, campaign: EventCampaign): FaxBook {
  const caller = currentCaller();
  const clients = readEventClients(store);
  const people = new Map(readEventPeople(store).map((person) => [person.id, person]));
  const template = templateOf(t, campaign);
  const sender = senderName();
  const faxes: FaxToSend[] = [];
  let optedOut = 0;
  let noFax = 0;
  for (const invitee of readInvitees(store, campaign.id)) {
    const client = clients.get(invitee.clientId);
    if (invitee.channel !== 'fax' || !client || !workCapacity(caller, [client.owner])) continue;
    const person = invitee.personId === null ? undefined : people.get(invitee.personId);
    if (person?.optedOut) optedOut++;
    else if (client.fax.replace(/\D/g, '') === '') noFax++;
    else {
      const data: MergeData = {
        'person.name': person?.name ?? '',
        'person.firstName': firstNameOf(person?.name ?? ''),
        'person.position': person?.position ?? '',
        'person.email': person?.email ?? '',
        'client.name': client.name,
        'client.segment': client.segment,
        'client.industry': client.industry,
        'client.region': client.region,
        'client.owner': client.owner,
        'campaign.name': campaign.name,
        'sender.name': sender,
      };
      const mail = renderMail(template, data, t('events.fax.optOut'));
      const page = {
        to: client.name,
        attention: person?.name ?? '',
        faxNumber: client.fax,
        subject: mail.subject,
        bodyHtml: mail.htmlBody,
      };
      faxes.push({
        page,
        textBody: mail.textBody,
        htmlBody: mail.htmlBody,
        fax: client.fax,
        contactId: invitee.contactId,
      });
    }
  }
  return { faxes, optedOut, noFax };
}

/** The pages in a document, in the person's words. */
function pagesDocument(t: Translator, campaign: EventCampaign, pages: readonly FaxInvitation[]): string {
  const words = {
    title: t('events.fax.title', { name: campaign.name }),
    print: t('events.fax.print'),
    to: t('events.fax.to'),
    attention: t('events.fax.attention'),
    fax: t('events.fax.number'),
    from: t('events.fax.from'),
    date: t('events.fax.date'),
    none: t('events.fax.none'),
  };
  return faxPagesHtml(pages, words, senderName(), currentTeamView().today);
}

/** The line saying what was left out. */
function leftOutLine(t: Translator, book: FaxBook): string {
  const parts: string[] = [];
  if (book.optedOut > 0) parts.push(t('events.invite.optedOut', { count: book.optedOut }));
  if (book.noFax > 0) parts.push(t('events.invite.noFax', { count: book.noFax }));
  return parts.length > 0 ? ` ${t('events.fax.leftOut', { parts: parts.join(', ') })}` : '';
}

/**
 * Page: opens the campaign's fax invitations as a printable page (one invitation a page, every value
 * escaped) in a dialog; their contact rows stay planned until the person logs them sent (My day).
 */
export function showFaxInvitations(campaignId: unknown): PageResult<{ pages: number }> {
  const t = currentTranslator();
  try {
    settleInterruptedWrites();
    const store = activeStore();
    const campaign = readEventCampaign(store, t, campaignId);
    if ('ok' in campaign) return campaign;
    const book = faxBook(t, store, campaign);
    showDialogHtml(
      pagesDocument(
        t,
        campaign,
        book.faxes.map((fax) => fax.page),
      ),
      t('events.fax.title', { name: campaign.name }),
    );
    const line = t('events.fax.opened', { count: book.faxes.length }) + leftOutLine(t, book);
    return done(line, { pages: book.faxes.length });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}

/** The Outcome of each contact row by ID, as the sheet holds it now (one read per column). */
function outcomesNow(store: TableStore): Map<string, unknown> {
  const rows = store.readColumns(CONTACT_PLAN_TABLE, ['id', 'outcome']);
  return new Map(rows.map((row) => [textOf(row.id), row.outcome]));
}

/**
 * Sets the contact rows `ids` to `values`, each with its Outcome: the person's text kept, then
 * Suki's `words` (faxOutcome). Rows that end with the same Outcome are written together (one
 * updateWhere each: most rows hold no note of their own, so one or a few writes). The caller holds
 * the lock.
 */
function markContacts(
  store: TableStore,
  ids: readonly string[],
  values: Record<string, string | null>,
  words: string | null,
): void {
  if (ids.length === 0) return;
  const current = outcomesNow(store);
  const byOutcome = new Map<string | null, Set<string>>();
  for (const id of ids) {
    const outcome = faxOutcome(current.get(id), words);
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? new Set<string>()).add(id));
  }
  for (const [outcome, picked] of byOutcome)
    store.updateWhere(
      CONTACT_PLAN_TABLE,
      (record) => picked.has(textOf(record.id)),
      { ...values, outcome },
      callerStamp(),
    );
}

/**
 * Faxes claimed by one run at most: one MailApp call each, so a run ends well inside the six
 * minutes, and a run cut off between the claim and the sends leaves no more than these marked sent.
 */
const FAX_BATCH = 50;

/**
 * Sends the campaign's fax invitations still planned through the e-mail-to-fax gateway of the
 * settings, as many as the sender's quota allows today; each one's contact row done (or planned
 * again with the gateway's reason). Without a gateway nothing is sent: the printable page is the way.
 */
export function sendFaxInvitations(
  campaignId: unknown,
): PageResult<{ sent: number; failed: number; left: number }> {
  const t = currentTranslator();
  try {
    const gateway = readAnalysisSettings().outreach.faxGateway;
    // Nothing to send through: said, not refused (the page offers printing instead).
    if (gateway === '') return done(t('events.fax.noGateway'), { sent: 0, failed: 0, left: 0 });
    const today = currentTeamView().today;
    const claimed = withDocumentLock(() => {
      const store = activeStore();
      const campaign = readEventCampaign(store, t, campaignId);
      if ('ok' in campaign) return campaign;
      const planned = new Set(
        store
          .readColumns(CONTACT_PLAN_TABLE, ['id', 'status'])
          .filter((r) => (r.status ?? 'planned') === 'planned')
          .map((r) => textOf(r.id)),
      );
      const book = faxBook(t, store, campaign);
      const pending = book.faxes.filter((fax) => fax.contactId !== null && planned.has(fax.contactId));
      const batch = pending.slice(0, Math.max(0, Math.min(FAX_BATCH, remainingMailQuota())));
      const ids = batch.map((fax) => fax.contactId ?? '');
      // Claimed as sent before any goes out (a fax is never sent twice), audited before the claim.
      if (ids.length > 0)
        auditAhead(store, callerStamp(), {
          action: 'faxGateway',
          table: CONTACT_PLAN_TABLE.key,
          ids,
          after: { campaignId: campaign.id, claimed: ids.length },
        });
      markContacts(store, ids, { status: 'done', doneDate: today }, t('events.fax.sentOutcome'));
      return { campaign, batch, left: pending.length - batch.length };
    });
    if ('ok' in claimed) return claimed;
    const failed: string[] = [];
    const unsent: string[] = [];
    const replyTo = currentCaller().email;
    const startedAt = clockMs();
    for (const fax of claimed.batch) {
      if (clockMs() - startedAt >= MAIL_TIME_BUDGET_MS) {
        unsent.push(fax.contactId ?? '');
        continue;
      }
      const to = faxGatewayAddress(gateway, fax.fax) ?? '';
      try {
        sendMail({
          to,
          subject: fax.page.subject,
          textBody: fax.textBody,
          htmlBody: fax.htmlBody,
          fromName: senderName(),
          replyTo,
        });
      } catch (error) {
        failed.push(fax.contactId ?? '');
        console.warn(`Suki: the fax gateway refused ${to}: ${String(error)}`);
      }
    }
    const sent = claimed.batch.length - failed.length - unsent.length;
    const left = claimed.left + unsent.length;
    if (failed.length + unsent.length > 0)
      withDocumentLock(() => {
        const store = activeStore();
        auditAhead(store, callerStamp(), {
          action: 'faxGateway',
          table: CONTACT_PLAN_TABLE.key,
          ids: [...failed, ...unsent],
          after: { campaignId: claimed.campaign.id, sent, failed: failed.length, left },
        });
        // Planned again, the person's note kept: refused with the reason; out of time before they went.
        const planned = { status: 'planned', doneDate: null };
        markContacts(store, failed, planned, t('events.fax.failedOutcome'));
        markContacts(store, unsent, planned, null);
      });
    const message = t('events.fax.sent', { sent, failed: failed.length, left });
    return done(message, { sent, failed: failed.length, left });
  } catch (error) {
    return refused(describeFailure(t, error));
  }
}
