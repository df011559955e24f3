/**
 * The only code that calls MailApp (scope script.send_mail). MailApp sends one message per call by
 * nature, so a campaign costs one call per recipient whatever Suki batches around it; the quota it
 * spends is the sender's (in a trigger, the trigger's creator's), counted in recipients.
 */

/** One message as Suki sends it: to one recipient, plain and HTML bodies, replies to the sender. */
interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** The sender's name as the recipient sees it. */
  readonly fromName: string;
  readonly replyTo: string;
}

/** Sends one message; throws MailApp's error (quota, bad address) without having sent it. */
export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to,
    subject: mail.subject,
    body: mail.textBody,
    htmlBody: mail.htmlBody,
    name: mail.fromName,
    replyTo: mail.replyTo,
  });
}

/** How many more recipients the running user may mail today. */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
