/** The client card lists a client's open work by core's definitions, from the typed rows the analysis read. */
import { describe, expect, it } from 'vitest';
import { isoDateInZone } from '../../src/core/dates';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import {
  CLAIMS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
} from '../../src/core/tables/workTables';
import { getClientCard } from '../../src/server/clientCard';
import { setUpWorkbook } from '../../src/server/setup';
import { writeTableRecords } from '../../workbench/seed';
import { useEmulator } from '../support/emulatedSheets';

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
