/**
 * The team's own forms: appointing members and recording absences are a head's, the team's rules
 * are checked against the sheet as it is inside the lock, and the heads-only sheets follow the
 * heads on the team.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const MANAGER = 'mario.manager@suki.test';
const OTHER = 'ana@suki.test';
const t = translatorFor('en');

let emulator: Emulator;
const team = () => rowsByHeader(emulator, 'Team');
const idOf = (email: string) => String(team().find((row) => row['E-mail'] === email)?.ID);
const sheetsNow = () => ({ team: emulator.sheetValues('Team'), absences: emulator.sheetValues('Absences') });

/** The e-mails Sheets lets edit a heads-only sheet. */
function editorsOf(sheetName: string): string[] {
  return emulator.uncounted(
    () =>
      (emulator.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet)
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]
        ?.getEditors()
        .map((user) => user.getEmail())
        .sort() ?? [],
  );
}

beforeEach(() => {
  emulator = useEmulator({ activeUserEmail: HEAD, ownerEmail: 'owner@suki.test' });
  main.setUpWorkbook();
  expect(main.saveRecord('team', { email: MANAGER, name: 'Mario', role: 'manager' })).toMatchObject({
    ok: true,
  });
  expect(main.saveRecord('team', { email: OTHER, name: 'Ana', role: 'manager' })).toMatchObject({ ok: true });
});

describe('appointing', () => {
  it('stamps who appointed whom, and audits it', () => {
    expect(team().map((row) => [row['E-mail'], row.Role, row.Status, row['Appointed by']])).toEqual([
      [HEAD, 'head', 'active', HEAD],
      [MANAGER, 'manager', 'active', HEAD],
      [OTHER, 'manager', 'active', HEAD],
    ]);
    const created = rowsByHeader(emulator, 'Audit log').filter((row) => row.Table === 'team');
    expect(created.map((row) => [row.Action, row['Record ID'], row.Who])).toEqual([
      ['create', 'T-000001', HEAD],
      ['create', 'T-000002', HEAD],
      ['create', 'T-000003', HEAD],
    ]);
  });

  it('refuses an e-mail already on the team', () => {
    const before = sheetsNow();
    expect(
      main.saveRecord('team', { email: 'Mario.Manager@suki.test', name: 'Again', role: 'head' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: [
        {
          field: 'email',
          message: t('team.emailTaken', { field: t('col.client.email'), email: MANAGER, id: 'T-000002' }),
        },
      ],
    });
    expect(sheetsNow()).toEqual(before);
  });

  it('refuses changing a member’s e-mail and archiving a member', () => {
    const before = sheetsNow();
    expect(main.updateRecord('team', idOf(MANAGER), { email: 'new@suki.test' }, {})).toMatchObject({
      ok: false,
      fieldErrors: [
        expect.objectContaining({ field: 'email', message: expect.stringContaining('cannot change') }),
      ],
    });
    expect(main.archiveRecord('team', idOf(MANAGER))).toMatchObject({
      ok: false,
      fieldErrors: [
        { field: 'email', message: t('team.archiveNotAllowed', { field: t('col.client.email') }) },
      ],
    });
    expect(sheetsNow()).toEqual(before);
  });

  it('refuses a manager, even for their own row', () => {
    emulator.setActiveUser(MANAGER);
    const before = sheetsNow();
    const headOnly = t('access.headOnly', { email: MANAGER });
    expect(
      main.saveRecord('team', { email: 'friend@suki.test', name: 'Friend', role: 'head' }),
    ).toMatchObject({
      ok: false,
      message: headOnly,
    });
    expect(main.updateRecord('team', idOf(MANAGER), { role: 'head' }, {})).toMatchObject({
      ok: false,
      message: headOnly,
    });
    expect(
      main.saveRecord('absences', {
        manager: OTHER,
        from: '2025-03-10',
        to: '2025-03-11',
        reason: 'other',
        deputy: MANAGER,
      }),
    ).toMatchObject({ ok: false, message: headOnly });
    expect(sheetsNow()).toEqual(before);
  });
});

describe('the heads-only sheets', () => {
  it('follow the heads as members are made heads and managers again', () => {
    expect(editorsOf('Team')).not.toContain(MANAGER);
    expect(main.updateRecord('team', idOf(MANAGER), { role: 'head' }, {})).toMatchObject({ ok: true });
    expect(editorsOf('Team')).toContain(MANAGER);
    expect(editorsOf('Absences')).toContain(MANAGER);

    emulator.setActiveUser(MANAGER);
    expect(main.updateRecord('team', idOf(HEAD), { role: 'manager' }, {})).toMatchObject({ ok: true });
    expect(editorsOf('Team')).toContain(MANAGER);
    expect(editorsOf('Team')).not.toContain(HEAD);
    expect(editorsOf('Absences')).not.toContain(HEAD);

    // The last head cannot step down: no one changes their own role.
    const before = sheetsNow();
    expect(main.updateRecord('team', idOf(MANAGER), { role: 'manager' }, {})).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'role', message: t('team.ownRole', { field: t('col.team.role') }) }],
    });
    expect(sheetsNow()).toEqual(before);
  });
});

describe('recording an absence', () => {
  const absence = (extra: Record<string, unknown> = {}) => ({
    manager: OTHER,
    from: '2025-03-10',
    to: '2025-03-14',
    reason: 'illness',
    deputy: MANAGER,
    ...extra,
  });

  it('is saved for an active manager with another member as deputy, and audited', () => {
    expect(main.saveRecord('absences', absence())).toMatchObject({ ok: true, id: 'A-000001' });
    expect(rowsByHeader(emulator, 'Absences')).toEqual([
      expect.objectContaining({
        ID: 'A-000001',
        'Absent manager': OTHER,
        Deputy: MANAGER,
        'Created by': HEAD,
      }),
    ]);
    expect(rowsByHeader(emulator, 'Audit log').at(-1)).toMatchObject({
      Action: 'create',
      Table: 'absences',
      Who: HEAD,
    });
  });

  it.each([
    ['a head as the absent person', { manager: HEAD }, 'manager'],
    ['someone not on the team as the absent person', { manager: 'stranger@else.test' }, 'manager'],
    ['the absent person as their own deputy', { deputy: OTHER }, 'deputy'],
    ['a deputy not on the team', { deputy: 'stranger@else.test' }, 'deputy'],
    ['a last day before the first', { to: '2025-03-09' }, 'to'],
  ])('is refused for %s, writing nothing', (_label, extra, field) => {
    const before = sheetsNow();
    const answer = main.saveRecord('absences', absence(extra));
    expect(answer).toMatchObject({ ok: false, message: t('form.fixErrors') });
    expect(answer.ok ? [] : answer.fieldErrors.map((error) => error.field)).toEqual([field]);
    expect(sheetsNow()).toEqual(before);
  });

  it('is refused for a dismissed manager, and with a dismissed deputy', () => {
    expect(main.dismissMember(OTHER, MANAGER)).toMatchObject({ ok: true });
    const before = sheetsNow();
    expect(main.saveRecord('absences', absence())).toMatchObject({ ok: false });
    expect(main.saveRecord('absences', absence({ manager: MANAGER, deputy: OTHER }))).toMatchObject({
      ok: false,
      fieldErrors: [expect.objectContaining({ field: 'deputy' })],
    });
    expect(sheetsNow()).toEqual(before);
  });
});

describe('a head’s change cut off before it committed', () => {
  it('stops a manager’s save with a plain message, writes none of it, and the next head’s action finishes it', () => {
    main.saveRecord('clients', { name: 'Alpha Foods', owner: MANAGER });
    const start = emulator.calls.count();
    main.saveRecord('team', { email: 'late@suki.test', name: 'Late', role: 'manager' });
    const calls = emulator.calls.count() - start;
    const journalLeft = () =>
      emulator.uncounted(() =>
        emulator.globals.PropertiesService.getDocumentProperties().getProperty('suki.journal'),
      ) !== null;
    // Cut an appointment off later and later from its end, until one stops before its commit.
    let members = 0;
    let cutEmail = '';
    for (let n = calls; n >= 1 && !journalLeft(); n -= 1) {
      members = team().length;
      cutEmail = `later${n}@suki.test`;
      emulator.calls.failAt(n, 'cutoff');
      try {
        main.saveRecord('team', { email: cutEmail, name: 'Later', role: 'manager' });
      } catch {
        // cut off
      }
      emulator.calls.clearFault();
    }
    expect(journalLeft()).toBe(true);
    emulator.setActiveUser(MANAGER);
    const clients = emulator.sheetValues('Clients');
    const refused = main.saveRecord('clients', { name: 'Bravo Logistics' });
    expect(refused).toMatchObject({ ok: false, message: t('error.headMustFinish') });
    expect(emulator.sheetValues('Clients')).toEqual(clients);
    emulator.setActiveUser(HEAD);
    expect(main.saveRecord('clients', { name: 'Charlie Retail' })).toMatchObject({ ok: true });
    expect(team().map((row) => row['E-mail'])).not.toContain(cutEmail);
    expect(team().length).toBe(members);
    emulator.setActiveUser(MANAGER);
    expect(main.saveRecord('clients', { name: 'Bravo Logistics' })).toMatchObject({ ok: true });
  });
});

describe('a role typed into the Team sheet by hand', () => {
  it('is logged, and the heads-only sheets follow it', () => {
    emulator.attachScript((name) =>
      name === 'onEdit' ? (main.onEdit as (...args: unknown[]) => unknown) : undefined,
    );
    const row = team().findIndex((member) => member['E-mail'] === MANAGER) + 2;
    const header = emulator.sheetValues('Team')[0] ?? [];
    const column = header.indexOf('Role') + 1;
    // Picked from the dropdown: the role's caption in the workbook's language.
    expect(emulator.personEdit('Team', row, column, 'Head')).toMatchObject({ accepted: true });
    expect(editorsOf('Team')).toContain(MANAGER);
    expect(rowsByHeader(emulator, 'Audit log').at(-1)).toMatchObject({ Action: 'handEdit', Field: 'role' });
  });
});
