/**
 * Attendance and the invitation's contact-plan row (issue #13): the row's change is decided from the
 * row itself, so a save cut off at any service call is finished by saving the same marks again, and
 * a row a person logged in My day (or cancelled) is never reopened nor overwritten by a mark.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { activeStore } from '../../src/gas/activeDocument';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { rowsByHeader, useEmulator } from '../support/emulatedSheets';
import { silenceSurvivedFailures } from '../support/quietFailures';

silenceSurvivedFailures();

const HEAD = 'hana.head@suki.test';
const ANA = 'ana.manager@suki.test';
let emulator: Emulator;

function ok<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
}

/** A table's records as the store reads them (dates as ISO text), uncounted. */
const recordsOf = (key: string) =>
  emulator.uncounted(() => {
    const table = ALL_TABLES.find((candidate) => candidate.key === key);
    return table
      ? activeStore()
          .readAll(table)
          .map(({ record }) => record)
      : [];
  });

/** The invitation contact rows of a campaign's invitees, in the invitees' order. */
function invitationsOf(campaignId: string): Record<string, unknown>[] {
  const contacts = recordsOf('contacts');
  return recordsOf('invitees')
    .filter((invitee) => invitee.campaignId === campaignId)
    .map((invitee) => contacts.find((contact) => contact.id === invitee.contactId) ?? {});
}

/** Ana's two clients, each with its primary person, on a workbook set up by the head. */
function workbook(): void {
  emulator = useEmulator({ activeUserEmail: HEAD, timeZone: 'Asia/Manila' });
  main.setUpWorkbook();
  ok(main.saveRecord('team', { email: ANA, name: 'Ana', role: 'manager' }));
  for (const name of ['Alpha Foods', 'Bravo Trading'])
    ok(main.saveRecord('clients', { name, owner: ANA, segment: 'Retail', status: 'active' }));
  ok(
    main.saveRecord('people', {
      clientId: 'C-000001',
      name: 'Maria Cruz',
      primary: 'yes',
      email: 'm@x.test',
    }),
  );
  ok(
    main.saveRecord('people', { clientId: 'C-000002', name: 'Lito Lim', primary: 'yes', email: 'l@x.test' }),
  );
}

/** A new past exhibition with both clients invited (as Ana): its ID and its invitees' IDs. */
function invitedExhibition(name: string): { campaignId: string; invitees: string[] } {
  emulator.setActiveUser(HEAD);
  const campaignId = ok(
    main.saveRecord('campaigns', { name, channel: 'exhibition', date: '2026-11-20', status: 'done' }),
  ).id;
  emulator.setActiveUser(ANA);
  ok(main.inviteToCampaign(campaignId, { filter: { segments: ['Retail'] } }));
  const invitees = recordsOf('invitees')
    .filter((invitee) => invitee.campaignId === campaignId)
    .map((invitee) => String(invitee.id));
  return { campaignId, invitees };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00+08:00'));
  workbook();
});
afterEach(() => vi.useRealTimers());

/** Each case: the marks saved cleanly first (if any), the marks cut off, the contact rows after. */
const CUT_OFF_CASES = [
  { name: 'marked', first: null, marks: ['attended', 'noShow'], expected: ['done', 'missed'] },
  {
    name: 'corrected',
    first: ['attended', 'noShow'],
    marks: ['noShow', 'registered'],
    expected: ['missed', 'planned'],
  },
] as const;

describe('attendance cut off, then saved again', () => {
  for (const scenario of CUT_OFF_CASES)
    it(`leaves every invitation contact as ${scenario.name} (${scenario.expected.join(', ')})`, () => {
      const marksOf = (statuses: readonly string[], ids: readonly string[]) =>
        statuses.map((status, i) => ({ inviteeId: ids[i] ?? '', status }));
      let total = 0;
      const stuck: string[] = [];
      for (let n = 0; n === 0 || n <= total; n += 1) {
        // A campaign of its own for each attempt, so one workbook serves them all.
        const { campaignId, invitees } = invitedExhibition(`Expo ${scenario.name} ${n}`);
        if (scenario.first) ok(main.markAttendance(campaignId, marksOf(scenario.first, invitees)));
        const marks = marksOf(scenario.marks, invitees);
        emulator.calls.reset();
        if (n === 0) {
          // The clean run, to count its calls.
          ok(main.markAttendance(campaignId, marks));
          total = emulator.calls.count();
        } else {
          emulator.calls.failAt(n, 'cutoff');
          try {
            main.markAttendance(campaignId, marks);
          } catch {
            // Cut off.
          }
          emulator.calls.clearFault();
          // The person sees the page again and saves the same marks.
          ok(main.markAttendance(campaignId, marks));
        }
        const after = invitationsOf(campaignId).map((row) => row.status);
        const statuses = recordsOf('invitees')
          .filter((invitee) => invitee.campaignId === campaignId)
          .map((invitee) => invitee.status);
        if (after.join() !== scenario.expected.join() || statuses.join() !== scenario.marks.join())
          stuck.push(`call ${n}: contacts ${after.join()}, invitees ${statuses.join()}`);
      }
      expect(total).toBeGreaterThan(10);
      expect(stuck, `cut-off calls (of ${total}) after which a second save leaves a row behind`).toEqual([]);
    }, 180_000);
});

describe('attendance and a contact already logged', () => {
  /** A presentation on 4 December with Maria invited; Ana logs the invitation done that day in My day. */
  function loggedInvitation(note: string): string {
    emulator.setActiveUser(HEAD);
    const campaignId = ok(
      main.saveRecord('campaigns', {
        name: 'Product day',
        channel: 'presentation',
        date: '2026-12-04',
        status: 'planned',
      }),
    ).id;
    emulator.setActiveUser(ANA);
    ok(main.inviteToCampaign(campaignId, { filter: { clientIds: ['C-000001'] } }));
    vi.setSystemTime(new Date('2026-12-04T16:00:00+08:00'));
    const [contactId] = invitationsOf(campaignId).map((row) => String(row.id));
    const entry = ok(main.getMyDay()).today.find((e) => e.id === contactId);
    expect(entry).toBeDefined();
    ok(main.logContactOutcome(contactId ?? '', 'done', note, null, entry?.shown));
    expect(invitationsOf(campaignId)[0]).toMatchObject({ status: 'done', doneDate: '2026-12-04' });
    return campaignId;
  }

  it('marking the invitee registered leaves the contact Ana logged as done, and says so', () => {
    const campaignId = loggedInvitation('Called Maria: she will come with her buyer');
    const [inviteeId = ''] = recordsOf('invitees')
      .filter((r) => r.campaignId === campaignId)
      .map((r) => String(r.id));
    const saved = ok(main.markAttendance(campaignId, [{ inviteeId, status: 'registered' }]));
    expect(saved.message).toContain('Left 1 invitation contacts as they were');
    expect(invitationsOf(campaignId)[0]).toMatchObject({
      status: 'done',
      doneDate: '2026-12-04',
      outcome: 'Called Maria: she will come with her buyer',
    });
  });

  it('keeps it done through a no-show and an undone mark; the invitee’s status still follows the marks', () => {
    const campaignId = loggedInvitation('Called Maria: she will come with her buyer');
    const [inviteeId = ''] = recordsOf('invitees')
      .filter((r) => r.campaignId === campaignId)
      .map((r) => String(r.id));
    for (const status of ['attended', 'noShow', 'registered']) {
      ok(main.markAttendance(campaignId, [{ inviteeId, status }]));
      expect(recordsOf('invitees').find((r) => r.id === inviteeId)?.status).toBe(status);
      expect(invitationsOf(campaignId)[0]).toMatchObject({ status: 'done', doneDate: '2026-12-04' });
    }
  });

  it('still follows a corrected mark on a row only the attendance set', () => {
    const { campaignId, invitees } = invitedExhibition('WOFEX booth');
    const [first = '', second = ''] = invitees;
    const audited = rowsByHeader(emulator, 'Audit log').length;
    ok(
      main.markAttendance(campaignId, [
        { inviteeId: first, status: 'attended' },
        { inviteeId: second, status: 'noShow' },
      ]),
    );
    expect(invitationsOf(campaignId).map((r) => [r.status, r.doneDate])).toEqual([
      ['done', '2026-11-20'],
      ['missed', null],
    ]);
    const saved = ok(
      main.markAttendance(campaignId, [
        { inviteeId: first, status: 'noShow' },
        { inviteeId: second, status: 'attended' },
      ]),
    );
    expect(saved.message).not.toContain('as they were');
    expect(invitationsOf(campaignId).map((r) => [r.status, r.doneDate])).toEqual([
      ['missed', null],
      ['done', '2026-11-20'],
    ]);
    ok(
      main.markAttendance(campaignId, [
        { inviteeId: first, status: 'invited' },
        { inviteeId: second, status: 'registered' },
      ]),
    );
    expect(invitationsOf(campaignId).map((r) => [r.status, r.doneDate])).toEqual([
      ['planned', null],
      ['planned', null],
    ]);
    // Each save audited once, before its writes.
    expect(
      rowsByHeader(emulator, 'Audit log')
        .slice(audited)
        .map((r) => r.Action),
    ).toEqual(['markAttendance', 'markAttendance', 'markAttendance']);
  });
});
