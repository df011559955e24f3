/**
 * The daily digest, worked by hand: Ana has contacts, a claim and obligations of her own and covers
 * Carla, who is away; Ben has nothing and gets no mail; the head's summary has a line per manager
 * and the totals of those lines.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/core/analysis/days';
import { IssueLog } from '../../../src/core/analysis/issues';
import { CLAIM_ROWS, OBLIGATION_ROWS } from '../../../src/core/analysis/rows';
import { translatorFor } from '../../../src/core/i18n/translate';
import { type DigestInputs, dailyDigests, hasItems } from '../../../src/core/outreach/digest';
import {
  type DigestMailContext,
  headDigestMail,
  personDigestMail,
} from '../../../src/core/outreach/digestWords';
import type { DayContact } from '../../../src/core/outreach/myDay';
import type { Absence } from '../../../src/core/team/cover';
import type { TeamMember } from '../../../src/core/team/members';

const day = (iso: string) => parseIsoDay(iso) as number;
const HANA = 'hana@suki.test';
const ANA = 'ana@suki.test';
const BEN = 'ben@suki.test';
const CARLA = 'carla@suki.test';

const member = (email: string, name: string, role: TeamMember['role']): TeamMember => ({
  id: `T-${name}`,
  email,
  name,
  role,
  active: true,
});
const team = [
  member(HANA, 'Hana', 'head'),
  member(ANA, 'Ana', 'manager'),
  member(BEN, 'Ben', 'manager'),
  member(CARLA, 'Carla', 'manager'),
];
const absences: Absence[] = [
  { id: 'A-1', manager: CARLA, from: '2026-12-05', to: '2026-12-09', deputy: ANA, recordedBy: HANA },
];

function contact(id: string, clientId: string, plannedIso: string, owner: string | null = null): DayContact {
  return {
    id,
    clientId,
    plannedDay: day(plannedIso),
    owner,
    channel: 'call',
    purpose: null,
    personId: null,
    scheme: null,
    step: null,
  };
}

const clientOwners = new Map<string, string | null>([
  ['C-1', ANA],
  ['C-2', BEN],
  ['C-3', CARLA],
  ['C-4', ANA],
]);
const clientNames = new Map([
  ['C-1', 'Alpha Foods'],
  ['C-2', 'Bravo Logistics'],
  ['C-3', 'Charlie Trading'],
  ['C-4', 'Delta Hardware'],
]);

const claims = CLAIM_ROWS.read(
  [
    {
      id: 'K-1',
      clientId: 'C-1',
      receivedDate: '2026-11-20',
      slaDueDate: '2026-12-05',
      status: 'new',
      category: 'quality',
    },
    {
      id: 'K-2',
      clientId: 'C-3',
      receivedDate: '2026-11-30',
      slaDueDate: '2026-12-09',
      status: 'investigating',
      category: 'delivery',
    },
    { id: 'K-3', clientId: 'C-1', receivedDate: '2026-12-01', slaDueDate: '2026-12-20', status: 'new' },
    { id: 'K-4', clientId: 'C-1', receivedDate: '2026-11-01', slaDueDate: '2026-12-01', status: 'resolved' },
  ],
  new IssueLog(),
);
const obligations = OBLIGATION_ROWS.read(
  [
    {
      id: 'O-1',
      clientId: 'C-4',
      dueDate: '2026-12-06',
      status: 'pending',
      obligation: 'Send the price list',
    },
    { id: 'O-2', clientId: 'C-1', dueDate: '2026-12-10', status: 'pending', obligation: 'Sample delivery' },
    { id: 'O-3', clientId: 'C-1', dueDate: '2026-12-11', status: 'pending', obligation: 'Too far ahead' },
    { id: 'O-4', clientId: 'C-3', dueDate: '2026-12-01', status: 'done', obligation: 'Done already' },
  ],
  new IssueLog(),
);

const inputs: DigestInputs = {
  today: day('2026-12-07'),
  todayIso: '2026-12-07',
  team,
  absences,
  contacts: [
    contact('P-1', 'C-1', '2026-12-03'),
    contact('P-2', 'C-1', '2026-12-07'),
    contact('P-3', 'C-3', '2026-12-06'),
    contact('P-4', 'C-4', '2026-12-10'),
    contact('P-5', 'C-2', '2026-12-01', ANA),
  ],
  clientOwners,
  clientNames,
  claims,
  obligations,
  dueDays: 3,
};

const ids = (list: {
  readonly items: readonly { readonly id: string; readonly forManager: string | null }[];
}) => list.items.map((item) => (item.forManager ? `${item.id} for ${item.forManager}` : item.id));

describe('the daily digest', () => {
  const digests = dailyDigests(inputs);

  it('gives a manager with items their overdue and today’s contacts, urgent claims and obligations', () => {
    expect(digests.managers.map((d) => d.email)).toEqual([ANA]);
    const [ana] = digests.managers;
    if (!ana) throw new Error('no digest for Ana');
    expect(ids(ana.overdue)).toEqual(['P-5', 'P-1', `P-3 for ${CARLA}`]);
    expect(ids(ana.today)).toEqual(['P-2']);
    // K-1 is 2 days past its SLA, K-2 (Carla's) 2 days before it; K-3 is 13 days off, K-4 resolved.
    expect(ids(ana.claims)).toEqual(['K-1', `K-2 for ${CARLA}`]);
    expect(ana.claims.items.map((item) => item.daysLate)).toEqual([2, -2]);
    // O-1 a day overdue, O-2 due in exactly 3 days; O-3 in 4, O-4 done.
    expect(ids(ana.obligations)).toEqual(['O-1', 'O-2']);
    expect(ana.covering).toEqual([CARLA]);
  });

  it('sends nothing to a manager with nothing, nor to the one away (their deputy has their items)', () => {
    expect(digests.managers.some((d) => d.email === BEN)).toBe(false);
    expect(digests.away).toEqual([CARLA]);
  });

  it('gives each head a summary: a line per manager with cover, and totals that add the lines', () => {
    expect(digests.heads).toEqual([{ email: HANA, own: null }]);
    expect(digests.summary.lines).toEqual([
      {
        email: ANA,
        counts: { overdue: 2, today: 1, claims: 1, obligations: 2 },
        coveredBy: null,
        awayUntil: null,
      },
      {
        email: BEN,
        counts: { overdue: 0, today: 0, claims: 0, obligations: 0 },
        coveredBy: null,
        awayUntil: null,
      },
      {
        email: CARLA,
        counts: { overdue: 1, today: 0, claims: 1, obligations: 0 },
        coveredBy: ANA,
        awayUntil: '2026-12-09',
      },
    ]);
    expect(digests.summary.totals).toEqual({ overdue: 3, today: 1, claims: 2, obligations: 2 });
  });

  it('counts every item and lists the first N', () => {
    const [ana] = dailyDigests({ ...inputs, maxItems: 2 }).managers;
    expect(ana?.overdue.count).toBe(3);
    expect(ana?.overdue.items.map((item) => item.id)).toEqual(['P-5', 'P-1']);
  });

  it('gives a head who covers someone their own items too', () => {
    const headCovers = dailyDigests({
      ...inputs,
      absences: [{ ...absences[0], deputy: HANA } as Absence],
    });
    const [hana] = headCovers.heads;
    expect(hana?.own && hasItems(hana.own)).toBe(true);
    expect(hana?.own?.covering).toEqual([CARLA]);
    expect(ids(hana?.own?.overdue ?? { items: [] })).toEqual([`P-3 for ${CARLA}`]);
  });

  it('has no items when nothing is due', () => {
    const none = dailyDigests({ ...inputs, contacts: [], claims: [], obligations: [] });
    expect(none.managers).toEqual([]);
    expect(none.summary.totals).toEqual({ overdue: 0, today: 0, claims: 0, obligations: 0 });
  });
});

describe('the digest in words', () => {
  const digests = dailyDigests(inputs);
  const context = (locale: 'en' | 'fil'): DigestMailContext => ({
    t: translatorFor(locale),
    workbook: 'Book <b>',
    url: 'https://docs.google.com/spreadsheets/d/x',
    date: '2026-12-07',
    dueDays: 3,
    names: new Map(team.map((m) => [m.email, m.name])),
    sender: 'Hana (hana@suki.test)',
  });

  it('says a manager’s digest in plain text and HTML, marking the covered manager’s items', () => {
    const ana = digests.managers[0];
    if (!ana) throw new Error('no digest');
    const mail = personDigestMail(ana, context('en'));
    expect(mail.subject).toBe('Suki: your day, 2026-12-07 — 3 overdue, 1 today, 4 urgent');
    expect(mail.textBody).toContain('Overdue contacts (3)');
    expect(mail.textBody).toContain('- Charlie Trading · Call · 2026-12-06 (1 day late) — for Carla');
    expect(mail.textBody).toContain('- Charlie Trading · Delivery · 2026-12-09 (due in 2 days) — for Carla');
    expect(mail.textBody).toContain('Obligations overdue or due within 3 days (2)');
    expect(mail.textBody).toContain('You are covering for Carla today');
    expect(mail.textBody).toContain('Hana (hana@suki.test)');
    expect(mail.htmlBody).toContain('Book &lt;b&gt;');
    expect(mail.htmlBody).not.toContain('<b>');
  });

  it('escapes what the workbook holds in the HTML body', () => {
    const names = new Map(clientNames).set('C-1', '<script>alert(1)</script>');
    const [ana] = dailyDigests({ ...inputs, clientNames: names }).managers;
    if (!ana) throw new Error('no digest');
    const mail = personDigestMail(ana, context('en'));
    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.textBody).toContain('<script>alert(1)</script>');
  });

  it('says the head’s summary in both languages', () => {
    const head = digests.heads[0];
    if (!head) throw new Error('no head');
    const en = headDigestMail(digests.summary, head, context('en'));
    expect(en.subject).toBe('Suki: the team’s day, 2026-12-07 — 3 overdue, 1 today, 4 urgent');
    expect(en.textBody).toContain('- Ana: 2 overdue, 1 today, 1 claims, 2 obligations');
    expect(en.textBody).toContain(
      '- Carla: 1 overdue, 0 today, 1 claims, 0 obligations — away until 2026-12-09, covered by Ana',
    );
    expect(en.textBody).toContain('Total: 3 overdue, 1 today, 2 claims, 2 obligations');
    expect(en.textBody).toContain('- Ana covers Carla until 2026-12-09');
    const fil = headDigestMail(digests.summary, head, context('fil'));
    expect(fil.subject).toBe('Suki: ang araw ng team, 2026-12-07 — 3 lampas na, 1 ngayong araw, 4 apurahan');
    expect(fil.textBody).toContain('Si Ana ang humahalili kay Carla hanggang 2026-12-09');
  });
});
