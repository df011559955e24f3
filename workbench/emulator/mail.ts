/**
 * MailApp: nothing leaves the machine; each message lands in an outbox. Quota is counted per
 * recipient as Apps Script does, with at most 50 recipients per message.
 */
import { asGas, type EmulatorContext } from './context';

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

/** A message as MailApp would have sent it. */
export interface SentMail {
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

/** The MailApp global. */
export function createMailApp(ctx: EmulatorContext): GoogleAppsScript.Mail.MailApp {
  const quota = ctx.options.mailQuota ?? 100;
  const service = {
    getRemainingDailyQuota: () => quota - ctx.mailUsed,
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
      if (ctx.mailUsed + recipients.length > quota)
        throw new Error('Service invoked too many times for one day: email.');
      ctx.mailUsed += recipients.length;
      ctx.outbox.push({
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
