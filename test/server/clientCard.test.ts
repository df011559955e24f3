/**
 * The client card lists a client's open work by core's definitions, from the client's own rows (found
 * by search, not read whole); the forecast and ABC class come from the Clients row a report computed.
 */
import { describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { PEOPLE_TABLE } from '../../src/core/tables/peopleTable';
import {
  CLAIMS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../../src/core/tables/workTables';
import { getClientCard } from '../../src/server/clientCard';
import {
  getClientCard as getClientCardAsCalled,
  reportAbcXyz,
  reportReliability,
  updateRecord,
} from '../../src/server/main';
import { setUpWorkbook } from '../../src/server/setup';
import { writeTableRecords } from '../../workbench/seed';
import { seedClients, useEmulator } from '../support/emulatedSheets';

const ZONE = 'Asia/Manila';
const TODAY = isoDateInZone(new Date(), ZONE);
const shift = (days: number) => isoDateInZone(new Date(Date.now() + days * 86_400_000), ZONE);

describe('the client card', () => {
  it('lists open claims, upcoming contacts, pending obligations and deals of the client', () => {
    const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    setUpWorkbook();
    const write = (
      table: Parameters<typeof writeTableRecords>[1],
      records: Parameters<typeof writeTableRecords>[2],
    ) => writeTableRecords(emulator, table, records, ZONE);
    write(CLIENTS_TABLE, [
      { id: 'C-000001', name: 'Alpha Foods', competitors: 'Acme; Beta Corp,' },
      { id: 'C-000002', name: 'Other' },
    ]);
    const claim = (id: string, fields: Record<string, string>) => ({
      id,
      clientId: 'C-000001',
      receivedDate: shift(-10),
      category: 'billing',
      description: 'x',
      ...fields,
    });
    write(CLAIMS_TABLE, [
      claim('K-000001', { status: 'new', slaDueDate: shift(2) }),
      // Open in the claims analysis too: no resolved date and not resolved or rejected.
      claim('K-000002', { status: '' }),
      claim('K-000003', { status: 'new', resolvedDate: shift(-1) }),
      claim('K-000004', { status: 'rejected' }),
    ]);
    write(CONTACT_PLAN_TABLE, [
      { id: 'P-000002', clientId: 'C-000001', plannedDate: shift(5), channel: 'call', purpose: 'Renewal' },
      { id: 'P-000001', clientId: 'C-000001', plannedDate: TODAY, channel: 'email', status: 'planned' },
      { id: 'P-000003', clientId: 'C-000001', plannedDate: shift(-1), channel: 'call' },
      { id: 'P-000004', clientId: 'C-000002', plannedDate: shift(1), channel: 'call' },
    ]);
    write(OBLIGATIONS_TABLE, [
      { id: 'B-000001', clientId: 'C-000001', obligation: 'Deliver', dueDate: shift(3) },
      { id: 'B-000002', clientId: 'C-000001', obligation: 'Train', dueDate: shift(3), status: 'done' },
    ]);
    write(DEALS_TABLE, [
      { id: 'D-000001', clientId: 'C-000001', title: 'Renewal', stage: 'proposal', value: 500 },
    ]);

    const card = getClientCard('C-000001');
    if (!card.ok) throw new Error(card.message);
    expect(card.client).toMatchObject({ id: 'C-000001', name: 'Alpha Foods' });
    expect(card.openClaims).toEqual([
      { id: 'K-000001', category: 'billing', slaDueDate: shift(2) },
      { id: 'K-000002', category: 'billing', slaDueDate: null },
    ]);
    expect(card.nextContacts).toEqual([
      { id: 'P-000001', plannedDate: TODAY, channel: 'email', purpose: null },
      { id: 'P-000002', plannedDate: shift(5), channel: 'call', purpose: 'Renewal' },
    ]);
    expect(card.obligations).toEqual([{ id: 'B-000001', obligation: 'Deliver', dueDate: shift(3) }]);
    expect(card.deals).toEqual([{ id: 'D-000001', title: 'Renewal', stage: 'proposal', value: 500 }]);
    expect(card.competitors).toEqual(['Acme', 'Beta Corp']);
  });
});

describe('the client card’s contact', () => {
  const setUp = () => {
    const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    setUpWorkbook();
    return (
      table: Parameters<typeof writeTableRecords>[1],
      records: Parameters<typeof writeTableRecords>[2],
    ) => writeTableRecords(emulator, table, records, ZONE);
  };

  it('shows the primary person, phone, e-mail, next step and the client’s next contact date', () => {
    const write = setUp();
    write(CLIENTS_TABLE, [
      {
        id: 'C-000001',
        name: 'Alpha Foods',
        contactPerson: 'Old Name',
        phone: '+63 2 8123 4567',
        email: 'info@alpha.ph',
        nextStep: 'Send the renewal quote',
        nextContactDate: shift(4),
      },
    ]);
    write(PEOPLE_TABLE, [
      { id: 'N-000001', clientId: 'C-000001', name: 'Zoe Lim', position: 'Clerk' },
      {
        id: 'N-000002',
        clientId: 'C-000001',
        name: 'Maria Cruz',
        position: 'Purchasing head',
        email: 'maria@alpha.ph',
        primary: 'yes',
      },
    ]);
    write(CONTACT_PLAN_TABLE, [
      { id: 'P-000001', clientId: 'C-000001', plannedDate: shift(9), channel: 'call', purpose: 'Visit' },
    ]);
    const card = getClientCard('C-000001');
    if (!card.ok) throw new Error(card.message);
    expect(card.contact).toEqual({
      person: 'Maria Cruz',
      position: 'Purchasing head',
      phone: '+63 2 8123 4567',
      email: 'maria@alpha.ph',
      nextStep: 'Send the renewal quote',
      nextContactDate: shift(4),
      overdue: false,
    });
    // The client's own next contact date is a next contact, before the planned ones.
    expect(card.nextContacts).toEqual([
      { id: null, plannedDate: shift(4), channel: null, purpose: 'Send the renewal quote' },
      { id: 'P-000001', plannedDate: shift(9), channel: 'call', purpose: 'Visit' },
    ]);
  });

  it('falls back to the client’s contact fields, says an overdue date, and lists a planned day once', () => {
    const write = setUp();
    write(CLIENTS_TABLE, [
      { id: 'C-000001', name: 'Alpha Foods', contactPerson: 'Ana Reyes', email: 'ana@alpha.ph' },
      { id: 'C-000002', name: 'Beta', nextContactDate: shift(-3) },
      { id: 'C-000003', name: 'Gamma', nextContactDate: shift(2), nextStep: 'Call back' },
    ]);
    write(CONTACT_PLAN_TABLE, [
      { id: 'P-000001', clientId: 'C-000003', plannedDate: shift(2), channel: 'call', purpose: 'Call back' },
    ]);
    const alpha = getClientCard('C-000001');
    if (!alpha.ok) throw new Error(alpha.message);
    expect(alpha.contact).toMatchObject({ person: 'Ana Reyes', email: 'ana@alpha.ph', phone: null });
    expect(alpha.nextContacts).toEqual([]);
    const beta = getClientCard('C-000002');
    if (!beta.ok) throw new Error(beta.message);
    expect(beta.contact).toMatchObject({ person: null, nextContactDate: shift(-3), overdue: true });
    expect(beta.nextContacts.map((c) => c.plannedDate)).toEqual([shift(-3)]);
    const gamma = getClientCard('C-000003');
    if (!gamma.ok) throw new Error(gamma.message);
    expect(gamma.nextContacts.map((c) => c.id)).toEqual(['P-000001']);
  });

  it('costs the same service calls at 100 and 2,000 clients', () => {
    const callsAt = (rows: number) => {
      const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
      setUpWorkbook();
      seedClients(emulator, rows);
      getClientCardAsCalled('C-000050'); // warm the remembered table places
      emulator.calls.reset();
      const card = getClientCardAsCalled('C-000050');
      expect(card.ok, JSON.stringify(card).slice(0, 200)).toBe(true);
      return emulator.calls.byKind();
    };
    const small = callsAt(100);
    expect(callsAt(2_000)).toEqual(small);
    expect(Object.keys(small).length).toBeGreaterThan(0);
  });
});

describe('the client card’s figures that need the whole book', () => {
  it('come from the Clients row a report computed, and say when they are stale', () => {
    const emulator = useEmulator({ activeUserEmail: 'mara@suki-demo.ph' });
    setUpWorkbook();
    writeTableRecords(
      emulator,
      CLIENTS_TABLE,
      [
        { id: 'C-000001', name: 'Alpha Foods', status: 'active' },
        { id: 'C-000002', name: 'Beta' },
      ],
      ZONE,
    );
    writeTableRecords(
      emulator,
      ORDERS_TABLE,
      [{ id: 'O-000001', clientId: 'C-000001', orderDate: shift(-20), amount: 900 }],
      ZONE,
    );
    const before = getClientCardAsCalled('C-000001');
    expect(before).toMatchObject({
      ok: true,
      forecast: null,
      abcClass: null,
      computed: { at: null, stale: true },
    });
    // What depends on the client alone is there at once: its revenue and health.
    expect(before).toMatchObject({ revenue: 900 });
    // Each report writes the computed columns of its own analyses: the forecast, then the classes.
    reportReliability();
    // The forecast alone: the ABC class was never computed, so the card's figures are not all there.
    expect(getClientCardAsCalled('C-000001')).toMatchObject({
      ok: true,
      computed: { at: null, stale: true },
    });
    reportAbcXyz();
    const after = getClientCardAsCalled('C-000001');
    if (!after.ok) throw new Error(after.message);
    expect(after.abcClass).toBe('A');
    expect(after.forecast?.band).toMatch(/^(low|medium|high)$/);
    expect(after.computed.stale).toBe(false);
    // Edited since the report: the figures may no longer be this client's.
    expect(updateRecord('clients', 'C-000001', { segment: 'Retail' }, {})).toMatchObject({ ok: true });
    expect(getClientCardAsCalled('C-000001')).toMatchObject({ ok: true, computed: { stale: true } });
  });
});
