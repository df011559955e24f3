import { describe, expect, it } from 'vitest';
import { analyseFreshness } from '../../../src/core/analysis/freshness';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { client, prepare } from './helpers';

describe('freshness', () => {
  // asOf 2025-06-15, stale at 90 days or more.
  const tables: AnalysisTables = {
    clients: [
      // 2025-03-17 → 2025-06-15 = 14 + 30 + 31 + 15 = 90 days: stale.
      client('F1', {
        updatedAt: '2025-03-17T09:00:00.000Z',
        email: 'a@x.ph',
        owner: 'm',
        segment: 's',
        tier: 'key',
      }),
      // 89 days: fresh. No e-mail, no phone.
      client('F2', { updatedAt: '2025-03-18T09:00:00.000Z', owner: 'm', segment: 's', tier: 'key' }),
      client('F3', { phone: '+63 2 123 4567' }), // never stamped: stale
      client('F4', { updatedAt: 'yesterday', email: 'b@x.ph', owner: 'm', segment: 's', tier: 'small' }), // junk: stale
    ],
    competitors: [
      { id: 'R1', name: 'Acme', updatedAt: '2024-01-01T00:00:00.000Z', lastReviewed: '2025-06-01' }, // 14 days
      { id: 'R2', name: 'Beta', updatedAt: '2025-01-01T00:00:00.000Z' }, // 165 days
    ],
    contacts: [
      { id: 'P1', clientId: 'F1', plannedDate: '2025-06-14', status: 'planned', owner: 'a' }, // 1 day past
      { id: 'P2', clientId: 'F1', plannedDate: '2025-06-15', status: 'planned', owner: 'a' }, // today: not past
      { id: 'P3', clientId: 'F1', plannedDate: '2025-06-01', status: 'done', owner: 'a' },
      { id: 'P4', clientId: 'F2', plannedDate: '2025-05-16', owner: 'b' }, // blank status = planned; 30 days
      { id: 'P5', clientId: 'F2', plannedDate: 'last week', status: 'planned', owner: 'b' }, // junk date
    ],
  };

  it('lists records not updated in 90 days, never-stamped first', () => {
    const { data, windows } = prepare(tables);
    const result = analyseFreshness(data.clients, data.competitors, data.contacts, windows.asOfDay);
    expect(result.staleClients).toEqual([
      { id: 'F3', name: 'Client F3', owner: null, updatedDate: null, daysSince: null },
      { id: 'F4', name: 'Client F4', owner: 'm', updatedDate: null, daysSince: null },
      { id: 'F1', name: 'Client F1', owner: 'm', updatedDate: '2025-03-17', daysSince: 90 },
    ]);
    expect(result.staleCompetitors).toEqual([
      { id: 'R2', name: 'Beta', owner: null, updatedDate: '2025-01-01', daysSince: 165 },
    ]);
  });

  it('lists clients missing key fields', () => {
    const { data, windows } = prepare(tables);
    const result = analyseFreshness(data.clients, data.competitors, data.contacts, windows.asOfDay);
    expect(result.missingFields).toEqual([
      { clientId: 'F2', name: 'Client F2', owner: 'm', missing: ['emailOrPhone'] },
      { clientId: 'F3', name: 'Client F3', owner: null, missing: ['owner', 'segment', 'tier'] },
    ]);
  });

  it('lists past contact-plan rows still planned, oldest first', () => {
    const { data, windows } = prepare(tables);
    const result = analyseFreshness(data.clients, data.competitors, data.contacts, windows.asOfDay);
    expect(result.pastPlanned).toEqual({
      count: 2,
      byOwner: [
        { owner: 'a', count: 1 },
        { owner: 'b', count: 1 },
      ],
      rows: [
        { contactId: 'P4', clientId: 'F2', owner: 'b', plannedDate: '2025-05-16', daysPast: 30 },
        { contactId: 'P1', clientId: 'F1', owner: 'a', plannedDate: '2025-06-14', daysPast: 1 },
      ],
    });
  });

  it('follows a settable threshold, and handles empty tables', () => {
    const { data, windows } = prepare(tables);
    // At 89 days, F2 (89 days) turns stale too.
    const result = analyseFreshness(data.clients, [], [], windows.asOfDay, 89);
    expect(result.staleClients.map((c) => c.id)).toEqual(['F3', 'F4', 'F1', 'F2']);
    expect(analyseFreshness([], [], [], windows.asOfDay)).toEqual({
      staleDays: 90,
      staleClients: [],
      staleCompetitors: [],
      missingFields: [],
      pastPlanned: { count: 0, byOwner: [], rows: [] },
    });
  });
});
