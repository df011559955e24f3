/**
 * E-mailing a campaign (issue #13) as a person does it, on the emulator: the preview writes and
 * sends nothing and shows the messages exactly as they go out; bad input is refused naming the field;
 * the count confirmed must still hold; a test goes to oneself; an opted-out address is never mailed,
 * whatever the filter and whoever sends; merge data arrives escaped in the mail and as text in the log;
 * rights come before the filter.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader } from '../support/emulatedSheets';
import {
  deliveries,
  HEAD,
  LIZA,
  MARIO,
  mailWorkbook,
  previewAndStart,
  save,
  sendLog,
  TEMPLATE,
} from './mailCampaignFixture';

/** Every sheet's values, the document properties and the outbox: what a call must leave alone. */
function everything(emulator: Emulator) {
  return emulator.uncounted(() => ({
    sheets: emulator.spreadsheet.getSheets().map((sheet) => emulator.sheetValues(sheet.getName())),
    properties: emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
    outbox: emulator.mail.outbox.length,
    triggers: emulator.triggers().length,
  }));
}

describe('the preview', () => {
  it('counts the recipients, says who is skipped and why, shows the quota, and writes and sends nothing', () => {
    const emulator = mailWorkbook();
    save('people', { clientId: 'C-000001', name: 'Opted Out', email: 'out@alpha.test', optedOut: 'yes' });
    save('people', { clientId: 'C-000001', name: 'Left Already', email: 'left@alpha.test', status: 'left' });
    save('people', { clientId: 'C-000003', name: 'No Address' });
    save('people', { clientId: 'C-000003', name: 'Same Ana', email: 'ANA0@alpha.test' });
    const before = everything(emulator);
    const preview = main.previewCampaignMail('M-000001', {});
    expect(preview).toMatchObject({
      ok: true,
      recipientCount: 4,
      notYours: 1,
      quota: 1000,
      status: null,
      skipped: [
        { reason: 'optedOut', label: 'Opted out of mail', count: 1 },
        { reason: 'left', label: 'No longer at the client', count: 1 },
        { reason: 'noEmail', label: 'No e-mail address', count: 1 },
        { reason: 'sameAddress', label: 'Same address as another person (one message each)', count: 1 },
      ],
    });
    expect(everything(emulator)).toEqual(before);
  });

  it('shows the first three messages exactly as they then arrive', () => {
    const emulator = mailWorkbook();
    const preview = main.previewCampaignMail('M-000001', {});
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.messages).toHaveLength(3);
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done' } });
    for (const message of preview.messages) {
      const arrived = emulator.mail.outbox.find((mail) => mail.to === message.to);
      expect(arrived).toMatchObject({
        subject: message.subject,
        body: message.textBody,
        htmlBody: message.htmlBody,
        from: MARIO,
        name: 'Mario Santos',
        replyTo: MARIO,
      });
    }
    expect(preview.messages[0]?.subject).toBe('News for Alpha Foods');
    expect(preview.messages[0]?.textBody).toContain('Dear Ana 0,');
    expect(preview.messages[0]?.textBody).toContain('reply with “unsubscribe”');
  });

  it('speaks the opt-out line in the reader’s language', () => {
    const emulator = mailWorkbook();
    save('people', { clientId: 'C-000001', name: 'Lorna Cruz', email: 'lorna@alpha.test', language: 'fil' });
    previewAndStart();
    const lorna = emulator.mail.outbox.find((mail) => mail.to === 'lorna@alpha.test');
    expect(lorna?.body).toContain('sumagot ng “unsubscribe”');
    expect(emulator.mail.outbox.find((mail) => mail.to === 'ana0@alpha.test')?.body).toContain(
      'reply with “unsubscribe”',
    );
  });
});

describe('bad input is refused naming the field, with nothing written or sent', () => {
  it('a merge field Suki does not know, a field never closed, an empty subject', () => {
    const emulator = mailWorkbook();
    const cases: [Record<string, string>, string][] = [
      [{ mailBody: 'Dear {{person.nmae}}' }, 'E-mail text: Suki has no merge field {{person.nmae}}.'],
      [
        { mailSubject: 'Hi {{client.name' },
        'E-mail subject: a merge field is not closed with }}: “{{client.name”.',
      ],
      [{ mailSubject: '' }, 'E-mail subject: write something first.'],
    ];
    for (const [changes, message] of cases) {
      emulator.setActiveUser(MARIO);
      const { record } = main.getRecord('campaigns', 'M-000001') as { record: Record<string, unknown> };
      const shown = { mailSubject: record.mailSubject, mailBody: record.mailBody };
      expect(main.updateRecord('campaigns', 'M-000001', { ...TEMPLATE, ...changes }, shown)).toMatchObject({
        ok: true,
      });
      const before = everything(emulator);
      expect(main.previewCampaignMail('M-000001', {})).toMatchObject({ ok: false, message });
      expect(main.sendTestMail('M-000001', {})).toMatchObject({ ok: false, message });
      expect(main.startCampaignMail('M-000001', {}, 4)).toMatchObject({ ok: false, message });
      expect(everything(emulator)).toEqual(before);
    }
  });

  it('a filter field Suki does not know, a value not among its choices, a pause out of range', () => {
    const emulator = mailWorkbook();
    const before = everything(emulator);
    expect(main.previewCampaignMail('M-000001', { region: ['NCR'] })).toMatchObject({
      ok: false,
      message: 'Who receives it: Suki has no filter “region”.',
    });
    expect(main.startCampaignMail('M-000001', { tier: ['huge'] }, 4)).toMatchObject({
      ok: false,
      message: 'Who receives it — Tier: “huge” is not one of its values.',
    });
    expect(main.startCampaignMail('M-000001', {}, 4, { throttleSeconds: 60 })).toMatchObject({
      ok: false,
      message: 'Pause between messages (seconds): a whole number from 0 to 10.',
    });
    expect(main.startCampaignMail('M-000001', {}, '4')).toMatchObject({ ok: false });
    expect(
      main.previewCampaignMail('M-000001', JSON.parse('{"constructor":["x"],"__proto__":["y"]}')),
    ).toMatchObject({
      ok: false,
      message: 'Who receives it: Suki has no filter “constructor”.',
    });
    expect(everything(emulator)).toEqual(before);
  });

  it('a start whose audience changed since the preview', () => {
    const emulator = mailWorkbook();
    const preview = main.previewCampaignMail('M-000001', {}) as { recipientCount: number };
    save('people', { clientId: 'C-000001', name: 'New Person', email: 'new@alpha.test' });
    const before = everything(emulator);
    expect(main.startCampaignMail('M-000001', {}, preview.recipientCount)).toMatchObject({
      ok: false,
      message: 'The audience changed since the preview: it is now 5 people (you confirmed 4). Preview again.',
    });
    expect(everything(emulator)).toEqual(before);
  });

  it('a campaign that is not an e-mail campaign, or another manager’s', () => {
    const emulator = mailWorkbook();
    emulator.setActiveUser(HEAD);
    save('campaigns', { name: 'Fax blast', channel: 'fax', owner: MARIO });
    save('campaigns', { name: 'Liza’s news', channel: 'email', owner: LIZA, ...TEMPLATE });
    emulator.setActiveUser(MARIO);
    expect(main.previewCampaignMail('M-000002', {})).toMatchObject({
      ok: false,
      message: 'The campaign “Fax blast” is not an e-mail campaign (its channel).',
    });
    expect(main.previewCampaignMail('M-000003', {})).toMatchObject({
      ok: false,
      message: `The campaign “Liza’s news” is ${LIZA}’s: only they, their deputy or a head can send it.`,
    });
  });
});

describe('a test message', () => {
  it('goes to the caller alone, marked as a test, and is not logged', () => {
    const emulator = mailWorkbook();
    expect(main.sendTestMail('M-000001', {})).toMatchObject({
      ok: true,
      to: MARIO,
      message: `A test message was sent to ${MARIO}.`,
    });
    expect(emulator.mail.outbox.map((mail) => [mail.to, mail.subject])).toEqual([
      [MARIO, '[Test] News for Alpha Foods'],
    ]);
    expect(sendLog(emulator)).toEqual([]);
  });
});

describe('the opt-out list is the workbook’s', () => {
  it('an opted-out address is never mailed, whatever the filter and whoever sends (a head too)', () => {
    const emulator = mailWorkbook();
    // Ana 0 opted out on a record at Liza's client: the same address at Mario's is opted out too.
    emulator.setActiveUser(HEAD);
    save('people', { clientId: 'C-000002', name: 'Ana at Bravo', email: 'ANA0@alpha.test', optedOut: 'yes' });
    save('campaigns', { name: 'Head’s news', channel: 'email', owner: HEAD, ...TEMPLATE });
    const filters = [
      {},
      { segment: ['Food'] },
      { tier: ['key'] },
      { buyingRole: ['other'] },
      { owner: [MARIO] },
    ];
    for (const filter of filters) {
      const preview = main.previewCampaignMail('M-000002', filter) as { messages: readonly { to: string }[] };
      expect(preview.messages.map((m) => m.to)).not.toContain('ana0@alpha.test');
    }
    expect(previewAndStart({}, 'M-000002')).toMatchObject({ ok: true, status: { state: 'done' } });
    emulator.setActiveUser(MARIO);
    expect(previewAndStart({ segment: ['Food'] })).toMatchObject({ ok: true });
    expect(deliveries(emulator).get('ana0@alpha.test')).toBeUndefined();
    expect(deliveries(emulator).get('ben@bravo.test')).toBe(1);
    expect(
      sendLog(emulator)
        .filter((row) => row.email === 'ana0@alpha.test')
        .map((row) => row.reason),
    ).toEqual(['optedOut', 'optedOut']);
  });

  it('an opt-out typed while a campaign waits for its quota is honoured when it goes on', () => {
    const emulator = mailWorkbook({ mailQuota: 2 });
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'paused', pause: 'quota' } });
    const next = sendLog(emulator).find(
      (row) => row.status === 'queued' && !deliveries(emulator).has(String(row.email)),
    );
    const person = rowsByHeader(emulator, 'People').findIndex((row) => row['E-mail'] === next?.email);
    const column = (emulator.sheetValues('People')[0] ?? []).indexOf('Opted out of mail') + 1;
    expect(emulator.personEdit('People', person + 2, column, 'Yes')).toMatchObject({ accepted: true });
    emulator.advanceClock(24 * 3_600_000);
    expect(main.continueCampaignMail('M-000001')).toMatchObject({ ok: true });
    expect(deliveries(emulator).has(String(next?.email))).toBe(false);
    expect(
      sendLog(emulator)
        .filter((row) => row.email === next?.email)
        .map((row) => [row.status, row.reason]),
    ).toEqual([
      ['queued', ''],
      ['skipped', 'optedOut'],
    ]);
  });
});

describe('merge data', () => {
  it('arrives escaped and inert: <script> and =HYPERLINK(...) in the mail’s HTML, as text in the log', () => {
    const emulator = mailWorkbook({ people: 0 });
    emulator.setActiveUser(HEAD);
    save('clients', { name: '<script>alert("x")</script>', owner: MARIO });
    save('people', {
      clientId: 'C-000004',
      name: '=HYPERLINK("http://evil.test","Click")',
      email: 'eve@evil.test',
    });
    emulator.setActiveUser(MARIO);
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done', counts: { sent: 1 } } });
    const [mail] = emulator.mail.outbox;
    expect(mail?.htmlBody).toContain('Dear =HYPERLINK(&quot;http://evil.test&quot;,&quot;Click&quot;),');
    expect(mail?.htmlBody).not.toMatch(/<script|<a /i);
    expect(mail?.subject).toBe('News for <script>alert("x")</script>');
    const log = emulator.spreadsheet.getSheetByName('Send log') as GoogleAppsScript.Spreadsheet.Sheet;
    const formulas = emulator.uncounted(() => log.getDataRange().getFormulas());
    expect(formulas.flat().filter((formula) => formula !== '')).toEqual([]);
    expect(sendLog(emulator).map((row) => [row.name, row.status, row.subject])).toEqual([
      ['=HYPERLINK("http://evil.test","Click")', 'queued', ''],
      ['=HYPERLINK("http://evil.test","Click")', 'sent', 'News for <script>alert("x")</script>'],
    ]);
  });
});

describe('rights', () => {
  it('a manager’s audience is their clients’ people; a head’s is everyone’s', () => {
    const emulator = mailWorkbook();
    expect(main.previewCampaignMail('M-000001', { owner: [LIZA] })).toMatchObject({
      ok: true,
      recipientCount: 0,
      notYours: 1,
    });
    emulator.setActiveUser(HEAD);
    expect(main.previewCampaignMail('M-000001', {})).toMatchObject({
      ok: true,
      recipientCount: 5,
      notYours: 0,
    });
  });

  it('a deputy reaches the people of the absent manager’s clients, for the days of the absence', () => {
    const emulator = mailWorkbook();
    emulator.setActiveUser(HEAD);
    // From yesterday to tomorrow: today in the spreadsheet's zone, whatever the machine's.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    save('absences', { manager: LIZA, from: day(-1), to: day(1), reason: 'vacation', deputy: MARIO });
    emulator.setActiveUser(MARIO);
    expect(main.previewCampaignMail('M-000001', { owner: [LIZA] })).toMatchObject({
      ok: true,
      recipientCount: 1,
      notYours: 0,
    });
  });

  it('an e-mail Google did not confirm may not send', () => {
    const emulator = mailWorkbook();
    emulator.setActiveUser('');
    emulator.ui.queuePromptResponse(MARIO);
    main.tellSukiWhoYouAre();
    expect(main.previewCampaignMail('M-000001', {})).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^E-mail campaigns need Google to confirm who you are/),
    });
    expect(emulator.mail.outbox).toEqual([]);
  });

  it('only the sender continues a sending; a head may stop it', () => {
    const emulator = mailWorkbook({ mailQuota: 2 });
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'paused' } });
    emulator.setActiveUser(HEAD);
    expect(main.continueCampaignMail('M-000001')).toMatchObject({
      ok: false,
      message: `This campaign is being sent from ${MARIO}’s account: only they can continue it.`,
    });
    expect(main.cancelCampaignMail('M-000001')).toMatchObject({ ok: true, status: { state: 'cancelled' } });
    emulator.setActiveUser(MARIO);
    emulator.advanceClock(24 * 3_600_000);
    expect(main.continueCampaignMail('M-000001')).toMatchObject({ ok: true, status: { state: 'cancelled' } });
    expect(emulator.mail.outbox).toHaveLength(2);
  });
});

describe('sending a campaign again', () => {
  it('is refused while it is under way, and once done mails only the people it has not reached', () => {
    const emulator = mailWorkbook({ mailQuota: 3 });
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'paused' } });
    expect(main.startCampaignMail('M-000001', {}, 1)).toMatchObject({
      ok: false,
      message: 'The campaign “New catalogue” is already being sent: continue or stop that sending first.',
    });
    emulator.advanceClock(24 * 3_600_000);
    expect(main.continueCampaignMail('M-000001')).toMatchObject({ ok: true, status: { state: 'done' } });
    save('people', { clientId: 'C-000001', name: 'Newcomer', email: 'new@alpha.test' });
    expect(main.previewCampaignMail('M-000001', {})).toMatchObject({ recipientCount: 1 });
    expect(previewAndStart()).toMatchObject({ ok: true, status: { state: 'done' } });
    expect([...deliveries(emulator).values()]).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('the permission to send e-mail', () => {
  it('is needed for every step; without it Suki says so, and nothing is written or sent', () => {
    const manifest = mailWorkbook().grantedScopes ?? [];
    const emulator = mailWorkbook({
      oauthScopes: manifest.filter((scope) => !scope.endsWith('script.send_mail')),
    });
    const before = everything(emulator);
    const refusal = {
      ok: false,
      message: expect.stringMatching(/^Suki does not have your permission to send e-mail as you/),
    };
    expect(main.getCampaignMailPage()).toMatchObject(refusal);
    expect(main.previewCampaignMail('M-000001', {})).toMatchObject(refusal);
    expect(main.sendTestMail('M-000001', {})).toMatchObject(refusal);
    expect(main.startCampaignMail('M-000001', {}, 4)).toMatchObject(refusal);
    expect(everything(emulator)).toEqual(before);
  });
});
