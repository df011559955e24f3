/**
 * Issue #16's "done when", in the workbench: Suki's bundle on the workbook `npm start` opens (the
 * workbench's own default demo, dated today). A manager adds three people to one of their clients
 * with their roles, writes a relationship plan with two actions, and sees them on the client card; a
 * good client of the demo gets a referral suggestion; the demo's own plans show on their cards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../workbench/emulator';
import type { ScriptRuntime } from '../../workbench/runtime/scriptRuntime';
import { startWorkbench, type Workbench } from '../../workbench/server';
import { rowsByHeader } from '../support/emulatedSheets';

let workbench: Workbench;
let emulator: Emulator;
let runtime: ScriptRuntime;
/** The demo's asOf: today, as the workbench dated it. */
let asOf = '';

type Answer = { ok: boolean; message: string; id?: string } & Record<string, unknown>;
const page = (name: string, ...args: unknown[]) => runtime.call(name, args, 'page') as Answer;
/** The day `days` after asOf, YYYY-MM-DD. */
const daysOn = (days: number) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const logged: string[] = [];
  // As `npm start` does: the default demo, no options.
  workbench = await startWorkbench({ port: 0, log: (line) => logged.push(line) });
  ({ emulator, runtime } = workbench.session);
  asOf = /as of (\d{4}-\d{2}-\d{2})/.exec(logged.join('\n'))?.[1] ?? '';
  expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

afterAll(async () => {
  await workbench?.close();
});

/** The demo's rows of a table, keyed by header text. */
/** A sheet's rows by header, choices read as their keys (cells show captions). */
function rows(sheet: string): Record<string, unknown>[] {
  return rowsByHeader(emulator, sheet);
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
      reviewDate: daysOn(60),
    });
    expect(plan).toMatchObject({ ok: true });
    for (const [personId, plannedDate, purpose] of [
      [rosa, daysOn(12), 'Proposal for the second warehouse'],
      [ramon, daysOn(19), 'Credit terms for the new volume'],
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
    // The client may have a plan of the demo's own too: the new one is among its active plans.
    expect(card.plans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          objective: 'Win their second warehouse',
          people: 'Rosa Villanueva, Ramon Bautista',
        }),
      ]),
    );
    expect(card.nextContacts.map((c) => c.purpose)).toEqual(
      expect.arrayContaining(['Proposal for the second warehouse', 'Credit terms for the new volume']),
    );
  });

  it('offers a referral for a good client of the demo, said with its reasons', () => {
    const head = rows('Team').find((row) => row.Role === 'head');
    emulator.setActiveUser(String(head?.['E-mail']));
    // Each report writes its own analyses' columns: the ABC class, then the late-payment chance.
    runtime.call('reportAbcXyz');
    runtime.call('reportReliability');
    // Oldest clients first (the sheet's ID order); each card runs the whole analysis, so stop at one.
    const good = rows('Clients').filter((row) => row.Status === 'active' && row['ABC class'] === 'A');
    let referral: string | undefined;
    for (const row of good) {
      const card = page('getClientCard', String(row.ID)) as Answer & { suggestions: { text: string }[] };
      referral = card.suggestions
        .map((s) => s.text)
        .find((text) => text.includes('for a referral or a trade reference'));
      if (referral) break;
    }
    expect(referral).toMatch(
      /^Ask .+ at .+ for a referral or a trade reference: an A-client for \d+ years, pays on time/,
    );
  });

  it("shows the demo's own relationship plans on their clients' cards, with their people named", () => {
    const head = rows('Team').find((row) => row.Role === 'head');
    emulator.setActiveUser(String(head?.['E-mail']));
    const plans = rows('Relationship plans').filter(
      (row) => row['Objective for the period'] !== 'Win their second warehouse',
    );
    expect(plans.length).toBeGreaterThanOrEqual(3);
    const people = new Map(rows('People').map((row) => [String(row.ID), row]));
    for (const plan of plans) {
      const clientId = String(plan.Client);
      const card = page('getClientCard', clientId) as Answer & {
        plans: { objective: string; people: string; reviewDate: string | null }[];
      };
      const shown = card.plans.find((p) => p.objective === plan['Objective for the period']);
      const named = String(plan['People it depends on (IDs)'])
        .split(', ')
        .map((id) => people.get(id));
      for (const person of named) expect(person?.Client, clientId).toBe(clientId);
      expect(shown, clientId).toMatchObject({ people: named.map((p) => String(p?.Person)).join(', ') });
      expect((shown?.reviewDate ?? '') > asOf, clientId).toBe(true);
    }
  });
});
