/**
 * My day (issue #13) through main.ts's entry points, as google.script.run reaches them: a manager's
 * groups, a deputy's during an absence (and not after it), and logging outcomes — the row, the
 * client's next contact date, a scheme's stop and the proposed next step, the audit rows — with the
 * refusals that write nothing (a past date, a row someone changed meanwhile).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDate, isoDateInZone } from '../../src/core/dates';
import { translatorFor } from '../../src/core/i18n/translate';
import { SCHEMES_TABLE } from '../../src/core/tables/schemeTable';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { activeStore } from '../../src/gas/activeDocument';
import { withDocumentLock } from '../../src/gas/documentLock';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';

const ZONE = 'Asia/Manila';
const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
const BEN = 'ben.deputy@suki.test';
const t = translatorFor('en');

let emulator: Emulator;
const at = (instant: string) => vi.setSystemTime(new Date(instant));
const as = (email: string) => emulator.setActiveUser(email);
/** A table's rows with their date cells as the day they name in the spreadsheet's zone. */
const rowsOf = (table: string) =>
  tableRows(emulator, table).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, isDate(value) ? isoDateInZone(value, ZONE) : value]),
    ),
  );
const contact = (id: string | undefined) => rowsOf('contacts').find((row) => row.id === id);
const client = (id: string) => rowsOf('clients').find((row) => row.id === id);

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer as Extract<T, { ok: true }>;
}

function myDayOf(email: string) {
  as(email);
  return ok(main.getMyDay());
}

/** Every sheet's values and the document properties: what a refusal must leave as it was. */
function snapshot() {
  return emulator.uncounted(() => ({
    sheets: emulator.spreadsheet.getSheets().map((sheet) => emulator.sheetValues(sheet.getName())),
    properties: emulator.globals.PropertiesService.getDocumentProperties().getProperties(),
  }));
}

function plan(clientId: string, plannedDate: string, more: TableRecord = {}): string {
  const saved = main.saveRecord('contacts', { clientId, plannedDate, channel: 'call', ...more });
  return ok(saved).id;
}

/** Writes the Schemes sheet's rows, as a person typing them would (there is no form). */
function writeScheme(steps: readonly TableRecord[]): void {
  withDocumentLock(() =>
    activeStore().appendMany(
      SCHEMES_TABLE,
      steps.map((step) => ({ scheme: 'Welcome', ...step })),
      { at: new Date().toISOString(), by: HEAD },
    ),
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-12-07T10:00:00+08:00'); // a Monday
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: ZONE });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('team', { email: BEN, name: 'Ben', role: 'manager' }));
  expect(ok(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA })).id).toBe('C-000001');
  expect(ok(main.saveRecord('clients', { name: 'Bravo Logistics', owner: BEN })).id).toBe('C-000002');
  expect(ok(main.saveRecord('people', { clientId: 'C-000001', name: 'Maria Cruz' })).id).toBe('N-000001');
  ok(main.saveRecord('plans', { clientId: 'C-000001', objective: 'Win the 2027 supply contract' }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('My day’s groups', () => {
  beforeEach(() => {
    plan('C-000001', '2026-12-03', { personId: 'N-000001', purpose: 'Follow up the quote' }); // P-000001
    plan('C-000001', '2026-12-07', { channel: 'meeting' }); // P-000002
    plan('C-000001', '2026-12-10', { channel: 'email' }); // P-000003
    plan('C-000001', '2026-12-20'); // P-000004: beyond the week
    plan('C-000002', '2026-12-08'); // P-000005: Ben's
    const done = plan('C-000001', '2026-12-01'); // P-000006: already done
    ok(main.updateRecord('contacts', done, { status: 'done', doneDate: '2026-12-01' }, {}));
  });

  it('counts and groups a manager’s contacts, each with its client, person and relationship plan', () => {
    const day = myDayOf(ANA);
    expect(day.counts).toEqual({ overdue: 1, today: 1, ahead: 1 });
    expect(day.forOthers).toBe(0);
    expect(day.overdue[0]).toMatchObject({
      id: 'P-000001',
      clientName: 'Alpha Foods',
      person: 'Maria Cruz',
      channel: 'call',
      purpose: 'Follow up the quote',
      plannedDate: '2026-12-03',
      daysLate: 4,
      forManager: null,
      planId: 'G-000001',
      shown: { status: 'planned', plannedDate: '2026-12-03', outcome: null },
    });
    expect(day.today.map((e) => e.id)).toEqual(['P-000002']);
    expect(day.ahead.map((e) => [e.id, e.daysLate])).toEqual([['P-000003', -3]]);
    expect(myDayOf(BEN).ahead.map((e) => e.id)).toEqual(['P-000005']);
  });

  it('gives a deputy the absent manager’s contacts during the absence, marked, and not after it', () => {
    as(HEAD);
    ok(
      main.saveRecord('absences', {
        manager: ANA,
        from: '2026-12-07',
        to: '2026-12-09',
        reason: 'vacation',
        deputy: BEN,
      }),
    );
    const during = myDayOf(BEN);
    expect(during.counts).toEqual({ overdue: 1, today: 1, ahead: 2 });
    expect(during.forOthers).toBe(3);
    expect(during.overdue[0]?.forManager).toEqual({ email: ANA, name: 'Ana' });
    expect(during.ahead.map((e) => [e.id, e.forManager?.name ?? null])).toEqual([
      ['P-000005', null],
      ['P-000003', 'Ana'],
    ]);
    at('2026-12-10T09:00:00+08:00');
    const after = myDayOf(BEN);
    expect(after.forOthers).toBe(0);
    expect([...after.overdue, ...after.today, ...after.ahead].map((e) => e.id)).toEqual(['P-000005']);
  });

  it('says so when nothing is planned, and refuses someone not on the team', () => {
    as(HEAD);
    expect(myDayOf(HEAD).counts).toEqual({ overdue: 0, today: 0, ahead: 0 });
    as('sam.stranger@elsewhere.test');
    expect(main.getMyDay()).toMatchObject({ ok: false });
  });
});

describe('logging an outcome', () => {
  it('marks the row done, moves the client’s next contact to its next planned row and audits both', () => {
    const first = plan('C-000001', '2026-12-03', { personId: 'N-000001' });
    plan('C-000001', '2026-12-11');
    const entry = myDayOf(ANA).overdue[0];
    const logged = ok(
      main.logContactOutcome(
        first,
        'done',
        '  Agreed on the quote ',
        null,
        entry?.shown,
        'Send the contract',
      ),
    );
    expect(contact(first)).toMatchObject({
      status: 'done',
      doneDate: '2026-12-07',
      outcome: 'Agreed on the quote',
      nextStep: 'Send the contract',
    });
    expect(client('C-000001')).toMatchObject({
      nextContactDate: '2026-12-11',
      nextStep: 'Send the contract',
    });
    expect(logged).toMatchObject({ kind: 'done', nextContactDate: '2026-12-11', stopped: null });
    expect(logged.next).toEqual({ kind: 'ask', clientId: 'C-000001', personId: 'N-000001', channel: 'call' });
    expect(logged.message).toBe(
      `${t('myDay.logged.done', { id: first })} ${t('myDay.clientNext', { date: '2026-12-11' })}`,
    );
    const audit = rowsOf('audit').filter((row) => row.action === 'update');
    expect(audit.map((row) => [row.table, row.recordId, row.field, row.after, row.who])).toEqual([
      ['contacts', first, 'status', 'done', ANA],
      ['contacts', first, 'doneDate', '2026-12-07', ANA],
      ['contacts', first, 'outcome', 'Agreed on the quote', ANA],
      ['contacts', first, 'nextStep', 'Send the contract', ANA],
      ['clients', 'C-000001', 'nextStep', 'Send the contract', ANA],
      ['clients', 'C-000001', 'nextContactDate', '2026-12-11', ANA],
    ]);
  });

  it('by a deputy for the absent manager: allowed during the absence, the audit says “deputy for …”', () => {
    const id = plan('C-000001', '2026-12-07');
    ok(
      main.saveRecord('absences', {
        manager: ANA,
        from: '2026-12-07',
        to: '2026-12-09',
        reason: 'vacation',
        deputy: BEN,
      }),
    );
    const entry = myDayOf(BEN).today[0];
    ok(main.logContactOutcome(id, 'missed', 'No answer', null, entry?.shown));
    expect(contact(id)).toMatchObject({ status: 'missed', outcome: 'No answer', doneDate: '' });
    const audit = rowsOf('audit').filter((row) => row.recordId === id && row.action === 'update');
    expect(audit.map((row) => [row.field, row.who, row.capacity])).toEqual([
      ['status', BEN, `deputy for ${ANA}`],
      ['outcome', BEN, `deputy for ${ANA}`],
    ]);
  });

  it('reschedules to a later day, noting the old one; refuses a past or missing date and writes nothing', () => {
    const id = plan('C-000001', '2026-12-03');
    const entry = myDayOf(ANA).overdue[0];
    const before = snapshot();
    expect(
      main.logContactOutcome(id, 'rescheduled', 'Called back', '2026-12-04', entry?.shown),
    ).toMatchObject({
      ok: false,
      fieldErrors: [
        { field: 'rescheduleTo', message: t('myDay.error.reschedulePast', { date: '2026-12-07' }) },
      ],
    });
    expect(main.logContactOutcome(id, 'rescheduled', 'Called back', '', entry?.shown)).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'rescheduleTo', message: t('myDay.error.rescheduleMissing') }],
    });
    expect(main.logContactOutcome(id, 'rescheduled', '', '12/09/2026', entry?.shown)).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'rescheduleTo' }],
    });
    expect(main.logContactOutcome(id, 'done', 'x'.repeat(20_001), null, entry?.shown)).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'note' }],
    });
    expect(main.logContactOutcome(id, 'postponed', '', null, entry?.shown)).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'kind', message: t('myDay.error.kind') }],
    });
    expect(snapshot()).toEqual(before);
    const moved = ok(
      main.logContactOutcome(id, 'rescheduled', 'Asked for Thursday', '2026-12-10', entry?.shown),
    );
    expect(contact(id)).toMatchObject({
      status: 'planned',
      plannedDate: '2026-12-10',
      outcome: 'Moved from 2026-12-03. Asked for Thursday',
    });
    expect(moved).toMatchObject({ nextContactDate: '2026-12-10', next: { kind: 'none' } });
    expect(client('C-000001')?.nextContactDate).toBe('2026-12-10');
  });

  it('refuses a row someone changed meanwhile, naming what it is now, and writes nothing', () => {
    const id = plan('C-000001', '2026-12-03');
    const shown = myDayOf(ANA).overdue[0]?.shown;
    // The head logged it from the contact form while Ana's My day was open.
    as(HEAD);
    ok(
      main.updateRecord(
        'contacts',
        id,
        { status: 'done', doneDate: '2026-12-06', outcome: 'Met at the fair' },
        {},
      ),
    );
    as(ANA);
    const before = snapshot();
    expect(main.logContactOutcome(id, 'done', 'Talked', null, shown)).toEqual({
      ok: false,
      message: t('myDay.error.notPlanned', { id, status: 'Done' }),
      fieldErrors: [],
    });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a note over one someone else typed meanwhile (the conflict check of every edit)', () => {
    const id = plan('C-000001', '2026-12-03');
    const shown = myDayOf(ANA).overdue[0]?.shown;
    as(HEAD);
    ok(main.updateRecord('contacts', id, { outcome: 'Client asked to call after lunch' }, {}));
    as(ANA);
    const before = snapshot();
    const refused = main.logContactOutcome(id, 'done', 'Talked', null, shown);
    expect(refused).toMatchObject({ ok: false, fieldErrors: [{ field: 'note' }] });
    expect(refused.message).toContain('Client asked to call after lunch');
    expect(snapshot()).toEqual(before);
  });

  it('refuses another manager’s contact', () => {
    const id = plan('C-000002', '2026-12-07');
    as(ANA);
    const before = snapshot();
    expect(main.logContactOutcome(id, 'done', '', null, {})).toMatchObject({ ok: false });
    expect(snapshot()).toEqual(before);
  });
});

describe('a contact of a scheme', () => {
  const run = (steps: readonly number[]) =>
    steps.map((step, i) =>
      plan('C-000001', ['2026-12-03', '2026-12-08', '2026-12-14'][i] ?? '2026-12-21', {
        scheme: 'Welcome',
        step,
        schemeStart: '2026-12-03',
        channel: ['call', 'email', 'meeting'][i] ?? 'call',
        purpose: `Welcome step ${step}`,
      }),
    );

  it('proposes the scheme’s next planned row', () => {
    writeScheme([
      { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome step 1' },
      { step: 2, dayOffset: 5, channel: 'email', purpose: 'Welcome step 2' },
      { step: 3, dayOffset: 11, channel: 'meeting', purpose: 'Welcome step 3' },
    ]);
    const [first, second] = run([1, 2, 3]);
    const entry = myDayOf(ANA).overdue[0];
    expect(entry).toMatchObject({ id: first, scheme: 'Welcome', step: 1, steps: 3 });
    const logged = ok(main.logContactOutcome(first, 'done', 'Welcomed', null, entry?.shown));
    expect(logged.stopped).toBeNull();
    expect(logged.next).toEqual({
      kind: 'planned',
      contactId: second,
      plannedDate: '2026-12-08',
      step: 2,
      channel: 'email',
      purpose: 'Welcome step 2',
    });
    expect(client('C-000001')?.nextContactDate).toBe('2026-12-08');
  });

  it('stops the scheme when its condition holds (“reached” cancels the later steps), then asks', () => {
    writeScheme([
      { step: 1, dayOffset: 0, channel: 'call' },
      { step: 2, dayOffset: 5, channel: 'email', stopWhen: 'reached' },
      { step: 3, dayOffset: 11, channel: 'meeting' },
    ]);
    const [first, second, third] = run([1, 2, 3]);
    const other = plan('C-000001', '2026-12-15', { channel: 'meeting' });
    const entry = myDayOf(ANA).overdue[0];
    const logged = ok(main.logContactOutcome(first, 'done', 'Reached the buyer', null, entry?.shown));
    expect(logged.stopped).toEqual({ scheme: 'Welcome', step: 2, cancelled: [second, third] });
    expect([contact(first)?.status, contact(second)?.status, contact(third)?.status]).toEqual([
      'done',
      'cancelled',
      'cancelled',
    ]);
    expect(logged.next).toMatchObject({ kind: 'ask', clientId: 'C-000001' });
    expect(client('C-000001')?.nextContactDate).toBe('2026-12-15');
    expect(logged.message).toContain(
      'The scheme “Welcome” stopped for this client (The client was reached): 2 later steps cancelled.',
    );
    const cancelled = tableRows(emulator, 'audit').filter(
      (row) => row.field === 'status' && row.after === 'cancelled',
    );
    expect(cancelled.map((row) => row.recordId)).toEqual([second, third]);
    expect(contact(other)?.status).toBe('planned');
  });

  it('offers the scheme’s next step that has no row yet, ready to plan with one save', () => {
    writeScheme([
      { step: 1, dayOffset: 0, channel: 'call' },
      { step: 2, dayOffset: 5, channel: 'email' },
      { step: 3, dayOffset: 12, channel: 'meeting', purpose: 'Meet the owner' },
    ]);
    const [, second] = run([1, 2]);
    const entry = myDayOf(ANA).ahead.find((e) => e.id === second);
    const logged = ok(main.logContactOutcome(second, 'done', 'Sent', null, entry?.shown));
    // 3 Dec + 12 days is Tuesday 15 Dec, a working day.
    expect(logged.next).toMatchObject({
      kind: 'fromScheme',
      step: 3,
      plannedDate: '2026-12-15',
      channel: 'meeting',
    });
    if (logged.next.kind !== 'fromScheme') throw new Error('no step offered');
    const saved = ok(main.saveRecord('contacts', logged.next.record));
    expect(contact(saved.id)).toMatchObject({
      clientId: 'C-000001',
      scheme: 'Welcome',
      step: 3,
      plannedDate: '2026-12-15',
      purpose: 'Meet the owner',
      owner: ANA,
      status: 'planned',
    });
  });
});
