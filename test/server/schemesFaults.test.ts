/**
 * Applying a scheme is all or nothing: the apply is failed at every one of its service calls, once
 * (a passing error) and as a cut-off execution; afterwards the contact plan holds either none of its
 * rows or all of them, never some, never twice, and the audit log says so once.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { silenceSurvivedFailures } from '../support/quietFailures';

silenceSurvivedFailures();

const HEAD = 'hana.head@suki.test';
const STEPS = [
  { step: 1, dayOffset: 0, channel: 'call', purpose: 'Welcome call' },
  { step: 2, dayOffset: 7, channel: 'email', purpose: 'Catalogue' },
];

function workbook(): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  for (const name of ['Alpha Foods', 'Bravo Trading', 'Charlie Mart'])
    expect(main.saveRecord('clients', { name, segment: 'Retail' })).toMatchObject({ ok: true });
  expect(main.saveScheme('Welcome', STEPS, null)).toMatchObject({ ok: true });
  return emulator;
}

const apply = (scheme: string) => main.applyScheme(scheme, { segments: ['Retail'] }, '2030-01-07');
const planned = (emulator: Emulator, scheme: string) =>
  rowsByHeader(emulator, 'Contact plan').filter((row) => row.Scheme === scheme);

describe('a scheme applied while its calls fail', () => {
  for (const mode of ['once', 'cutoff'] as const) {
    it(`writes all of its rows or none (${mode})`, () => {
      const emulator = workbook();
      emulator.calls.reset();
      expect(apply('Welcome')).toMatchObject({ ok: true });
      const total = emulator.calls.count();
      for (let n = 1; n <= total; n += 1) {
        // A scheme of its own for each attempt, so one workbook serves them all.
        const scheme = `Welcome ${n}`;
        expect(main.saveScheme(scheme, STEPS, null)).toMatchObject({ ok: true });
        emulator.calls.reset();
        emulator.calls.failAt(n, mode);
        try {
          apply(scheme);
        } catch {
          // A cut-off execution ends with the error; what it left is settled below.
        }
        emulator.calls.clearFault();
        // The next execution settles what a cut-off one left.
        expect(main.getSchemes()).toMatchObject({ ok: true });
        const context = `call ${n} of ${total} (${mode})`;
        const rows = planned(emulator, scheme);
        expect([0, 6], context).toContain(rows.length);
        const audited = rowsByHeader(emulator, 'Audit log').filter(
          (row) => row.Action === 'applyScheme' && String(row.After).includes(`"scheme":"${scheme}"`),
        );
        expect(audited.length, context).toBe(rows.length === 0 ? 0 : 1);
        // Whatever happened, applying again leaves exactly one row per client and step.
        expect(apply(scheme), context).toMatchObject({ ok: true });
        const keys = planned(emulator, scheme).map((row) => `${row.Client} ${row.Step}`);
        expect(new Set(keys).size, context).toBe(6);
        expect(keys, context).toHaveLength(6);
      }
    });
  }
});
