/**
 * The relationship plan's sidebar (issue #16): for one client, its plan, people, opportunities (open
 * deals), risks (open claims, overdue obligations, the forecast) and planned actions, through the
 * exports of main.ts as the page calls them; a plan saved and edited from it is audited, and reading
 * it costs the same service calls whatever the number of rows.
 */
import { describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { PEOPLE_TABLE } from '../../src/core/tables/peopleTable';
import type { TableRecord, TableSpec } from '../../src/core/tables/tableSpec';
import {
  CLAIMS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../../src/core/tables/workTables';
import * as main from '../../src/server/main';
import type { Emulator } from '../../workbench/emulator';
import { writeTableRecords } from '../../workbench/seed';
import { distHtml, rowsByHeader, useEmulator } from '../support/emulatedSheets';

const HEAD = 'hana.head@suki.test';
const ZONE = 'Asia/Manila';
const shift = (days: number) => isoDateInZone(new Date(Date.now() + days * 86_400_000), ZONE);

function workbook(): Emulator {
  const emulator = useEmulator({ activeUserEmail: HEAD });
  main.setUpWorkbook();
  return emulator;
}

const writer = (emulator: Emulator) => (table: TableSpec, records: readonly TableRecord[]) =>
  writeTableRecords(emulator, table, records, ZONE);

/** Invoices of `clientId`, one a month back from `fromDays` ago, paid on time or 20 days late. */
function invoices(clientId: string, first: number, count: number, fromDays: number, late: boolean) {
  return Array.from({ length: count }, (_, i) => {
    const ordered = -fromDays + i * 30;
    return {
      id: `O-${String(first + i).padStart(6, '0')}`,
      clientId,
      orderDate: shift(ordered),
      amount: 10_000,
      invoiceDueDate: shift(ordered + 30),
      paidDate: shift(ordered + 30 + (late ? 20 : 0)),
    };
  });
}

/** Alpha Foods with open and closed work of every kind; Bravo, which always pays late; and Other. */
function handBuiltWorkbook(): Emulator {
  const emulator = workbook();
  const write = writer(emulator);
  write(CLIENTS_TABLE, [
    { id: 'C-000001', name: 'Alpha Foods', owner: HEAD },
    { id: 'C-000002', name: 'Bravo Logistics', owner: HEAD },
    { id: 'C-000003', name: 'Other Co', owner: HEAD },
  ]);
  write(PEOPLE_TABLE, [
    { id: 'N-000001', clientId: 'C-000001', name: 'Maria Cruz', buyingRole: 'decisionMaker', primary: 'yes' },
    { id: 'N-000002', clientId: 'C-000001', name: 'Jose Reyes', buyingRole: 'user' },
    { id: 'N-000003', clientId: 'C-000003', name: 'Ana Lim' },
  ]);
  write(DEALS_TABLE, [
    { id: 'D-000001', clientId: 'C-000001', title: 'Renewal', stage: 'proposal', value: 500 },
    { id: 'D-000002', clientId: 'C-000001', title: 'Last year', stage: 'won', value: 900 },
    { id: 'D-000003', clientId: 'C-000001', title: 'Lost one', stage: 'lost' },
    { id: 'D-000004', clientId: 'C-000003', title: 'Elsewhere', stage: 'lead' },
  ]);
  const claim = { clientId: 'C-000001', receivedDate: shift(-10), category: 'billing', description: 'x' };
  write(CLAIMS_TABLE, [
    { id: 'K-000001', ...claim, status: 'new', slaDueDate: shift(2) },
    { id: 'K-000002', ...claim, status: 'resolved', resolvedDate: shift(-1) },
  ]);
  write(OBLIGATIONS_TABLE, [
    { id: 'B-000001', clientId: 'C-000001', obligation: 'Deliver the samples', dueDate: shift(-5) },
    { id: 'B-000002', clientId: 'C-000001', obligation: 'Train', dueDate: shift(3) },
    { id: 'B-000003', clientId: 'C-000001', obligation: 'Install', dueDate: shift(-5), status: 'done' },
  ]);
  write(CONTACT_PLAN_TABLE, [
    { id: 'P-000001', clientId: 'C-000001', plannedDate: shift(4), channel: 'call', purpose: 'Review' },
    {
      id: 'P-000002',
      clientId: 'C-000001',
      personId: 'N-000001',
      plannedDate: shift(-2),
      channel: 'meeting',
      purpose: 'Samples',
      owner: HEAD,
    },
    { id: 'P-000003', clientId: 'C-000001', plannedDate: shift(-9), channel: 'call', status: 'done' },
    { id: 'P-000004', clientId: 'C-000003', plannedDate: shift(1), channel: 'call' },
  ]);
  // Alpha paid ten invoices on time, then its last four late: its payments turned late. Bravo: all late.
  write(ORDERS_TABLE, [
    ...invoices('C-000001', 1, 10, 480, false),
    ...invoices('C-000001', 11, 4, 170, true),
    ...invoices('C-000002', 21, 8, 300, true),
  ]);
  return emulator;
}

type Plan = Extract<ReturnType<typeof main.getRelationshipPlan>, { ok: true }>;

function planOf(clientId: unknown, planId?: unknown): Plan {
  const answer = main.getRelationshipPlan(clientId, planId);
  if (!answer.ok) throw new Error(answer.message);
  return answer;
}

describe('the relationship plan of a client', () => {
  it('lists open deals as opportunities, open claims, overdue obligations and the forecast as risks, and the planned contacts as actions', () => {
    handBuiltWorkbook();
    const plan = planOf('C-000001');
    expect(plan.client).toEqual({ id: 'C-000001', name: 'Alpha Foods', owner: HEAD });
    expect(plan.plan).toBeNull();
    expect(plan.people.map((p) => [p.id, p.name, p.buyingRole])).toEqual([
      ['N-000001', 'Maria Cruz', 'decisionMaker'],
      ['N-000002', 'Jose Reyes', 'user'],
    ]);
    expect(plan.opportunities).toEqual([
      { id: 'D-000001', title: 'Renewal', stage: 'proposal', value: 500, nextStep: null, owner: null },
    ]);
    expect(plan.risks).toEqual([
      {
        kind: 'claim',
        id: 'K-000001',
        text: `Open claim K-000001: Billing, received ${shift(-10)}, to be settled by ${shift(2)}.`,
      },
      {
        kind: 'obligation',
        id: 'B-000001',
        text: `Overdue obligation B-000001: Deliver the samples, due ${shift(-5)} (5 days ago).`,
      },
      {
        kind: 'turnedLate',
        id: null,
        text: 'Payments turned late: 4 of the last 4 invoices were late, after 0 of 10 before.',
      },
    ]);
    expect(plan.actions).toEqual([
      {
        id: 'P-000002',
        plannedDate: shift(-2),
        overdue: true,
        channel: 'meeting',
        personId: 'N-000001',
        person: 'Maria Cruz',
        purpose: 'Samples',
        owner: HEAD,
      },
      {
        id: 'P-000001',
        plannedDate: shift(4),
        overdue: false,
        channel: 'call',
        personId: null,
        person: null,
        purpose: 'Review',
        owner: null,
      },
    ]);
    expect(plan.moreActions).toBe(0);
  });

  it('says a forecast of paying late as a risk, in the reader’s language', () => {
    handBuiltWorkbook();
    // The card shows the forecast a report computed into the Clients row.
    main.reportReliability();
    const card = main.getClientCard('C-000002');
    expect(card).toMatchObject({ ok: true, forecast: { band: 'high' } });
    expect(planOf('C-000002').risks).toEqual([
      { kind: 'lateLikely', id: null, text: expect.stringMatching(/^Likely to pay late: a \d+% chance/) },
    ]);
    main.useFilipino();
    expect(planOf('C-000002').risks[0]?.text).toMatch(/^Malamang mahuli ang bayad: \d+% ang tsansa/);
  });

  it('opens on the client the card asked for, else the selected row’s, and refuses what is no client', () => {
    const emulator = handBuiltWorkbook();
    emulator.select('Clients', 4, 2);
    expect(planOf(null).client.id).toBe('C-000003');
    expect(main.showRelationshipPlan('C-000002')).toMatchObject({ ok: true });
    expect(emulator.ui.sidebars.at(-1)?.title).toBe('Relationship plan');
    expect(planOf(null).client.id).toBe('C-000002');
    // The card's request is used once; then the selection again.
    expect(planOf(null).client.id).toBe('C-000003');
    const refusal = 'Pick a client, or select a row of a client before opening its relationship plan.';
    expect(main.getRelationshipPlan('C-999999')).toMatchObject({ ok: false, message: refusal });
    expect(main.getRelationshipPlan({ id: 'C-000001' })).toMatchObject({
      ok: true,
      client: { id: 'C-000003' },
    });
    const sidebars = emulator.ui.sidebars.length;
    expect(main.showRelationshipPlan(42)).toMatchObject({
      ok: false,
      message: refusal,
      fieldErrors: [{ field: 'clientId' }],
    });
    expect(emulator.ui.sidebars).toHaveLength(sidebars);
  });

  it('opens on the plan “Edit selected row” names, even one that is done', () => {
    const emulator = handBuiltWorkbook();
    const plan = (objective: string, status: string) =>
      main.saveRecord('plans', { clientId: 'C-000001', objective, status });
    expect(plan('Last year’s plan', 'done')).toMatchObject({ ok: true, id: 'G-000001' });
    expect(plan('This year’s plan', 'active')).toMatchObject({ ok: true, id: 'G-000002' });
    expect(planOf('C-000001').plan?.id).toBe('G-000002');
    emulator.select('Relationship plans', 2, 3);
    main.editSelectedRow();
    expect(emulator.ui.sidebars.at(-1)?.title).toBe('Edit G-000001');
    // The page learns the edit request as every form does, then reads that plan of its client.
    const context = main.getPageContext('plans');
    if (!context.ok || !context.edit) throw new Error('no edit request');
    const { id, record } = context.edit;
    expect(planOf(record.clientId, id).plan).toMatchObject({
      id: 'G-000001',
      record: { objective: 'Last year’s plan', status: 'done' },
    });
  });

  it('is the page the menu’s “Relationship plan…” opens', () => {
    const emulator = workbook();
    main.showPlanForm();
    expect(emulator.ui.sidebars.map((s) => s.title)).toEqual(['Relationship plan']);
    const built = distHtml('Plan');
    if (built) expect(emulator.ui.sidebars[0]?.html).toContain('getRelationshipPlan');
  });
});

describe('a plan saved and edited from the sidebar', () => {
  it('is audited, and its people round-trip as the stored ID text', () => {
    const emulator = handBuiltWorkbook();
    const audit = () => rowsByHeader(emulator, 'Audit log');
    const before = audit().length;
    // What the sidebar sends for a new plan: the client, every field, the ticked people as text.
    const saved = main.saveRecord('plans', {
      clientId: 'C-000001',
      objective: 'Win back the billing trust',
      periodEnd: shift(90),
      reviewDate: shift(30),
      status: 'active',
      owner: HEAD,
      notes: '',
      peopleIds: 'N-000001, N-000002',
    });
    expect(saved).toMatchObject({ ok: true, id: 'G-000001' });
    expect(audit().slice(before)).toEqual([
      expect.objectContaining({ Action: 'create', 'Record ID': 'G-000001' }),
    ]);
    const shown = planOf('C-000001').plan;
    expect(shown?.id).toBe('G-000001');
    expect(shown?.peopleIds).toEqual(['N-000001', 'N-000002']);
    expect(shown?.record).toMatchObject({ objective: 'Win back the billing trust', periodEnd: shift(90) });

    // An edit sends the changed fields with the values the form showed.
    const edited = main.updateRecord(
      'plans',
      'G-000001',
      { peopleIds: 'N-000002', reviewDate: shift(14) },
      { peopleIds: shown?.record.peopleIds ?? null, reviewDate: shown?.record.reviewDate ?? null },
    );
    expect(edited).toMatchObject({ ok: true, id: 'G-000001' });
    expect(audit().slice(before + 1)).toEqual([
      expect.objectContaining({
        Action: 'update',
        'Record ID': 'G-000001',
        Field: 'peopleIds',
        After: 'N-000002',
      }),
      expect.objectContaining({ Action: 'update', 'Record ID': 'G-000001', Field: 'reviewDate' }),
    ]);
    expect(planOf('C-000001', 'G-000001').plan?.peopleIds).toEqual(['N-000002']);
    // Someone changed it since: refused by field, nothing written.
    const stale = main.updateRecord(
      'plans',
      'G-000001',
      { peopleIds: 'N-000001' },
      { peopleIds: 'N-000001, N-000002' },
    );
    expect(stale).toMatchObject({ ok: false, fieldErrors: [{ field: 'peopleIds' }] });
    expect(planOf('C-000001').plan?.peopleIds).toEqual(['N-000002']);
  });

  it('adds an action through the contact plan’s save, listed at once', () => {
    handBuiltWorkbook();
    const added = main.saveRecord('contacts', {
      clientId: 'C-000001',
      plannedDate: shift(1),
      channel: 'email',
      personId: 'N-000002',
      purpose: 'Send the plan',
      owner: HEAD,
    });
    expect(added).toMatchObject({ ok: true });
    expect(planOf('C-000001').actions.map((a) => [a.plannedDate, a.person, a.purpose])).toEqual([
      [shift(-2), 'Maria Cruz', 'Samples'],
      [shift(1), 'Jose Reyes', 'Send the plan'],
      [shift(4), null, 'Review'],
    ]);
    expect(
      main.saveRecord('contacts', { clientId: 'C-000001', plannedDate: 'soon', channel: 'email' }),
    ).toMatchObject({ ok: false, fieldErrors: [{ field: 'plannedDate' }] });
  });
});

describe('reading the plan', () => {
  /** Service calls of one warm read of a client's plan, with `clients` clients and their work. */
  function callsAt(clients: number): Record<string, number> {
    const emulator = workbook();
    const write = writer(emulator);
    const ids = Array.from({ length: clients }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`);
    write(
      CLIENTS_TABLE,
      ids.map((id, i) => ({ id, name: `Client ${i + 1}`, owner: HEAD })),
    );
    write(
      DEALS_TABLE,
      ids.map((clientId, i) => ({ id: `D-${String(i + 1).padStart(6, '0')}`, clientId, title: 'Deal' })),
    );
    write(
      CONTACT_PLAN_TABLE,
      ids.map((clientId, i) => ({
        id: `P-${String(i + 1).padStart(6, '0')}`,
        clientId,
        plannedDate: shift(3),
        channel: 'call',
      })),
    );
    expect(main.saveRecord('plans', { clientId: 'C-000002', objective: 'Grow' })).toMatchObject({ ok: true });
    planOf('C-000002'); // warm the remembered table places, as any second call of a session finds them
    emulator.calls.reset();
    expect(planOf('C-000002').plan?.id).toBe('G-000001');
    return emulator.calls.byKind();
  }

  it('costs the same service calls at 10 and at 300 clients', () => {
    const small = callsAt(10);
    const large = callsAt(300);
    expect(large).toEqual(small);
    console.log(
      `getRelationshipPlan: ${Object.values(small).reduce((a, b) => a + b, 0)} service calls`,
      JSON.stringify(small),
    );
  });
});
