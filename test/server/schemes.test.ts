/**
 * Interaction schemes (issue #13) through the server's public entry points, as the sidebar calls
 * them: a manager creates a scheme and applies it to a segment (days off weekends and the company's
 * holidays, each row the client owner's), applying twice writes nothing twice, the calls do not grow
 * with the clients, a row typed wrong in the Schemes sheet is named and not used, record rights
 * (another manager's clients counted, a deputy's cover honoured), stopping, and the offer after an
 * edit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTACT_PLAN_TABLE } from '../../src/core/tables/workTables';
import { activeStore } from '../../src/gas/activeDocument';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
const BEN = 'ben.manager@suki.test';

let emulator: Emulator;
const as = (email: string) => emulator.setActiveUser(email);

/** Welcome: a call on the start day, an e-mail the day after, a visit three weeks on. */
const WELCOME = [
  { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
  { step: 2, dayOffset: 1, channel: 'email', purpose: 'Send the catalogue', stopWhen: 'reached' },
  { step: 3, dayOffset: 21, channel: 'meeting', purpose: 'Visit', note: 'Bring samples' },
];

/** The contact plan's rows of a scheme, as the store reads them (uncounted). */
function planOf(scheme: string) {
  return emulator.uncounted(() =>
    activeStore()
      .readAll(CONTACT_PLAN_TABLE)
      .map(({ record }) => record)
      .filter((record) => record.scheme === scheme),
  );
}

const brief = (rows: ReturnType<typeof planOf>) =>
  rows.map((r) => [r.clientId, r.step, r.plannedDate, r.channel, r.owner, r.status]);

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}

function schemeShown(name: string) {
  const scheme = ok(main.getSchemes()).schemes.find((s) => s.name === name);
  if (!scheme) throw new Error(`no scheme ${name}`);
  return scheme;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Tuesday 1 December 2026, mid-morning in Manila.
  vi.setSystemTime(new Date('2026-12-01T10:00:00+08:00'));
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  for (const [email, name] of [
    [ANA, 'Ana'],
    [BEN, 'Ben'],
  ])
    ok(main.saveRecord('team', { email, name, role: 'manager' }));
  for (const [name, owner, segment] of [
    ['Alpha Foods', ANA, 'Retail'],
    ['Bravo Trading', ANA, 'retail '],
    ['Charlie Mart', BEN, 'Retail'],
    ['Delta Wholesale', ANA, 'Wholesale'],
  ])
    ok(main.saveRecord('clients', { name, owner, segment, status: 'active' }));
  // Christmas (Friday) is a company holiday.
  const { values } = ok(main.getAnalysisSettings());
  ok(main.saveAnalysisSettings({ ...values, 'outreach.holidays': '2026-12-25\n2026-12-30' }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a manager creates a scheme and applies it to a segment', () => {
  it('plans each step off weekends and holidays, owned by the client owner, audited once', () => {
    as(ANA);
    expect(main.saveScheme('Welcome', WELCOME, null)).toMatchObject({
      ok: true,
      message: 'Saved the scheme “Welcome”.',
    });
    const shown = schemeShown('Welcome');
    expect(shown.steps.map((s) => [s.step, s.dayOffset, s.channel, s.stopWhen, s.byHand])).toEqual([
      [1, 0, 'call', null, false],
      [2, 1, 'email', 'reached', false],
      [3, 21, 'meeting', null, false],
    ]);
    // Friday 4 December: + 1 is a Saturday (Monday 7), + 21 is Christmas (Monday 28).
    const preview = ok(main.previewApplyScheme('Welcome', { segments: ['RETAIL'] }, '2026-12-04'));
    expect(preview.summary).toMatchObject({ matched: 3, enrolled: 2, alreadyOn: 0, notYours: 1, rows: 6 });
    expect(preview.summary.line).toBe('3 clients: 2 new, 1 not yours to plan; 6 contacts from 4 Dec 2026.');
    expect(planOf('Welcome')).toEqual([]);

    const audited = rowsByHeader(emulator, 'Audit log').length;
    const applied = ok(main.applyScheme('Welcome', { segments: ['retail'] }, '2026-12-04'));
    expect(applied.message).toBe('Planned 6 contacts for 2 clients on “Welcome”.');
    expect(brief(planOf('Welcome'))).toEqual([
      ['C-000001', 1, '2026-12-04', 'call', ANA, 'planned'],
      ['C-000001', 2, '2026-12-07', 'email', ANA, 'planned'],
      ['C-000001', 3, '2026-12-28', 'meeting', ANA, 'planned'],
      ['C-000002', 1, '2026-12-04', 'call', ANA, 'planned'],
      ['C-000002', 2, '2026-12-07', 'email', ANA, 'planned'],
      ['C-000002', 3, '2026-12-28', 'meeting', ANA, 'planned'],
    ]);
    expect(planOf('Welcome').every((r) => r.schemeStart === '2026-12-04' && r.createdBy === ANA)).toBe(true);
    const audit = rowsByHeader(emulator, 'Audit log').slice(audited);
    expect(audit.map((row) => [row.Action, row.Table, row['Record ID']])).toEqual([
      ['applyScheme', 'contacts', 'P-000001 … P-000006'],
    ]);
    expect(ok(main.getSchemes()).schemes[0]).toMatchObject({ name: 'Welcome', clients: 2, active: 2 });
  });

  it('applying twice creates no duplicate plan rows', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    ok(main.applyScheme('Welcome', { segments: ['Retail'] }, '2026-12-04'));
    const before = emulator.sheetValues('Contact plan');
    const again = ok(main.applyScheme('welcome ', { segments: ['Retail'] }, '2026-12-11'));
    expect(again.summary).toMatchObject({ enrolled: 0, alreadyOn: 2, rows: 0 });
    expect(again.message).toBe(
      'Nothing was written. 3 clients: 0 new, 2 already on it, 1 not yours to plan; no contacts to plan.',
    );
    expect(emulator.sheetValues('Contact plan')).toEqual(before);
    expect(planOf('Welcome')).toHaveLength(6);
  });

  it('refuses a scheme that does not exist, a bad start date and an unknown filter, writing nothing', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    const before = emulator.sheetValues('Contact plan');
    expect(main.applyScheme('Nope', {}, '2026-12-04')).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'scheme' }],
    });
    expect(main.applyScheme('Welcome', {}, '2026-02-30')).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'startDate', message: 'Start date: must be a date.' }],
    });
    expect(main.applyScheme('Welcome', { tiers: ['gold'], colour: ['red'] }, '2026-12-04')).toMatchObject({
      ok: false,
      fieldErrors: [
        { field: 'filter.colour', message: 'Filter: not a filter Suki knows.' },
        { field: 'filter.tiers', message: 'Filter: “gold” is not one of the choices.' },
      ],
    });
    expect(emulator.sheetValues('Contact plan')).toEqual(before);
  });
});

/** Writes `count` clients of ANA's in the Retail segment straight into the sheet (uncounted). */
function seedRetailClients(count: number): void {
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
      row[at('Segment / industry')] = 'Retail';
      row[at('Owner')] = ANA;
      return row;
    });
    sheet.getRange(sheet.getLastRow() + 1, 1, count, header.length).setValues(rows);
    // Room for every new contact, as Sheets grows: growing a full sheet is a one-off cost.
    const plan = emulator.spreadsheet.getSheetByName('Contact plan') as GoogleAppsScript.Spreadsheet.Sheet;
    plan.insertRowsAfter(plan.getMaxRows(), 2 * count + 100);
  });
}

describe('the service calls of applying a scheme', () => {
  it('are the same for 50 and 2,000 clients', () => {
    const counts: Record<string, number>[] = [];
    for (const size of [50, 2_000]) {
      emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
      main.setUpWorkbook();
      ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
      seedRetailClients(size);
      as(ANA);
      ok(main.saveScheme('Two steps', WELCOME.slice(0, 2), null));
      ok(main.previewApplyScheme('Two steps', { segments: ['Retail'] }, '2026-12-04'));
      emulator.calls.reset();
      const applied = ok(main.applyScheme('Two steps', { segments: ['Retail'] }, '2026-12-04'));
      expect(applied.summary).toMatchObject({ enrolled: size, rows: 2 * size });
      counts.push({ total: emulator.calls.count(), ...emulator.calls.byKind() });
      emulator.calls.reset();
      ok(main.applyScheme('Two steps', { segments: ['Retail'] }, '2026-12-04'));
      counts.push({ again: emulator.calls.count() });
    }
    console.info('apply calls, 50 vs 2,000 clients:', JSON.stringify(counts));
    expect(counts[2]).toEqual(counts[0]);
    expect(counts[3]).toEqual(counts[1]);
  });
});

describe('the Schemes sheet edited by hand', () => {
  it('names a row typed wrong, with the field, and does not use it', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Schemes') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      const row = new Array(header.length).fill('');
      row[header.indexOf('Scheme')] = 'Welcome';
      row[header.indexOf('Step')] = 'four';
      row[header.indexOf('Day (from the start)')] = 30;
      row[header.indexOf('Channel')] = 'pigeon';
      sheet.getRange(5, 1, 1, header.length).setValues([row]);
    });
    const page = ok(main.getSchemes());
    expect(page.problems).toEqual([
      'Row 5: Step: must be a number. Channel: choose one of E-mail, Call, Meeting, Fax, Presentation, Show, Exhibition.',
    ]);
    expect(page.schemes[0]).toMatchObject({ name: 'Welcome', unusable: 1 });
    expect(page.schemes[0]?.steps).toHaveLength(3);
    ok(main.applyScheme('Welcome', { clientIds: ['C-000001'] }, '2026-12-04'));
    expect(planOf('Welcome').map((r) => r.step)).toEqual([1, 2, 3]);
  });
});

describe('a step typed by hand without an ID', () => {
  it('is used and shown, kept as typed by a save, and a save that would change it is refused', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Schemes') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      const row = new Array(header.length).fill('');
      row[header.indexOf('Scheme')] = 'welcome';
      row[header.indexOf('Step')] = 4;
      row[header.indexOf('Day (from the start)')] = 30;
      row[header.indexOf('Channel')] = 'call';
      sheet.getRange(5, 1, 1, header.length).setValues([row]);
    });
    const shown = schemeShown('Welcome');
    expect(shown.steps.map((s) => [s.step, s.byHand])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    const [one, ...rest] = shown.steps;
    ok(main.saveScheme('Welcome', [{ ...one, purpose: 'Welcome call and set-up' }, ...rest], shown));
    expect(rowsByHeader(emulator, 'Schemes').map((row) => [row.ID, row.Scheme, row.Step])).toEqual([
      ['S-000001', 'Welcome', 1],
      ['S-000002', 'Welcome', 2],
      ['S-000003', 'Welcome', 3],
      ['', 'welcome', 4],
    ]);
    const again = schemeShown('Welcome');
    const before = emulator.sheetValues('Schemes');
    expect(main.saveScheme('Welcome', again.steps.slice(0, 3), again)).toMatchObject({
      ok: false,
      message:
        'Suki cannot change rows typed by hand without an ID (row 5 of the Schemes sheet): make that change in the sheet. Nothing was saved.',
    });
    expect(emulator.sheetValues('Schemes')).toEqual(before);
  });
});

describe('record rights', () => {
  it('counts another manager’s clients as not yours, and lets a deputy apply during the absence', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    const refused = ok(main.applyScheme('Welcome', { clientIds: ['C-000003'] }, '2026-12-04'));
    expect(refused.summary).toMatchObject({ matched: 1, notYours: 1, rows: 0 });
    expect(planOf('Welcome')).toEqual([]);

    as(HEAD);
    ok(
      main.saveRecord('absences', {
        manager: BEN,
        from: '2026-11-30',
        to: '2026-12-11',
        reason: 'vacation',
        deputy: ANA,
      }),
    );
    as(ANA);
    const covered = ok(main.applyScheme('Welcome', { clientIds: ['C-000003'] }, '2026-12-04'));
    expect(covered.summary).toMatchObject({ enrolled: 1, notYours: 0, rows: 3 });
    expect(new Set(planOf('Welcome').map((r) => r.owner))).toEqual(new Set([BEN]));
    expect(rowsByHeader(emulator, 'Audit log').at(-1)).toMatchObject({
      Action: 'applyScheme',
      Who: ANA,
      As: `deputy for ${BEN}`,
    });
  });
});

describe('a deputy updating a scheme for the absent manager’s clients', () => {
  it('moves their rows and signs the update as the deputy', () => {
    as(BEN);
    ok(main.saveScheme('Welcome', WELCOME, null));
    ok(main.applyScheme('Welcome', { clientIds: ['C-000003'] }, '2026-12-04'));
    as(HEAD);
    ok(
      main.saveRecord('absences', {
        manager: BEN,
        from: '2026-11-30',
        to: '2026-12-11',
        reason: 'illness',
        deputy: ANA,
      }),
    );
    as(ANA);
    const shown = schemeShown('Welcome');
    const [one, two, three] = shown.steps;
    ok(main.saveScheme('Welcome', [one, { ...two, dayOffset: 4 }, three], shown));
    expect(ok(main.previewSchemeUpdate('Welcome')).summary).toMatchObject({ clients: 1, moved: 1 });
    ok(main.applySchemeUpdate('Welcome'));
    expect(brief(planOf('Welcome')).find((r) => r[1] === 2)).toEqual([
      'C-000003',
      2,
      '2026-12-08',
      'email',
      BEN,
      'planned',
    ]);
    expect(rowsByHeader(emulator, 'Audit log').at(-1)).toMatchObject({
      Action: 'schemeUpdate',
      Who: ANA,
      As: `deputy for ${BEN}`,
    });
  });
});

describe('stopping a scheme for a client', () => {
  it('cancels its planned rows and keeps the done ones; applying again adds nothing', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    ok(main.applyScheme('Welcome', { clientIds: ['C-000001', 'C-000002'] }, '2026-12-04'));
    const first = planOf('Welcome').find((r) => r.clientId === 'C-000001' && r.step === 1);
    ok(
      main.updateRecord(
        'contacts',
        first?.id,
        { status: 'done', doneDate: '2026-12-04', outcome: 'Met' },
        {},
      ),
    );
    const audited = rowsByHeader(emulator, 'Audit log').length;
    const stopped = ok(main.stopScheme('C-000001', 'Welcome'));
    expect(stopped).toMatchObject({ cancelled: 2 });
    expect(stopped.message).toBe(
      'Stopped “Welcome” for C-000001: 2 planned contacts cancelled; done ones are kept.',
    );
    expect(brief(planOf('Welcome')).filter((r) => r[0] === 'C-000001')).toEqual([
      ['C-000001', 1, '2026-12-04', 'call', ANA, 'done'],
      ['C-000001', 2, '2026-12-07', 'email', ANA, 'cancelled'],
      ['C-000001', 3, '2026-12-28', 'meeting', ANA, 'cancelled'],
    ]);
    expect(
      planOf('Welcome')
        .filter((r) => r.clientId === 'C-000002')
        .map((r) => r.status),
    ).toEqual(['planned', 'planned', 'planned']);
    expect(
      rowsByHeader(emulator, 'Audit log')
        .slice(audited)
        .map((r) => r.Action),
    ).toEqual(['stopScheme']);
    expect(ok(main.applyScheme('Welcome', { clientIds: ['C-000001'] }, '2026-12-14')).summary).toMatchObject({
      alreadyOn: 1,
      rows: 0,
    });
    expect(main.stopScheme('C-000001', 'Welcome')).toMatchObject({ ok: true, cancelled: 0 });
    as(BEN);
    expect(main.stopScheme('C-000002', 'Welcome')).toMatchObject({ ok: false });
  });
});

describe('editing a scheme that clients are on', () => {
  it('offers the clients the changes, then moves, cancels and adds their planned rows', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    ok(main.applyScheme('Welcome', { segments: ['Retail'] }, '2026-12-04'));
    const shown = schemeShown('Welcome');
    const [one, two] = shown.steps;
    // Step 2 three days on (Monday 7 → Tuesday 8), step 3 removed, a step 4 at ten days (Monday 14).
    const edited = [
      one,
      { ...two, dayOffset: 4, purpose: 'Send the catalogue and prices' },
      { step: 4, dayOffset: 10, channel: 'presentation', purpose: 'Product demo' },
    ];
    expect(main.saveScheme('Welcome', edited, shown)).toMatchObject({ ok: true });
    expect(schemeShown('Welcome').steps.map((s) => [s.step, s.dayOffset])).toEqual([
      [1, 0],
      [2, 4],
      [4, 10],
    ]);
    const archived = rowsByHeader(emulator, 'Schemes').filter((row) => row['Archived at'] !== '');
    expect(archived.map((row) => row.Step)).toEqual([3]);

    const offer = ok(main.previewSchemeUpdate('Welcome'));
    expect(offer.summary).toMatchObject({
      clients: 2,
      moved: 2,
      changed: 2,
      cancelled: 2,
      added: 2,
      notYours: 0,
    });
    const audited = rowsByHeader(emulator, 'Audit log').length;
    expect(ok(main.applySchemeUpdate('Welcome')).message).toBe(
      'Updated 2 clients: 2 contacts moved, 2 changed, 2 cancelled, 2 added.',
    );
    expect(brief(planOf('Welcome')).filter((r) => r[0] === 'C-000001')).toEqual([
      ['C-000001', 1, '2026-12-04', 'call', ANA, 'planned'],
      ['C-000001', 2, '2026-12-08', 'email', ANA, 'planned'],
      ['C-000001', 3, '2026-12-28', 'meeting', ANA, 'cancelled'],
      ['C-000001', 4, '2026-12-14', 'presentation', ANA, 'planned'],
    ]);
    expect(
      rowsByHeader(emulator, 'Audit log')
        .slice(audited)
        .map((r) => r.Action),
    ).toEqual(['schemeUpdate']);
    expect(ok(main.previewSchemeUpdate('Welcome')).summary).toMatchObject({ clients: 0 });
  });

  it('refuses bad steps by field, a step changed in the sheet since it was shown, and a taken name', () => {
    as(ANA);
    const bad = main.saveScheme(
      'Welcome',
      [
        { step: 1, dayOffset: -2, channel: 'pigeon' },
        { step: 1, dayOffset: 0, channel: 'call' },
      ],
      null,
    );
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok ? [] : bad.fieldErrors.map((e) => e.field)).toEqual([
      'steps.0.dayOffset',
      'steps.0.channel',
      'steps.1.step',
    ]);
    expect(rowsByHeader(emulator, 'Schemes')).toEqual([]);

    ok(main.saveScheme('Welcome', WELCOME, null));
    expect(main.saveScheme(' welcome', WELCOME, null)).toMatchObject({
      ok: false,
      fieldErrors: [
        { field: 'name', message: 'Name of the scheme: a scheme called “welcome” exists already.' },
      ],
    });
    const shown = schemeShown('Welcome');
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Schemes') as GoogleAppsScript.Spreadsheet.Sheet;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      sheet.getRange(3, header.indexOf('Day (from the start)') + 1).setValue(2);
    });
    const before = emulator.sheetValues('Schemes');
    const stale = main.saveScheme('Welcome', shown.steps.slice(0, 2), shown);
    expect(stale).toMatchObject({ ok: false });
    expect(stale.message).toContain('Step 2 was changed.');
    expect(emulator.sheetValues('Schemes')).toEqual(before);
  });

  it('renames every row of the scheme and its clients’ contact rows, so they stay on it', () => {
    as(ANA);
    ok(main.saveScheme('Welcome', WELCOME, null));
    ok(main.applyScheme('Welcome', { clientIds: ['C-000001'] }, '2026-12-04'));
    const shown = schemeShown('Welcome');
    ok(main.saveScheme('New client welcome', shown.steps, shown));
    expect(new Set(rowsByHeader(emulator, 'Schemes').map((row) => row.Scheme))).toEqual(
      new Set(['New client welcome']),
    );
    expect(planOf('New client welcome')).toHaveLength(3);
    expect(ok(main.getSchemes()).schemes[0]).toMatchObject({ name: 'New client welcome', clients: 1 });
    expect(
      ok(main.applyScheme('New client welcome', { clientIds: ['C-000001'] }, '2026-12-04')).summary,
    ).toMatchObject({ alreadyOn: 1, rows: 0 });
  });
});

describe('the company holidays setting', () => {
  it('names each entry that is not a date and stores nothing', () => {
    as(HEAD);
    const { values } = ok(main.getAnalysisSettings());
    expect(values['outreach.holidays']).toBe('2026-12-25\n2026-12-30');
    expect(values['outreach.weekendDays']).toBe('0,6');
    const answer = main.saveAnalysisSettings({
      ...values,
      'outreach.holidays': '2026-12-25, 25/12/2026\n2026-02-30',
      'outreach.weekendDays': '0,1,2,3,4,5,6',
    });
    expect(answer).toMatchObject({ ok: false });
    expect(answer.ok ? [] : answer.fieldErrors).toEqual([
      {
        field: 'outreach.weekendDays',
        message: 'No contacts planned on: at least one day of the week must be a working day.',
      },
      {
        field: 'outreach.holidays',
        message:
          'Company holidays (YYYY-MM-DD, one a line or separated by commas): not a date written YYYY-MM-DD: “25/12/2026”, “2026-02-30”.',
      },
    ]);
    expect(ok(main.getAnalysisSettings()).values['outreach.holidays']).toBe('2026-12-25\n2026-12-30');
  });
});
