/**
 * A campaign's sending through the built bundle (dist/Code.js; run `npm run build` first), where
 * each execution has Apps Script's six minutes on its own clock (workbench/runtime): with a pause
 * between messages the sending stops by itself inside the time and the next run sends the rest;
 * and when Apps Script stops an execution between two messages, the next run still mails everyone
 * exactly once.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../workbench/emulator';
import { ScriptRuntime, TIME_LIMIT_MESSAGE } from '../../workbench/runtime/scriptRuntime';
import { useEmulator } from '../support/emulatedSheets';
import { deliveries, HEAD, MARIO } from './mailCampaignFixture';

const CODE = resolve(import.meta.dirname, '../../dist/Code.js');
const PEOPLE = 40;

interface Answer {
  ok: boolean;
  message: string;
  recipientCount?: number;
  campaigns?: { id: string; waiting: boolean }[];
  status?: {
    state: string;
    pause: string | null;
    counts: Record<string, number>;
    unknown: string[];
    continueNow: boolean;
  };
}

/** A workbook with Mario's e-mail campaign to PEOPLE people, made through the bundle's own calls. */
function bundleWorkbook(): { emulator: Emulator; page: (name: string, ...args: unknown[]) => Answer } {
  const emulator = useEmulator({ activeUserEmail: HEAD, mailQuota: 1000 });
  const runtime = new ScriptRuntime(emulator, CODE);
  const page = (name: string, ...args: unknown[]) => runtime.call(name, args, 'page') as Answer;
  runtime.call('setUpWorkbook');
  expect(page('saveRecord', 'team', { email: MARIO, name: 'Mario Santos', role: 'manager' })).toMatchObject({
    ok: true,
  });
  expect(page('saveRecord', 'clients', { name: 'Alpha Foods', owner: MARIO })).toMatchObject({ ok: true });
  for (let i = 0; i < PEOPLE; i++) {
    const person = { clientId: 'C-000001', name: `Ana ${i}`, email: `ana${i}@alpha.test` };
    expect(page('saveRecord', 'people', person, { allowDuplicate: true })).toMatchObject({ ok: true });
  }
  const template = { mailSubject: 'News for {{client.name}}', mailBody: 'Dear {{person.name}},\n\nNews.' };
  expect(
    page('saveRecord', 'campaigns', { name: 'News', channel: 'email', owner: MARIO, ...template }),
  ).toMatchObject({
    ok: true,
  });
  emulator.setActiveUser(MARIO);
  return { emulator, page };
}

const everyoneOnce = () =>
  new Map(Array.from({ length: PEOPLE }, (_, i) => [`ana${i}@alpha.test`, 1] as const));

describe('a campaign sent through the bundle', () => {
  it('with ten seconds between messages stops inside the six minutes, and the next run sends the rest', () => {
    const { emulator, page } = bundleWorkbook();
    const preview = page('previewCampaignMail', 'M-000001', {});
    expect(preview).toMatchObject({ ok: true, recipientCount: PEOPLE });
    const first = page('startCampaignMail', 'M-000001', {}, PEOPLE, { throttleSeconds: 10 });
    expect(first).toMatchObject({ ok: true, status: { state: 'paused', pause: 'time', continueNow: true } });
    // No trigger takes it further: the sender's page does, opened again or still open.
    expect(emulator.triggers()).toEqual([]);
    expect(new ScriptRuntime(emulator, CODE).functionNames()).not.toContain('resumeCampaignMail');
    expect(page('getCampaignMailPage')).toMatchObject({ campaigns: [{ id: 'M-000001', waiting: true }] });
    const sentFirst = emulator.mail.outbox.length;
    // 4.5 minutes of ten-second pauses: about 27 messages, then it stopped by itself.
    expect(sentFirst).toBeGreaterThanOrEqual(20);
    expect(sentFirst).toBeLessThanOrEqual(28);
    expect(page('continueCampaignMail', 'M-000001')).toMatchObject({ ok: true, status: { state: 'done' } });
    expect(deliveries(emulator)).toEqual(everyoneOnce());
  });

  it('cut off by Apps Script between two messages, resumes on the next run: everyone once', () => {
    const { emulator, page } = bundleWorkbook();
    expect(page('previewCampaignMail', 'M-000001', {})).toMatchObject({ recipientCount: PEOPLE });
    // An execution stopped at one minute (as if Suki's own budget had not stopped it first), with
    // five seconds between messages: Apps Script stops it after about twelve, after a pause.
    const short = new ScriptRuntime(emulator, CODE, { executionLimitMs: 60_000 });
    expect(() =>
      short.call('startCampaignMail', ['M-000001', {}, PEOPLE, { throttleSeconds: 5 }], 'page'),
    ).toThrow(TIME_LIMIT_MESSAGE);
    const cutAt = emulator.mail.outbox.length;
    expect(cutAt).toBeGreaterThan(5);
    expect(cutAt).toBeLessThan(PEOPLE);
    // The next runs (a normal six minutes), once the stopped execution's claim has lapsed.
    emulator.advanceClock(7 * 60_000);
    const runtime = new ScriptRuntime(emulator, CODE);
    const again = (name: string, ...args: unknown[]) => runtime.call(name, args, 'page') as Answer;
    let status = again('continueCampaignMail', 'M-000001').status;
    for (let i = 0; i < 3 && status?.state !== 'done'; i++)
      status = again('continueCampaignMail', 'M-000001').status;
    expect(status).toMatchObject({ state: 'done', counts: { pending: 0 } });
    expect(deliveries(emulator)).toEqual(everyoneOnce());
    expect(status?.unknown.length).toBeLessThanOrEqual(1);
  });
});
