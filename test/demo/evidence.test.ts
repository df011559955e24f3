import { describe, expect, it } from 'vitest';
import type { TableRecord } from '../../src/core/tables/tableSpec';
import { type DemoWorkbook, generateDemoWorkbook } from '../../workbench/demo';
import { daysFrom } from './demoHelpers';
import { clientsById, invoicesByClient, lateShare } from './paymentStats';

const demo = generateDemoWorkbook();
const large = generateDemoWorkbook({ size: { clients: 2000 } });
const evidenceOf = (workbook: DemoWorkbook) => workbook.tables.evidence ?? [];
const REGISTRIES = new Set(['SEC i-View', 'DTI Business Name Registry', 'BIR TIN verification']);
const BUREAUS = new Set(['CIBI Information', 'Credit Information Corporation', 'TransUnion Philippines']);
const ABROAD = new Set(['Singapore', 'Hong Kong', 'Japan', 'Germany', 'United States', 'Australia']);
const REFERENCE = /^(?:Reference call with (.+) \(supplier\)|Trade reference letter from (.+))$/;

/** Clients checked, by ID, with their rows. */
function rowsByClient(workbook: DemoWorkbook): Map<string, TableRecord[]> {
  const byClient = new Map<string, TableRecord[]>();
  for (const row of evidenceOf(workbook)) {
    const id = row.clientId as string;
    const rows = byClient.get(id) ?? [];
    rows.push(row);
    byClient.set(id, rows);
  }
  return byClient;
}

/** Share of bad outcomes of `kind` among rows of clients whose later late share passes `test`. */
function badShare(workbook: DemoWorkbook, kind: string, test: (share: number) => boolean): number {
  const invoices = invoicesByClient(workbook);
  let rows = 0;
  let bad = 0;
  for (const row of evidenceOf(workbook)) {
    const list = invoices.get(row.clientId as string);
    if (row.kind !== kind || !list || list.length < 4 || !test(lateShare(list))) continue;
    rows++;
    if (row.outcome === 'bad') bad++;
  }
  return bad / rows;
}

describe('demo credit evidence', () => {
  it('checks some clients, prospects more often, with one to three rows each', () => {
    expect(evidenceOf(demo).length).toBeGreaterThan(15);
    const byClient = rowsByClient(large);
    const clients = large.tables.clients ?? [];
    const checked = (prospect: boolean) => {
      const group = clients.filter((c) => (c.status === 'prospect') === prospect);
      return group.filter((c) => byClient.has(c.id as string)).length / group.length;
    };
    expect(checked(true)).toBeGreaterThan(0.3);
    expect(checked(true)).toBeLessThan(0.5);
    expect(checked(false)).toBeGreaterThan(0.1);
    expect(checked(false)).toBeLessThan(0.2);
    for (const rows of byClient.values()) expect(rows.length).toBeLessThanOrEqual(3);
    expect([...byClient.values()].filter((rows) => rows.length > 1).length).toBeGreaterThan(100);
  });

  it('holds mostly trade references, some registry lookups and credit reports, from believable sources', () => {
    const rows = evidenceOf(large);
    const share = (kind: string) => rows.filter((r) => r.kind === kind).length / rows.length;
    expect(share('tradeReference')).toBeGreaterThan(0.5);
    expect(share('registration')).toBeGreaterThan(0.1);
    expect(share('creditCheck')).toBeGreaterThan(0.1);
    const clients = clientsById(large);
    const clientNames = new Set([...clients.values()].map((c) => c.name));
    const suppliers = new Set<string>();
    for (const row of rows) {
      const source = row.source as string;
      const abroad = ABROAD.has(clients.get(row.clientId as string)?.region as string);
      if (row.kind === 'tradeReference') {
        const match = REFERENCE.exec(source);
        expect(match, source).not.toBeNull();
        const supplier = (match?.[1] ?? match?.[2]) as string;
        expect(clientNames.has(supplier), supplier).toBe(false);
        suppliers.add(supplier);
      } else if (row.kind === 'registration') {
        expect(REGISTRIES.has(source), `${row.id} ${source}`).toBe(!abroad);
      } else {
        expect(abroad ? source === 'Dun & Bradstreet' : BUREAUS.has(source), `${row.id} ${source}`).toBe(
          true,
        );
      }
    }
    // A pool of suppliers, each asked about several clients.
    expect(suppliers.size).toBeGreaterThan(50);
    expect(suppliers.size).toBeLessThan(rows.filter((r) => r.kind === 'tradeReference').length / 2);
  });

  it('dates checks near when the client was made, before its first order, typed in on or after the day', () => {
    const firstOrder = new Map<unknown, string>();
    for (const o of large.tables.orders ?? []) {
      const date = o.orderDate as string;
      if (date < (firstOrder.get(o.clientId) ?? '9999')) firstOrder.set(o.clientId, date);
    }
    const clients = clientsById(large);
    for (const row of evidenceOf(large)) {
      const client = clients.get(row.clientId as string) as TableRecord;
      const made = (client.createdAt as string).slice(0, 10);
      const checked = row.checkedDate as string;
      expect(checked >= made, `${row.id}`).toBe(true);
      expect(daysFrom(made, checked), `${row.id}`).toBeLessThanOrEqual(35);
      expect(checked <= (firstOrder.get(row.clientId) ?? large.asOf), `${row.id}`).toBe(true);
      expect((row.createdAt as string).slice(0, 10) >= checked, `${row.id}`).toBe(true);
      expect(row.owner).toBe(client.owner);
    }
  });

  it('tells of the habit noisily: trade references most, credit reports some, registries little', () => {
    const good = (share: number) => share <= 0.1;
    const late = (share: number) => share >= 0.5;
    const reference = [badShare(large, 'tradeReference', good), badShare(large, 'tradeReference', late)];
    expect(reference[0]).toBeLessThan(0.3);
    expect(reference[1]).toBeGreaterThan(0.5);
    const credit = [badShare(large, 'creditCheck', good), badShare(large, 'creditCheck', late)];
    expect((credit[1] as number) - (credit[0] as number)).toBeGreaterThan(0.2);
    const registry = [badShare(large, 'registration', good), badShare(large, 'registration', late)];
    expect(registry[1]).toBeLessThan(0.3);
    expect(Math.abs((registry[1] as number) - (registry[0] as number))).toBeLessThan(0.2);
    // Clients with a bad trade reference do pay later, on average, than those with a good one.
    const invoices = invoicesByClient(large);
    const meanLate = (outcome: string) => {
      const shares = evidenceOf(large)
        .filter((r) => r.kind === 'tradeReference' && r.outcome === outcome)
        .map((r) => invoices.get(r.clientId as string))
        .filter((list) => list !== undefined && list.length >= 4)
        .map((list) => lateShare(list ?? []));
      return shares.reduce((a, b) => a + b, 0) / shares.length;
    };
    expect(meanLate('bad') - meanLate('good')).toBeGreaterThan(0.15);
  });
});
