/**
 * Apps Script's six minutes, as the workbench runtime gives each execution: its own clock (the
 * modelled time of its service calls plus its sleeps and lock waits), which the script reads with
 * Date.now(); past six minutes every service call fails as in an execution Apps Script stopped. A
 * campaign's sending relies on it to stop in time (test/server/mailCampaignBundle.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { ScriptRuntime, TIME_LIMIT_MESSAGE } from '../../workbench/runtime/scriptRuntime';

const SCRIPT = `
function elapsedOverSleep(ms) {
  var start = Date.now();
  Utilities.sleep(ms);
  return Date.now() - start;
}
function sleepMinutes(minutes) {
  for (var i = 0; i < minutes; i++) {
    Utilities.sleep(60000);
    PropertiesService.getScriptProperties().setProperty('minute', String(i + 1));
  }
  return 'finished';
}
function hourly() {
  return sleepMinutes(10);
}
function manyCalls(count) {
  for (var i = 0; i < count; i++) PropertiesService.getDocumentProperties().getProperty('x');
  return count;
}
`;
const dir = mkdtempSync(join(tmpdir(), 'suki-time-'));
const code = join(dir, 'Code.js');
writeFileSync(code, SCRIPT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const minuteReached = (emulator: ReturnType<typeof createEmulator>) =>
  emulator.globals.PropertiesService.getScriptProperties().getProperty('minute');

describe('an execution’s clock and its six minutes', () => {
  it('moves with the script’s sleeps: Date.now() sees them', () => {
    const emulator = createEmulator();
    const runtime = new ScriptRuntime(emulator, code);
    expect(runtime.call('elapsedOverSleep', [90_000])).toBeGreaterThanOrEqual(90_000);
  });

  it('stops an execution past six minutes, leaving what it did before; the next execution has its own six', () => {
    const emulator = createEmulator();
    const runtime = new ScriptRuntime(emulator, code);
    expect(() => runtime.call('sleepMinutes', [8])).toThrow(TIME_LIMIT_MESSAGE);
    // Minute six was written; the call after the sixth sleep found the time used up.
    expect(minuteReached(emulator)).toBe('5');
    expect(runtime.call('sleepMinutes', [5])).toBe('finished');
  });

  it('counts the modelled time of service calls too (20 ms each here)', () => {
    const emulator = createEmulator({ latencyMs: { 'Properties.getProperty': 20 } });
    const runtime = new ScriptRuntime(emulator, code);
    expect(runtime.call('manyCalls', [1000])).toBe(1000);
    expect(() => runtime.call('manyCalls', [20_000])).toThrow(TIME_LIMIT_MESSAGE);
  });

  it('applies to installable triggers as well, and can be set for a test', () => {
    const emulator = createEmulator();
    const runtime = new ScriptRuntime(emulator, code, { executionLimitMs: 120_000 });
    const trigger = emulator.globals.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    emulator.fireTrigger(trigger.getUniqueId());
    expect(emulator.triggerErrors).toEqual([{ functionName: 'hourly', error: TIME_LIMIT_MESSAGE }]);
    expect(minuteReached(emulator)).toBe('1');
    expect(runtime.call('elapsedOverSleep', [1000])).toBeGreaterThanOrEqual(1000);
  });
});
