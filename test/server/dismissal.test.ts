/**
 * Dismissing a team member hands everything they hold to the successor a head chose, in one step:
 * no client and no open item is left with the dismissed person or with nobody; closed work keeps
 * its owner (it is the record of what they did); the absences they were to cover pass on; every
 * move is audited. A refused dismissal writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { translatorFor } from '../../src/core/i18n/translate';
import { ALL_TABLES } from '../../src/core/tables/registry';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { isOpenWork } from '../../src/core/team/handover';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, tableRows, useEmulator } from '../support/emulatedSheets';
import { faultPoints } from '../support/faultPoints';
import { silenceSurvivedFailures } from '../support/quietFailures';

const HEAD = 'hana.head@suki.test';
const LEAVING = 'ana.leaving@suki.test';
const SUCCESSOR = 'ben.successor@suki.test';
const OTHER = 'cora.other@suki.test';
const STRANGER = 'sam.stranger@elsewhere.test';
const t = translatorFor('en');

silenceSurvivedFailures();

let emulator: Emulator;

/** Every record of every table with an owner: `table:id` → owner. */
function ownersByRecord(): Record<string, unknown> {
  const owners: Record<string, unknown> = {};
  for (const table of ALL_TABLES) {
    if (!table.columns.some((column) => column.key === 'owner')) continue;
    for (const row of tableRows(emulator, table.key)) owners[`${table.key}:${String(row.id)}`] = row.owner;
  }
  return owners;
}

/** A date cell as the calendar day it is in the workbook's zone (Asia/Manila, the emulator's default). */
const day = (value: unknown) => (value instanceof Date ? isoDateInZone(value, 'Asia/Manila') : value);

function everySheet() {
  return emulator.uncounted(() =>
    Object.fromEntries(
      emulator.spreadsheet
        .getSheets()
        .map((sheet) => [sheet.getName(), emulator.sheetValues(sheet.getName())]),
    ),
  );
}

function saved(tableKey: string, record: Record<string, unknown>): string {
  const answer = main.saveRecord(tableKey, record);
  if (!answer.ok) throw new Error(`${tableKey}: ${answer.message}`);
  return (answer as unknown as { id: string }).id;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-05-05T10:00:00+08:00'));
  emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  for (const [email, name] of [
    [LEAVING, 'Ana'],
    [SUCCESSOR, 'Ben'],
    [OTHER, 'Cora'],
  ] as const) {
    saved('team', { email, name, role: 'manager' });
  }
  // The leaving manager's clients (one archived), and one of the successor's.
  saved('clients', { name: 'Alpha Foods', owner: LEAVING }); // C-000001
  saved('clients', { name: 'Bravo Logistics', owner: LEAVING }); // C-000002
  saved('clients', { name: 'Charlie Retail', owner: SUCCESSOR }); // C-000003
  expect(main.archiveRecord('clients', 'C-000002')).toMatchObject({ ok: true });
  // Open and closed work of every kind; P-000003 is the leaving manager's on someone else's client.
  saved('contacts', { clientId: 'C-000001', plannedDate: '2025-05-10', channel: 'call' }); // P-000001
  saved('contacts', { clientId: 'C-000001', plannedDate: '2025-04-10', channel: 'call', status: 'done' });
  saved('contacts', { clientId: 'C-000003', plannedDate: '2025-05-12', channel: 'meeting', owner: LEAVING });
  const claim = {
    clientId: 'C-000001',
    receivedDate: '2025-04-01',
    category: 'quality',
    description: 'Late',
  };
  saved('claims', claim); // K-000001
  saved('claims', { ...claim, status: 'resolved', resolvedDate: '2025-04-03' }); // K-000002
  saved('deals', { clientId: 'C-000001', title: 'Renewal' }); // D-000001
  saved('deals', { clientId: 'C-000001', title: 'Pilot', stage: 'won' }); // D-000002
  const obligation = { clientId: 'C-000001', obligation: 'Quarterly review', dueDate: '2025-06-30' };
  saved('obligations', obligation); // B-000001
  saved('obligations', { ...obligation, status: 'done', doneDate: '2025-04-30' }); // B-000002
  saved('campaigns', { name: 'Summer mailing', channel: 'email', owner: LEAVING }); // M-000001
  saved('campaigns', { name: 'Spring show', channel: 'show', owner: LEAVING, status: 'done' }); // M-000002
  saved('campaigns', { name: 'Head’s own', channel: 'fax' }); // M-000003
  // The leaving manager is to cover two absences still to come, and is to be away once.
  const away = { reason: 'vacation' };
  saved('absences', { ...away, manager: SUCCESSOR, from: '2025-06-02', to: '2025-06-06', deputy: LEAVING });
  saved('absences', { ...away, manager: OTHER, from: '2025-05-01', to: '2025-05-09', deputy: LEAVING });
  saved('absences', { ...away, manager: LEAVING, from: '2025-07-01', to: '2025-07-04', deputy: OTHER });
  saved('absences', { ...away, manager: OTHER, from: '2025-03-01', to: '2025-03-05', deputy: LEAVING });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('dismissing a manager', () => {
  it('hands every client and open item to the successor and leaves closed work with the person', () => {
    const before = ownersByRecord();
    const logged = rowsByHeader(emulator, 'Audit log').length;
    expect(main.dismissMember(LEAVING.toUpperCase(), ` ${SUCCESSOR} `)).toEqual({
      ok: true,
      message: t('team.dismissed', { email: LEAVING, successor: SUCCESSOR, clients: 2, items: 6 }),
      clients: 2,
      items: 6,
    });

    const moved = [
      'clients:C-000001',
      'clients:C-000002',
      'contacts:P-000001',
      'contacts:P-000003',
      'claims:K-000001',
      'deals:D-000001',
      'obligations:B-000001',
      'campaigns:M-000001',
    ];
    const after = ownersByRecord();
    expect(after).toEqual({
      ...before,
      ...Object.fromEntries(moved.map((key) => [key, SUCCESSOR])),
    });
    for (const key of ['contacts:P-000002', 'claims:K-000002', 'deals:D-000002', 'obligations:B-000002']) {
      expect(after[key], key).toBe(LEAVING);
    }
    expect(after['campaigns:M-000002']).toBe(LEAVING);

    // Whatever the tables: no client and no open item is the dismissed person's, or nobody's.
    for (const table of ALL_TABLES) {
      if (!table.columns.some((column) => column.key === 'owner')) continue;
      for (const row of tableRows(emulator, table.key)) {
        if (!isOpenWork(table, row as TableRecord)) continue;
        expect([LEAVING, ''], `${table.key} ${String(row.id)}`).not.toContain(row.owner);
      }
    }

    // Every moved record has its handOver entry, once.
    const entries = rowsByHeader(emulator, 'Audit log').slice(logged);
    const handOvers = entries.filter((row) => row.Action === 'handOver' && row.Field === 'owner');
    expect(handOvers.map((row) => `${String(row.Table)}:${String(row['Record ID'])}`).sort()).toEqual(
      [...moved].sort(),
    );
    for (const row of handOvers) expect(row).toMatchObject({ Who: HEAD, Before: LEAVING, After: SUCCESSOR });

    const team = tableRows(emulator, 'team').find((row) => row.email === LEAVING);
    expect(team).toMatchObject({ status: 'dismissed', role: 'manager' });
    expect(team?.dismissedAt).toEqual(new Date('2025-05-05T02:00:00.000Z'));
    expect(entries.filter((row) => row.Action === 'dismiss')).toEqual([
      expect.objectContaining({ Table: 'team', Field: 'status', Before: 'active', After: 'dismissed' }),
    ]);
  });

  it('passes the absences they were to cover on, and ends their own', () => {
    main.dismissMember(LEAVING, SUCCESSOR);
    const absences = tableRows(emulator, 'absences').map((row) => ({
      id: row.id,
      manager: row.manager,
      deputy: row.deputy,
      to: day(row.to),
      cancelled: row.archivedAt instanceof Date,
    }));
    expect(absences).toEqual([
      // The successor is the absent manager: the dismissing head covers.
      { id: 'A-000001', manager: SUCCESSOR, deputy: HEAD, to: '2025-06-06', cancelled: false },
      // Under way: the successor covers from now.
      { id: 'A-000002', manager: OTHER, deputy: SUCCESSOR, to: '2025-05-09', cancelled: false },
      // Their own absence still to come is cancelled.
      { id: 'A-000003', manager: LEAVING, deputy: OTHER, to: '2025-07-04', cancelled: true },
      // Over before today: history, untouched.
      { id: 'A-000004', manager: OTHER, deputy: LEAVING, to: '2025-03-05', cancelled: false },
    ]);
    const handOvers = rowsByHeader(emulator, 'Audit log').filter(
      (row) => row.Action === 'handOver' && row.Table === 'absences',
    );
    expect(handOvers.map((row) => [row['Record ID'], row.Field, row.Before, row.After])).toEqual([
      ['A-000001', 'deputy', LEAVING, HEAD],
      ['A-000002', 'deputy', LEAVING, SUCCESSOR],
      ['A-000003', 'archivedAt', '', '2025-05-05T02:00:00.000Z'],
    ]);
  });

  it('ends an absence of theirs under way on the day before', () => {
    saved('absences', {
      reason: 'illness',
      manager: SUCCESSOR,
      from: '2025-05-01',
      to: '2025-05-20',
      deputy: OTHER,
    });
    main.dismissMember(SUCCESSOR, OTHER);
    const absence = tableRows(emulator, 'absences').find((row) => row.id === 'A-000005');
    expect([day(absence?.to), absence?.archivedAt]).toEqual(['2025-05-04', '']);
  });

  it('leaves the dismissed person refused as a member', () => {
    main.dismissMember(LEAVING, SUCCESSOR);
    emulator.setActiveUser(LEAVING);
    const sheets = everySheet();
    const notOnTeam = t('access.notOnTeam', { email: LEAVING });
    expect(main.saveRecord('clients', { name: 'Delta Trading' })).toMatchObject({
      ok: false,
      message: notOnTeam,
    });
    expect(main.updateRecord('contacts', 'P-000002', { outcome: 'Changed' }, {})).toMatchObject({
      ok: false,
      message: notOnTeam,
    });
    expect(everySheet()).toEqual(sheets);
  });

  it('lets a dismissed e-mail be appointed again, without giving back the work', () => {
    main.dismissMember(LEAVING, SUCCESSOR);
    expect(main.saveRecord('team', { email: LEAVING, name: 'Ana again', role: 'manager' })).toMatchObject({
      ok: true,
    });
    expect(ownersByRecord()['clients:C-000001']).toBe(SUCCESSOR);
  });
});

describe('a dismissal that cannot be done', () => {
  const cases: [string, () => unknown, string][] = [
    ['oneself', () => main.dismissMember(HEAD, SUCCESSOR), t('team.notYourself')],
    ['the last head, by the head', () => main.dismissMember(HEAD, LEAVING), t('team.notYourself')],
    [
      'an unknown e-mail',
      () => main.dismissMember(STRANGER, SUCCESSOR),
      t('team.dismissUnknown', { email: STRANGER }),
    ],
    ['a blank e-mail', () => main.dismissMember('', SUCCESSOR), t('team.dismissUnknown', { email: '—' })],
    ['a successor not on the team', () => main.dismissMember(LEAVING, STRANGER), t('team.successorInvalid')],
    [
      'the person as their own successor',
      () => main.dismissMember(LEAVING, LEAVING),
      t('team.successorInvalid'),
    ],
    ['no successor', () => main.dismissMember(LEAVING, undefined), t('team.successorInvalid')],
  ];

  it.each(cases)('is refused for %s, and writes nothing', (_label, dismiss, refusal) => {
    const before = everySheet();
    expect(dismiss()).toMatchObject({ ok: false, message: refusal });
    expect(everySheet()).toEqual(before);
  });

  it('is refused for someone already dismissed, and for a dismissed successor', () => {
    main.dismissMember(OTHER, SUCCESSOR);
    const before = everySheet();
    expect(main.dismissMember(OTHER, SUCCESSOR)).toMatchObject({
      ok: false,
      message: t('team.dismissUnknown', { email: OTHER }),
    });
    expect(main.dismissMember(LEAVING, OTHER)).toMatchObject({
      ok: false,
      message: t('team.successorInvalid'),
    });
    expect(everySheet()).toEqual(before);
  });

  it('keeps the team’s last head: the only head cannot step down', () => {
    const before = everySheet();
    const head = tableRows(emulator, 'team').find((row) => row.email === HEAD);
    // No one changes their own role, so the last head stays one (team.lastHead guards the rest).
    expect(main.updateRecord('team', String(head?.id), { role: 'manager' }, {})).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'role', message: t('team.ownRole', { field: t('col.team.role') }) }],
    });
    expect(everySheet()).toEqual(before);
  });
});

describe('dismissing a head', () => {
  it('is done by another head, and the heads-only sheets follow', () => {
    const second = 'hugo.head@suki.test';
    saved('team', { email: second, name: 'Hugo', role: 'head' });
    emulator.setActiveUser(second);
    expect(main.dismissMember(HEAD, SUCCESSOR)).toMatchObject({ ok: true });
    const editors = emulator.uncounted(() =>
      (emulator.spreadsheet.getSheetByName('Team') as GoogleAppsScript.Spreadsheet.Sheet)
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]
        ?.getEditors()
        .map((user) => user.getEmail()),
    );
    expect(editors).toContain(second);
    expect(editors).not.toContain(HEAD);
    emulator.setActiveUser(HEAD);
    expect(main.getDismissalChoices()).toMatchObject({
      ok: false,
      message: t('access.notOnTeam', { email: HEAD }),
    });
  });
});

describe('a dismissal cut off at any service call', () => {
  it('leaves every record with an active owner, and running it again finishes it', () => {
    let answer: { ok: boolean } = { ok: false };
    const kinds = emulator.calls.traced(() => {
      answer = main.dismissMember(LEAVING, SUCCESSOR);
    });
    expect(answer.ok).toBe(true);
    const finished = ownersByRecord();
    // Every call index (or, past 400 calls, every change and a spread of reads: faultPoints), on a
    // fresh copy of the same workbook each time.
    for (const n of faultPoints(kinds)) {
      emulator = useEmulator({ activeUserEmail: HEAD });
      main.setUpWorkbook();
      for (const [email, name] of [
        [LEAVING, 'Ana'],
        [SUCCESSOR, 'Ben'],
      ] as const)
        saved('team', { email, name, role: 'manager' });
      saved('clients', { name: 'Alpha Foods', owner: LEAVING });
      saved('clients', { name: 'Bravo Logistics', owner: SUCCESSOR });
      saved('clients', { name: 'Charlie Retail', owner: LEAVING });
      saved('contacts', { clientId: 'C-000001', plannedDate: '2025-05-10', channel: 'call' });
      saved('deals', { clientId: 'C-000003', title: 'Renewal' });
      // A person sorted the Clients sheet: the rows to move are found by ID, not by place.
      emulator.uncounted(() =>
        emulator.spreadsheet
          .getSheetByName('Clients')
          ?.getRange('A2:Z4')
          .sort({ column: 2, ascending: false }),
      );
      emulator.calls.failAt(n, 'cutoff');
      try {
        main.dismissMember(LEAVING, SUCCESSOR);
      } catch {
        // The cut-off execution ends here, whatever it did.
      }
      emulator.calls.clearFault();
      const team = tableRows(emulator, 'team');
      const active = new Set(team.filter((row) => row.status !== 'dismissed').map((row) => row.email));
      for (const table of ALL_TABLES) {
        if (!table.columns.some((column) => column.key === 'owner')) continue;
        for (const row of tableRows(emulator, table.key)) {
          expect(active.has(row.owner), `call ${n}: ${String(row.id)} owned by ${String(row.owner)}`).toBe(
            true,
          );
        }
      }
      const again = main.dismissMember(LEAVING, SUCCESSOR);
      const dismissed = team.find((row) => row.email === LEAVING)?.status === 'dismissed';
      expect(again.ok || dismissed, `call ${n}: ${again.message}`).toBe(true);
      const owners = Object.values(ownersByRecord());
      expect(
        owners.filter((owner) => owner === LEAVING),
        `call ${n}`,
      ).toEqual([]);
    }
    expect(Object.keys(finished).length).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * Runs `call` as `caller`, with `meanwhile` run as the head while `call` waits for the document
 * lock (as another execution holding it would). The call's answer.
 */
function whileWaitingForTheLock<T>(caller: string, meanwhile: () => void, call: () => T): T {
  const lockService = emulator.globals.LockService;
  const original = lockService.getDocumentLock.bind(lockService);
  let interleaved = false;
  lockService.getDocumentLock = () => {
    const lock = original();
    const tryLock = lock.tryLock.bind(lock);
    lock.tryLock = (ms: number) => {
      if (!interleaved) {
        interleaved = true;
        emulator.setActiveUser(HEAD);
        meanwhile();
        emulator.setActiveUser(caller);
      }
      return tryLock(ms);
    };
    return lock;
  };
  try {
    emulator.setActiveUser(caller);
    return call();
  } finally {
    lockService.getDocumentLock = original;
    expect(interleaved, 'the other execution ran').toBe(true);
  }
}

describe('a save that waited for the lock while its maker was dismissed', () => {
  it('is judged by the team as it is at the write: refused, and nothing is written', () => {
    const clients = tableRows(emulator, 'clients').length;
    const answer = whileWaitingForTheLock(
      LEAVING,
      () => expect(main.dismissMember(LEAVING, SUCCESSOR)).toMatchObject({ ok: true }),
      () => main.saveRecord('clients', { name: 'Late Trading' }),
    );
    expect(answer.ok).toBe(false);
    expect(tableRows(emulator, 'clients')).toHaveLength(clients);
  });
});

describe('a dismissal stopped before anything moves', () => {
  it('is refused to a head who was dismissed while it waited for the lock', () => {
    const other = 'hugo.head@suki.test';
    saved('team', { email: other, name: 'Hugo', role: 'head' });
    const owners = ownersByRecord();
    const answer = whileWaitingForTheLock(
      other,
      () => expect(main.dismissMember(other, HEAD)).toMatchObject({ ok: true }),
      () => main.dismissMember(LEAVING, SUCCESSOR),
    );
    expect(answer).toMatchObject({ ok: false, message: t('access.notOnTeam', { email: other }) });
    expect(ownersByRecord()).toEqual(owners);
  });

  it('is refused, with nothing moved, where another row carries a copy of a client’s ID', () => {
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Clients');
      sheet?.getRange('A4').setValue('C-000001');
    });
    const owners = ownersByRecord();
    const answer = main.dismissMember(LEAVING, SUCCESSOR);
    expect(answer).toMatchObject({ ok: false });
    expect(answer.message).toContain('C-000001');
    expect(ownersByRecord()).toEqual(owners);
  });

  it('hands over what there is when a table with owners was deleted', () => {
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Campaigns');
      if (sheet) emulator.spreadsheet.deleteSheet(sheet);
    });
    expect(main.dismissMember(LEAVING, SUCCESSOR)).toMatchObject({ ok: true, clients: 2 });
    for (const key of ['clients', 'contacts', 'deals'])
      expect(
        tableRows(emulator, key).filter(
          (row) => row.owner === LEAVING && row.status !== 'done' && row.stage !== 'won',
        ),
      ).toEqual([]);
    expect(tableRows(emulator, 'team').find((row) => row.email === LEAVING)?.status).toBe('dismissed');
  });
});
