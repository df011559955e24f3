import { describe, expect, it } from 'vitest';
import { analyseCompetitors } from '../../../src/core/analysis/competitorsAnalysis';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { client, prepare } from './helpers';

describe('competitors analysis', () => {
  const tables: AnalysisTables = {
    competitors: [
      {
        id: 'R1',
        name: 'Acme',
        paymentTerms: '30 days',
        discounts: '5% over 1M',
        lastReviewed: '2025-05-01',
      },
      { id: 'R2', name: 'Beta Corp', paymentTerms: 'cash', deliveryTerms: 'FOB' },
    ],
    clients: [
      client('C1', { competitors: 'acme; Beta Corp', status: 'active' }),
      client('C2', { competitors: 'ACME, Gamma', status: 'prospect' }),
      client('C3', { competitors: 'Acme, acme', status: 'active' }), // named twice: counts once
      client('C4'),
    ],
    deals: [
      { id: 'D1', clientId: 'C1', competitor: 'Acme', stage: 'won' },
      { id: 'D2', clientId: 'C1', competitor: 'acme', stage: 'lost', lossReason: 'Price' },
      { id: 'D3', clientId: 'C2', competitor: 'Acme ', stage: 'lost', lossReason: 'price' },
      { id: 'D4', clientId: 'C2', competitor: 'Beta Corp', stage: 'negotiation' },
      { id: 'D5', clientId: 'C3', competitor: 'Delta', stage: 'lost', lossReason: 'terms' },
      { id: 'D6', clientId: 'C3', stage: 'lost' },
      { id: 'D7', clientId: 'C3', competitor: 'Acme', stage: 'lost' },
    ],
  };

  it('sets out the competitors’ terms side by side', () => {
    const { data } = prepare(tables);
    const { matrix } = analyseCompetitors(data.competitors, data.clients, data.deals);
    expect(matrix.map((m) => [m.name, m.paymentTerms, m.discounts, m.deliveryTerms, m.lastReviewed])).toEqual(
      [
        ['Acme', '30 days', '5% over 1M', null, '2025-05-01'],
        ['Beta Corp', 'cash', null, 'FOB', null],
      ],
    );
  });

  it('counts presence among clients and deals won and lost, case-insensitively', () => {
    // Acme: clients C1 C2 C3 (active C1 C3); deals won D1, lost D2 D3 D7 → win rate 1/4.
    // Loss reasons: 'Price' and 'price' are one reason (2), D7 gave none (1).
    const { data } = prepare(tables);
    const { standings } = analyseCompetitors(data.competitors, data.clients, data.deals);
    expect(standings).toEqual([
      {
        name: 'Acme',
        clients: 3,
        activeClients: 2,
        dealsWon: 1,
        dealsLost: 3,
        dealsOpen: 0,
        winRate: 0.25,
        lossReasons: [
          { reason: 'Price', count: 2 },
          { reason: null, count: 1 },
        ],
      },
      {
        name: 'Beta Corp',
        clients: 1,
        activeClients: 1,
        dealsWon: 0,
        dealsLost: 0,
        dealsOpen: 1,
        winRate: null,
        lossReasons: [],
      },
    ]);
  });

  it('reports names not in the table apart, and every loss reason', () => {
    const { data } = prepare(tables);
    const result = analyseCompetitors(data.competitors, data.clients, data.deals);
    expect(result.unlisted.map((u) => [u.name, u.clients, u.dealsLost])).toEqual([
      ['Gamma', 1, 0],
      ['Delta', 0, 1],
    ]);
    // Lost deals D2 D3 (Price), D5 (terms), D6 and D7 (no reason). Ties: the named reason first.
    expect(result.lossReasons).toEqual([
      { reason: 'Price', count: 2 },
      { reason: null, count: 2 },
      { reason: 'terms', count: 1 },
    ]);
  });

  it('handles empty tables', () => {
    expect(analyseCompetitors([], [], [])).toEqual({
      matrix: [],
      standings: [],
      unlisted: [],
      lossReasons: [],
    });
  });
});
