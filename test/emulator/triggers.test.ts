import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';

describe('ScriptApp triggers', () => {
  it('creates, lists, fires and deletes installable triggers', () => {
    const em = createEmulator();
    const runs: string[] = [];
    em.attachScript((name) =>
      name === 'dailyRefresh' ? (e) => runs.push(String((e as { authMode: unknown }).authMode)) : undefined,
    );
    const { ScriptApp } = em.globals;
    const daily = ScriptApp.newTrigger('dailyRefresh').timeBased().everyDays(1).atHour(6).create();
    ScriptApp.newTrigger('stamp').forSpreadsheet(em.spreadsheet).onEdit().create();
    expect(daily.getHandlerFunction()).toBe('dailyRefresh');
    expect(daily.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'dailyRefresh',
      'stamp',
    ]);
    expect(ScriptApp.getUserTriggers(em.spreadsheet).map((t) => String(t.getEventType()))).toEqual([
      'ON_EDIT',
    ]);
    expect(em.triggers()[0]).toMatchObject({
      functionName: 'dailyRefresh',
      schedule: { everyDays: 1, atHour: 6 },
    });
    em.fireTrigger(daily.getUniqueId());
    expect(runs).toEqual(['FULL']);
    ScriptApp.deleteTrigger(daily);
    expect(em.triggers().map((t) => t.functionName)).toEqual(['stamp']);
  });

  it('enforces 20 triggers per user and hourly add-on time triggers', () => {
    const em = createEmulator();
    const { ScriptApp } = em.globals;
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(5).create()).toThrow(
      'at most once per hour',
    );
    expect(() => ScriptApp.newTrigger('x').timeBased().everyHours(3)).toThrow('Invalid argument');
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-more').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    em.setActiveUser('am@example.com');
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => ScriptApp.newTrigger('mine').timeBased().everyDays(1).create()).not.toThrow();
  });
});
