/**
 * The daily dashboard refresh: each head who turns it on gets an installable on-open trigger of
 * their own, which runs as them. Apps Script lets a person remove only their own triggers, so a
 * head turning it off removes theirs at once and every other head's removes itself when it next
 * fires; a trigger whose creator is no longer a head removes itself too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const FIRST_HEAD = 'hana.head@suki.test';
const SECOND_HEAD = 'hugo.head@suki.test';
const MANAGER = 'mario.manager@suki.test';
const t = translatorFor('en');

let emulator: Emulator;

const refreshTriggers = () =>
  emulator.triggers().filter((trigger) => trigger.functionName === 'refreshDashboardOnOpen');
const ownersOfTriggers = () => refreshTriggers().map((trigger) => trigger.owner);
const triggerOf = (owner: string) => {
  const trigger = refreshTriggers().find((candidate) => candidate.owner === owner);
  if (!trigger) throw new Error(`no trigger of ${owner}`);
  return trigger.uniqueId;
};
const hasDashboard = () =>
  emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Dashboard') !== null);
const dashboardRuns = () => rowsByHeader(emulator, 'Audit log').filter((row) => row.Action === 'computed');
const switchValue = () =>
  emulator.uncounted(() =>
    emulator.globals.PropertiesService.getDocumentProperties().getProperty('suki.dashboard.daily'),
  );

function turnOnAs(email: string): void {
  emulator.setActiveUser(email);
  main.enableDailyDashboard();
}

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: FIRST_HEAD });
  emulator.attachScript((name) =>
    name === 'refreshDashboardOnOpen'
      ? (main.refreshDashboardOnOpen as (...args: unknown[]) => unknown)
      : undefined,
  );
  main.setUpWorkbook();
  for (const [email, name, role] of [
    [SECOND_HEAD, 'Hugo', 'head'],
    [MANAGER, 'Mario', 'manager'],
  ] as const) {
    expect(main.saveRecord('team', { email, name, role })).toMatchObject({ ok: true });
  }
  expect(main.saveRecord('clients', { name: 'Alpha Foods', owner: MANAGER })).toMatchObject({ ok: true });
});

describe('turning the daily refresh on', () => {
  it('installs one trigger per head, each running as that head', () => {
    turnOnAs(FIRST_HEAD);
    turnOnAs(FIRST_HEAD);
    turnOnAs(SECOND_HEAD);
    expect(ownersOfTriggers()).toEqual([FIRST_HEAD, SECOND_HEAD]);
    expect(switchValue()).toBe('on');

    emulator.setActiveUser(MANAGER);
    emulator.fireTrigger(triggerOf(SECOND_HEAD));
    expect(emulator.triggerErrors).toEqual([]);
    expect(hasDashboard()).toBe(true);
    expect(dashboardRuns().map((row) => [row.Who, row.As])).toEqual([[SECOND_HEAD, 'trigger']]);
    expect(ownersOfTriggers()).toEqual([FIRST_HEAD, SECOND_HEAD]);
  });

  it('is refused to a manager, who installs nothing', () => {
    turnOnAs(MANAGER);
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(t('access.headOnly', { email: MANAGER }));
    expect(emulator.triggers()).toEqual([]);
    expect(switchValue()).toBeNull();
  });
});

describe('turning the daily refresh off as a head', () => {
  it('removes every head’s trigger: one’s own at once, the others’ when they fire, without refreshing', () => {
    turnOnAs(FIRST_HEAD);
    turnOnAs(SECOND_HEAD);
    expect(ownersOfTriggers()).toEqual([FIRST_HEAD, SECOND_HEAD]);

    turnOnAs(FIRST_HEAD); // a second time changes nothing
    emulator.setActiveUser(FIRST_HEAD);
    main.disableDailyDashboard();
    expect(emulator.ui.toasts.at(-1)?.message).toBe(t('toast.dailyOff'));
    expect(ownersOfTriggers()).toEqual([SECOND_HEAD]);
    expect(switchValue()).toBeNull();

    emulator.setActiveUser(MANAGER);
    emulator.fireTrigger(triggerOf(SECOND_HEAD));
    expect(emulator.triggerErrors).toEqual([]);
    expect(refreshTriggers()).toEqual([]);
    expect(hasDashboard()).toBe(false);
    expect(dashboardRuns()).toEqual([]);
  });

  it('is refused to a manager, and every trigger stays', () => {
    turnOnAs(FIRST_HEAD);
    turnOnAs(SECOND_HEAD);
    emulator.setActiveUser(MANAGER);
    main.disableDailyDashboard();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(t('access.headOnly', { email: MANAGER }));
    expect(ownersOfTriggers()).toEqual([FIRST_HEAD, SECOND_HEAD]);
    expect(switchValue()).toBe('on');
  });
});

describe('a trigger whose creator is no longer a head', () => {
  it('removes itself when it fires after the creator was made a manager, and refreshes nothing', () => {
    turnOnAs(SECOND_HEAD);
    turnOnAs(FIRST_HEAD);
    emulator.setActiveUser(FIRST_HEAD);
    const row = rowsByHeader(emulator, 'Team').find((member) => member['E-mail'] === SECOND_HEAD);
    expect(main.updateRecord('team', String(row?.ID), { role: 'manager' }, {})).toMatchObject({ ok: true });

    emulator.fireTrigger(triggerOf(SECOND_HEAD));
    expect(emulator.triggerErrors).toEqual([]);
    expect(ownersOfTriggers()).toEqual([FIRST_HEAD]);
    expect(hasDashboard()).toBe(false);
    expect(dashboardRuns()).toEqual([]);
    // The switch is still on: the remaining head's trigger still refreshes.
    expect(switchValue()).toBe('on');
    emulator.fireTrigger(triggerOf(FIRST_HEAD));
    expect(dashboardRuns().map((entry) => entry.Who)).toEqual([FIRST_HEAD]);
  });

  it('removes itself when the creator was dismissed', () => {
    turnOnAs(SECOND_HEAD);
    emulator.setActiveUser(FIRST_HEAD);
    expect(main.dismissMember(SECOND_HEAD, FIRST_HEAD)).toMatchObject({ ok: true });
    emulator.fireTrigger(triggerOf(SECOND_HEAD));
    expect(emulator.triggerErrors).toEqual([]);
    expect(refreshTriggers()).toEqual([]);
    expect(hasDashboard()).toBe(false);
  });
});
