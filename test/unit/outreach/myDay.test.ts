import { describe, expect, it } from 'vitest';
import { dayToIso, parseIsoDay } from '../../../src/core/analysis/days';
import { nextContactDay, outcomeFields, proposeNextStep } from '../../../src/core/outreach/contactOutcome';
import {
  type DayContact,
  myDayOf,
  type OwnedRow,
  rowsFollowingClient,
} from '../../../src/core/outreach/myDay';
import type { SchemeContact } from '../../../src/core/outreach/schemeEnrolment';
import { schemesOf } from '../../../src/core/outreach/schemes';

const day = (iso: string) => parseIsoDay(iso) as number;
const today = day('2026-12-07');

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

describe('My day', () => {
  const owners = new Map<string, string | null>([
    ['C-1', 'ana@example.com'],
    ['C-2', 'ben@example.com'],
    ['C-3', 'Ana@Example.com'],
  ]);
  const names = new Map([
    ['C-1', 'Zamora Foods'],
    ['C-2', 'Bautista Hardware'],
    ['C-3', 'Aquino Trading'],
  ]);
  const planned = [
    contact('P-1', 'C-1', '2026-12-03'),
    contact('P-2', 'C-3', '2026-12-07'),
    contact('P-3', 'C-1', '2026-12-07'),
    contact('P-4', 'C-1', '2026-12-14'),
    // Eight days ahead: beyond the week.
    contact('P-5', 'C-1', '2026-12-15'),
    contact('P-6', 'C-2', '2026-12-07'),
    // Ben's client, but the row is Ana's own.
    contact('P-7', 'C-2', '2026-12-08', 'ana@example.com'),
  ];

  it('groups a manager’s own contacts: overdue, today, the next seven days, by date then client', () => {
    const mine = myDayOf(planned, owners, names, { email: 'ANA@example.com', covers: [] }, today);
    expect(mine.overdue.map((e) => [e.id, e.daysLate])).toEqual([['P-1', 4]]);
    // Aquino before Zamora on the same day.
    expect(mine.today.map((e) => e.id)).toEqual(['P-2', 'P-3']);
    expect(mine.ahead.map((e) => e.id)).toEqual(['P-7', 'P-4']);
    expect(mine.forOthers).toBe(0);
  });

  it('a deputy also sees the absent manager’s, marked as theirs', () => {
    const deputy = myDayOf(
      planned,
      owners,
      names,
      { email: 'ana@example.com', covers: ['ben@example.com'] },
      today,
    );
    const ben = deputy.today.find((e) => e.id === 'P-6');
    expect(ben?.forManager).toBe('ben@example.com');
    expect(deputy.today.find((e) => e.id === 'P-2')?.forManager).toBeNull();
    expect(deputy.forOthers).toBe(1);
    const benAlone = myDayOf(planned, owners, names, { email: 'ben@example.com', covers: [] }, today);
    expect([...benAlone.overdue, ...benAlone.today, ...benAlone.ahead].map((e) => e.id)).toEqual(['P-6']);
  });

  it('someone who owns nothing gets an empty day; a contact of no one’s is nobody’s', () => {
    const none = myDayOf(
      [contact('P-9', 'C-9', '2026-12-07')],
      owners,
      names,
      { email: 'ana@example.com', covers: [] },
      today,
    );
    expect(none.today).toEqual([]);
  });
});

describe('logging an outcome', () => {
  const row = { status: 'planned', plannedDay: day('2026-12-05') };

  it('done stamps the day and keeps the note; missed keeps the note', () => {
    expect(
      outcomeFields(row, { kind: 'done', note: ' Wants a quote ', rescheduleTo: null }, today, ''),
    ).toEqual({
      ok: true,
      fields: { status: 'done', doneDate: '2026-12-07', outcome: 'Wants a quote' },
    });
    expect(outcomeFields(row, { kind: 'missed', note: '', rescheduleTo: null }, today, '')).toEqual({
      ok: true,
      fields: { status: 'missed', outcome: null },
    });
  });

  it('a reschedule moves the day, says so in the outcome, and refuses a day in the past', () => {
    const moved = outcomeFields(
      row,
      { kind: 'rescheduled', note: 'On leave', rescheduleTo: day('2026-12-10') },
      today,
      'Moved from 2026-12-05.',
    );
    expect(moved).toEqual({
      ok: true,
      fields: { plannedDate: '2026-12-10', outcome: 'Moved from 2026-12-05. On leave' },
    });
    expect(
      outcomeFields(row, { kind: 'rescheduled', note: '', rescheduleTo: day('2026-12-06') }, today, 'x'),
    ).toEqual({
      ok: false,
      refusal: { field: 'rescheduleTo', reason: 'past' },
    });
    expect(
      outcomeFields(row, { kind: 'rescheduled', note: '', rescheduleTo: null }, today, 'x'),
    ).toMatchObject({
      ok: false,
      refusal: { field: 'rescheduleTo' },
    });
  });

  it('a row already done takes no second outcome', () => {
    expect(
      outcomeFields(
        { status: 'done', plannedDay: row.plannedDay },
        { kind: 'done', note: '', rescheduleTo: null },
        today,
        '',
      ),
    ).toMatchObject({
      ok: false,
      refusal: { field: 'status' },
    });
  });

  it('the client’s next contact is its earliest planned row from today on', () => {
    const rows = [
      { status: 'planned', plannedDay: day('2026-12-06') },
      { status: 'done', plannedDay: day('2026-12-08') },
      { status: 'planned', plannedDay: day('2026-12-20') },
      { status: 'planned', plannedDay: day('2026-12-09') },
    ];
    expect(dayToIso(nextContactDay(rows, today) as number)).toBe('2026-12-09');
    expect(nextContactDay(rows.slice(0, 2), today)).toBeNull();
  });
});

describe('the next step proposed', () => {
  const [scheme] = schemesOf([
    { scheme: 'Welcome', step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
    { scheme: 'Welcome', step: 2, dayOffset: 5, channel: 'email', purpose: 'Catalogue' },
    { scheme: 'Welcome', step: 3, dayOffset: 9, channel: 'meeting', purpose: 'Visit' },
  ]).schemes;
  const row = (id: string, step: number, status: SchemeContact['status']): SchemeContact => ({
    id,
    clientId: 'C-1',
    scheme: 'welcome',
    step,
    plannedDay: day('2026-12-07') + step,
    status,
    schemeStartDay: day('2026-12-07'),
    channel: 'call',
    purpose: null,
    outcome: null,
  });

  it('is the scheme’s next planned row of the client', () => {
    const contacts = [row('P-1', 1, 'done'), row('P-2', 2, 'planned'), row('P-3', 3, 'planned')];
    expect(proposeNextStep(contacts[0] as SchemeContact, scheme ?? null, contacts)).toMatchObject({
      kind: 'planned',
      contactId: 'P-2',
      step: 2,
    });
  });

  it('is the scheme’s next step when it has no row; asks after the last step, a stop, or with no scheme', () => {
    const contacts = [row('P-1', 1, 'done')];
    expect(proposeNextStep(contacts[0] as SchemeContact, scheme ?? null, contacts)).toMatchObject({
      kind: 'fromScheme',
      step: { step: 2 },
    });
    const last = [row('P-1', 1, 'done'), row('P-2', 2, 'done'), row('P-3', 3, 'done')];
    expect(proposeNextStep(last[2] as SchemeContact, scheme ?? null, last)).toEqual({ kind: 'ask' });
    const stopped = [row('P-1', 1, 'done'), row('P-2', 2, 'cancelled')];
    expect(proposeNextStep(stopped[0] as SchemeContact, scheme ?? null, stopped)).toEqual({ kind: 'ask' });
    expect(
      proposeNextStep({ id: 'P-8', clientId: 'C-1', scheme: '', step: null }, scheme ?? null, []),
    ).toEqual({ kind: 'ask' });
  });
});

describe('whose a scheme’s row is once its client changes hands', () => {
  const AT = '2026-12-01T02:00:00.000Z';
  const run = (step: number, owner: string | null, createdAt = AT): OwnedRow => ({
    id: `P-${step}`,
    clientId: 'C-1',
    scheme: 'Welcome',
    schemeStart: '2026-12-01',
    step,
    owner,
    createdAt,
  });

  it('rows still owned as the scheme planned them follow the client; one given on purpose does not', () => {
    const rows = [run(1, 'ana@example.com'), run(2, 'ana@example.com'), run(3, 'carl@example.com')];
    expect(rowsFollowingClient(rows)).toEqual(new Set(['P-1', 'P-2']));
    // A step added later by an edit, for whoever owned the client then, does not outvote the run.
    const later = [...rows, run(4, 'ben@example.com', '2026-12-05T02:00:00.000Z')];
    expect(rowsFollowingClient(later)).toEqual(new Set(['P-1', 'P-2']));
    // Rows of no scheme keep their own owner.
    expect(rowsFollowingClient([{ ...run(1, 'ana@example.com'), scheme: null }])).toEqual(new Set());
  });

  it('My day gives a following row to the client’s owner now, and any other row to its own owner', () => {
    const owners = new Map<string, string | null>([['C-1', 'ben@example.com']]);
    const names = new Map([['C-1', 'Alpha']]);
    const following = { ...contact('P-1', 'C-1', '2026-12-07', 'ana@example.com'), followsClient: true };
    const given = contact('P-3', 'C-1', '2026-12-07', 'carl@example.com');
    const of = (email: string) =>
      myDayOf([following, given], owners, names, { email, covers: [] }, today).today.map((e) => e.id);
    expect(of('ben@example.com')).toEqual(['P-1']);
    expect(of('carl@example.com')).toEqual(['P-3']);
    expect(of('ana@example.com')).toEqual([]);
  });
});

describe('an outcome keeps the row’s Outcome text', () => {
  const row = { status: 'planned', plannedDay: day('2026-12-07'), outcome: 'Bring the price list' };

  it('adds the note after it, and an empty note adds nothing', () => {
    const done = outcomeFields(row, { kind: 'done', note: 'Ordered', rescheduleTo: null }, today, '');
    expect(done).toMatchObject({ ok: true, fields: { outcome: 'Bring the price list\nOrdered' } });
    const empty = outcomeFields(row, { kind: 'missed', note: ' ', rescheduleTo: null }, today, '');
    expect(empty).toMatchObject({ ok: true, fields: { outcome: 'Bring the price list' } });
    const moved = outcomeFields(
      row,
      { kind: 'rescheduled', note: 'After 2 pm', rescheduleTo: day('2026-12-08') },
      today,
      'Moved from 2026-12-07.',
    );
    expect(moved).toMatchObject({
      ok: true,
      fields: { outcome: 'Bring the price list\nMoved from 2026-12-07. After 2 pm' },
    });
  });
});
