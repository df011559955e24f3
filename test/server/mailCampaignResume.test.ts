/**
 * A campaign's sending that cannot finish in one go (issue #13): the quota runs out in the middle,
 * the execution's time runs out, or the execution is cut off between two messages. The sender's
 * next run resumes it: the E-mail campaign page, which opens on their unfinished sending and
 * continues it (or their Continue). No trigger does: an add-on's time-driven trigger has no active
 * spreadsheet (test/emulator/triggerContainer.test.ts). Nobody is mailed twice and nobody is
 * skipped; the mail goes from the sender's account, on their quota. The rule:
 * core/outreach/mailProgress.ts.
 */
import { describe, expect, it } from 'vitest';
import { MAIL_BLOCK } from '../../src/server/mailCampaignSend';
import type { MailStatus } from '../../src/server/mailCampaignStatus';
import * as main from '../../src/server/main';
import { silenceSurvivedFailures } from '../support/quietFailures';
import {
  deliveries,
  HEAD,
  MARIO,
  mailWorkbook,
  NEXT_DAY,
  previewAndStart,
  sendLog,
  testClock,
} from './mailCampaignFixture';

silenceSurvivedFailures();

/** Each recipient's address, once: what every test ends with. */
const everyoneOnce = (count: number) =>
  new Map(Array.from({ length: count }, (_, i) => [`ana${i}@alpha.test`, 1] as const));

/** The status of M-000001 now, as the page polls it. */
function statusNow(): MailStatus {
  const answer = main.getCampaignMailStatus('M-000001');
  if (!answer.ok || !answer.status) throw new Error(answer.ok ? 'no status' : answer.message);
  return answer.status;
}

/**
 * The running person opens the E-mail campaign page, as CampaignMailPage does: the page's data
 * (which marks their own unfinished sending), that campaign's status, and Continue when the status
 * says the page goes on now. Returns the campaign it opened on, whether it continued, and the
 * status it ended with.
 */
function openPage(): { openedOn: string | null; continued: boolean; status: MailStatus | null } {
  const page = main.getCampaignMailPage();
  if (!page.ok) throw new Error(page.message);
  const waiting = page.campaigns.find((campaign) => campaign.waiting);
  if (!waiting) return { openedOn: null, continued: false, status: null };
  const status = main.getCampaignMailStatus(waiting.id);
  if (!status.ok || !status.status) throw new Error(status.ok ? 'no status' : status.message);
  if (!status.status.continueNow) return { openedOn: waiting.id, continued: false, status: status.status };
  const after = main.continueCampaignMail(waiting.id);
  if (!after.ok) throw new Error(after.message);
  return { openedOn: waiting.id, continued: true, status: after.status };
}

describe('the quota runs out in the middle of a campaign', () => {
  it('the sender opening the page again resumes it: nobody is mailed twice, nobody is skipped', () => {
    const emulator = mailWorkbook({ mailQuota: 7, people: 24 });
    const clock = testClock(emulator);
    expect(previewAndStart()).toMatchObject({
      ok: true,
      status: {
        state: 'paused',
        pause: 'quota',
        counts: { sent: 7, pending: 17 },
        quota: 0,
        resumesOnOpen: true,
        continueNow: false,
        mayContinue: true,
      },
    });
    // No trigger: nothing could run it without the spreadsheet.
    expect(emulator.triggers()).toEqual([]);
    // An hour later the quota has not come back: the page opens on the sending but sends nothing.
    clock.advance(3_600_000);
    expect(openPage()).toMatchObject({
      openedOn: 'M-000001',
      continued: false,
      status: { state: 'paused', pause: 'quota', quota: 0, resumesOnOpen: true },
    });
    expect(emulator.mail.outbox).toHaveLength(7);
    // The next day Mario opens the page: it sends the next seven, as Mario (his account, his quota).
    clock.advance(NEXT_DAY);
    expect(openPage()).toMatchObject({
      openedOn: 'M-000001',
      continued: true,
      status: { state: 'paused', pause: 'quota', counts: { sent: 14, pending: 10 } },
    });
    // The day after, Mario presses Continue on the page.
    clock.advance(NEXT_DAY);
    expect(main.continueCampaignMail('M-000001')).toMatchObject({
      ok: true,
      status: { state: 'paused', pause: 'quota', counts: { sent: 21, pending: 3 } },
    });
    clock.advance(NEXT_DAY);
    expect(openPage()).toMatchObject({ continued: true, status: { state: 'done' } });
    expect(statusNow()).toMatchObject({ state: 'done', counts: { sent: 24, pending: 0, unknown: 0 } });
    // Done: the page no longer opens on it.
    expect(openPage()).toEqual({ openedOn: null, continued: false, status: null });
    expect(emulator.triggers()).toEqual([]);
    expect(emulator.triggerErrors).toEqual([]);
    expect(deliveries(emulator)).toEqual(everyoneOnce(24));
    expect(new Set(emulator.mail.outbox.map((mail) => mail.from))).toEqual(new Set([MARIO]));
    const log = sendLog(emulator);
    expect(log.filter((row) => row.status === 'queued')).toHaveLength(24);
    expect(log.filter((row) => row.status === 'sent')).toHaveLength(24);
  });

  it('the sender pays the quota: anyone else opening the page neither continues it nor uses their quota', () => {
    const emulator = mailWorkbook({ mailQuota: 3, people: 5 });
    const clock = testClock(emulator);
    expect(previewAndStart()).toMatchObject({ status: { quota: 0 } });
    // The head's own quota is untouched by Mario's sending, and the head's mail does not use his.
    emulator.setActiveUser(HEAD);
    expect(main.previewCampaignMail('M-000001', {})).toMatchObject({ quota: 3 });
    expect(main.sendTestMail('M-000001', {})).toMatchObject({ ok: true, to: HEAD });
    // The next day the head opens the page: Mario's sending is shown, not theirs to continue.
    clock.advance(NEXT_DAY);
    expect(openPage()).toEqual({ openedOn: null, continued: false, status: null });
    expect(statusNow()).toMatchObject({
      state: 'paused',
      sender: MARIO,
      quota: null,
      resumesOnOpen: true,
      continueNow: false,
      mayContinue: false,
    });
    expect(main.continueCampaignMail('M-000001')).toMatchObject({ ok: false });
    expect(emulator.mail.outbox.filter((mail) => mail.to !== HEAD)).toHaveLength(3);
    // Mario opens it: the rest go from his account.
    emulator.setActiveUser(MARIO);
    expect(openPage()).toMatchObject({ continued: true, status: { state: 'done' } });
    const campaignMail = emulator.mail.outbox.filter((mail) => mail.to !== HEAD);
    expect(campaignMail.map((mail) => mail.from)).toEqual(Array(5).fill(MARIO));
    expect(new Set(campaignMail.map((mail) => mail.to)).size).toBe(5);
  });

  it('a head who stops it: the sender opening the page again mails nobody else', () => {
    const emulator = mailWorkbook({ mailQuota: 2, people: 6 });
    const clock = testClock(emulator);
    previewAndStart();
    emulator.setActiveUser(HEAD);
    expect(main.cancelCampaignMail('M-000001')).toMatchObject({ ok: true, status: { state: 'cancelled' } });
    clock.advance(NEXT_DAY);
    emulator.setActiveUser(MARIO);
    expect(openPage()).toEqual({ openedOn: null, continued: false, status: null });
    expect(statusNow()).toMatchObject({ state: 'cancelled', continueNow: false, mayContinue: false });
    expect(emulator.mail.outbox).toHaveLength(2);
  });
});

describe('the execution’s time runs out', () => {
  it('stops well inside the six minutes, and the next run sends the rest', () => {
    // MailApp taking ten seconds a message: the time budget (4.5 min) stops the run after ~26.
    const emulator = mailWorkbook({ people: 40, latencyMs: { 'MailApp.sendEmail': 10_000 } });
    testClock(emulator);
    const before = emulator.calls.modelledMs();
    const first = previewAndStart();
    // The page goes on at once, in a new execution.
    expect(first).toMatchObject({ ok: true, status: { state: 'paused', pause: 'time', continueNow: true } });
    expect(emulator.calls.modelledMs() - before).toBeLessThan(300_000);
    const sentFirst = emulator.mail.outbox.length;
    expect(sentFirst).toBeGreaterThan(20);
    expect(sentFirst).toBeLessThan(40);
    expect(openPage()).toMatchObject({ continued: true, status: { state: 'done' } });
    expect(deliveries(emulator)).toEqual(everyoneOnce(40));
  });
});

/** Positions, counted from `start`, of every MailApp.sendEmail call a clean sending makes. */
function sendPositions(people: number): { positions: number[]; total: number } {
  const emulator = mailWorkbook({ people });
  const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
  const mailApp = globalThis.MailApp;
  const positions: number[] = [];
  const start = emulator.calls.count();
  globalThis.MailApp = {
    ...mailApp,
    getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
    sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      positions.push(emulator.calls.count() - start + 1);
      mailApp.sendEmail(message);
    }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
  };
  try {
    expect(main.startCampaignMail('M-000001', {}, preview.recipientCount)).toMatchObject({ ok: true });
  } finally {
    globalThis.MailApp = mailApp;
  }
  return { positions, total: emulator.calls.count() - start };
}

/**
 * Starts the campaign with the `n`-th service call of the start failing ('cutoff': that call and
 * every later one, as in an execution Apps Script stopped), then runs it on as the person would:
 * opening the page again (which continues it once the cut-off run's claim lapsed), or a new start
 * when the first never began.
 */
function cutThenResume(people: number, n: number, mode: 'cutoff' | 'once') {
  const emulator = mailWorkbook({ people });
  const clock = testClock(emulator);
  const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
  emulator.calls.failAt(n, mode);
  try {
    main.startCampaignMail('M-000001', {}, preview.recipientCount);
  } catch {
    // Stopped before it could even answer, as Apps Script does an execution it cuts off.
  }
  const cutASend = emulator.calls.count('MailApp.sendEmail') > emulator.mail.outbox.length;
  emulator.calls.clearFault();
  for (let attempt = 0; attempt < 5; attempt++) {
    clock.advance(7 * 60_000);
    const status = main.getCampaignMailStatus('M-000001');
    const state = status.ok ? status.status?.state : undefined;
    if (state === 'done') break;
    if (state === undefined || state === 'cancelled') {
      const preview2 = main.previewCampaignMail('M-000001', {});
      if (!preview2.ok) throw new Error(`call ${n}: ${preview2.message}`);
      main.startCampaignMail('M-000001', {}, preview2.recipientCount);
    } else if (!openPage().continued) throw new Error(`call ${n}: the page did not continue it`);
  }
  return { emulator, cutASend, status: statusNow() };
}

describe('the execution is cut off', () => {
  const PEOPLE = MAIL_BLOCK + 3;
  const { positions, total } = sendPositions(PEOPLE);

  it('(the clean run the cut-offs are placed against sends each once)', () => {
    expect(positions).toHaveLength(PEOPLE);
    expect(total).toBeGreaterThan(positions[positions.length - 1] ?? 0);
  });

  // Between two messages: the first call after each one (where the run notes how far it got, or
  // the block's log is written).
  it.each(positions.map((position, index) => [index + 1, position + 1]))(
    'between message %i and the next (call %i): the next run mails everyone else, nobody twice',
    (message, n) => {
      const { emulator, cutASend, status } = cutThenResume(PEOPLE, n, 'cutoff');
      expect(cutASend).toBe(false);
      // Everyone received it exactly once: nobody twice, nobody skipped.
      expect(deliveries(emulator)).toEqual(everyoneOnce(PEOPLE));
      expect(status).toMatchObject({ state: 'done', counts: { pending: 0 } });
      // At most the message that had just gone is in doubt (the run could not note it): it is never
      // sent again by itself, and the sender, finding it in their Sent folder, notes it as sent.
      const previous = `ana${message - 1}@alpha.test`;
      expect(status.unknown.filter((email) => email !== previous)).toEqual([]);
      expect(main.resolveCampaignMail('M-000001', 'unknownWasSent')).toMatchObject({
        ok: true,
        status: { state: 'done', counts: { sent: PEOPLE, unknown: 0 } },
      });
      expect(deliveries(emulator)).toEqual(everyoneOnce(PEOPLE));
    },
  );

  it('anywhere in the start (every fourth call, and each send): nobody twice, and nobody skipped but an unknown one the person resends', () => {
    let cutSends = 0;
    // Every fourth call, and every send itself.
    const everyFourth = Array.from({ length: Math.ceil(total / 4) }, (_, i) => 1 + 4 * i);
    for (const n of [...new Set([...everyFourth, ...positions])].sort((a, b) => a - b)) {
      const { emulator, cutASend, status } = cutThenResume(PEOPLE, n, 'cutoff');
      if (cutASend) cutSends++;
      for (const count of deliveries(emulator).values()) expect(count, `call ${n}`).toBe(1);
      if (!cutASend) {
        expect(deliveries(emulator), `call ${n}`).toEqual(everyoneOnce(PEOPLE));
        expect(status.unknown.length, `call ${n}`).toBeLessThanOrEqual(1);
        continue;
      }
      // Cut during the one call that sends: that message may have gone, so it is never resent by
      // itself. The person finds it missing from their Sent folder and sends it again.
      expect(status.unknown, `call ${n}`).toHaveLength(1);
      expect(main.resolveCampaignMail('M-000001', 'resendUnknown')).toMatchObject({ ok: true });
      expect(main.continueCampaignMail('M-000001')).toMatchObject({ ok: true, status: { state: 'done' } });
      expect(deliveries(emulator), `call ${n}`).toEqual(everyoneOnce(PEOPLE));
    }
    expect(cutSends).toBe(positions.length);
  });

  it('with one failing call anywhere (a passing service error): nobody twice, nobody skipped but a failed one', () => {
    for (let n = 2; n <= total; n += 7) {
      const { emulator, status } = cutThenResume(PEOPLE, n, 'once');
      for (const count of deliveries(emulator).values()) expect(count, `call ${n}`).toBe(1);
      if (status.failed.length > 0) {
        expect(main.resolveCampaignMail('M-000001', 'resendFailed')).toMatchObject({ ok: true });
        main.continueCampaignMail('M-000001');
      }
      expect(deliveries(emulator), `call ${n}`).toEqual(everyoneOnce(PEOPLE));
    }
  });
});
