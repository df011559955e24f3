/**
 * Fax invitations through the e-mail-to-fax gateway (issue #13): the workbook's one opt-out list
 * (an opt-out on an archived People record counts, as it does for e-mail), and the note a manager
 * typed on the invitation's contact row kept through the claim, a refusal and a run out of time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';
import { silenceSurvivedFailures } from '../support/quietFailures';

silenceSurvivedFailures();

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}
const contact = (id: string) => tableRows(emulator, 'contacts').find((row) => row.id === id);

/** Ana's clients with fax numbers, a fax campaign of hers, and a gateway in the settings. */
function workbook(clients: readonly string[]): void {
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila', mailQuota: 100 });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  clients.forEach((name, i) => {
    ok(main.saveRecord('clients', { name, owner: ANA, segment: 'Retail', fax: `+63 2 8123 45${i}` }));
  });
  ok(main.saveRecord('campaigns', { name: 'Price list', channel: 'fax', owner: ANA, status: 'planned' }));
  const { values } = ok(main.getAnalysisSettings());
  ok(main.saveAnalysisSettings({ ...values, 'outreach.faxGateway': '{fax}@fax.example.com' }));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00+08:00'));
});
afterEach(() => vi.useRealTimers());

describe('an opt-out on an archived record', () => {
  it('keeps the person from being faxed, as it keeps them from being e-mailed', () => {
    workbook(['Alpha Foods', 'Bravo Trading']);
    // Maria opted out on her first record, which was later archived as a duplicate of her new one.
    const maria = { clientId: 'C-000001', name: 'Maria Cruz', email: 'maria@alpha.test' };
    ok(main.saveRecord('people', { ...maria, optedOut: 'yes', primary: 'no' }, { allowDuplicate: true }));
    ok(main.archiveRecord('people', 'N-000001'));
    ok(
      main.saveRecord(
        'people',
        { ...maria, email: 'Maria@Alpha.test', primary: 'yes' },
        { allowDuplicate: true },
      ),
    );
    const lito = { clientId: 'C-000002', name: 'Lito Lim', email: 'lito@bravo.test' };
    ok(main.saveRecord('people', { ...lito, primary: 'yes' }));
    emulator.setActiveUser(ANA);
    const invited = ok(
      main.inviteToCampaign('M-000001', { filter: { clientIds: ['C-000001', 'C-000002'] } }, 'fax'),
    );
    expect(invited.summary).toMatchObject({ invited: 1, optedOut: 1 });
    // Lito's opt-out arrives after his invitation, on a record archived since: still never faxed.
    emulator.setActiveUser(HEAD);
    const copy = ok(
      main.saveRecord('people', { ...lito, optedOut: 'yes', primary: 'no' }, { allowDuplicate: true }),
    );
    ok(main.archiveRecord('people', copy.id));
    emulator.setActiveUser(ANA);
    expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 0 });
    expect(emulator.mail.outbox).toEqual([]);
  });
});

describe('a fax invitation sent through the gateway', () => {
  const NOTE = 'Attention: purchasing, 2nd floor; Maria asked for the Tagalog price list';

  /** Invites Alpha and Bravo by fax; Ana types a note on Alpha's invitation row. */
  function invitedWithNote(): void {
    workbook(['Alpha Foods', 'Bravo Trading']);
    emulator.setActiveUser(ANA);
    ok(main.inviteToCampaign('M-000001', { filter: { clientIds: ['C-000001', 'C-000002'] } }, 'fax'));
    ok(main.updateRecord('contacts', 'P-000001', { outcome: NOTE }, { outcome: null }));
  }

  it('keeps the note the manager typed on its contact row, Suki’s words after it', () => {
    invitedWithNote();
    expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 2 });
    expect(contact('P-000001')).toMatchObject({
      status: 'done',
      outcome: `${NOTE}\nSent through the e-mail-to-fax gateway.`,
    });
    expect(contact('P-000002')).toMatchObject({
      status: 'done',
      outcome: 'Sent through the e-mail-to-fax gateway.',
    });
  });

  it('keeps it through a refusal and the resend, Suki’s words never piling up', () => {
    invitedWithNote();
    const mailApp = globalThis.MailApp;
    globalThis.MailApp = {
      ...mailApp,
      sendEmail: (() => {
        throw new Error('Gateway busy');
      }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
    };
    try {
      expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 0, failed: 2 });
    } finally {
      globalThis.MailApp = mailApp;
    }
    const refused = 'The fax gateway refused it; try again or fax it by hand.';
    expect(contact('P-000001')).toMatchObject({ status: 'planned', outcome: `${NOTE}\n${refused}` });
    expect(contact('P-000002')).toMatchObject({ status: 'planned', outcome: refused });
    expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 2, failed: 0 });
    expect(contact('P-000001')).toMatchObject({
      status: 'done',
      outcome: `${NOTE}\nSent through the e-mail-to-fax gateway.`,
    });
    expect(contact('P-000002')).toMatchObject({ outcome: 'Sent through the e-mail-to-fax gateway.' });
  });

  it('puts the note back as it was on a fax the run had no time to send', () => {
    invitedWithNote();
    // The first message takes the gateway past the run's time budget: the second is not sent.
    const realNow = Date.now.bind(Date);
    let shift = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + shift);
    const mailApp = globalThis.MailApp;
    globalThis.MailApp = {
      ...mailApp,
      sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
        shift += 300_000;
        mailApp.sendEmail(message);
      }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
    };
    try {
      expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 1, left: 1 });
    } finally {
      globalThis.MailApp = mailApp;
      clock.mockRestore();
    }
    // Alpha's (with the note) went first; Bravo's is planned again with nothing of Suki's on it.
    expect(contact('P-000001')).toMatchObject({
      status: 'done',
      outcome: `${NOTE}\nSent through the e-mail-to-fax gateway.`,
    });
    expect(contact('P-000002')).toMatchObject({ status: 'planned', outcome: '' });
  });
});

describe('the service calls of sending faxes', () => {
  it('are the same for 2 and 12 invitations without notes, but one MailApp call a fax', () => {
    const counts: Record<string, number>[] = [];
    for (const size of [2, 12]) {
      const names = Array.from({ length: size }, (_, i) => `Client ${i + 1}`);
      workbook(names);
      emulator.setActiveUser(ANA);
      ok(main.inviteToCampaign('M-000001', { filter: { segments: ['Retail'] } }, 'fax'));
      emulator.calls.reset();
      expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: size });
      counts.push(emulator.calls.byKind());
    }
    const [small = {}, large = {}] = counts;
    const sheetCalls = (byKind: Record<string, number>) =>
      Object.entries(byKind).filter(([kind]) => !kind.startsWith('MailApp.sendEmail'));
    expect(sheetCalls(large)).toEqual(sheetCalls(small));
    expect(Object.keys(small).some((kind) => kind.startsWith('MailApp.sendEmail'))).toBe(true);
  });
});
