import { describe, expect, it } from 'vitest';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { analyseLeadSources } from '../../../src/core/analysis/leadSources';
import { client, order, prepare } from './helpers';

const created = (date: string) => `${date}T08:00:00.000Z`;

describe('lead sources and campaigns', () => {
  const tables: AnalysisTables = {
    clients: [
      client('L1', { leadSource: 'email', status: 'active', createdAt: created('2025-01-10') }),
      client('L2', { leadSource: 'email', status: 'prospect', createdAt: created('2025-01-20') }),
      client('L3', { leadSource: 'show', status: 'active', createdAt: created('2025-03-05') }),
      client('L4', { leadSource: 'referral', status: 'active' }),
      client('L5', { status: 'lost' }),
      client('L6', { leadSource: 'email', status: 'active', createdAt: created('2025-05-01') }),
      client('L7', { leadSource: 'Show', status: 'prospect', createdAt: created('2025-07-01') }),
    ],
    orders: [order('L1', '2025-02-01', 1000), order('L3', '2025-04-01', 500), order('L4', '2025-04-01', 200)],
    campaigns: [
      { id: 'M1', name: 'Jan mail', channel: 'email', date: '2025-01-01', cost: 300, status: 'done' },
      { id: 'M2', name: 'Apr mail', channel: 'email', date: '2025-04-15', cost: 200, status: 'done' },
      { id: 'M3', name: 'Trade show', channel: 'show', date: '2025-03-01', cost: 1000, status: 'done' },
      { id: 'M4', name: 'Fax blast', channel: 'fax', date: '2025-02-01', cost: 50, status: 'done' },
      { id: 'M5', name: 'Cancelled', channel: 'email', date: '2025-01-15', cost: 0, status: 'cancelled' },
      { id: 'M6', name: 'Expo', channel: 'exhibition', cost: 400, status: 'planned' },
      { id: 'M7', name: 'Free?', channel: 'email', date: '2024-01-01', cost: 'free', status: 'done' },
    ],
  };

  it('counts leads, conversions to active and revenue per source', () => {
    const { data, stats } = prepare(tables);
    const result = analyseLeadSources(data.clients, data.campaigns, stats);
    // email: L1 L2 L6, active L1 L6 → 2/3, revenue 1000. show: L3 L7 ('Show' read as show), 1 active.
    expect(result.bySource).toEqual([
      { source: 'email', leads: 3, active: 2, revenue: 1000, conversionRate: 2 / 3 },
      { source: 'show', leads: 2, active: 1, revenue: 500, conversionRate: 0.5 },
      { source: 'referral', leads: 1, active: 1, revenue: 200, conversionRate: 1 },
      { source: null, leads: 1, active: 0, revenue: 0, conversionRate: 0 },
    ]);
  });

  it('attributes each lead to the latest campaign of its channel within 90 days, once', () => {
    // L1 (01-10) and L2 (01-20) → M1 (01-01; M5 is cancelled). L6 (05-01) → M2 (04-15).
    // L3 (03-05) → M3. L7 (07-01) is 122 days after M3: nobody's lead.
    // M4 is fax (no such lead source) and M6 has no date: leads unknown (null).
    const { data, stats } = prepare(tables);
    const result = analyseLeadSources(data.clients, data.campaigns, stats);
    expect(result.byCampaign.map((c) => [c.campaignId, c.leads, c.costPerLead])).toEqual([
      ['M1', 2, 150],
      ['M2', 1, 200],
      ['M3', 1, 1000],
      ['M4', null, null],
      ['M5', 0, null],
      ['M6', null, null],
      ['M7', 0, null], // cost was junk: null
    ]);
    expect(result.byCampaign[6]?.cost).toBeNull();
  });

  it('sums cost per channel against all clients from that source', () => {
    // email: M1 + M2 + M5 + M7 = 300 + 200 + 0 + (junk → 0) = 500 over 3 leads = 166.67.
    const { data, stats } = prepare(tables);
    const result = analyseLeadSources(data.clients, data.campaigns, stats);
    expect(result.byChannel).toEqual([
      { channel: 'show', campaigns: 1, cost: 1000, leads: 2, costPerLead: 500 },
      { channel: 'email', campaigns: 4, cost: 500, leads: 3, costPerLead: 500 / 3 },
      { channel: 'exhibition', campaigns: 1, cost: 400, leads: 0, costPerLead: null },
      { channel: 'fax', campaigns: 1, cost: 50, leads: null, costPerLead: null },
    ]);
  });

  it('follows a settable attribution window, and handles empty tables', () => {
    const { data, stats } = prepare(tables);
    // With 10 days, L2 (19 days after M1) and L6 (16 after M2) are nobody's: M1 1, M2 0.
    const result = analyseLeadSources(data.clients, data.campaigns, stats, 10);
    expect(result.byCampaign.slice(0, 2).map((c) => c.leads)).toEqual([1, 0]);
    expect(analyseLeadSources([], [], new Map())).toEqual({ bySource: [], byChannel: [], byCampaign: [] });
  });
});
