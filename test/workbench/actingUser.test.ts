/**
 * The workbench's acting-user switch on the demo workbook: it offers the team's heads and managers
 * (a manager covering an absent colleague today says whose deputy they are, by core's cover rules),
 * a stranger, someone whose e-mail Google hides and any other address, always shows whoever is
 * acting, and /api/user acts as each of them.
 */
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { translate } from '../../src/core/i18n/translate';
import { toCell } from '../../src/core/tables/cellCodec';
import { columnOf, type TableRecord } from '../../src/core/tables/tableSpec';
import { ABSENCES_TABLE } from '../../src/core/tables/teamTables';
import type { Emulator } from '../../workbench/emulator';
import { locateTableIn, seedDemoWorkbook, writeTableRecords } from '../../workbench/seed';
import { workbenchRoutes } from '../../workbench/server/routes';
import { createSukiRuntime, STRANGER_EMAIL, WorkbookSession } from '../../workbench/server/session';

const DIST = resolve(import.meta.dirname, '../../dist');

let emulator: Emulator;
let session: WorkbookSession;
let zone: string;

/** Person `role` number `index` of the demo team (heads first, in the Team sheet's order). */
function member(role: 'head' | 'manager', index = 0): { email: string; name: string } {
  const found = session.team().filter((person) => person.role === role)[index];
  if (!found) throw new Error(`The demo team has no ${role} number ${index + 1}.`);
  return found;
}

function labels(): string[] {
  return session.actingChoices().choices.map((choice) => choice.label);
}

function labelOf(email: string): string | undefined {
  return session.actingChoices().choices.find((choice) => choice.value === email)?.label;
}

/** The calendar day `days` after `iso` (YYYY-MM-DD). */
function plusDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Absences table's sheet; made by hand, headed in English, when the build's set-up has none. */
function absencesSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const found = locateTableIn(emulator, ABSENCES_TABLE);
  if (found) return found.sheet;
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.insertSheet(translate('en', ABSENCES_TABLE.sheetLabel));
    const header = ABSENCES_TABLE.columns.map((column) => translate('en', column.label));
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    return sheet;
  });
}

/** Sets the dates of the absence in sheet row `row`, as a head typing over them would. */
function setAbsenceDates(row: number, from: string, to: string): void {
  const location = locateTableIn(emulator, ABSENCES_TABLE);
  if (!location) throw new Error('No Absences table.');
  emulator.uncounted(() => {
    for (const [key, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const column = location.columns.positions.get(key);
      if (column === undefined) throw new Error(`The Absences table has no ${key} column.`);
      location.sheet.getRange(row, column).setValue(toCell(columnOf(ABSENCES_TABLE, key), value, zone));
    }
  });
  session.changed();
}

/** POSTs `body` to /api/user through the workbench's own route. */
async function postUser(body: unknown): Promise<{ status: number; body: unknown }> {
  const routes = workbenchRoutes({
    session,
    page: { js: '', css: '' },
    savePath: null,
    save: () => Promise.resolve(),
  });
  const route = routes.find((entry) => entry.method === 'POST' && entry.pattern.test('/api/user'));
  if (!route) throw new Error('No /api/user route.');
  try {
    const reply = await route.handler({
      method: 'POST',
      path: '/api/user',
      query: new URLSearchParams(),
      body,
      params: [],
    });
    return { status: reply.status, body: JSON.parse(String(reply.body)) };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === undefined) throw error;
    return { status, body: { error: (error as Error).message } };
  }
}

beforeAll(() => {
  const made = createSukiRuntime(DIST);
  emulator = made.emulator;
  seedDemoWorkbook(emulator, made.runtime, { size: { clients: 20 } });
  zone = emulator.uncounted(() => emulator.spreadsheet.getSpreadsheetTimeZone());
  session = new WorkbookSession(emulator, made.runtime);
  session.open();
});

beforeEach(() => {
  session.actAs(member('head').email);
});

describe('the acting-user switch', () => {
  it('offers the head, each manager, a stranger, a hidden e-mail and any other address', () => {
    const head = member('head');
    const managers = session.team().filter((person) => person.role === 'manager');
    expect(managers.length).toBeGreaterThanOrEqual(2);
    const { choices, current } = session.actingChoices();
    expect(choices.map((choice) => [choice.value, choice.label])).toEqual([
      [head.email, `${head.name} · head`],
      ...managers.map((manager) => [manager.email, `${manager.name} · manager`]),
      [STRANGER_EMAIL, 'A stranger (not on the team)'],
      ['hidden', 'E-mail hidden by Google'],
      ['other', 'Other e-mail…'],
    ]);
    expect(current).toBe(head.email);
    expect(choices.find((choice) => choice.value === 'hidden')?.request).toEqual({ hidden: true });
    expect(choices.find((choice) => choice.value === 'other')?.request).toBeUndefined();
  });

  it("names the absent manager a deputy covers today, until the absence's last day has passed", () => {
    const deputy = member('manager', 0);
    const absent = member('manager', 1);
    const sheet = absencesSheet();
    const today = isoDateInZone(new Date(emulator.now()), zone);
    const absence: TableRecord = {
      id: 'A-000901',
      manager: absent.email,
      from: plusDays(today, -1),
      to: plusDays(today, 2),
      reason: 'vacation',
      deputy: deputy.email,
      notes: null,
      createdAt: null,
      createdBy: member('head').email,
      updatedAt: null,
      updatedBy: null,
      archivedAt: null,
    };
    writeTableRecords(emulator, ABSENCES_TABLE, [absence], zone);
    const row = emulator.uncounted(() => sheet.getLastRow());
    session.changed();

    expect(labelOf(deputy.email)).toBe(`${deputy.name} · manager · deputy for ${absent.name}`);
    expect(labelOf(absent.email)).toBe(`${absent.name} · manager`);
    expect(labels().filter((label) => label.includes('deputy for'))).toHaveLength(1);

    // It covers its last day too.
    setAbsenceDates(row, plusDays(today, -5), today);
    expect(labelOf(deputy.email)).toBe(`${deputy.name} · manager · deputy for ${absent.name}`);

    setAbsenceDates(row, plusDays(today, -5), plusDays(today, -1));
    expect(labelOf(deputy.email)).toBe(`${deputy.name} · manager`);
    expect(labels().some((label) => label.includes('deputy for'))).toBe(false);
  });

  it('acts as someone whose e-mail Google hides, and shows it as the current entry', async () => {
    const reply = await postUser({ hidden: true });
    expect(reply).toEqual({ status: 200, body: { ok: true, user: '' } });
    expect(emulator.globals.Session.getActiveUser().getEmail()).toBe('');
    expect(session.activeUser()).toBe('');
    expect(session.actingChoices().current).toBe('hidden');
  });

  it('acts as the stranger, and shows it as the current entry', async () => {
    expect(await postUser({ email: STRANGER_EMAIL })).toEqual({
      status: 200,
      body: { ok: true, user: STRANGER_EMAIL },
    });
    const { choices, current } = session.actingChoices();
    expect(current).toBe(STRANGER_EMAIL);
    expect(choices.filter((choice) => choice.value === STRANGER_EMAIL)).toHaveLength(1);
  });

  it('acts as any other address, listed first while it acts', async () => {
    expect(await postUser({ email: ' someone@else.example ' })).toEqual({
      status: 200,
      body: { ok: true, user: 'someone@else.example' },
    });
    const { choices, current } = session.actingChoices();
    expect(current).toBe('someone@else.example');
    expect(choices[0]).toEqual({
      value: 'someone@else.example',
      label: 'someone@else.example',
      request: { email: 'someone@else.example' },
    });
  });

  it('takes a team e-mail in any case as that person', async () => {
    const manager = member('manager');
    await postUser({ email: manager.email.toUpperCase() });
    expect(session.actingChoices().current).toBe(manager.email);
  });

  it('refuses an empty or malformed e-mail, and an e-mail together with hidden, changing nobody', async () => {
    const head = member('head').email;
    for (const body of [{ email: '' }, { email: '   ' }, { email: 'nobody' }, {}, { hidden: 'yes' }]) {
      expect((await postUser(body)).status).toBe(400);
    }
    expect((await postUser({ hidden: true, email: STRANGER_EMAIL })).status).toBe(400);
    expect(session.activeUser()).toBe(head);
  });
});
