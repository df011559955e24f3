import { describe, expect, it } from 'vitest';
import { dayToIso, parseIsoDay } from '../../../src/core/analysis/days';
import { enrolClients, type SchemeContact } from '../../../src/core/outreach/schemeEnrolment';
import { rowsToCancelOnStop, schemeStopFor } from '../../../src/core/outreach/schemeStops';
import { schemeKey, schemesOf } from '../../../src/core/outreach/schemes';
import { schemeUpdate } from '../../../src/core/outreach/schemeUpdates';
import {
  DEFAULT_WORK_CALENDAR,
  nextWorkingDay,
  weekdayOf,
  workCalendar,
} from '../../../src/core/outreach/workCalendar';
import type { TableRecord } from '../../../src/core/tables/tableSpec';

const day = (iso: string) => parseIsoDay(iso) as number;
const iso = (d: number) => dayToIso(d);

const welcome: TableRecord[] = [
  {
    id: 'S-000001',
    scheme: 'New client welcome',
    step: 1,
    dayOffset: 0,
    channel: 'call',
    purpose: 'Welcome call',
  },
  {
    id: 'S-000002',
    scheme: 'new client  welcome ',
    step: 3,
    dayOffset: 14,
    channel: 'meeting',
    purpose: 'Visit',
    stopWhen: 'dealWon',
  },
  {
    id: 'S-000003',
    scheme: 'New client welcome',
    step: 2,
    dayOffset: 5,
    channel: 'email',
    purpose: 'Catalogue',
    stopWhen: 'reached',
  },
];

function welcomeScheme() {
  const { schemes, problems } = schemesOf(welcome);
  expect(problems).toEqual([]);
  const [scheme] = schemes;
  if (!scheme) throw new Error('no scheme');
  return scheme;
}

describe('the work calendar', () => {
  it('knows weekdays from day numbers (2026-12-05 is a Saturday)', () => {
    expect(weekdayOf(day('2026-12-05'))).toBe(6);
    expect(weekdayOf(day('2026-12-06'))).toBe(0);
    expect(weekdayOf(day('1969-12-31'))).toBe(3);
  });

  it('moves a day off the weekend and the holidays to the next working day', () => {
    expect(iso(nextWorkingDay(day('2026-12-05'), DEFAULT_WORK_CALENDAR))).toBe('2026-12-07');
    expect(iso(nextWorkingDay(day('2026-12-04'), DEFAULT_WORK_CALENDAR))).toBe('2026-12-04');
    // Rizal Day (Wednesday 30 December) and New Year's Eve as holidays.
    const company = workCalendar([0, 6], [day('2026-12-30'), day('2026-12-31'), day('2027-01-01')]);
    expect(iso(nextWorkingDay(day('2026-12-30'), company))).toBe('2027-01-04');
  });

  it('a calendar with every day off gives the day back rather than looping', () => {
    const never = workCalendar([0, 1, 2, 3, 4, 5, 6], []);
    expect(iso(nextWorkingDay(day('2026-12-05'), never))).toBe('2026-12-05');
  });
});

describe('schemes from the Schemes sheet', () => {
  it('groups steps by name, case- and space-blind, in step order', () => {
    const scheme = welcomeScheme();
    expect(scheme.name).toBe('New client welcome');
    expect(scheme.key).toBe(schemeKey(' NEW client   welcome'));
    expect(scheme.steps.map((s) => [s.step, s.dayOffset, s.channel, s.stopWhen])).toEqual([
      [1, 0, 'call', null],
      [2, 5, 'email', 'reached'],
      [3, 14, 'meeting', 'dealWon'],
    ]);
  });

  it('names a row typed wrong by hand and a step number used twice, and keeps the rest', () => {
    const { schemes, problems } = schemesOf([
      ...welcome,
      { id: 'S-000004', scheme: 'New client welcome', step: 2, dayOffset: 9, channel: 'fax' },
      { id: 'S-000005', scheme: 'Dormant revival', step: 'two', dayOffset: 0, channel: 'call' },
      { id: 'S-000006', scheme: 'Dormant revival', step: 1, dayOffset: -3, channel: 'pigeon' },
      { id: 'S-000007', scheme: null, step: null, dayOffset: null, channel: null },
    ]);
    expect(schemes.map((s) => [s.name, s.steps.length])).toEqual([['New client welcome', 3]]);
    expect(problems).toEqual([
      { kind: 'sameStepTwice', id: 'S-000004', scheme: 'New client welcome', step: 2 },
      { kind: 'invalid', id: 'S-000005', errors: [expect.objectContaining({ field: 'step' })] },
      {
        kind: 'invalid',
        id: 'S-000006',
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'dayOffset' }),
          expect.objectContaining({ field: 'channel' }),
        ]),
      },
    ]);
  });
});

describe('applying a scheme', () => {
  const clients = [
    { id: 'C-000001', owner: 'ana@example.com' },
    { id: 'C-000002', owner: 'ben@example.com' },
  ];
  // Friday 4 December 2026.
  const friday = day('2026-12-04');

  it('plans every step off weekends, owned by the client owner', () => {
    const { rows, enrolled, alreadyOn } = enrolClients(
      welcomeScheme(),
      clients,
      [],
      friday,
      DEFAULT_WORK_CALENDAR,
    );
    expect(enrolled).toEqual(['C-000001', 'C-000002']);
    expect(alreadyOn).toEqual([]);
    expect(
      rows.filter((r) => r.clientId === 'C-000001').map((r) => [r.step, iso(r.plannedDay), r.owner]),
    ).toEqual([
      [1, '2026-12-04', 'ana@example.com'],
      // Friday + 5 is Wednesday 9 December; + 14 is Friday 18 December.
      [2, '2026-12-09', 'ana@example.com'],
      [3, '2026-12-18', 'ana@example.com'],
    ]);
  });

  it('applying again writes nothing: a client with any row of the scheme is already on it', () => {
    const scheme = welcomeScheme();
    const first = enrolClients(scheme, clients, [], friday, DEFAULT_WORK_CALENDAR);
    const contacts: SchemeContact[] = first.rows.map((row, i) => ({
      id: `P-${i}`,
      clientId: row.clientId,
      scheme: i === 0 ? 'NEW CLIENT WELCOME' : row.scheme,
      step: row.step,
      plannedDay: row.plannedDay,
      status: i < 3 ? 'cancelled' : 'planned',
      schemeStartDay: row.schemeStartDay,
      channel: row.channel,
      purpose: row.purpose,
      outcome: null,
    }));
    const again = enrolClients(
      scheme,
      [...clients, clients[0] as (typeof clients)[0]],
      contacts,
      friday + 7,
      DEFAULT_WORK_CALENDAR,
    );
    expect(again.rows).toEqual([]);
    expect(again.alreadyOn).toEqual(['C-000001', 'C-000002']);
  });
});

/** C-000001's run of the welcome scheme, started Friday 4 December. */
function run(overrides: Partial<Record<number, Partial<SchemeContact>>> = {}): SchemeContact[] {
  const days: Record<number, string> = { 1: '2026-12-04', 2: '2026-12-09', 3: '2026-12-18' };
  const channels: Record<number, string> = { 1: 'call', 2: 'email', 3: 'meeting' };
  const purposes: Record<number, string> = { 1: 'Welcome call', 2: 'Catalogue', 3: 'Visit' };
  return [1, 2, 3].map((step) => ({
    id: `P-00000${step}`,
    clientId: 'C-000001',
    scheme: 'New client welcome',
    step,
    plannedDay: day(days[step] as string),
    status: 'planned' as const,
    schemeStartDay: day('2026-12-04'),
    channel: channels[step] as string,
    purpose: purposes[step] as string,
    outcome: null,
    ...overrides[step],
  }));
}

describe('a scheme stopping for a client', () => {
  const facts = { clientId: 'C-000001', dealsWonOn: [], dealsLostOn: [], openClaims: 0 };

  it('nothing stops while no condition holds', () => {
    expect(schemeStopFor(welcomeScheme(), facts, run())).toBeNull();
  });

  it('a done contact of the scheme stops it from the step that says "reached"', () => {
    const contacts = run({ 1: { status: 'done', outcome: 'Interested' } });
    expect(schemeStopFor(welcomeScheme(), facts, contacts)).toEqual({
      clientId: 'C-000001',
      step: 2,
      reason: 'reached',
      cancel: ['P-000002', 'P-000003'],
    });
  });

  it('a deal won before the scheme started does not stop it; one won since does, from step 3', () => {
    const scheme = welcomeScheme();
    expect(schemeStopFor(scheme, { ...facts, dealsWonOn: [day('2026-12-03')] }, run())).toBeNull();
    expect(schemeStopFor(scheme, { ...facts, dealsWonOn: [day('2026-12-04')] }, run())).toMatchObject({
      step: 3,
      reason: 'dealWon',
      cancel: ['P-000003'],
    });
  });

  it('a condition of a step already behind the client does not fire', () => {
    // Step 2 done: its "reached" is behind; step 3 says dealWon, which does not hold.
    const contacts = run({ 1: { status: 'done' }, 2: { status: 'done' } });
    expect(schemeStopFor(welcomeScheme(), facts, contacts)).toBeNull();
  });

  it('stopping by hand cancels the planned rows, overdue ones too, and keeps the done ones', () => {
    const contacts = run({ 1: { status: 'done' } });
    expect(rowsToCancelOnStop(welcomeScheme(), 'C-000001', contacts)).toEqual(['P-000002', 'P-000003']);
  });
});

describe('an edited scheme offered to the clients on it', () => {
  const clients = [{ id: 'C-000001', owner: 'ana@example.com' }];
  const today = day('2026-12-07');

  function edited(steps: TableRecord[]) {
    const [scheme] = schemesOf(steps).schemes;
    if (!scheme) throw new Error('no scheme');
    return scheme;
  }

  it('an unchanged scheme offers nothing', () => {
    expect(schemeUpdate(welcomeScheme(), clients, run(), today, DEFAULT_WORK_CALENDAR)).toEqual({
      change: [],
      cancel: [],
      add: [],
      clients: [],
    });
  });

  it('moves, renames, cancels and adds, only from today on, leaving a row a person worked on where it is', () => {
    const scheme = edited([
      { scheme: 'New client welcome', step: 1, dayOffset: 1, channel: 'call', purpose: 'Welcome call' },
      // Step 2: 5 → 7 days (Friday 11 December); step 3 removed; step 4 added at 21 days.
      {
        scheme: 'New client welcome',
        step: 2,
        dayOffset: 7,
        channel: 'email',
        purpose: 'Catalogue and prices',
      },
      { scheme: 'New client welcome', step: 4, dayOffset: 21, channel: 'presentation', purpose: 'Demo day' },
    ]);
    const update = schemeUpdate(scheme, clients, run(), today, DEFAULT_WORK_CALENDAR);
    // Step 1 (4 December) is overdue: history, not changed.
    expect(update.change).toEqual([
      {
        id: 'P-000002',
        clientId: 'C-000001',
        step: 2,
        plannedDay: day('2026-12-11'),
        purpose: 'Catalogue and prices',
      },
    ]);
    expect(update.cancel).toEqual([{ id: 'P-000003', clientId: 'C-000001', step: 3 }]);
    expect(update.add.map((r) => [r.step, iso(r.plannedDay), r.channel, r.owner])).toEqual([
      [4, '2026-12-25', 'presentation', 'ana@example.com'],
    ]);
    expect(update.clients).toEqual(['C-000001']);

    const worked = run({ 2: { outcome: 'Rescheduled: asked for next week' } });
    expect(schemeUpdate(scheme, clients, worked, today, DEFAULT_WORK_CALENDAR).change).toEqual([
      { id: 'P-000002', clientId: 'C-000001', step: 2, purpose: 'Catalogue and prices' },
    ]);
  });

  it('a client with nothing planned any more (finished or stopped) is offered nothing', () => {
    const scheme = edited([
      ...welcome,
      { scheme: 'New client welcome', step: 4, dayOffset: 21, channel: 'presentation', purpose: 'Demo day' },
    ]);
    const stopped = run({ 1: { status: 'done' }, 2: { status: 'cancelled' }, 3: { status: 'cancelled' } });
    expect(schemeUpdate(scheme, clients, stopped, today, DEFAULT_WORK_CALENDAR).add).toEqual([]);
  });

  it('a client stopped at a step gets no step after it, while its earlier planned rows still take the edit', () => {
    const scheme = edited([
      ...welcome,
      { scheme: 'New client welcome', step: 4, dayOffset: 21, channel: 'presentation', purpose: 'Demo day' },
    ]);
    // Stopped at step 3 (its row cancelled); step 2 still planned.
    const stopped = run({ 1: { status: 'done' }, 3: { status: 'cancelled' } });
    const update = schemeUpdate(scheme, clients, stopped, today, DEFAULT_WORK_CALENDAR);
    expect(update.add).toEqual([]);
    // A row cancelled because its step was removed is no stop: a step added later is still planned.
    const removed = edited([
      ...welcome.filter((row) => row.step !== 3),
      { scheme: 'New client welcome', step: 4, dayOffset: 21, channel: 'presentation', purpose: 'Demo day' },
    ]);
    const cancelledByEdit = run({ 1: { status: 'done' }, 3: { status: 'cancelled' } });
    const offered = schemeUpdate(removed, clients, cancelledByEdit, today, DEFAULT_WORK_CALENDAR);
    expect(offered.add.map((row) => row.step)).toEqual([4]);
  });
});

describe('schemes read back from the sheet', () => {
  it('take the rows with their ID and stamps as the table store reads them', () => {
    const stamped = welcome.map((row) => ({
      ...row,
      stopWhen: row.stopWhen ?? null,
      note: null,
      createdAt: '2026-11-30T02:00:00.000Z',
      createdBy: 'ana@example.com',
      updatedAt: '2026-11-30T02:00:00.000Z',
      updatedBy: 'ana@example.com',
      archivedAt: null,
    }));
    const { schemes, problems } = schemesOf(stamped);
    expect(problems).toEqual([]);
    expect(schemes[0]?.steps.map((s) => s.id)).toEqual(['S-000001', 'S-000003', 'S-000002']);
  });
});
