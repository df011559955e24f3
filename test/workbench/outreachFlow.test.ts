/**
 * Issue #13's "done when", in the workbench: Suki's bundle on the workbook `npm start` opens (the
 * default demo, dated today), called as its pages and menus call it. A manager creates an
 * interaction scheme and applies it to one segment of theirs (off weekends), sees those contacts in
 * My day and logs one, e-mails a campaign that stops at the MailApp quota and resumes from the page
 * the next day (everyone mailed once, the send log complete), works an exhibition (invitations,
 * attendance with its follow-up scheme planned once, a lead credited to the campaign) and prints
 * fax invitations; a head, in Filipino, turns the daily digest on and the next opening sends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { escapeHtml } from '../../src/core/outreach/mailMerge';
import type { Emulator } from '../../workbench/emulator';
import type { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { startWorkbench, type Workbench } from '../../workbench/server';
import { rowsByHeader } from '../support/emulatedSheets';

let workbench: Workbench;
let emulator: Emulator;
let runtime: ScriptRuntime;
/** The demo's asOf: today, as the workbench dated it. */
let asOf = '';
let manager = '';
let head = '';

type Answer = { ok: boolean; message: string };
/** A page's call through google.script.run, answered as JSON. */
const page = <T = object>(name: string, ...args: unknown[]) => runtime.call(name, args, 'page') as Answer & T;
/** A menu item: a new execution of the named function. */
const menu = (name: string) => runtime.call(name, [], 'sheets');
/** The answer, expected ok (its text shown when not). */
function ok<T extends Answer>(answer: T): T {
  expect(answer, JSON.stringify(answer).slice(0, 600)).toMatchObject({ ok: true });
  return answer;
}
const as = (email: string) => emulator.setActiveUser(email);
/** A cell's date (a Date of the script's realm, or an ISO text) as YYYY-MM-DD in the workbook's zone. */
const isoDay = (value: unknown) =>
  Object.prototype.toString.call(value) === '[object Date]'
    ? isoDateInZone(new Date((value as Date).getTime()), 'Asia/Manila')
    : String(value).slice(0, 10);
const daysAfter = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** A sheet's rows below the header, keyed by header text. */
/** A sheet's rows by header, choices read as their keys (cells show captions). */
function rows(sheet: string): Record<string, unknown>[] {
  return rowsByHeader(emulator, sheet);
}

/** The live clients of `owner` by segment, the biggest segment first. */
function segmentsOf(owner: string): [string, Record<string, unknown>[]][] {
  const bySegment = new Map<string, Record<string, unknown>[]>();
  for (const c of rows('Clients')) {
    const segment = String(c['Segment / industry']);
    if (c.Owner === owner && c['Archived at'] === '' && segment !== '')
      bySegment.set(segment, [...(bySegment.get(segment) ?? []), c]);
  }
  return [...bySegment].sort((a, b) => b[1].length - a[1].length);
}

/** The Lead sources report's "Leads" of campaign `id` (its By campaign block, columns as headed). */
function leadsOfCampaign(id: string): unknown {
  const sheet = emulator.sheetValues('Lead sources report');
  const header = sheet.find((row) => row[0] === 'ID' && row.includes('Leads')) ?? [];
  return sheet.find((row) => row[0] === id)?.[header.indexOf('Leads')];
}

const SCHEME = 'Expo follow-up';
const STEPS = [
  { step: 1, dayOffset: 0, channel: 'call', purpose: 'Thank-you call' },
  { step: 2, dayOffset: 1, channel: 'email', purpose: 'Send the catalogue' },
  { step: 3, dayOffset: 14, channel: 'meeting', purpose: 'Visit with samples' },
];
/** The scheme's rows in the Contact plan, keyed by header text. */
const schemeRows = () => rows('Contact plan').filter((row) => row.Scheme === SCHEME);
/** The mail the emulator's MailApp sent, from `index` on. */
const mailSince = (index: number) => emulator.mail.outbox.slice(index);
/** The page's invitation of the clients `filter` picks (their primary person) to campaign `id`. */
const invite = (id: string, filter: object, channel: string) =>
  ok(page<Summary>('inviteToCampaign', id, { filter, personChoice: 'primary' }, channel));
type Summary = { summary: Record<string, number> };
type Campaigns = { campaigns: { id: string; subject: string; body: string; waiting: boolean }[] };
type Invitee = { id: string; clientId: string };
type EventPage = { campaigns: { id: string }[]; invitees: Invitee[]; counts: object };

beforeAll(async () => {
  const logged: string[] = [];
  // As `npm start` does: the default demo, no options.
  workbench = await startWorkbench({ port: 0, log: (line) => logged.push(line) });
  ({ emulator, runtime } = workbench.session);
  asOf = /as of (\d{4}-\d{2}-\d{2})/.exec(logged.join('\n'))?.[1] ?? '';
  expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const team = workbench.session.team();
  manager = team.find((member) => member.role === 'manager')?.email ?? '';
  head = team.find((member) => member.role === 'head')?.email ?? '';
});

afterAll(async () => {
  await workbench?.close();
});

describe('outreach in the workbench (issue #13)', { timeout: 60_000 }, () => {
  it('a manager creates a scheme and applies it to one segment of theirs, off weekends', () => {
    as(manager);
    expect(ok(page('saveScheme', SCHEME, STEPS, null)).message).toBe(`Saved the scheme “${SCHEME}”.`);
    // One segment of theirs, from the next Friday (1 to 7 days ahead).
    const [[segment, mine] = ['', []]] = segmentsOf(manager);
    const friday = [1, 2, 3, 4, 5, 6, 7].map((n) => daysAfter(asOf, n)).find((d) => weekday(d) === 5) ?? '';
    const filter = { segments: [segment] };
    const preview = ok(page<Summary>('previewApplyScheme', SCHEME, filter, friday));
    expect(preview.summary).toMatchObject({ enrolled: mine.length, rows: 3 * mine.length, alreadyOn: 0 });
    expect(schemeRows()).toEqual([]);
    expect(ok(page('applyScheme', SCHEME, filter, friday)).message).toBe(
      `Planned ${3 * mine.length} contacts for ${mine.length} clients on “${SCHEME}”.`,
    );
    const planned = schemeRows();
    expect(new Set(planned.map((row) => row.Client))).toEqual(new Set(mine.map((c) => c.ID)));
    expect(new Set(planned.map((row) => row.Owner))).toEqual(new Set([manager]));
    // Friday, then the Saturday step moved to Monday, then a Friday two weeks on (no holidays set).
    const dates = (step: number) =>
      new Set(planned.filter((r) => r.Step === step).map((r) => isoDay(r['Planned date'])));
    expect(dates(1)).toEqual(new Set([friday]));
    expect(dates(2)).toEqual(new Set([daysAfter(friday, 3)]));
    expect(dates(3)).toEqual(new Set([daysAfter(friday, 14)]));
  });

  it('sees those contacts in My day as their dates say, logs one and is offered the next step', () => {
    as(manager);
    type Entry = { id: string; clientId: string; scheme: string | null; step: number | null; shown: object };
    const day = ok(page<Record<'overdue' | 'today' | 'ahead', Entry[]> & { asOf: string }>('getMyDay'));
    expect(day.asOf).toBe(asOf);
    const group = (id: string) =>
      (['overdue', 'today', 'ahead'] as const).find((name) => day[name].some((e) => e.id === id)) ?? 'none';
    for (const row of schemeRows()) {
      const date = isoDay(row['Planned date']);
      const expected = date === asOf ? 'today' : date <= daysAfter(asOf, 7) ? 'ahead' : 'none';
      expect(group(String(row.ID)), `${row.ID} on ${date}`).toBe(expected);
    }
    const entry = day.ahead.find((e) => e.scheme === SCHEME && e.step === 1);
    expect(entry).toBeDefined();
    const { id, clientId, shown } = entry as Entry;
    const logged = ok(
      page<{ next: object }>('logContactOutcome', id, 'done', 'Coming to the expo', null, shown),
    );
    expect(logged.message).toContain(`Logged ${id} as done.`);
    const stepTwo = schemeRows().find((row) => row.Client === clientId && row.Step === 2);
    expect(logged.next).toMatchObject({ kind: 'planned', step: 2, contactId: stepTwo?.ID });
    expect(rows('Contact plan').find((row) => row.ID === id)).toMatchObject({ Status: 'done' });
  });

  it('e-mails a campaign that stops at the quota and resumes from the page the next day', () => {
    as(manager);
    const mailPage = ok(page<Campaigns>('getCampaignMailPage'));
    const campaign = mailPage.campaigns[0];
    if (!campaign) throw new Error('the manager has no e-mail campaign in the demo');
    const template = {
      mailSubject: 'News for {{client.name}}',
      mailBody: 'Dear {{person.name|Sir or Madam}},\n\nOur new catalogue is out.\n\n{{sender.name}}',
    };
    const shown = { mailSubject: campaign.subject, mailBody: campaign.body };
    ok(page('updateRecord', 'campaigns', campaign.id, template, shown));
    // The workbench's MailApp allows 100 recipients a day per account; the manager has already
    // mailed 96 people today (their own mail), so 4 are left for the campaign.
    const quota = 4;
    for (const batch of [48, 48])
      emulator.globals.MailApp.sendEmail({
        to: Array.from({ length: batch }, (_, i) => `own${batch}-${i}@elsewhere.test`).join(','),
        subject: 'Own mail',
        body: '.',
      });
    const spent = emulator.mail.outbox.length;
    const preview = ok(
      page<{ recipientCount: number; quota: number }>('previewCampaignMail', campaign.id, {}),
    );
    expect(preview.quota).toBe(quota);
    const count = preview.recipientCount;
    expect(count).toBeGreaterThan(quota);
    const started = ok(page('startCampaignMail', campaign.id, {}, count, { throttleSeconds: '0' }));
    expect(started).toMatchObject({
      status: {
        state: 'paused',
        pause: 'quota',
        counts: { sent: quota, pending: count - quota },
        resumesOnOpen: true,
      },
    });
    // A day and a minute on the quota is back; the sender opens the page, which continues it.
    emulator.advanceClock(24 * 3_600_000 + 60_000);
    const opened = ok(page<Campaigns>('getCampaignMailPage')).campaigns.find((c) => c.waiting);
    expect(opened?.id).toBe(campaign.id);
    expect(ok(page('getCampaignMailStatus', campaign.id))).toMatchObject({ status: { continueNow: true } });
    expect(ok(page('continueCampaignMail', campaign.id, false))).toMatchObject({
      status: { state: 'done', counts: { sent: count, pending: 0, unknown: 0 } },
    });
    const mail = mailSince(spent);
    expect(mail).toHaveLength(count);
    expect(new Set(mail.map((m) => m.to)).size).toBe(count);
    expect(new Set(mail.map((m) => m.from))).toEqual(new Set([manager]));
    const log = rows('Send log').filter((row) => row.Campaign === campaign.id);
    const queued = log.filter((row) => row.Status === 'queued').map((row) => String(row['E-mail']));
    const sent = log.filter((row) => row.Status === 'sent').map((row) => String(row['E-mail']));
    expect(queued).toHaveLength(count);
    expect(sent.sort()).toEqual([...queued].sort());
    expect(new Set(sent.map((address) => address.toLowerCase()))).toEqual(
      new Set(mail.map((m) => m.to.toLowerCase())),
    );
  });

  it('runs an exhibition: invitations, attendance with its follow-up planned once, a lead credited', () => {
    as(manager);
    const expo = rows('Campaigns').find(
      (c) => c.Owner === manager && c.Channel === 'exhibition' && c.Status !== 'cancelled',
    );
    const id = String(expo?.ID);
    expect(expo).toBeDefined();
    expect(ok(page<EventPage>('getEventCampaign')).campaigns.map((c) => c.id)).toContain(id);
    // The campaign form's follow-up scheme: the new one.
    const followUp = { followUpScheme: expo?.['Follow-up scheme'] || null };
    ok(page('updateRecord', 'campaigns', id, { followUpScheme: SCHEME }, followUp));
    const segment = segmentsOf(manager)[1]?.[0] ?? ''; // not the segment the scheme was applied to
    const invited = invite(id, { segments: [segment] }, 'exhibition');
    const n = invited.summary.invited ?? 0;
    expect(n).toBeGreaterThan(1);
    expect(invited.message).toBe(`Invited ${n} to “${expo?.Name}”, each with a planned contact.`);
    const before = ok(page<EventPage>('getEventCampaign', id));
    expect(before.counts).toEqual({ invited: n, registered: 0, attended: 0, noShow: 0 });
    const [first] = before.invitees;
    const marks = [{ inviteeId: first?.id, status: 'attended' }];
    expect(ok(page('markAttendance', id, marks)).message).toBe(
      `Saved 1 changes of attendance for “${expo?.Name}”. Planned 3 follow-up contacts for 1 clients on “${SCHEME}”.`,
    );
    expect(ok(page('markAttendance', id, marks))).toMatchObject({ changed: 0, followUpRows: 0 });
    expect(schemeRows().filter((row) => row.Client === first?.clientId)).toHaveLength(3);
    expect(ok(page<EventPage>('getEventCampaign', id)).counts).toMatchObject({ invited: n - 1, attended: 1 });

    menu('reportLeadSources');
    const leadsBefore = Number(leadsOfCampaign(id) || 0);
    const lead = ok(
      page<{ clientId: string }>(
        'addLeadFromEvent',
        id,
        { name: 'Lusog & Ginhawa Pharmacy', segment, fax: '(02) 8555 0101' },
        { name: "Nena D'Souza", position: 'Owner', buyingRole: 'decisionMaker' },
      ),
    );
    expect(rows('Clients').find((c) => c.ID === lead.clientId)).toMatchObject({
      'Lead source': 'exhibition',
      'Met at campaign (ID)': id,
      Owner: manager,
    });
    // The lead is on the follow-up scheme too; the report credits it to the campaign.
    expect(schemeRows().filter((row) => row.Client === lead.clientId)).toHaveLength(3);
    menu('reportLeadSources');
    expect(leadsOfCampaign(id)).toBe(leadsBefore + 1);
  });

  it('prints fax invitations: one page per invitee, every value escaped', () => {
    as(manager);
    const fax = rows('Campaigns').find((c) => c.Owner === manager && c.Channel === 'fax');
    const id = String(fax?.ID);
    const withFax = rows('Clients').filter(
      (c) => c.Owner === manager && c.Fax !== '' && c['Archived at'] === '',
    );
    expect(withFax.map((c) => c.Name)).toContain('Lusog & Ginhawa Pharmacy');
    const clientIds = withFax.map((c) => String(c.ID));
    const invited = invite(id, { clientIds }, 'fax');
    const shown = ok(page<{ pages: number }>('showFaxInvitations', id));
    expect(shown.pages).toBe(invited.summary.invited);
    const html = emulator.ui.dialogs.at(-1)?.html ?? '';
    expect(html.match(/class="invitation"/g)).toHaveLength(shown.pages);
    const invitees = rows('Invitees').filter((row) => row['Campaign (ID)'] === id);
    for (const row of invitees) {
      const name = String(withFax.find((c) => c.ID === row.Client)?.Name);
      expect(html).toContain(escapeHtml(name));
    }
    expect(html).toContain('Lusog &amp; Ginhawa Pharmacy');
    expect(html).not.toContain('Lusog & Ginhawa');
    expect(html).toContain('Nena D&#39;Souza');
  });

  it('a head turns the daily digest on, in Filipino, and the next opening sends it once', () => {
    as(head);
    menu('useFilipino');
    menu('enableDailyDigest');
    expect(emulator.ui.alerts.at(-1)?.prompt).toMatch(/^Bukas na ang araw-araw na buod\./);
    const sentBefore = emulator.mail.outbox.length;
    as(manager);
    const { counts } = ok(page<{ counts: Record<string, number> }>('getMyDay'));
    workbench.session.open();
    expect(emulator.triggerErrors).toEqual([]);
    const digests = mailSince(sentBefore);
    expect(new Set(digests.map((m) => m.from))).toEqual(new Set([head]));
    // The head's summary in the head's Filipino; the managers' in the workbook's English.
    expect(digests.find((m) => m.to === head)?.subject).toMatch(/^Suki: ang araw ng team, /);
    // The manager's digest counts what My day shows them as overdue and today.
    expect(digests.find((m) => m.to === manager)?.subject).toMatch(
      new RegExp(
        `^Suki: your day, \\d{4}-\\d{2}-\\d{2} — ${counts.overdue} overdue, ${counts.today} today, `,
      ),
    );
    workbench.session.open();
    expect(emulator.mail.outbox).toHaveLength(sentBefore + digests.length);
  });
});
