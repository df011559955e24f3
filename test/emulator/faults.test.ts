import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../workbench/emulator/callCounter';
import { createEmulator } from '../../workbench/emulator/index';
import { firstSheet } from './helpers';

describe('CallCounter fault injection', () => {
  it("'once' fails only the n-th counted call from arming, before it takes effect", () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    const a1 = sheet.getRange('A1');
    em.calls.failAt(2, 'once');
    expect(em.calls.faultFired).toBe(false);
    a1.setValue('first'); // call 1
    expect(() => a1.setValue('second')).toThrow('Service error: Spreadsheets (injected fault)'); // call 2
    expect(em.calls.faultFired).toBe(true);
    expect(em.sheetValues('Sheet1')).toEqual([['first']]);
    a1.setValue('third'); // call 3 works again
    expect(em.sheetValues('Sheet1')).toEqual([['third']]);
  });

  it("'cutoff' kills that call and every later one until clearFault", () => {
    const em = createEmulator();
    const a1 = firstSheet(em).getRange('A1');
    em.calls.failAt(1, 'cutoff');
    expect(() => a1.setValue(1)).toThrow('Exceeded maximum execution time (injected cut-off)');
    expect(() => a1.getValue()).toThrow('Exceeded maximum execution time (injected cut-off)');
    expect(() => em.globals.PropertiesService.getDocumentProperties()).toThrow(/injected cut-off/);
    expect(em.sheetValues('Sheet1')).toEqual([]);
    em.calls.clearFault();
    expect(em.calls.faultFired).toBe(true);
    a1.setValue(2);
    expect(a1.getValue()).toBe(2);
  });

  it('takes a custom message, never throws inside uncounted, and does not count uncounted calls', () => {
    const em = createEmulator();
    const a1 = firstSheet(em).getRange('A1');
    em.calls.failAt(1, 'once', 'Boom');
    em.uncounted(() => {
      a1.setValue('quiet');
      a1.getValue();
    });
    expect(em.calls.faultFired).toBe(false);
    expect(() => a1.getValue()).toThrow('Boom');
  });

  it('counts nested emulator calls once: a fault hits the outer script call only', () => {
    const em = createEmulator();
    const sheet = firstSheet(em);
    em.calls.failAt(2, 'once');
    sheet.clear(); // internally touches ranges, but is one counted call
    expect(() => sheet.getLastRow()).toThrow(/injected fault/);
  });

  it('rearming replaces the fault and restarts the count; clearFault before firing leaves faultFired false', () => {
    const counter = new CallCounter();
    const obj = counter.track({ ping: () => 'pong' }, 'Thing');
    counter.failAt(1, 'once');
    counter.failAt(3, 'once');
    expect(obj.ping()).toBe('pong');
    expect(obj.ping()).toBe('pong');
    expect(() => obj.ping()).toThrow(/injected fault/);
    counter.failAt(5, 'cutoff');
    expect(counter.faultFired).toBe(false);
    counter.clearFault();
    expect(counter.faultFired).toBe(false);
    expect(obj.ping()).toBe('pong');
    expect(() => counter.failAt(0, 'once')).toThrow();
  });

  it('the failing call is still counted, as a call that reached the service', () => {
    const em = createEmulator();
    const a1 = firstSheet(em).getRange('A1');
    em.calls.reset();
    em.calls.failAt(1, 'once');
    expect(() => a1.getValue()).toThrow();
    expect(em.calls.count('Range.getValue')).toBe(1);
  });
});
