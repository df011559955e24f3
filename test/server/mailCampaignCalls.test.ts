/**
 * What a campaign's sending costs in service calls: MailApp sends one message per call by nature,
 * and the run notes how far it got before each message (one property write: the price of never
 * mailing anyone twice); everything else — the opt-outs read, the log written — is per block of
 * ten messages, not per recipient, and the start's queue is one write whatever its size. Opening
 * the page costs the same however many e-mail campaigns there are (their runs read at once).
 */
import { describe, expect, it } from 'vitest';
import { MAIL_BLOCK } from '../../src/server/mailCampaignSend';
import * as main from '../../src/server/main';
import { MARIO, mailWorkbook, save, TEMPLATE } from './mailCampaignFixture';

/** The calls by kind of starting (and finishing) a campaign to `people` recipients. */
function sendingCalls(people: number): Record<string, number> {
  const emulator = mailWorkbook({ people });
  const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
  emulator.calls.reset();
  expect(main.startCampaignMail('M-000001', {}, preview.recipientCount)).toMatchObject({
    ok: true,
    status: { state: 'done', counts: { sent: people } },
  });
  return emulator.calls.byKind();
}

describe('the service calls of a sending', () => {
  const small = sendingCalls(MAIL_BLOCK);
  const large = sendingCalls(4 * MAIL_BLOCK);
  const extra = (kind: string) => (large[kind] ?? 0) - (small[kind] ?? 0);

  it('one MailApp call per message, and one note of the run before each', () => {
    expect(small['MailApp.sendEmail']).toBe(MAIL_BLOCK);
    expect(extra('MailApp.sendEmail')).toBe(3 * MAIL_BLOCK);
    // Per message one note, per block one more (the block written down before it is logged).
    expect(extra('Properties.setProperty')).toBe(3 * MAIL_BLOCK + 3);
  });

  it('everything else grows by block: three more blocks cost three times one block’s calls, not per row', () => {
    const kinds = new Set([...Object.keys(small), ...Object.keys(large)]);
    kinds.delete('MailApp.sendEmail');
    kinds.delete('Properties.setProperty');
    const perBlock: Record<string, number> = {};
    for (const kind of kinds) if (extra(kind) !== 0) perBlock[kind] = extra(kind) / 3;
    // Whole numbers: each extra block costs the same calls.
    for (const [kind, calls] of Object.entries(perBlock)) expect(Number.isInteger(calls), kind).toBe(true);
    const total = Object.values(perBlock).reduce((sum, calls) => sum + calls, 0);
    expect(total).toBeLessThan(MAIL_BLOCK * 4);
    expect(perBlock['Range.setValues'] ?? 0).toBeLessThanOrEqual(6);
  });
});

/** The calls of opening the E-mail campaign page (the second time) with `campaigns` e-mail campaigns. */
function pageCalls(campaigns: number): number {
  const emulator = mailWorkbook({ people: 2 });
  emulator.setActiveUser('hana.head@suki.test');
  for (let i = 1; i < campaigns; i++)
    save('campaigns', { name: `Campaign ${i}`, channel: 'email', owner: MARIO, ...TEMPLATE });
  emulator.setActiveUser(MARIO);
  // One of them has a sending (its run is read with the others).
  const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
  expect(main.startCampaignMail('M-000001', {}, preview.recipientCount)).toMatchObject({ ok: true });
  expect(main.getCampaignMailPage()).toMatchObject({ ok: true });
  emulator.calls.reset();
  const page = main.getCampaignMailPage();
  expect(page).toMatchObject({ ok: true });
  if (page.ok) {
    expect(page.campaigns).toHaveLength(campaigns);
    expect(page.campaigns.find((campaign) => campaign.id === 'M-000001')?.state).toBe('done');
  }
  return emulator.calls.count();
}

describe('the service calls of opening the E-mail campaign page', () => {
  it('are the same with 2 and 40 e-mail campaigns', () => {
    expect(pageCalls(40)).toBe(pageCalls(2));
  });
});
