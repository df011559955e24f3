import { describe, expect, it } from 'vitest';
import { analyseAudience } from '../../../src/core/analysis/audience';
import { client, order, prepare } from './helpers';

describe('audience', () => {
  // Revenue window after 2024-06-15 up to 2025-06-15.
  const tables = {
    clients: [
      client('U1', {
        segment: 'Retail',
        tier: 'key',
        region: 'N',
        status: 'active',
        leadSource: 'email',
        creditLimit: 1000,
      }),
      client('U2', {
        segment: 'retail',
        tier: 'small',
        region: 'N',
        status: 'prospect',
        leadSource: 'email',
        creditLimit: 'junk',
      }),
      client('U3', { tier: 'key', region: 'S', status: 'active', leadSource: 'referral', creditLimit: 2000 }),
      client('U4', { segment: 'Gov', region: 'S', status: 'lost', creditLimit: 0 }),
    ],
    orders: [
      order('U1', '2025-01-01', 500),
      order('U3', '2025-02-01', 400),
      order('U3', '2025-03-01', -100), // credit note: revenue 300
      order('U4', '2023-05-01', 900), // outside the window
    ],
  };

  it('counts clients and sums credit limits and revenue per group', () => {
    const { data, stats } = prepare(tables);
    const result = analyseAudience(data.clients, stats);
    // 4 clients; credit limits 1000 + 2000 + 0 (U2's junk limit adds nothing); revenue 500 + 300.
    expect(result.total).toEqual({
      key: null,
      clients: 4,
      creditLimit: 3000,
      clientsWithCreditLimit: 3,
      revenue: 800,
    });
    // 'Retail' and 'retail' are one group, shown as first spelled; the blank segment comes last.
    expect(result.bySegment).toEqual([
      { key: 'Retail', clients: 2, creditLimit: 1000, clientsWithCreditLimit: 1, revenue: 500 },
      { key: 'Gov', clients: 1, creditLimit: 0, clientsWithCreditLimit: 1, revenue: 0 },
      { key: null, clients: 1, creditLimit: 2000, clientsWithCreditLimit: 1, revenue: 300 },
    ]);
    expect(result.byTier.map((g) => [g.key, g.clients, g.creditLimit, g.revenue])).toEqual([
      ['key', 2, 3000, 800],
      ['small', 1, 0, 0],
      [null, 1, 0, 0],
    ]);
    // Equal revenue (0) and clients (1): by name, 'lost' before 'prospect'.
    expect(result.byStatus.map((g) => [g.key, g.clients, g.revenue])).toEqual([
      ['active', 2, 800],
      ['lost', 1, 0],
      ['prospect', 1, 0],
    ]);
    expect(result.byRegion.map((g) => [g.key, g.revenue])).toEqual([
      ['N', 500],
      ['S', 300],
    ]);
    expect(result.byLeadSource.map((g) => [g.key, g.clients])).toEqual([
      ['email', 2],
      ['referral', 1],
      [null, 1],
    ]);
  });

  it('handles no clients', () => {
    const result = analyseAudience([], new Map());
    expect(result.total.clients).toBe(0);
    expect(result.bySegment).toEqual([]);
  });
});
