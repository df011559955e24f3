/**
 * Presentations, shows, exhibitions and fax campaigns (issue #13) through the server's public entry
 * points, as the sidebar calls them: inviting twice invites nobody twice, the calls do not grow with
 * the clients, attendance plans the follow-up scheme once, a lead met there is credited to the
 * campaign, fax pages escape what they print, an opted-out person is never faxed, and a manager
 * invites and marks only their own clients' people.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyseTables } from '../../src/core/analysis/fullAnalysis';
import { translate } from '../../src/core/i18n/translate';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { activeStore } from '../../src/gas/activeDocument';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, tableRows, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
const BEN = 'ben.manager@suki.test';

let emulator: Emulator;
const as = (email: string) => emulator.setActiveUser(email);

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}

/** A table's records as the store reads them (dates as ISO text), uncounted. */
const recordsOf = (key: string) =>
  emulator.uncounted(() => {
    const table = ALL_TABLES.find((candidate) => candidate.key === key);
    return table
      ? activeStore()
          .readAll(table)
          .map(({ record }) => record)
      : [];
  });
const invitees = () => recordsOf('invitees');
const contacts = () => recordsOf('contacts');

/** A team of a head and two managers, four clients with their people, and a past exhibition. */
function workbook(): void {
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('team', { email: BEN, name: 'Ben', role: 'manager' }));
  for (const [name, owner, fax] of [
    ['Alpha Foods', ANA, '+63 2 8123 4567'],
    ['Bravo Trading', ANA, ''],
    ['Charlie Mart', BEN, '(02) 8765-4321'],
    ['<script>alert(1)</script> Corp', ANA, '02 8555 0000'],
  ])
    ok(main.saveRecord('clients', { name, owner, segment: 'Retail', status: 'active', fax: fax || null }));
  for (const [index, [clientId, name, buyingRole, primary, optedOut]] of [
    ['C-000001', 'Maria Cruz', 'decisionMaker', 'yes', 'no'],
    ['C-000001', 'Jose Reyes', 'decisionMaker', 'no', 'no'],
    ['C-000002', 'Lito Lim', 'user', 'yes', 'no'],
    ['C-000003', 'Rosa Tan', 'decisionMaker', 'yes', 'no'],
    ['C-000004', '=HYPERLINK("http://evil.example","Click")', 'decisionMaker', 'yes', 'no'],
  ].entries())
    ok(
      main.saveRecord('people', { clientId, name, buyingRole, primary, optedOut, email: `p${index}@x.test` }),
    );
  ok(
    main.saveScheme(
      'After the expo',
      [
        { step: 1, dayOffset: 0, channel: 'call', purpose: 'Thank-you call' },
        { step: 2, dayOffset: 7, channel: 'meeting', purpose: 'Visit' },
      ],
      null,
    ),
  );
  ok(
    main.saveRecord('campaigns', {
      name: 'WOFEX booth',
      channel: 'exhibition',
      date: '2026-11-20',
      cost: 100_000,
      status: 'done',
      followUpScheme: 'After the expo',
    }),
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00+08:00'));
  workbook();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('inviting', () => {
  it('writes an invitee and a planned contact per person, audited once, and nobody twice', () => {
    as(ANA);
    const audited = rowsByHeader(emulator, 'Audit log').length;
    const first = ok(
      main.inviteToCampaign('M-000001', { filter: { segments: ['Retail'] }, personChoice: 'primary' }),
    );
    expect(first.summary).toMatchObject({ matched: 4, invited: 3, notYours: 1, alreadyInvited: 0 });
    expect(first.message).toBe('Invited 3 to “WOFEX booth”, each with a planned contact.');
    expect(invitees().map((r) => [r.clientId, r.personId, r.status, r.channel, r.contactId])).toEqual([
      ['C-000001', 'N-000001', 'invited', 'exhibition', 'P-000001'],
      ['C-000002', 'N-000003', 'invited', 'exhibition', 'P-000002'],
      ['C-000004', 'N-000005', 'invited', 'exhibition', 'P-000003'],
    ]);
    expect(contacts().map((r) => [r.clientId, r.personId, r.channel, r.status, r.owner, r.purpose])).toEqual([
      ['C-000001', 'N-000001', 'exhibition', 'planned', ANA, 'Invitation: WOFEX booth'],
      ['C-000002', 'N-000003', 'exhibition', 'planned', ANA, 'Invitation: WOFEX booth'],
      ['C-000004', 'N-000005', 'exhibition', 'planned', ANA, 'Invitation: WOFEX booth'],
    ]);
    const audit = rowsByHeader(emulator, 'Audit log').slice(audited);
    expect(audit.map((row) => [row.Action, row.Table, row['Record ID']])).toEqual([
      ['invite', 'invitees', 'V-000001 … V-000003'],
    ]);

    const before = [emulator.sheetValues('Invitees'), emulator.sheetValues('Contact plan')];
    const again = ok(
      main.inviteToCampaign('M-000001', { filter: { segments: ['Retail'] }, personChoice: 'decisionMakers' }),
    );
    // Only Jose, Alpha's second decision maker, is new (Bravo has none: its primary person, invited).
    expect(again.summary).toMatchObject({ invited: 1, alreadyInvited: 3 });
    expect(invitees().map((r) => r.personId)).toEqual(['N-000001', 'N-000003', 'N-000005', 'N-000002']);
    const third = ok(
      main.inviteToCampaign('M-000001', { filter: { segments: ['Retail'] }, personChoice: 'decisionMakers' }),
    );
    expect(third.summary).toMatchObject({ invited: 0, alreadyInvited: 4 });
    expect(third.message).toContain('Nobody was invited.');
    expect(invitees()).toHaveLength(4);
    expect(emulator.sheetValues('Invitees').length).toBeGreaterThan(before[0]?.length ?? 0);
  });

  it('refuses a bad request by field, writing nothing', () => {
    as(ANA);
    const before = emulator.sheetValues('Invitees');
    expect(main.inviteToCampaign('M-000404', { filter: {} })).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'campaignId' }],
    });
    expect(main.inviteToCampaign('M-000001', { filter: {}, personChoice: 'everyone' })).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'personChoice' }],
    });
    expect(main.inviteToCampaign('M-000001', { filter: {} }, 'email')).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'channel' }],
    });
    expect(main.inviteToCampaign('M-000001', { filter: { colour: ['red'] } })).toMatchObject({ ok: false });
    expect(emulator.sheetValues('Invitees')).toEqual(before);
  });

  it('lets a manager invite only their own clients’ people, and mark only theirs', () => {
    as(BEN);
    const answer = ok(main.inviteToCampaign('M-000001', { filter: { clientIds: ['C-000001'] } }));
    expect(answer.summary).toMatchObject({ matched: 1, invited: 0, notYours: 1 });
    expect(invitees()).toEqual([]);
    as(ANA);
    ok(main.inviteToCampaign('M-000001', { filter: { clientIds: ['C-000001'] } }));
    as(BEN);
    const before = emulator.sheetValues('Invitees');
    expect(main.markAttendance('M-000001', [{ inviteeId: 'V-000001', status: 'attended' }])).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'marks.0.inviteeId' }],
    });
    expect(emulator.sheetValues('Invitees')).toEqual(before);
  });
});

describe('attendance', () => {
  it('marks statuses and contacts, and plans the follow-up scheme once however often it is saved', () => {
    as(ANA);
    ok(main.inviteToCampaign('M-000001', { filter: { segments: ['Retail'] } }));
    const marks = [
      { inviteeId: 'V-000001', status: 'attended' },
      { inviteeId: 'V-000002', status: 'noShow' },
      { inviteeId: 'V-000003', status: 'registered' },
    ];
    const saved = ok(main.markAttendance('M-000001', marks));
    expect(saved.message).toBe(
      'Saved 3 changes of attendance for “WOFEX booth”. Planned 2 follow-up contacts for 1 clients on “After the expo”.',
    );
    expect(invitees().map((r) => r.status)).toEqual(['attended', 'noShow', 'registered']);
    const invitations = contacts().filter((r) => r.purpose === 'Invitation: WOFEX booth');
    expect(invitations.map((r) => [r.status, r.doneDate])).toEqual([
      ['done', '2026-11-20'],
      ['missed', null],
      ['planned', null],
    ]);
    const followUp = () => contacts().filter((r) => r.scheme === 'After the expo');
    expect(followUp().map((r) => [r.clientId, r.step, r.plannedDate, r.owner])).toEqual([
      ['C-000001', 1, '2026-12-01', ANA],
      ['C-000001', 2, '2026-12-08', ANA],
    ]);
    const again = ok(main.markAttendance('M-000001', marks));
    expect(again).toMatchObject({ changed: 0, followUpRows: 0 });
    expect(followUp()).toHaveLength(2);
    expect(ok(main.getEventCampaign('M-000001')).counts).toEqual({
      invited: 0,
      registered: 1,
      attended: 1,
      noShow: 1,
    });
    expect(main.markAttendance('M-000001', [{ inviteeId: 'V-000001', status: 'maybe' }])).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'marks.0.status' }],
    });
  });
});

describe('a lead met at the exhibition', () => {
  it('becomes a client with the campaign as its source, attended, credited in the lead-sources analysis', () => {
    as(ANA);
    const added = ok(
      main.addLeadFromEvent(
        'M-000001',
        { name: 'Delta Bakery', segment: 'Retail', phone: '0917 555 0101' },
        { name: 'Nena Bautista', position: 'Owner', buyingRole: 'decisionMaker' },
      ),
    );
    expect(added).toMatchObject({ clientId: 'C-000005', personId: 'N-000006', inviteeId: 'V-000001' });
    const client = tableRows(emulator, 'clients').find((r) => r.id === 'C-000005');
    expect(client).toMatchObject({
      leadSource: 'exhibition',
      campaignId: 'M-000001',
      owner: ANA,
      contactPerson: 'Nena Bautista',
    });
    expect(invitees()).toMatchObject([{ clientId: 'C-000005', personId: 'N-000006', status: 'attended' }]);
    expect(
      contacts()
        .filter((r) => r.clientId === 'C-000005')
        .map((r) => [r.channel, r.status, r.scheme]),
    ).toEqual([
      ['exhibition', 'done', null],
      ['call', 'planned', 'After the expo'],
      ['meeting', 'planned', 'After the expo'],
    ]);
    // Created 11 days after the campaign: the window rule would credit it too, so check a late one.
    const records = emulator.uncounted(() =>
      Object.fromEntries(
        ALL_TABLES.map((table) => [
          table.key,
          activeStore()
            .readAll(table)
            .map(({ record }) => record),
        ]),
      ),
    );
    const late = {
      ...records,
      clients: (records.clients ?? []).map((r) =>
        r.id === 'C-000005' ? { ...r, createdAt: '2027-09-01T00:00:00.000Z' } : r,
      ),
    };
    const { analysis } = analyseTables(late, '2027-09-30');
    expect(analysis.leadSources.byCampaign.find((row) => row.campaignId === 'M-000001')).toMatchObject({
      leads: 1,
      costPerLead: 100_000,
    });
    main.reportCampaigns();
    const report = emulator.sheetValues(translate('en', 'reportSheet.campaigns'));
    expect(report.some((row) => row.includes('M-000001') && row.includes(1))).toBe(true);
  });

  it('warns of a likely duplicate client and saves anyway when told, refusing bad fields by name', () => {
    as(ANA);
    const before = emulator.sheetValues('Clients');
    expect(main.addLeadFromEvent('M-000001', { name: 'Alpha Foods' }, { name: 'Pia' })).toMatchObject({
      ok: false,
      duplicates: [{ id: 'C-000001' }],
    });
    expect(main.addLeadFromEvent('M-000001', { name: 'Echo', email: 'nope' }, {})).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'client.email' }],
    });
    expect(main.addLeadFromEvent('M-000001', { name: 'Echo' }, { email: 'pia@x.test' })).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'person.name' }],
    });
    expect(emulator.sheetValues('Clients')).toEqual(before);
    ok(main.addLeadFromEvent('M-000001', { name: 'Alpha Foods' }, { name: 'Pia' }, { allowDuplicate: true }));
    expect(tableRows(emulator, 'clients')).toHaveLength(5);
  });
});

describe('fax invitations', () => {
  it('prints one escaped page per invitee invited by fax, leaving out the opted-out and those without a number', () => {
    as(ANA);
    const invited = ok(main.inviteToCampaign('M-000001', { filter: { segments: ['Retail'] } }, 'fax'));
    // Bravo has no fax number; Charlie is Ben's.
    expect(invited.summary).toMatchObject({ invited: 2, noFax: 1, notYours: 1 });
    expect(contacts().map((r) => [r.clientId, r.channel, r.plannedDate, r.status])).toEqual([
      ['C-000001', 'fax', '2026-12-01', 'planned'],
      ['C-000004', 'fax', '2026-12-01', 'planned'],
    ]);
    const shown = ok(main.showFaxInvitations('M-000001'));
    expect(shown.pages).toBe(2);
    const html = emulator.ui.dialogs.at(-1)?.html ?? '';
    expect(html.match(/class="invitation"/g)).toHaveLength(2);
    expect(html).toContain('page-break-after:always');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Corp');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)');
    expect(html).not.toContain('href="http://evil');
  });

  it('never faxes an opted-out person, at inviting or after, and sends through the gateway once', () => {
    as(HEAD);
    ok(main.updateRecord('people', 'N-000001', { optedOut: 'yes' }, { optedOut: 'no' }));
    const invited = ok(
      main.inviteToCampaign('M-000001', { filter: { clientIds: ['C-000001', 'C-000004'] } }, 'fax'),
    );
    expect(invited.summary).toMatchObject({ invited: 1, optedOut: 1 });
    expect(main.sendFaxInvitations('M-000001')).toMatchObject({ ok: true, sent: 0 });
    expect(emulator.mail.outbox).toEqual([]);
    const { values } = ok(main.getAnalysisSettings());
    expect(
      main.saveAnalysisSettings({ ...values, 'outreach.faxGateway': 'no-placeholder@fax.test' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'outreach.faxGateway' }],
    });
    ok(main.saveAnalysisSettings({ ...values, 'outreach.faxGateway': '{fax}@fax.example.com' }));
    // Opting out after the invitation: still never faxed.
    ok(main.updateRecord('people', 'N-000005', { optedOut: 'yes' }, { optedOut: 'no' }));
    const none = ok(main.sendFaxInvitations('M-000001'));
    expect(none).toMatchObject({ sent: 0 });
    expect(emulator.mail.outbox).toEqual([]);
    // A new invitee who may be faxed: sent once, its contact done.
    ok(
      main.saveRecord('people', {
        clientId: 'C-000002',
        name: 'Lita Go',
        primary: 'no',
        buyingRole: 'decisionMaker',
      }),
    );
    ok(main.updateRecord('clients', 'C-000002', { fax: '+63 2 8999 1111' }, { fax: null }));
    ok(
      main.inviteToCampaign(
        'M-000001',
        { filter: { clientIds: ['C-000002'] }, personChoice: 'decisionMakers' },
        'fax',
      ),
    );
    expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 1, failed: 0 });
    expect(emulator.mail.outbox.map((mail) => mail.to)).toEqual(['63289991111@fax.example.com']);
    expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 0 });
    expect(emulator.mail.outbox).toHaveLength(1);
    expect(contacts().find((r) => r.clientId === 'C-000002')).toMatchObject({
      status: 'done',
      doneDate: '2026-12-01',
    });
  });
});

describe('faxes through a slow gateway', () => {
  it('stop inside the six minutes, the rest planned for the next run, none sent twice, audited at the claim', () => {
    as(HEAD);
    const { values } = ok(main.getAnalysisSettings());
    ok(main.saveAnalysisSettings({ ...values, 'outreach.faxGateway': '{fax}@fax.example.com' }));
    for (let i = 0; i < 6; i += 1)
      ok(
        main.saveRecord('clients', {
          name: `Fax Buyer ${i}`,
          owner: ANA,
          segment: 'Wholesale',
          status: 'active',
          fax: `+63 2 8000 10${i}0`,
        }),
      );
    expect(
      ok(main.inviteToCampaign('M-000001', { filter: { segments: ['Wholesale'] } }, 'fax')).summary,
    ).toMatchObject({ invited: 6 });
    // Each message takes the gateway 100 s: three go inside the 4.5-minute budget.
    const realNow = Date.now.bind(Date);
    let shift = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + shift);
    const mailApp = globalThis.MailApp;
    globalThis.MailApp = {
      ...mailApp,
      getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
      sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
        shift += 100_000;
        mailApp.sendEmail(message);
      }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
    };
    const audited = rowsByHeader(emulator, 'Audit log').length;
    try {
      expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 3, failed: 0, left: 3 });
      const statuses = contacts()
        .filter((r) => r.channel === 'fax')
        .map((r) => r.status);
      expect(statuses.filter((status) => status === 'done')).toHaveLength(3);
      expect(statuses.filter((status) => status === 'planned')).toHaveLength(3);
      const entries = rowsByHeader(emulator, 'Audit log').slice(audited);
      expect(entries.map((r) => r.Action)).toEqual(['faxGateway', 'faxGateway']);
      expect(JSON.parse(String(entries[0]?.After))).toMatchObject({ claimed: 6 });
      expect(JSON.parse(String(entries[1]?.After))).toMatchObject({ sent: 3, failed: 0, left: 3 });
      expect(ok(main.sendFaxInvitations('M-000001'))).toMatchObject({ sent: 3, left: 0 });
    } finally {
      globalThis.MailApp = mailApp;
      clock.mockRestore();
    }
    const sentTo = emulator.mail.outbox.map((mail) => mail.to);
    expect(sentTo).toHaveLength(6);
    expect(new Set(sentTo).size).toBe(6);
    expect(contacts().filter((r) => r.channel === 'fax' && r.status !== 'done')).toEqual([]);
  });
});

/** Writes `count` clients of ANA's in the Retail segment straight into the sheet (uncounted). */
function seedClients(count: number): void {
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Clients') as GoogleAppsScript.Spreadsheet.Sheet;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const at = (label: string) => header.indexOf(label);
    sheet.insertRowsAfter(sheet.getMaxRows(), count + 100);
    const rows = Array.from({ length: count }, (_, i) => {
      const row: unknown[] = new Array(header.length).fill('');
      row[at('ID')] = `C-${String(i + 10).padStart(6, '0')}`;
      row[at('Name')] = `Seeded client ${i + 1}`;
      row[at('Status')] = 'active';
      row[at('Segment / industry')] = 'Wholesale';
      row[at('Owner')] = ANA;
      return row;
    });
    sheet.getRange(sheet.getLastRow() + 1, 1, count, header.length).setValues(rows);
    for (const name of ['Contact plan', 'Invitees']) {
      const other = emulator.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
      other.insertRowsAfter(other.getMaxRows(), count + 100);
    }
  });
}

describe('the service calls of inviting', () => {
  it('are the same for 20 and 1,000 clients', () => {
    const counts: Record<string, number>[] = [];
    for (const size of [20, 1_000]) {
      workbook();
      seedClients(size);
      as(ANA);
      emulator.calls.reset();
      const invited = ok(main.inviteToCampaign('M-000001', { filter: { segments: ['Wholesale'] } }));
      expect(invited.summary).toMatchObject({ invited: size });
      counts.push({ total: emulator.calls.count(), ...emulator.calls.byKind() });
      emulator.calls.reset();
      ok(main.inviteToCampaign('M-000001', { filter: { segments: ['Wholesale'] } }));
      counts.push({ again: emulator.calls.count() });
    }
    console.info('invite calls, 20 vs 1,000 clients:', JSON.stringify(counts));
    expect(counts[2]).toEqual(counts[0]);
    expect(counts[3]).toEqual(counts[1]);
  });
});
