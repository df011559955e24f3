/**
 * MailApp: nothing leaves the machine; each message lands in an outbox. Quota is counted per
 * recipient as Apps Script does, with at most 50 recipients per message, and it is the sending
 * account's: each effective user (in a trigger, its creator) has their own `mailQuota` per 24 hours
 * of the emulated clock, each recipient counting until 24 hours after it was mailed (a rolling day:
 * never more generous than Google's daily reset). `ctx.mailUsed` follows the last account that
 * mailed or asked, for emulator.mail.remaining().
 */
import { asGas, type EmulatorContext } from './context';

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

/** A message as MailApp would have sent it. */
export interface SentMail {
  /** The account it went from (the effective user: in a trigger, its creator). */
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  replyTo: string;
}

const MAX_RECIPIENTS = 50;
const MAX_BODY_BYTES = 200 * 1024;
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Normalises the four sendEmail signatures into one parameter object. */
function message(args: unknown[]): Params {
  const [a, b, c, d] = args;
  if (typeof a === 'object' && a !== null) return a as Params;
  if (typeof d === 'string') return { to: String(a), replyTo: String(b), subject: String(c), body: d };
  return { ...(d as Params | undefined), to: String(a), subject: String(b), body: String(c) };
}

const DAY_MS = 24 * 3_600_000;

/** Recipients mailed, by account: when, and how many. */
const spentByContext = new WeakMap<EmulatorContext, Map<string, { at: number; recipients: number }[]>>();

/** Recipients the running account mailed in the last 24 hours (and ctx.mailUsed set to it). */
function usedToday(ctx: EmulatorContext): number {
  let byUser = spentByContext.get(ctx);
  if (!byUser) {
    byUser = new Map();
    spentByContext.set(ctx, byUser);
  }
  const since = ctx.now() - DAY_MS;
  const spent = (byUser.get(ctx.effectiveUser) ?? []).filter((entry) => entry.at > since);
  byUser.set(ctx.effectiveUser, spent);
  ctx.mailUsed = spent.reduce((sum, entry) => sum + entry.recipients, 0);
  return ctx.mailUsed;
}

function spend(ctx: EmulatorContext, recipients: number): void {
  usedToday(ctx);
  spentByContext.get(ctx)?.get(ctx.effectiveUser)?.push({ at: ctx.now(), recipients });
  ctx.mailUsed += recipients;
}

/** The MailApp global. */
export function createMailApp(ctx: EmulatorContext): GoogleAppsScript.Mail.MailApp {
  const quota = ctx.options.mailQuota ?? 100;
  const service = {
    getRemainingDailyQuota: () => quota - usedToday(ctx),
    sendEmail: (...args: unknown[]) => {
      const m = message(args);
      const recipients = [...addresses(m.to), ...addresses(m.cc), ...addresses(m.bcc)];
      if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
      for (const r of recipients) if (!EMAIL.test(r)) throw new Error(`Invalid email: ${r}`);
      if (recipients.length > MAX_RECIPIENTS)
        throw new Error('Limit Exceeded: Email Recipients Per Message.');
      if (Buffer.byteLength(`${m.body ?? ''}${m.htmlBody ?? ''}`, 'utf8') > MAX_BODY_BYTES) {
        throw new Error('Limit Exceeded: Email Body Size.');
      }
      if (usedToday(ctx) + recipients.length > quota)
        throw new Error('Service invoked too many times for one day: email.');
      spend(ctx, recipients.length);
      ctx.outbox.push({
        from: ctx.effectiveUser,
        to: m.to ?? '',
        cc: m.cc ?? '',
        bcc: m.bcc ?? '',
        subject: m.subject ?? '',
        body: m.body ?? '',
        htmlBody: m.htmlBody ?? '',
        name: m.name ?? '',
        replyTo: m.replyTo ?? '',
      });
    },
  };
  return asGas(ctx.track(service, 'MailApp'));
}
