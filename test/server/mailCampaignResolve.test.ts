/**
 * The sender settling a message in doubt (issue #13 review): noted as sent, the Send log's row
 * says so in the sender's language, from the catalog, like every other word Suki writes there.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Locale, translatorFor } from '../../src/core/i18n/translate';
import * as main from '../../src/server/main';
import { silenceSurvivedFailures } from '../support/quietFailures';
import { mailWorkbook, sendLog, testClock } from './mailCampaignFixture';

silenceSurvivedFailures();
afterEach(() => vi.restoreAllMocks());

/** Starts the campaign and cuts the execution off while its second message goes (it is in doubt). */
function startCutDuringSecond(emulator: ReturnType<typeof mailWorkbook>): void {
  const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
  const mailApp = globalThis.MailApp;
  let sends = 0;
  globalThis.MailApp = {
    ...mailApp,
    getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
    sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      if (++sends === 2) emulator.calls.failAt(1, 'cutoff');
      mailApp.sendEmail(message);
    }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
  };
  try {
    main.startCampaignMail('M-000001', {}, preview.recipientCount);
  } catch {
    // Cut off.
  } finally {
    globalThis.MailApp = mailApp;
    emulator.calls.clearFault();
  }
}

describe('noting a message in doubt as sent', () => {
  it.each<[Locale]>([['fil'], ['en']])('writes the log’s detail in the sender’s language (%s)', (locale) => {
    const emulator = mailWorkbook({ people: 4 });
    const clock = testClock(emulator);
    if (locale === 'fil') main.useFilipino();
    startCutDuringSecond(emulator);
    clock.advance(7 * 60_000);
    const continued = main.continueCampaignMail('M-000001');
    expect(continued).toMatchObject({ ok: true, status: { state: 'done' } });
    if (!continued.ok) return;
    expect(continued.status.unknown).toEqual(['ana1@alpha.test']);
    expect(main.resolveCampaignMail('M-000001', 'unknownWasSent')).toMatchObject({
      ok: true,
      status: { counts: { sent: 4, unknown: 0 } },
    });
    const noted = sendLog(emulator).filter((row) => row.reason === 'interrupted' && row.status === 'sent');
    expect(noted.map((row) => [row.email, row.detail])).toEqual([
      ['ana1@alpha.test', translatorFor(locale)('mail.detail.foundInSent')],
    ]);
  });
});
