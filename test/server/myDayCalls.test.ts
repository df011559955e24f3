/**
 * My day's cost and the sheet's highlight: reading My day and logging an outcome make the same
 * service calls at 50 and 2,000 contacts (the emulator counts every call), and set-up keeps the
 * overdue rule on the Contact plan, written again with the new column letters after columns move.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { columnLetter } from '../../src/core/tables/a1Notation';
import { SCHEMES_TABLE } from '../../src/core/tables/schemeTable';
import { CONTACT_PLAN_TABLE } from '../../src/core/tables/workTables';
import { activeStore } from '../../src/gas/activeDocument';
import { withDocumentLock } from '../../src/gas/documentLock';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { useEmulator } from '../support/emulatedSheets';

const ZONE = 'Asia/Manila';
const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
const t = translatorFor('en');
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer as Extract<T, { ok: true }>;
}

const contactSheet = (emulator: Emulator) =>
  emulator.spreadsheet.getSheetByName(t(CONTACT_PLAN_TABLE.sheetLabel)) as Sheet;

/** Writes `count` planned contacts of C-000001 straight into the sheet (uncounted), spread over a year. */
function seedContacts(emulator: Emulator, count: number): void {
  emulator.uncounted(() => {
    const sheet = contactSheet(emulator);
    const header = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
    const at = (key: string) =>
      header.indexOf(t(CONTACT_PLAN_TABLE.columns.find((c) => c.key === key)?.label ?? 'col.id'));
    if (sheet.getMaxRows() < count + 100)
      sheet.insertRowsAfter(sheet.getMaxRows(), count + 100 - sheet.getMaxRows());
    const rows = Array.from({ length: count }, (_, i) => {
      const row: unknown[] = new Array(header.length).fill('');
      row[at('id')] = `P-${String(i + 1).padStart(6, '0')}`;
      row[at('clientId')] = 'C-000001';
      row[at('plannedDate')] = new Date(Date.UTC(2026, 11, 1 + (i % 360)) - 8 * 3_600_000);
      row[at('channel')] = 'call';
      row[at('status')] = i % 3 === 0 ? 'done' : 'planned';
      row[at('owner')] = ANA;
      return row;
    });
    sheet.getRange(2, 1, count, header.length).setValues(rows);
  });
}

/** A workbook with Ana's two clients, `contacts` rows, and a 3-step scheme run for each client. */
function workbook(contacts: number): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD, timeZone: ZONE });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA }));
  ok(main.saveRecord('clients', { name: 'Bravo Logistics', owner: ANA }));
  seedContacts(emulator, contacts);
  withDocumentLock(() =>
    activeStore().appendMany(
      SCHEMES_TABLE,
      [
        { scheme: 'Welcome', step: 1, dayOffset: 0, channel: 'call' },
        { scheme: 'Welcome', step: 2, dayOffset: 5, channel: 'email', stopWhen: 'reached' },
        { scheme: 'Welcome', step: 3, dayOffset: 11, channel: 'meeting' },
      ],
      { at: new Date().toISOString(), by: HEAD },
    ),
  );
  for (const clientId of ['C-000001', 'C-000002'])
    for (const [step, plannedDate] of [
      [1, '2026-12-07'],
      [2, '2026-12-14'],
      [3, '2026-12-18'],
    ] as const)
      ok(
        main.saveRecord('contacts', {
          clientId,
          plannedDate,
          channel: 'call',
          scheme: 'Welcome',
          step,
          schemeStart: '2026-12-07',
        }),
      );
  emulator.setActiveUser(ANA);
  return emulator;
}

/** The calls of `action(second)` after a warm-up `action(first)`, by kind. */
function callsAt(contacts: number, action: (turn: number) => { ok: boolean }): Record<string, number> {
  const emulator = workbook(contacts);
  ok(action(0));
  emulator.calls.reset();
  ok(action(1));
  return emulator.calls.byKind();
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

describe('service calls at 50 and 2,000 contacts', () => {
  it('reading My day', () => {
    const small = callsAt(50, () => main.getMyDay());
    const large = callsAt(2_000, () => main.getMyDay());
    expect(large).toEqual(small);
    console.info(`getMyDay: ${total(small)} calls`, small);
  });

  it('logging an outcome that stops a scheme (two rows cancelled) and stamps the client', () => {
    /** Logs step 1 of the client's run as done (it is due today): the stop cancels steps 2 and 3. */
    const logStepOne = (clientId: string) => {
      const entry = ok(main.getMyDay()).today.find((e) => e.clientId === clientId && e.step === 1);
      return () => main.logContactOutcome(entry?.id, 'done', 'Reached', null, entry?.shown);
    };
    const measured = (contacts: number) => {
      const emulator = workbook(contacts);
      ok(logStepOne('C-000001')()); // the warm-up: Alpha's run
      const log = logStepOne('C-000002');
      emulator.calls.reset();
      const logged = log();
      const calls = emulator.calls.byKind();
      expect(logged).toMatchObject({
        ok: true,
        stopped: { cancelled: [expect.any(String), expect.any(String)] },
      });
      return calls;
    };
    const small = measured(50);
    const large = measured(2_000);
    expect(large).toEqual(small);
    expect(small['Session.getActiveUser'] ?? 0).toBeLessThanOrEqual(1);
    console.info(`logContactOutcome: ${total(small)} calls`, small);
  });

  it('logging an outcome of a contact of no scheme', () => {
    const small = callsAt(50, (turn) =>
      main.logContactOutcome(turn === 0 ? 'P-000002' : 'P-000003', 'missed', 'No answer', null, {}),
    );
    const large = callsAt(2_000, (turn) =>
      main.logContactOutcome(turn === 0 ? 'P-000002' : 'P-000003', 'missed', 'No answer', null, {}),
    );
    expect(large).toEqual(small);
    console.info(`logContactOutcome (no scheme): ${total(small)} calls`, small);
  });
});

/** The custom formulas of the sheet's conditional-format rules, in order. */
function formulasOf(sheet: Sheet): string[] {
  return sheet
    .getConditionalFormatRules()
    .map((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? ''));
}

/** The letters of the Status and Planned date columns now. */
function lettersOf(sheet: Sheet): { status: string; date: string } {
  const header = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
  return {
    status: columnLetter(header.indexOf(t('col.status')) + 1),
    date: columnLetter(header.indexOf(t('col.contact.plannedDate')) + 1),
  };
}

// Planned is its key (older workbooks) or its caption in either language (Sheets' = ignores case).
const overdue = ({ status, date }: { status: string; date: string }) =>
  `=AND(OR($${status}2="planned",$${status}2="${translatorFor('fil')('choice.contactStatus.planned')}",$${status}2=""),ISNUMBER($${date}2),$${date}2<TODAY())`;

describe('the overdue highlight on the Contact plan', () => {
  it('is set up, kept once, and written again with the new letters after the columns move', () => {
    const emulator = useEmulator({ activeUserEmail: HEAD, timeZone: ZONE });
    main.setUpWorkbook();
    const sheet = contactSheet(emulator);
    const before = lettersOf(sheet);
    expect(formulasOf(sheet)).toEqual([overdue(before)]);
    const [rule] = sheet.getConditionalFormatRules();
    expect(rule?.getRanges().map((r) => r.getA1Notation())).toEqual([
      `A2:${columnLetter(CONTACT_PLAN_TABLE.columns.length)}${sheet.getMaxRows()}`,
    ]);
    expect(rule?.getBooleanCondition()?.getCriteriaType()).toBe(
      SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA,
    );
    expect(rule?.getBooleanCondition()?.getBackground()).toBe('#fce8e6');
    // A person's own rule, and set-up again: one overdue rule, the person's kept.
    const own = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('call')
      .setBold(true)
      .setRanges([sheet.getRange('E2:E10')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), own]);
    main.setUpWorkbook();
    expect(formulasOf(sheet)).toEqual([overdue(before), 'call']);

    // Status moved to column B, Planned date to the far right.
    const statusColumn = sheet.getRange(`${before.status}:${before.status}`);
    sheet.moveColumns(statusColumn, 2);
    const moved = lettersOf(sheet);
    const dateColumn = sheet.getRange(`${moved.date}:${moved.date}`);
    sheet.moveColumns(dateColumn, sheet.getLastColumn() + 1);
    const after = lettersOf(sheet);
    expect(after).not.toEqual(before);
    main.setUpWorkbook();
    expect(formulasOf(sheet)).toEqual([overdue(after), 'call']);
  });
});
