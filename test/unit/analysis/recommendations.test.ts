import { describe, expect, it } from 'vitest';
import type { AbcClass } from '../../../src/core/analysis/abc';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import {
  lastDoneContactByClient,
  previousReliabilityOf,
  recommendActions,
} from '../../../src/core/analysis/recommendations';
import { client, prepare } from './helpers';

describe('next best actions', () => {
  // asOf 2025-06-15; defaults: dormant at 45 days, obligations due within 3 days, drop of 10 points.
  const tables: AnalysisTables = {
    clients: [
      client('A1', { owner: 'm1', status: 'active', nextContactDate: '2025-07-01', reliability: 80 }),
      client('A2', { owner: 'm1', status: 'active', reliability: 80 }), // no next contact date
      client('A3', { owner: 'm2', status: 'prospect', reliability: 80 }),
      client('A4', { status: 'dormant' }), // A class, last done exactly 45 days ago
      client('A5', { status: 'dormant' }), // A class, 44 days ago
      client('A6', { status: 'dormant' }), // A class, never contacted
    ],
    contacts: [
      { clientId: 'A1', plannedDate: '2025-03-01', doneDate: '2025-04-01', status: 'done' }, // 75 days
      { clientId: 'A1', plannedDate: '2025-06-20', status: 'done' }, // after asOf: ignored
      { clientId: 'A2', plannedDate: '2025-05-20', status: 'done' }, // no done date: planned date, 26 days
      { clientId: 'A2', plannedDate: '2025-06-10', status: 'planned' },
      { clientId: 'A4', plannedDate: '2025-05-01', doneDate: '2025-05-01', status: 'done' },
      { clientId: 'A5', plannedDate: '2025-05-02', doneDate: '2025-05-02', status: 'done' },
    ],
    claims: [
      { id: 'K1', clientId: 'A1', receivedDate: '2025-06-01', category: 'quality', slaDueDate: '2025-06-10' },
      { id: 'K2', clientId: 'A2', receivedDate: '2025-06-01', category: 'quality', slaDueDate: '2025-06-15' },
      {
        id: 'K3',
        clientId: 'A2',
        receivedDate: '2025-05-01',
        category: 'quality',
        slaDueDate: '2025-05-05',
        resolvedDate: '2025-05-20',
        status: 'resolved',
      },
    ],
    obligations: [
      { id: 'B1', clientId: 'A3', dueDate: '2025-06-18', owner: 'm3' }, // 3 days: due soon
      { id: 'B2', clientId: 'A3', dueDate: '2025-06-19', owner: 'm3' }, // 4 days: not yet
      { id: 'B3', clientId: 'A3', dueDate: '2025-06-10' }, // overdue; no owner → the client's (m2)
    ],
    deals: [
      { id: 'D1', clientId: 'A2', stage: 'negotiation', owner: 'm2', value: 5000 },
      { id: 'D2', clientId: 'A2', stage: 'negotiation', owner: 'm2', nextStep: 'Send the revised quote' },
      { id: 'D3', clientId: 'A2', stage: 'proposal', owner: 'm2' },
    ],
  };

  function run() {
    const { data, windows } = prepare(tables);
    const abcClass = new Map<string, AbcClass>([
      ['A1', 'A'],
      ['A2', 'A'],
      ['A3', 'C'],
      ['A4', 'A'],
      ['A5', 'A'],
      ['A6', 'A'],
    ]);
    // A1 fell 80 → 69 (11 points: fires); A2 80 → 71 (9: does not); A3 has only a prior (absent).
    const reliability = new Map([
      ['A1', 69],
      ['A2', 71],
    ]);
    return recommendActions({
      asOfDay: windows.asOfDay,
      clients: data.clients,
      claims: data.claims,
      obligations: data.obligations,
      deals: data.deals,
      abcClass,
      lastDoneContact: lastDoneContactByClient(data.contacts, windows.asOfDay),
      reliability,
      previousReliability: previousReliabilityOf(data.clients),
    });
  }

  it('groups the actions by owner, by priority then rule', () => {
    const result = run();
    expect(result.byOwner.map((o) => [o.owner, o.actions.map((a) => a.id)])).toEqual([
      ['m1', ['claimPastSla:K1', 'dormantAClient:A1', 'reliabilityDrop:A1', 'activeNoNextContact:A2']],
      ['m2', ['obligationOverdue:B3', 'dealNoNextStep:D1']],
      ['m3', ['obligationDueSoon:B1']],
      [null, ['dormantAClient:A4', 'dormantAClient:A6']],
    ]);
    expect(result.total).toBe(9);
    expect(result.byRule).toEqual({
      claimPastSla: 1,
      obligationOverdue: 1,
      obligationDueSoon: 1,
      dormantAClient: 3,
      reliabilityDrop: 1,
      dealNoNextStep: 1,
      activeNoNextContact: 1,
    });
  });

  it('explains each action with values, not prose', () => {
    const actions = new Map(run().byOwner.flatMap((o) => o.actions.map((a) => [a.id, a] as const)));
    // 2025-04-01 → 2025-06-15 = 29 + 31 + 15 = 75 days.
    expect(actions.get('dormantAClient:A1')).toEqual({
      id: 'dormantAClient:A1',
      rule: 'dormantAClient',
      priority: 2,
      owner: 'm1',
      table: 'clients',
      recordId: 'A1',
      why: { rule: 'dormantAClient', clientId: 'A1', owner: 'm1', days: 75, threshold: 45 },
    });
    expect(actions.get('dormantAClient:A6')?.why).toMatchObject({ days: null, threshold: 45 });
    expect(actions.get('dormantAClient:A4')?.why).toMatchObject({ days: 45 });
    // The claim has no owner: it goes to the client's owner.
    expect(actions.get('claimPastSla:K1')?.why).toEqual({
      rule: 'claimPastSla',
      claimId: 'K1',
      clientId: 'A1',
      owner: 'm1',
      slaDueDate: '2025-06-10',
      daysOver: 5,
    });
    expect(actions.get('reliabilityDrop:A1')?.why).toMatchObject({
      previous: 80,
      current: 69,
      drop: 11,
      threshold: 10,
    });
    expect(actions.get('obligationDueSoon:B1')?.why).toMatchObject({
      daysLeft: 3,
      threshold: 3,
      dueDate: '2025-06-18',
    });
    expect(actions.get('obligationOverdue:B3')?.why).toMatchObject({ owner: 'm2', daysOverdue: 5 });
    expect(actions.get('dealNoNextStep:D1')?.why).toEqual({
      rule: 'dealNoNextStep',
      dealId: 'D1',
      clientId: 'A2',
      owner: 'm2',
      value: 5000,
    });
  });

  it('follows settable thresholds', () => {
    const { data, windows } = prepare(tables);
    const result = recommendActions(
      {
        asOfDay: windows.asOfDay,
        clients: data.clients,
        claims: [],
        obligations: data.obligations,
        deals: [],
        abcClass: new Map<string, AbcClass>([['A1', 'A']]),
        lastDoneContact: lastDoneContactByClient(data.contacts, windows.asOfDay),
        reliability: new Map([['A2', 71]]),
        previousReliability: previousReliabilityOf(data.clients),
      },
      { dormantDays: 80, obligationDueDays: 4, reliabilityDropPoints: 9 },
    );
    // A1 at 75 days is no longer dormant; B2 (4 days) is now due soon; A2's 9-point fall now counts.
    expect(result.byRule).toMatchObject({ dormantAClient: 0, obligationDueSoon: 2, reliabilityDrop: 1 });
  });

  it('finds nothing in empty tables', () => {
    const result = recommendActions({
      asOfDay: 0,
      clients: [],
      claims: [],
      obligations: [],
      deals: [],
      abcClass: new Map(),
      lastDoneContact: new Map(),
      reliability: new Map(),
      previousReliability: new Map(),
    });
    expect(result.total).toBe(0);
    expect(result.byOwner).toEqual([]);
  });
});
