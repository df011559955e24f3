/**
 * A deputy holds an absent manager's rights from the first day of the absence to the last, as the
 * spreadsheet's calendar reads them (America/New_York here, across both DST changes of 2025). The
 * owner of the absent manager's work never changes: nothing moves at the start or the end, so
 * nothing can be lost or duplicated, and what the deputy adds stays the absent manager's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const ZONE = 'America/New_York';
const HEAD = 'hana.head@suki.test';
const ABSENT = 'ana.absent@suki.test';
const DEPUTY = 'ben.deputy@suki.test';
const t = translatorFor('en');

let emulator: Emulator;

/** The clock at `instant` (an ISO time with the zone's offset then). */
const at = (instant: string) => vi.setSystemTime(new Date(instant));
const as = (email: string) => emulator.setActiveUser(email);
const rows = (sheet: string) => rowsByHeader(emulator, sheet);
const byId = (sheet: string, id: string) => rows(sheet).find((row) => row.ID === id);
const ids = (sheet: string) => rows(sheet).map((row) => row.ID);

/** The clients the person at the spreadsheet may add work to, as the picker lists them. */
function pickerOf(email: string) {
  as(email);
  const answer = main.listClients();
  if (!answer.ok) throw new Error(answer.message);
  return answer.clients;
}

/** The deputy edits the absent manager's client; the answer. */
function deputyEditsClient(phone: string) {
  as(DEPUTY);
  return main.updateRecord('clients', 'C-000001', { phone }, {});
}

/** Whether the deputy may work on the absent manager's client now, checked every way they could. */
function deputyHolds(): boolean {
  const edit = deputyEditsClient(`0917 ${String(Date.now() % 10_000_000).padStart(7, '0')}`);
  const listed = pickerOf(DEPUTY).some((client) => client.id === 'C-000001');
  expect(listed, 'the picker and the edit disagree').toBe(edit.ok);
  return edit.ok;
}

function recordAbsence(manager: string, from: string, to: string, deputy: string) {
  as(HEAD);
  return main.saveRecord('absences', { manager, from, to, reason: 'vacation', deputy });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2025-02-03T10:00:00-05:00');
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: ZONE });
  main.setUpWorkbook();
  for (const [email, name] of [
    [ABSENT, 'Ana'],
    [DEPUTY, 'Ben'],
  ]) {
    expect(main.saveRecord('team', { email, name, role: 'manager' })).toMatchObject({ ok: true });
  }
  expect(main.saveRecord('clients', { name: 'Alpha Foods', owner: ABSENT })).toMatchObject({
    id: 'C-000001',
  });
  expect(main.saveRecord('clients', { name: 'Bravo Logistics', owner: DEPUTY })).toMatchObject({
    id: 'C-000002',
  });
  expect(
    main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2025-03-01', channel: 'call' }),
  ).toMatchObject({ ok: true, id: 'P-000001' });
  expect(byId('Contact plan', 'P-000001')?.Owner).toBe(ABSENT);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Two absences whose edges fall on or next to a DST change in New York. */
const WINDOWS = [
  {
    label: 'starting the day after the clocks go forward (a 23-hour day)',
    from: '2025-03-10',
    to: '2025-03-14',
    eveningBefore: '2025-03-09T23:59:59-04:00',
    firstMoment: '2025-03-10T00:00:01-04:00',
    lastEvening: '2025-03-14T23:59:59-04:00',
    dayAfter: '2025-03-15T00:00:01-04:00',
  },
  {
    label: 'ending on the day the clocks go back (a 25-hour day)',
    from: '2025-10-29',
    to: '2025-11-02',
    eveningBefore: '2025-10-28T23:59:59-04:00',
    firstMoment: '2025-10-29T00:00:01-04:00',
    lastEvening: '2025-11-02T23:59:59-05:00',
    dayAfter: '2025-11-03T00:00:01-05:00',
  },
];

describe.each(WINDOWS)('an absence $label', (window) => {
  it('gives the deputy the rights on the first day, keeps the items the manager’s, and takes the rights back after the last', () => {
    expect(recordAbsence(ABSENT, window.from, window.to, DEPUTY)).toMatchObject({ ok: true, id: 'A-000001' });

    at(window.eveningBefore);
    expect(deputyEditsClient('0917 000 0001')).toMatchObject({
      ok: false,
      message: t('access.notYours', { id: 'C-000001', owner: ABSENT }),
    });
    expect(pickerOf(DEPUTY)).toEqual([{ id: 'C-000002', name: 'Bravo Logistics' }]);
    as(DEPUTY);
    expect(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: window.from, channel: 'email' }),
    ).toMatchObject({ ok: false, fieldErrors: [expect.objectContaining({ field: 'clientId' })] });

    at(window.firstMoment);
    expect(deputyEditsClient('0917 000 0002')).toMatchObject({ ok: true });
    const edit = rows('Audit log').filter(
      (row) => row.Action === 'update' && row['Record ID'] === 'C-000001',
    );
    expect(edit.map((row) => [row.Field, row.Who, row.As])).toEqual([
      ['phone', DEPUTY, `deputy for ${ABSENT}`],
    ]);
    expect(pickerOf(DEPUTY)).toEqual([
      { id: 'C-000001', name: 'Alpha Foods', coveringFor: ABSENT },
      { id: 'C-000002', name: 'Bravo Logistics' },
    ]);
    as(DEPUTY);
    // Work the deputy adds for the absent manager's client, or gives the absent manager, stays theirs.
    expect(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: window.from, channel: 'email' }),
    ).toMatchObject({ ok: true, id: 'P-000002' });
    expect(main.saveRecord('clients', { name: 'Charlie Retail', owner: ABSENT })).toMatchObject({
      ok: true,
      id: 'C-000003',
    });
    expect(
      main.updateRecord(
        'contacts',
        'P-000001',
        { status: 'done', doneDate: window.from, outcome: 'Called' },
        {},
      ),
    ).toMatchObject({ ok: true });
    expect(byId('Contact plan', 'P-000002')).toMatchObject({ Owner: ABSENT, 'Created by': DEPUTY });
    // Cover is not a hand-over: the deputy cannot take the absent manager's work for good.
    expect(main.updateRecord('clients', 'C-000001', { owner: DEPUTY }, {})).toMatchObject({
      ok: false,
      fieldErrors: [expect.objectContaining({ field: 'owner' })],
    });
    expect(main.updateRecord('contacts', 'P-000002', { owner: DEPUTY }, {})).toMatchObject({ ok: false });
    const created = rows('Audit log').filter((row) => row.Action === 'create' && row.Who === DEPUTY);
    expect(new Set(created.map((row) => row.As))).toEqual(new Set([`deputy for ${ABSENT}`]));

    at(window.lastEvening);
    expect(deputyHolds()).toBe(true);

    at(window.dayAfter);
    expect(deputyHolds()).toBe(false);
    as(DEPUTY);
    expect(main.updateRecord('contacts', 'P-000002', { purpose: 'Follow-up' }, {})).toMatchObject({
      ok: false,
    });
    expect(main.updateRecord('clients', 'C-000003', { phone: '0917 000 0003' }, {})).toMatchObject({
      ok: false,
    });
    expect(main.archiveRecord('contacts', 'P-000001')).toMatchObject({ ok: false });
    expect(pickerOf(DEPUTY)).toEqual([{ id: 'C-000002', name: 'Bravo Logistics' }]);

    // Nothing moved: every item is where it was, once, with its owner.
    expect(ids('Clients')).toEqual(['C-000001', 'C-000002', 'C-000003']);
    expect(ids('Contact plan')).toEqual(['P-000001', 'P-000002']);
    expect(rows('Clients').map((row) => row.Owner)).toEqual([ABSENT, DEPUTY, ABSENT]);
    expect(rows('Contact plan').map((row) => [row.Owner, row.Status])).toEqual([
      [ABSENT, 'done'],
      [ABSENT, 'planned'],
    ]);
    expect(byId('Contact plan', 'P-000001')).toMatchObject({ 'Updated by': DEPUTY, 'Archived at': '' });
    expect(rows('Audit log').filter((row) => row.Field === 'owner' && row.Action !== 'create')).toEqual([]);
  });
});

describe('changing an absence under way', () => {
  beforeEach(() => {
    at('2025-03-03T09:00:00-05:00');
    expect(recordAbsence(ABSENT, '2025-03-05', '2025-03-12', DEPUTY)).toMatchObject({
      ok: true,
      id: 'A-000001',
    });
  });

  it('cut short, ends the deputy’s rights after the new last day', () => {
    at('2025-03-06T12:00:00-05:00');
    expect(deputyHolds()).toBe(true);
    as(HEAD);
    expect(main.updateRecord('absences', 'A-000001', { to: '2025-03-07' }, {})).toMatchObject({ ok: true });
    at('2025-03-07T23:59:59-05:00');
    expect(deputyHolds()).toBe(true);
    at('2025-03-08T00:00:01-05:00');
    expect(deputyHolds()).toBe(false);
    at('2025-03-11T12:00:00-04:00');
    expect(deputyHolds()).toBe(false);
  });

  it('extended, keeps them until the new last day, across the change to summer time', () => {
    at('2025-03-06T12:00:00-05:00');
    as(HEAD);
    expect(main.updateRecord('absences', 'A-000001', { to: '2025-03-16' }, {})).toMatchObject({ ok: true });
    at('2025-03-13T00:00:01-04:00');
    expect(deputyHolds()).toBe(true);
    at('2025-03-16T23:59:59-04:00');
    expect(deputyHolds()).toBe(true);
    at('2025-03-17T00:00:01-04:00');
    expect(deputyHolds()).toBe(false);
    expect(rows('Clients').map((row) => row.Owner)).toEqual([ABSENT, DEPUTY]);
  });

  it('cancelled by archiving, ends them at once', () => {
    at('2025-03-06T12:00:00-05:00');
    expect(deputyHolds()).toBe(true);
    as(HEAD);
    expect(main.archiveRecord('absences', 'A-000001')).toMatchObject({ ok: true });
    expect(deputyHolds()).toBe(false);
  });

  it('passes the cover to the head while the deputy is absent too, and back when the deputy returns', () => {
    expect(recordAbsence(DEPUTY, '2025-03-07', '2025-03-08', HEAD)).toMatchObject({
      ok: true,
      id: 'A-000002',
    });
    at('2025-03-06T23:59:59-05:00');
    expect(deputyHolds()).toBe(true);
    at('2025-03-07T00:00:01-05:00');
    expect(deputyHolds()).toBe(false);
    // The deputy still works on their own clients while away.
    expect(pickerOf(DEPUTY)).toEqual([{ id: 'C-000002', name: 'Bravo Logistics' }]);
    as(HEAD);
    expect(main.updateRecord('clients', 'C-000001', { region: 'NCR' }, {})).toMatchObject({ ok: true });
    expect(rows('Audit log').at(-1)).toMatchObject({ Who: HEAD, As: '', Field: 'region' });
    at('2025-03-09T00:00:01-05:00');
    expect(deputyHolds()).toBe(true);
  });

  it('refuses a second absence of the same manager that overlaps, on its first day', () => {
    const before = rows('Absences');
    const answer = recordAbsence(ABSENT, '2025-03-12', '2025-03-20', DEPUTY);
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: [
        {
          field: 'from',
          message: t('absence.overlap', {
            field: t('col.absence.from'),
            manager: ABSENT,
            from: '2025-03-05',
            to: '2025-03-12',
            id: 'A-000001',
          }),
        },
      ],
    });
    expect(rows('Absences')).toEqual(before);
    // The day after the first one ends is free.
    expect(recordAbsence(ABSENT, '2025-03-13', '2025-03-20', DEPUTY)).toMatchObject({
      ok: true,
      id: 'A-000002',
    });
  });

  it('refuses moving an absence onto another of the same manager', () => {
    expect(recordAbsence(ABSENT, '2025-03-20', '2025-03-25', DEPUTY)).toMatchObject({
      ok: true,
      id: 'A-000002',
    });
    const before = rows('Absences');
    as(HEAD);
    expect(main.updateRecord('absences', 'A-000002', { from: '2025-03-10' }, {})).toMatchObject({
      ok: false,
      fieldErrors: [expect.objectContaining({ field: 'from' })],
    });
    expect(rows('Absences')).toEqual(before);
  });
});

describe('the deputy’s work for the absent manager', () => {
  it('stays the absent manager’s: it cannot be filed under the deputy, nor moved between the two', () => {
    expect(recordAbsence(ABSENT, '2025-02-01', '2025-02-10', DEPUTY)).toMatchObject({ ok: true });
    as(DEPUTY);
    const deal = { clientId: 'C-000001', title: 'Renewal' };
    const before = rows('Deals').length;
    const own = main.saveRecord('deals', { ...deal, owner: DEPUTY });
    expect(own).toMatchObject({ ok: false, fieldErrors: [expect.objectContaining({ field: 'owner' })] });
    expect(rows('Deals')).toHaveLength(before);
    const kept = main.saveRecord('deals', deal);
    expect(kept).toMatchObject({ ok: true });
    const id = (kept as unknown as { id: string }).id;
    expect(byId('Deals', id)).toMatchObject({ Owner: ABSENT });
    // Moving it onto the deputy's own client, or the deputy's own deal onto the absent manager's.
    expect(main.updateRecord('deals', id, { clientId: 'C-000002' }, {})).toMatchObject({ ok: false });
    const mine = main.saveRecord('deals', { clientId: 'C-000002', title: 'Mine' });
    const mineId = (mine as unknown as { id: string }).id;
    expect(main.updateRecord('deals', mineId, { clientId: 'C-000001' }, {})).toMatchObject({ ok: false });
    expect(byId('Deals', id)).toMatchObject({ Client: 'C-000001', Owner: ABSENT });
    expect(byId('Deals', mineId)).toMatchObject({ Client: 'C-000002', Owner: DEPUTY });
  });
});
