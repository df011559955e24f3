/**
 * Issue #16's "done when", in the workbench: Suki's bundle on the demo workbook. A manager adds three
 * people to one of their clients with their roles, writes a relationship plan with two actions, and
 * sees them on the client card; a good client of the demo gets a referral suggestion.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../workbench/emulator';
import type { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { seedDemoWorkbook } from '../../workbench/seed';
import { createSukiRuntime } from '../../workbench/server/session';

const DIST = resolve(import.meta.dirname, '../../dist');
let emulator: Emulator;
let runtime: ScriptRuntime;

type Answer = { ok: boolean; message: string; id?: string } & Record<string, unknown>;
const page = (name: string, ...args: unknown[]) => runtime.call(name, args, 'page') as Answer;

beforeAll(() => {
  const made = createSukiRuntime(DIST);
  emulator = made.emulator;
  runtime = made.runtime;
  // Thirty months of history: a referral asks a client of two years and more.
  seedDemoWorkbook(emulator, runtime, { size: { clients: 120 }, historyMonths: 30 });
});

/** The demo's rows of a table, keyed by header text. */
function rows(sheet: string): Record<string, unknown>[] {
  const [header = [], ...body] = emulator.sheetValues(sheet);
  return body
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((label, i) => [String(label), row[i]])));
}

describe('the people at a client and a relationship plan, in the workbench', () => {
  it('a manager adds three people, writes a plan with two actions, and sees them on the card', () => {
    const manager = rows('Team').find((row) => row.Role === 'manager');
    const email = String(manager?.['E-mail']);
    emulator.setActiveUser(email);
    const client = rows('Clients').find((row) => row.Owner === email && row.Status === 'active');
    const clientId = String(client?.ID);
    const added = [
      ['Rosa Villanueva', 'decisionMaker', 'General Manager'],
      ['Ramon Bautista', 'influencer', 'Finance Manager'],
      ['Liza Tan', 'user', 'Store Supervisor'],
    ].map(([name, buyingRole, position]) =>
      page('saveRecord', 'people', { clientId, name, buyingRole, position }),
    );
    for (const answer of added) expect(answer).toMatchObject({ ok: true });
    const [rosa, ramon] = added.map((answer) => String(answer.id));
    const plan = page('saveRecord', 'plans', {
      clientId,
      objective: 'Win their second warehouse',
      peopleIds: `${rosa}, ${ramon}`,
      reviewDate: '2027-02-01',
    });
    expect(plan).toMatchObject({ ok: true });
    for (const [personId, plannedDate, purpose] of [
      [rosa, '2026-12-14', 'Proposal for the second warehouse'],
      [ramon, '2026-12-21', 'Credit terms for the new volume'],
    ])
      expect(
        page('saveRecord', 'contacts', { clientId, personId, plannedDate, channel: 'meeting', purpose }),
      ).toMatchObject({ ok: true });

    const card = page('getClientCard', clientId) as Answer & {
      people: { name: string; buyingRole: string }[];
      plans: { objective: string; people: string }[];
      nextContacts: { purpose: string }[];
    };
    expect(card.ok).toBe(true);
    expect(card.people.map((p) => [p.name, p.buyingRole])).toEqual(
      expect.arrayContaining([
        ['Rosa Villanueva', 'decisionMaker'],
        ['Ramon Bautista', 'influencer'],
        ['Liza Tan', 'user'],
      ]),
    );
    expect(card.plans).toEqual([
      expect.objectContaining({
        objective: 'Win their second warehouse',
        people: 'Rosa Villanueva, Ramon Bautista',
      }),
    ]);
    expect(card.nextContacts.map((c) => c.purpose)).toEqual(
      expect.arrayContaining(['Proposal for the second warehouse', 'Credit terms for the new volume']),
    );
  });

  it('offers a referral for a good client of the demo, said with its reasons', () => {
    const head = rows('Team').find((row) => row.Role === 'head');
    emulator.setActiveUser(String(head?.['E-mail']));
    runtime.call('reportAbcXyz'); // fills the Clients table's ABC class
    const referrals = rows('Clients')
      .filter((row) => row.Status === 'active' && row['ABC class'] === 'A')
      .map((row) => page('getClientCard', String(row.ID)) as Answer & { suggestions: { text: string }[] })
      .flatMap((card) => card.suggestions.map((s) => s.text))
      .filter((text) => text.includes('for a referral or a trade reference'));
    expect(referrals.length).toBeGreaterThan(0);
    expect(referrals[0]).toMatch(
      /^Ask .+ at .+ for a referral or a trade reference: an A-client for \d+ years, pays on time/,
    );
  });
});
