/**
 * Applying a scheme is all or nothing: the apply is failed at every one of its service calls, once
 * (a passing error) and as a cut-off execution; afterwards the contact plan holds either none of its
 * rows or all of them, never some, never twice, and the audit log says so once. An update after an
 * edit moves rows without a journal (one write per group): cut off anywhere, whatever it moved is
 * audited, and applying the update again finishes it. A rename, failed at every call, leaves the
 * scheme and its clients' contact rows under one name (the contact rows, written without a journal,
 * take their old name back in the same execution, or at the next read when it was cut off).
 */
import { describe, expect, it } from 'vitest';
import { CONTACT_PLAN_TABLE } from '../../src/core/tables/workTables';
import { activeStore } from '../../src/gas/activeDocument';
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

/** The contact plan's records of a scheme as the store reads them (dates as ISO text), uncounted. */
const records = (emulator: Emulator, scheme: string) =>
  emulator.uncounted(() =>
    activeStore()
      .readAll(CONTACT_PLAN_TABLE)
      .map(({ record }) => record)
      .filter((record) => record.scheme === scheme),
  );

/** Step 2 two days later (Monday 14 → Wednesday 16 January), and a visit added at 14 days. */
const EDITED = (shown: { steps: readonly object[] }) => [
  shown.steps[0],
  { ...shown.steps[1], dayOffset: 9 },
  { step: 3, dayOffset: 14, channel: 'meeting', purpose: 'Visit' },
];

describe('a scheme update cut off at any of its calls', () => {
  it('leaves whatever it moved audited, and applying it again finishes it', { timeout: 180_000 }, () => {
    const emulator = workbook();
    const shownOf = (name: string) => {
      const answer = main.getSchemes();
      const scheme = answer.ok ? answer.schemes.find((candidate) => candidate.name === name) : undefined;
      if (!scheme) throw new Error(`no scheme ${name}`);
      return scheme;
    };
    let total = 0;
    for (let n = 0; n === 0 || n <= total; n += 1) {
      const scheme = `Update ${n}`;
      expect(main.saveScheme(scheme, STEPS, null)).toMatchObject({ ok: true });
      expect(apply(scheme)).toMatchObject({ ok: true });
      expect(main.saveScheme(scheme, EDITED(shownOf(scheme)), shownOf(scheme))).toMatchObject({ ok: true });
      emulator.calls.reset();
      if (n === 0) {
        // The clean run, to count its calls.
        expect(main.applySchemeUpdate(scheme)).toMatchObject({ ok: true });
        total = emulator.calls.count();
        continue;
      }
      emulator.calls.failAt(n, 'cutoff');
      try {
        main.applySchemeUpdate(scheme);
      } catch {
        // The cut-off execution ends with the error.
      }
      emulator.calls.clearFault();
      expect(main.getSchemes()).toMatchObject({ ok: true });
      const context = `call ${n} of ${total}`;
      const stepTwo = records(emulator, scheme).filter((row) => row.step === 2);
      expect(stepTwo, context).toHaveLength(3);
      const moved = stepTwo.filter((row) => row.plannedDate !== '2030-01-14');
      const audited = rowsByHeader(emulator, 'Audit log').filter(
        (row) => row.Action === 'schemeUpdate' && String(row.After).includes(`"scheme":"${scheme}"`),
      );
      if (moved.length > 0) expect(audited.length, context).toBe(1);
      expect(main.applySchemeUpdate(scheme), context).toMatchObject({ ok: true });
      const rows = records(emulator, scheme);
      const keys = rows.map((row) => `${row.clientId} ${row.step}`);
      expect(new Set(keys).size, context).toBe(9);
      expect(keys, context).toHaveLength(9);
      const stepTwoDays = rows.filter((row) => row.step === 2).map((row) => row.plannedDate);
      expect(new Set(stepTwoDays), context).toEqual(new Set(['2030-01-16']));
    }
    expect(total).toBeGreaterThan(20);
  });
});

function shownScheme(name: string) {
  const page = main.getSchemes();
  if (!page.ok) throw new Error(page.message);
  const scheme = page.schemes.find((s) => s.name === name);
  if (!scheme) throw new Error(`no scheme ${name}`);
  return scheme;
}

const namesIn = (emulator: Emulator, sheet: string) =>
  new Set(rowsByHeader(emulator, sheet).map((row) => String(row.Scheme ?? '')));

describe('renaming a scheme while its calls fail', () => {
  for (const mode of ['once', 'cutoff'] as const) {
    it(`leaves the scheme and its clients' contact rows under one name (${mode})`, {
      timeout: 180_000,
    }, () => {
      // The clean rename's calls, to fail each in turn.
      const probe = workbook();
      expect(apply('Welcome')).toMatchObject({ ok: true });
      const shown0 = shownScheme('Welcome');
      probe.calls.reset();
      expect(main.saveScheme('Hello', shown0.steps, shown0)).toMatchObject({ ok: true });
      const total = probe.calls.count();
      const mismatched: number[] = [];
      const offScheme: number[] = [];
      for (let n = 1; n <= total; n += 1) {
        const emulator = workbook();
        expect(apply('Welcome')).toMatchObject({ ok: true });
        const shown = shownScheme('Welcome');
        emulator.calls.reset();
        emulator.calls.failAt(n, mode);
        try {
          main.saveScheme('Hello', shown.steps, shown);
        } catch {
          // A cut-off execution ends with the error.
        }
        emulator.calls.clearFault();
        const page = main.getSchemes();
        if (!page.ok) throw new Error(page.message);
        const schemes = namesIn(emulator, 'Schemes');
        const contacts = namesIn(emulator, 'Contact plan');
        if ([...contacts].some((name) => !schemes.has(name))) mismatched.push(n);
        // The three clients are on the scheme, whichever name it has now.
        if (page.schemes.length !== 1 || page.schemes[0]?.clients !== 3) offScheme.push(n);
      }
      expect(
        mismatched,
        `calls (of ${total}) after which contact rows name a scheme that is not in the sheet`,
      ).toEqual([]);
      expect(offScheme, 'calls after which the clients are not on the scheme').toEqual([]);
    });
  }
});
