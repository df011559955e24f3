import { describe, expect, it } from 'vitest';
import { parseTables } from '../../../src/core/analysis/inputs';
import { IssueLog } from '../../../src/core/analysis/issues';
import { client, day, order } from './helpers';

describe('typed input', () => {
  it('reads empty and missing tables as no rows', () => {
    const data = parseTables({ clients: [] });
    expect(data.clients).toEqual([]);
    expect(data.orders).toEqual([]);
    expect(data.campaigns).toEqual([]);
  });

  it('skips an order whose amount or date is junk, and logs why', () => {
    const log = new IssueLog();
    const data = parseTables(
      {
        clients: [client('C1')],
        orders: [
          order('C1', '2025-01-10', 100, { id: 'O1' }),
          order('C1', '2025-01-10', 'abc', { id: 'O2' }),
          // Numeric-looking text is junk too: '1.200' means 1200 in some locales and 1.2 in others.
          order('C1', '2025-01-10', '1200', { id: 'O3' }),
          order('C1', '2025-02-30', 100, { id: 'O4' }),
          order('C1', '2025-01-10', Number.NaN, { id: 'O5' }),
          { id: 'O6', orderDate: '2025-01-10', amount: 5 },
        ],
      },
      log,
    );
    expect(data.orders.map((o) => o.id)).toEqual(['O1']);
    const summary = log.summary();
    expect(summary.counts).toEqual({
      'orders.amount.notNumber': 3,
      'orders.clientId.missing': 1,
      'orders.orderDate.notDate': 1,
    });
    expect(summary.rowsSkipped).toBe(5);
    expect(summary.sample[0]).toEqual({
      table: 'orders',
      recordId: 'O2',
      column: 'amount',
      problem: 'notNumber',
      value: 'abc',
      rowSkipped: true,
    });
  });

  it('keeps a client with a junk optional value, reading that value as blank', () => {
    const log = new IssueLog();
    const [c1, c2] = parseTables(
      {
        clients: [
          client('C1', {
            creditLimit: 'lots',
            yearFounded: 1799,
            status: 'Active',
            tier: 'gold',
            segment: 42,
          }),
          client('C2', { creditLimit: -5, yearFounded: 2000.5, updatedAt: '2025-03-04T23:30:00.000Z' }),
        ],
      },
      log,
    ).clients;
    expect(c1).toMatchObject({
      creditLimit: null,
      yearFounded: null,
      status: 'active',
      tier: null,
      segment: '42',
    });
    expect(c2).toMatchObject({ creditLimit: null, yearFounded: null, updatedDay: day('2025-03-04') });
    expect(log.summary().counts).toEqual({
      'clients.creditLimit.notNumber': 1,
      'clients.creditLimit.outOfRange': 1,
      'clients.tier.unknownChoice': 1,
      'clients.yearFounded.outOfRange': 2,
    });
    expect(log.summary().rowsSkipped).toBe(0);
  });

  it('skips a second client with the same ID and a client without one', () => {
    const log = new IssueLog();
    const data = parseTables(
      { clients: [client('C1'), client('C1', { name: 'Copy' }), { name: 'No ID' }] },
      log,
    );
    expect(data.clients.map((c) => c.name)).toEqual(['Client C1']);
    expect(log.summary().counts).toEqual({ 'clients.id.duplicateId': 1, 'clients.id.missing': 1 });
  });

  it('keeps rows that point at an unknown client, flagged', () => {
    const log = new IssueLog();
    const data = parseTables(
      { clients: [client('C1')], orders: [order('C9', '2025-01-10', 10, { id: 'O1' })] },
      log,
    );
    expect(data.orders).toHaveLength(1);
    expect(log.summary().counts).toEqual({ 'orders.clientId.unknownClient': 1 });
  });

  it('reads blank statuses as the column default', () => {
    const data = parseTables({
      contacts: [{ clientId: 'C1', plannedDate: '2025-01-01' }],
      obligations: [{ clientId: 'C1', dueDate: '2025-01-01' }],
      deals: [{ clientId: 'C1' }],
    });
    expect(data.contacts[0]?.status).toBe('planned');
    expect(data.obligations[0]?.status).toBe('pending');
    expect(data.deals[0]?.stage).toBe('lead');
  });

  it('keeps every count but only a sample of issues', () => {
    const log = new IssueLog(2);
    parseTables({ orders: [1, 2, 3, 4, 5].map((i) => order('C1', '2025-01-01', 'x', { id: `O${i}` })) }, log);
    const summary = log.summary();
    // 5 junk amounts + 0 unknownClient (skipped rows are not checked for their client).
    expect(summary.total).toBe(5);
    expect(summary.sample).toHaveLength(2);
  });
});
