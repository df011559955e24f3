/**
 * Stopping a campaign's sending (issue #13 review). An execution cut off in the middle of a block
 * leaves the messages that went only in the run (the block's log rows were rolled back): Cancel
 * logs them before the run is marked cancelled, and a new start logs a block an older cancelled run
 * still holds, so nobody is mailed twice. A stopped sending sends nothing more: "send again" is
 * refused there (a new start mails the failed ones and those it did not reach).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { readMailRunText, writeMailRunText } from '../../src/gas/mailRuns';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { silenceSurvivedFailures } from '../support/quietFailures';
import {
  deliveries,
  mailWorkbook,
  NEXT_DAY,
  previewAndStart,
  sendLog,
  testClock,
} from './mailCampaignFixture';

silenceSurvivedFailures();
afterEach(() => vi.restoreAllMocks());

const PEOPLE = 6;

/** Swaps MailApp.sendEmail for `send` (given the real one) until the returned function is called. */
function wrapSendEmail(
  send: (
    real: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => void,
    message: GoogleAppsScript.Mail.MailAdvancedParameters,
  ) => void,
): () => void {
  const mailApp = globalThis.MailApp;
  globalThis.MailApp = {
    ...mailApp,
    getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
    sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) =>
      send((m) => mailApp.sendEmail(m), message)) as GoogleAppsScript.Mail.MailApp['sendEmail'],
  };
  return () => {
    globalThis.MailApp = mailApp;
  };
}

/** Starts the campaign and cuts the execution off at the call right after the `sent`-th message went. */
function startCutOffAfter(emulator: Emulator, sent: number): void {
  const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
  let sends = 0;
  const restore = wrapSendEmail((real, message) => {
    real(message);
    if (++sends === sent) emulator.calls.failAt(1, 'cutoff');
  });
  try {
    main.startCampaignMail('M-000001', {}, preview.recipientCount);
  } catch {
    // Cut off.
  } finally {
    restore();
    emulator.calls.clearFault();
  }
}

describe('a sending cut off, then cancelled and started again', () => {
  it('mails nobody twice, and the Send log keeps the messages that went', () => {
    const emulator = mailWorkbook({ people: PEOPLE });
    const clock = testClock(emulator);
    startCutOffAfter(emulator, 3);
    expect(emulator.mail.outbox).toHaveLength(3);
    // The block's rows were rolled back: only the run knows who was mailed.
    expect(sendLog(emulator).filter((row) => row.status === 'sent')).toHaveLength(0);
    // Later (the cut-off execution's claim has lapsed) Mario stops it, then starts it again.
    clock.advance(7 * 60_000);
    expect(main.cancelCampaignMail('M-000001')).toMatchObject({
      ok: true,
      status: { state: 'cancelled', counts: { sent: 2, unknown: 1 } },
    });
    expect(sendLog(emulator).filter((row) => row.status === 'sent')).toHaveLength(2);
    expect(sendLog(emulator).filter((row) => row.status === 'unknown')).toHaveLength(1);
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done', counts: { sent: 3 } } });
    expect([...deliveries(emulator).values()]).toEqual(Array(PEOPLE).fill(1));
  });

  it('a run an older version cancelled with its block still on it: the new start leaves them out and logs them', () => {
    const emulator = mailWorkbook({ people: PEOPLE });
    const clock = testClock(emulator);
    startCutOffAfter(emulator, 3);
    clock.advance(7 * 60_000);
    // As Cancel did before: the run marked cancelled, its block neither logged nor dropped.
    const run = JSON.parse(emulator.uncounted(() => readMailRunText('M-000001')) ?? '{}');
    expect(run.inFlight).not.toBeNull();
    emulator.uncounted(() =>
      writeMailRunText('M-000001', JSON.stringify({ ...run, state: 'cancelled', lease: null })),
    );
    // The preview already leaves them out (already mailed); the start logs them.
    const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
    expect(preview.recipientCount).toBe(PEOPLE - 3);
    expect(main.startCampaignMail('M-000001', {}, preview.recipientCount)).toMatchObject({
      ok: true,
      status: { state: 'done', counts: { sent: PEOPLE - 3 } },
    });
    const previousRun = sendLog(emulator).filter((row) => row.runId === run.runId);
    expect(previousRun.filter((row) => row.status === 'sent' || row.status === 'unknown')).toHaveLength(3);
    expect([...deliveries(emulator).values()]).toEqual(Array(PEOPLE).fill(1));
  });
});

describe('a cancelled sending', () => {
  it('refuses "send again" to its failed recipient, mails nobody the cancel stopped, and a new start mails them', () => {
    const emulator = mailWorkbook({ mailQuota: 3, people: PEOPLE });
    const clock = testClock(emulator);
    let failed = false;
    const restore = wrapSendEmail((real, message) => {
      if (!failed && message.to === 'ana0@alpha.test') {
        failed = true;
        throw new Error('Service error: Gmail');
      }
      real(message);
    });
    try {
      // ana0 fails, ana1..ana3 go, then the quota: ana4 and ana5 are still queued.
      expect(previewAndStart()).toMatchObject({
        ok: true,
        status: { state: 'paused', pause: 'quota', counts: { sent: 3, failed: 1, pending: 2 } },
      });
      // Mario stops the campaign: ana4 and ana5 are not to be mailed by this sending.
      expect(main.cancelCampaignMail('M-000001')).toMatchObject({
        ok: true,
        status: { state: 'cancelled', failed: ['ana0@alpha.test'], mayResend: false },
      });
      expect(main.resolveCampaignMail('M-000001', 'resendFailed')).toMatchObject({
        ok: false,
        message: translatorFor('en')('mail.error.resendCancelled'),
      });
      clock.advance(NEXT_DAY);
      expect(main.continueCampaignMail('M-000001')).toMatchObject({
        ok: true,
        status: { state: 'cancelled' },
      });
      expect([...deliveries(emulator).keys()].sort()).toEqual([
        'ana1@alpha.test',
        'ana2@alpha.test',
        'ana3@alpha.test',
      ]);
      // Starting again mails the failed one and those the cancel stopped, nobody twice.
      expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done', counts: { sent: 3 } } });
    } finally {
      restore();
    }
    expect([...deliveries(emulator).values()]).toEqual(Array(PEOPLE).fill(1));
  });
});
