/**
 * Logging an outcome from My day keeps what the records already said: the row's Outcome text (a note
 * typed into the row before the contact, an earlier reschedule's note) stays, the new note comes
 * after it, and an empty note adds nothing; the client's Next contact date that a manager typed (a
 * follow-up agreed by phone, not a contact-plan row) stays while it is today or later and no planned
 * row comes earlier.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDate, isoDateInZone } from '../../src/core/dates';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { tableRows, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer as Extract<T, { ok: true }>;
}
const contact = (id: string) => tableRows(emulator, 'contacts').find((row) => row.id === id);
const nextContact = () => {
  const value = tableRows(emulator, 'clients')[0]?.nextContactDate;
  return isDate(value) ? isoDateInZone(value, 'Asia/Manila') : value;
};

/** Alpha Foods, Ana's, with `client`'s fields; Ana at work on Monday 7 December 2026. */
function workbook(client: Record<string, string> = {}): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00'));
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  ok(main.saveRecord('clients', { name: 'Alpha Foods', owner: ANA, ...client }));
  emulator.setActiveUser(ANA);
}
afterEach(() => vi.useRealTimers());

describe('logging an outcome keeps what the row already said', () => {
  beforeEach(() => workbook());

  it('"done" with no note keeps the note typed into the row before the contact', () => {
    const id = ok(
      main.saveRecord('contacts', {
        clientId: 'C-000001',
        plannedDate: '2026-12-07',
        channel: 'call',
        outcome: 'Ask for the signed PO; bring the new price list',
      }),
    ).id;
    const entry = ok(main.getMyDay()).today.find((e) => e.id === id);
    ok(main.logContactOutcome(id, 'done', '', null, entry?.shown));
    expect(String(contact(id)?.outcome ?? '')).toContain('Ask for the signed PO');
  });

  it('"done" after a reschedule keeps the reschedule’s note', () => {
    const id = ok(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2026-12-07', channel: 'call' }),
    ).id;
    let entry = ok(main.getMyDay()).today.find((e) => e.id === id);
    ok(
      main.logContactOutcome(
        id,
        'rescheduled',
        'Call after 2 pm, ask for Mr. Tan',
        '2026-12-08',
        entry?.shown,
      ),
    );
    vi.setSystemTime(new Date('2026-12-08T10:00:00+08:00'));
    entry = ok(main.getMyDay()).today.find((e) => e.id === id);
    ok(main.logContactOutcome(id, 'done', 'Ordered 40 cases', null, entry?.shown));
    expect(String(contact(id)?.outcome ?? '')).toContain('ask for Mr. Tan');
  });
});

describe('the client’s next contact date after an outcome', () => {
  beforeEach(() => workbook({ nextContactDate: '2027-01-15' }));

  it('keeps the later date the manager typed on the client', () => {
    expect(nextContact()).toBe('2027-01-15');
    const id = ok(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2026-12-07', channel: 'call' }),
    ).id;
    const entry = ok(main.getMyDay()).today.find((e) => e.id === id);
    ok(main.logContactOutcome(id, 'done', 'Talked', null, entry?.shown));
    expect(nextContact()).toBe('2027-01-15');
  });

  it('takes an earlier planned row over the typed date', () => {
    const later = { clientId: 'C-000001', plannedDate: '2026-12-21', channel: 'email' };
    ok(main.saveRecord('contacts', later));
    const id = ok(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2026-12-07', channel: 'call' }),
    ).id;
    const entry = ok(main.getMyDay()).today.find((e) => e.id === id);
    ok(main.logContactOutcome(id, 'done', 'Talked', null, entry?.shown));
    expect(nextContact()).toBe('2026-12-21');
  });
});

describe('the client’s next contact date that was the logged contact’s own', () => {
  beforeEach(() => workbook({ nextContactDate: '2026-12-07' }));

  it('is not kept once that contact is done', () => {
    const id = ok(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: '2026-12-07', channel: 'call' }),
    ).id;
    const entry = ok(main.getMyDay()).today.find((e) => e.id === id);
    const logged = ok(main.logContactOutcome(id, 'done', 'Talked', null, entry?.shown));
    expect(logged.nextContactDate).toBeNull();
    expect(nextContact()).toBe('');
  });
});
