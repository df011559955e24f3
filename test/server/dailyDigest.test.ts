/**
 * The daily digest rides on the daily dashboard's on-open trigger (one per head): turned on by a
 * head, it goes out on the first opening of the workbook each day, from that head's account and on
 * their MailApp quota — one mail per head (the team's summary) and one per manager with something
 * to do — and once a day only, however often the workbook is opened and by whichever heads'
 * triggers. The emulator runs each trigger as its creator; the script's clock is faked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import * as main from '../../src/server/main';
import type { Emulator, EmulatorOptions } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

const HANA = 'hana.head@suki.test';
const HUGO = 'hugo.head@suki.test';
const ANA = 'ana.manager@suki.test';
const BEN = 'ben.manager@suki.test';
const CARLA = 'carla.manager@suki.test';
const t = translatorFor('en');

let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): T {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer;
}

const triggers = () => emulator.triggers().filter((x) => x.functionName === 'refreshDashboardOnOpen');
const owners = () => triggers().map((x) => x.owner);
const outbox = () => emulator.mail.outbox;
const recipients = () => outbox().map((mail) => mail.to);
const property = (key: string) =>
  emulator.uncounted(() => emulator.globals.PropertiesService.getDocumentProperties().getProperty(key));
const lastRun = () => JSON.parse(property('suki.digest.lastRun') ?? 'null');

function digestOnAs(email: string): void {
  emulator.setActiveUser(email);
  main.enableDailyDigest();
}

/** Someone who is not on the team opens the workbook: every head's on-open trigger fires. */
function open(): void {
  emulator.setActiveUser('visitor@elsewhere.test');
  emulator.personOpen('LIMITED');
  expect(emulator.triggerErrors).toEqual([]);
}

/** Two heads, three managers; Ana and Carla have work due, Ben has nothing. */
function workbook(options: EmulatorOptions = {}, extraManagers = 0, extraContacts = 0): void {
  emulator = useEmulator({ activeUserEmail: HANA, timeZone: 'Asia/Manila', ...options });
  emulator.attachScript((name) =>
    name === 'refreshDashboardOnOpen'
      ? (main.refreshDashboardOnOpen as (...args: unknown[]) => unknown)
      : undefined,
  );
  main.setUpWorkbook();
  const team: [string, string, string][] = [
    [HUGO, 'Hugo', 'head'],
    [ANA, 'Ana', 'manager'],
    [BEN, 'Ben', 'manager'],
    [CARLA, 'Carla', 'manager'],
  ];
  for (let i = 1; i <= extraManagers; i++) team.push([`m${i}.manager@suki.test`, `Manager ${i}`, 'manager']);
  for (const [email, name, role] of team) ok(main.saveRecord('team', { email, name, role }));
  ok(main.saveRecord('clients', { name: '<script>alert(1)</script> Trading', owner: ANA })); // C-000001
  ok(main.saveRecord('clients', { name: 'Bravo Logistics', owner: BEN })); // C-000002
  ok(main.saveRecord('clients', { name: 'Charlie Foods', owner: CARLA })); // C-000003
  ok(main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2026-12-03', channel: 'call' }));
  ok(main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2026-12-07', channel: 'email' }));
  ok(main.saveRecord('contacts', { clientId: 'C-000003', plannedDate: '2026-12-06', channel: 'call' }));
  ok(main.saveRecord('contacts', { clientId: 'C-000002', plannedDate: '2026-12-20', channel: 'call' }));
  for (let i = 0; i < extraContacts; i++)
    ok(main.saveRecord('contacts', { clientId: 'C-000002', plannedDate: '2027-01-15', channel: 'call' }));
  ok(
    main.saveRecord('claims', {
      clientId: 'C-000003',
      receivedDate: '2026-11-30',
      slaDueDate: '2026-12-08',
      category: 'delivery',
      description: 'Late truck',
    }),
  );
  ok(
    main.saveRecord('obligations', {
      clientId: 'C-000001',
      dueDate: '2026-12-09',
      obligation: 'Send the price list',
    }),
  );
  for (let i = 1; i <= extraManagers; i++) {
    ok(main.saveRecord('clients', { name: `Extra ${i}`, owner: `m${i}.manager@suki.test` }));
    ok(
      main.saveRecord('contacts', {
        clientId: `C-${String(3 + i).padStart(6, '0')}`,
        plannedDate: '2026-12-07',
        channel: 'call',
      }),
    );
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T08:00:00+08:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('turning the daily digest on', () => {
  it('says when it goes out and whose quota pays, and installs one trigger per head', () => {
    workbook();
    digestOnAs(HANA);
    const said = emulator.ui.alerts.at(-1)?.prompt ?? '';
    expect(said).toContain('on the first opening of this workbook (by anyone)');
    expect(said).toContain(`It goes out from your account (${HANA}) and counts against your MailApp quota`);
    expect(said).toContain('up to 5 messages a day (you have 100 left today)');
    digestOnAs(HANA);
    expect(owners()).toEqual([HANA]);
    expect(property('suki.digest.sender')).toBe(HANA);
  });

  it('adds no trigger when the head’s daily dashboard has one, and another head becomes the sender', () => {
    workbook();
    main.enableDailyDashboard();
    digestOnAs(HANA);
    expect(owners()).toEqual([HANA]);
    digestOnAs(HUGO);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(`It was sent from ${HANA}’s account until now`);
    expect(owners()).toEqual([HANA, HUGO]);
    expect(property('suki.digest.sender')).toBe(HUGO);
    open();
    expect(new Set(outbox().map((mail) => mail.from))).toEqual(new Set([HUGO]));
  });

  it('is refused to a manager', () => {
    workbook();
    emulator.setActiveUser(ANA);
    main.enableDailyDigest();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(t('access.headOnly', { email: ANA }));
    expect(triggers()).toEqual([]);
  });
});

describe('the digest of the day', () => {
  it('goes out on the first opening: one mail per head, one per manager with something to do', () => {
    workbook();
    digestOnAs(HANA);
    open();
    // The heads' summaries first, then the managers by name; Ben has nothing due and gets nothing.
    expect(recipients()).toEqual([HANA, HUGO, ANA, CARLA]);
    expect(new Set(outbox().map((mail) => mail.from))).toEqual(new Set([HANA]));
    const ana = outbox().find((mail) => mail.to === ANA);
    expect(ana?.subject).toBe('Suki: your day, 2026-12-07 — 1 overdue, 1 today, 1 urgent');
    expect(ana?.body).toContain('Send the price list');
    const hugo = outbox().find((mail) => mail.to === HUGO);
    expect(hugo?.body).toContain('- Ben: 0 overdue, 0 today, 0 claims, 0 obligations');
    expect(hugo?.body).toContain('- Carla: 1 overdue, 0 today, 1 claims, 0 obligations');
    expect(lastRun()).toEqual({ day: '2026-12-07', sent: 4, skipped: [], failed: [], error: null });

    open(); // opened again the same day: nothing more
    vi.setSystemTime(new Date('2026-12-07T21:00:00+08:00'));
    open();
    expect(outbox()).toHaveLength(4);

    vi.setSystemTime(new Date('2026-12-08T07:30:00+08:00')); // the next day
    open();
    expect(recipients().slice(4)).toEqual([HANA, HUGO, ANA, CARLA]);
    expect(property('suki.digest.sentOn')).toBe('2026-12-08');
  });

  it('is sent by one trigger only when several heads have one', () => {
    workbook();
    emulator.setActiveUser(HUGO);
    main.enableDailyDashboard();
    digestOnAs(HANA);
    expect(owners()).toEqual([HUGO, HANA]);
    open();
    expect(outbox()).toHaveLength(4);
    for (const trigger of triggers()) emulator.fireTrigger(trigger.uniqueId);
    expect(outbox()).toHaveLength(4);
  });

  it('gives a deputy the absent manager’s items, marked, and the absent manager nothing', () => {
    workbook();
    ok(
      main.saveRecord('absences', {
        manager: CARLA,
        from: '2026-12-05',
        to: '2026-12-09',
        reason: 'vacation',
        deputy: ANA,
      }),
    );
    digestOnAs(HANA);
    open();
    expect(recipients()).toEqual([HANA, HUGO, ANA]);
    const ana = outbox().find((mail) => mail.to === ANA);
    expect(ana?.body).toContain('Charlie Foods · Call · 2026-12-06 (1 day late) — for Carla');
    expect(ana?.body).toContain('Charlie Foods · Delivery · 2026-12-08 (due tomorrow) — for Carla');
    expect(ana?.body).toContain('You are covering for Carla today');
    const hana = outbox().find((mail) => mail.to === HANA);
    expect(hana?.body).toContain('- Ana covers Carla until 2026-12-09');
  });

  it('sends the heads’ summaries first when the quota is short, and records who was skipped', () => {
    workbook({ mailQuota: 3 });
    digestOnAs(HANA);
    open();
    expect(recipients()).toEqual([HANA, HUGO, ANA]);
    expect(lastRun()).toEqual({ day: '2026-12-07', sent: 3, skipped: [CARLA], failed: [], error: null });
    // The head sees it the next time they look at the digest's switch.
    digestOnAs(HANA);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(
      `Last digest, 2026-12-07: 3 sent. Not sent (quota): ${CARLA}.`,
    );
  });

  it('arrives with the workbook’s text inert in the HTML body', () => {
    workbook();
    digestOnAs(HANA);
    open();
    const ana = outbox().find((mail) => mail.to === ANA);
    expect(ana?.htmlBody).not.toContain('<script>');
    expect(ana?.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Trading');
  });

  it('speaks the sender’s chosen language to them, and the workbook’s to the others', () => {
    workbook({ spreadsheetLocale: 'fil_PH' });
    emulator.setActiveUser(HANA);
    main.useEnglish();
    digestOnAs(HANA);
    open();
    expect(outbox().find((mail) => mail.to === HANA)?.subject).toMatch(/^Suki: the team’s day/);
    expect(outbox().find((mail) => mail.to === HUGO)?.subject).toMatch(/^Suki: ang araw ng team/);
    expect(outbox().find((mail) => mail.to === ANA)?.subject).toMatch(/^Suki: ang araw mo/);
  });

  it('speaks to each member in the language they chose in the menu, whoever sends', () => {
    workbook();
    emulator.setActiveUser(ANA);
    main.useFilipino();
    digestOnAs(HANA);
    open();
    expect(outbox().find((mail) => mail.to === ANA)?.subject).toMatch(/^Suki: ang araw mo/);
    expect(outbox().find((mail) => mail.to === HUGO)?.subject).toMatch(/^Suki: the team’s day/);
  });
});

describe('turning the daily digest off', () => {
  it('keeps the trigger while the dashboard is on, and removes it when both are off', () => {
    workbook();
    main.enableDailyDashboard();
    digestOnAs(HANA);
    emulator.setActiveUser(HANA);
    main.disableDailyDigest();
    expect(emulator.ui.toasts.at(-1)?.message).toBe(t('toast.digestOff'));
    expect(owners()).toEqual([HANA]);
    open();
    expect(outbox()).toEqual([]);
    emulator.setActiveUser(HANA);
    main.disableDailyDashboard();
    expect(triggers()).toEqual([]);
  });

  it('keeps the sender’s trigger when only the dashboard goes off; the sender’s removes itself once both are', () => {
    workbook();
    main.enableDailyDashboard();
    digestOnAs(HANA);
    main.disableDailyDashboard();
    expect(owners()).toEqual([HANA]);
    open();
    expect(outbox()).toHaveLength(4);

    digestOnAs(HUGO);
    emulator.setActiveUser(HANA);
    main.disableDailyDigest(); // Hana stops Hugo's digest: his trigger goes when it next fires
    expect(owners()).toEqual([HUGO]);
    vi.setSystemTime(new Date('2026-12-08T08:00:00+08:00'));
    open();
    expect(outbox()).toHaveLength(4);
    expect(triggers()).toEqual([]);
  });

  it('retires the trigger of a sender who is no longer a head, sending nothing', () => {
    workbook();
    digestOnAs(HUGO);
    emulator.setActiveUser(HANA);
    ok(main.dismissMember(HUGO, HANA));
    open();
    expect(outbox()).toEqual([]);
    expect(triggers()).toEqual([]);
  });
});

describe('service calls of a digest run', () => {
  /** The calls of the opening that sends the digest, by kind. */
  function callsOfRun(extraManagers: number, extraContacts: number): Record<string, number> {
    workbook({ mailQuota: 1_500 }, extraManagers, extraContacts);
    digestOnAs(HANA);
    emulator.calls.reset();
    open();
    expect(outbox()).toHaveLength(4 + extraManagers);
    return emulator.calls.byKind();
  }

  it('grow by one mail per manager, not with the rows', () => {
    const small = callsOfRun(0, 0);
    const moreRows = callsOfRun(0, 40);
    const moreManagers = callsOfRun(3, 0);
    expect(moreRows).toEqual(small);
    const { 'MailApp.sendEmail': sent, ...rest } = moreManagers;
    const { 'MailApp.sendEmail': sentSmall, ...restSmall } = small;
    expect(rest).toEqual(restSmall);
    expect((sent ?? 0) - (sentSmall ?? 0)).toBe(3);
    const total = Object.values(small).reduce((a, b) => a + b, 0);
    console.info(`daily digest run (2 heads, 2 managers mailed): ${total} calls`, small);
  });
});
