import { describe, expect, it } from 'vitest';
import type { AbcClass } from '../../../src/core/analysis/abc';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { lastDoneContactByClient, recommendActions } from '../../../src/core/analysis/recommendations';
import type { ReliabilityForecast } from '../../../src/core/analysis/reliability';
import { client, prepare } from './helpers';

/** A forecast as reliability.ts makes one: a low-chance client with a long, clean history unless told. */
function forecast(
  clientId: string,
  fields: Partial<Omit<ReliabilityForecast, 'history'>> & { invoices?: number } = {},
): ReliabilityForecast {
  const { invoices = 12, ...rest } = fields;
  return {
    clientId,
    probability: 0.1,
    low: 0.05,
    high: 0.16,
    band: 'low',
    evidence: invoices,
    alpha: 2,
    beta: 18,
    history: { invoices, late: 0, unpaidLate: 0, averageDaysLate: null },
    prior: { probability: 0.25, low: 0.1, high: 0.42, groups: [] },
    credit: [],
    hint: null,
    turn: null,
    ...rest,
  };
}

/** A new client's forecast in the high band: 62% (35-84%). */
const risky = (clientId: string, invoices: number) =>
  forecast(clientId, { invoices, probability: 0.62, low: 0.35, high: 0.84, band: 'high' });

describe('next best actions', () => {
  // asOf 2025-06-15; defaults: dormant at 45 days, obligations due within 3 days, new below 3 invoices.
  const tables: AnalysisTables = {
    clients: [
      client('A1', { owner: 'm1', status: 'active', nextContactDate: '2025-07-01' }),
      client('A2', { owner: 'm1', status: 'active', paymentTermsDays: 30 }), // no next contact date
      client('A3', { owner: 'm2', status: 'prospect', paymentTermsDays: 30 }),
      client('A4', { status: 'dormant' }), // A class, last done exactly 45 days ago
      client('A5', { status: 'dormant' }), // A class, 44 days ago
      client('A6', { status: 'dormant' }), // A class, never contacted
      // Clients whose forecast is high but which get no riskyCreditTerms action by default:
      client('N1', { owner: 'm4', status: 'prospect', creditLimit: 50_000 }), // 3 invoices: not new
      client('N2', { owner: 'm4', status: 'lost', paymentTermsDays: 30 }), // lost
      client('N3', { owner: 'm4', status: 'prospect', paymentTermsDays: 0, creditLimit: 0 }), // cash
      client('N4', { owner: 'm4', status: 'prospect' }), // no terms, no limit
      client('N5', { owner: 'm4', status: 'prospect', creditLimit: 10_000 }), // medium band
      client('N6', { owner: 'm4', status: 'prospect', paymentTermsDays: 15 }), // no forecast at all
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
    // A1 paid well and turned late; A3 is new (1 invoice), high and on 30-day terms; A2 is high too
    // but has a long history.
    const reliability = new Map(
      [
        forecast('A1', {
          probability: 0.43,
          band: 'medium',
          turn: { earlierInvoices: 9, earlierLate: 1, recentInvoices: 3, recentLate: 2 },
        }),
        forecast('A2', { probability: 0.7, low: 0.6, high: 0.8, band: 'high' }),
        risky('A3', 1),
        risky('N1', 3),
        risky('N2', 0),
        risky('N3', 0),
        risky('N4', 0),
        forecast('N5', { invoices: 0, probability: 0.45, low: 0.2, high: 0.7, band: 'medium' }),
      ].map((f) => [f.clientId, f]),
    );
    return recommendActions({
      asOfDay: windows.asOfDay,
      clients: data.clients,
      claims: data.claims,
      obligations: data.obligations,
      deals: data.deals,
      abcClass,
      lastDoneContact: lastDoneContactByClient(data.contacts, windows.asOfDay),
      reliability,
      relationships: [],
    });
  }

  it('groups the actions by owner, by priority then rule', () => {
    const result = run();
    expect(result.byOwner.map((o) => [o.owner, o.actions.map((a) => a.id)])).toEqual([
      ['m1', ['claimPastSla:K1', 'dormantAClient:A1', 'paymentsTurnedLate:A1', 'activeNoNextContact:A2']],
      ['m2', ['obligationOverdue:B3', 'riskyCreditTerms:A3', 'dealNoNextStep:D1']],
      ['m3', ['obligationDueSoon:B1']],
      [null, ['dormantAClient:A4', 'dormantAClient:A6']],
    ]);
    expect(result.total).toBe(10);
    expect(result.byRule).toEqual({
      claimPastSla: 1,
      obligationOverdue: 1,
      obligationDueSoon: 1,
      dormantAClient: 3,
      riskyCreditTerms: 1,
      paymentsTurnedLate: 1,
      dealNoNextStep: 1,
      activeNoNextContact: 1,
      // No people or relationships given: the relationship rules (relationshipActions.test.ts) find none.
      keyPersonLeft: 0,
      decisionMakerNotContacted: 0,
      singlePointOfContact: 0,
      relationshipSuggestion: 0,
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
    // The chance and its range in whole percents; the terms as the client row has them.
    expect(actions.get('riskyCreditTerms:A3')).toEqual({
      id: 'riskyCreditTerms:A3',
      rule: 'riskyCreditTerms',
      priority: 2,
      owner: 'm2',
      table: 'clients',
      recordId: 'A3',
      why: {
        rule: 'riskyCreditTerms',
        clientId: 'A3',
        owner: 'm2',
        chance: 62,
        low: 35,
        high: 84,
        invoices: 1,
        termsDays: 30,
        creditLimit: null,
      },
    });
    expect(actions.get('paymentsTurnedLate:A1')).toEqual({
      id: 'paymentsTurnedLate:A1',
      rule: 'paymentsTurnedLate',
      priority: 2,
      owner: 'm1',
      table: 'clients',
      recordId: 'A1',
      why: {
        rule: 'paymentsTurnedLate',
        clientId: 'A1',
        owner: 'm1',
        earlierInvoices: 9,
        earlierLate: 1,
        recentInvoices: 3,
        recentLate: 2,
        chance: 43,
      },
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
    const withSettings = (newClientInvoices: number) =>
      recommendActions(
        {
          asOfDay: windows.asOfDay,
          clients: data.clients,
          claims: [],
          obligations: data.obligations,
          deals: [],
          abcClass: new Map<string, AbcClass>([['A1', 'A']]),
          lastDoneContact: lastDoneContactByClient(data.contacts, windows.asOfDay),
          reliability: new Map([risky('A3', 1), risky('N1', 3), risky('N2', 0)].map((f) => [f.clientId, f])),
          relationships: [],
        },
        { dormantDays: 80, obligationDueDays: 4, newClientInvoices },
      );
    const ids = (result: ReturnType<typeof withSettings>) =>
      result.byOwner.flatMap((o) => o.actions.filter((a) => a.rule === 'riskyCreditTerms').map((a) => a.id));
    // A1 at 75 days is no longer dormant; B2 (4 days) is now due soon.
    expect(withSettings(3).byRule).toMatchObject({ dormantAClient: 0, obligationDueSoon: 2 });
    // New means fewer judged invoices than the threshold: N1's 3 count from 4; A3's 1 stops at 1.
    expect(ids(withSettings(3))).toEqual(['riskyCreditTerms:A3']);
    expect(ids(withSettings(4))).toEqual(['riskyCreditTerms:A3', 'riskyCreditTerms:N1']);
    expect(withSettings(4).byOwner.find((o) => o.owner === 'm4')?.actions[0]?.why).toMatchObject({
      invoices: 3,
      termsDays: null,
      creditLimit: 50_000,
    });
    expect(ids(withSettings(2))).toEqual(['riskyCreditTerms:A3']);
    expect(ids(withSettings(1))).toEqual([]);
    // A lost client never gets one, whatever the threshold.
    expect(ids(withSettings(100))).not.toContain('riskyCreditTerms:N2');
  });

  it('says a payment turn whatever the band, and the risky terms of a client that also turned', () => {
    const { data, windows } = prepare(tables);
    const turn = { earlierInvoices: 4, earlierLate: 0, recentInvoices: 3, recentLate: 3 };
    const result = recommendActions({
      asOfDay: windows.asOfDay,
      clients: data.clients,
      claims: [],
      obligations: [],
      deals: [],
      abcClass: new Map(),
      lastDoneContact: new Map(),
      reliability: new Map([
        ['A3', forecast('A3', { turn, probability: 0.55, band: 'high', invoices: 2 })],
        ['N5', forecast('N5', { turn, probability: 0.15, band: 'low' })],
      ]),
      relationships: [],
    });
    expect(result.byRule).toMatchObject({
      riskyCreditTerms: 1,
      paymentsTurnedLate: 2,
      activeNoNextContact: 1,
    });
    const actions = result.byOwner.flatMap((o) => o.actions);
    expect(actions.filter((a) => a.recordId === 'A3').map((a) => a.id)).toEqual([
      'riskyCreditTerms:A3',
      'paymentsTurnedLate:A3',
    ]);
    expect(actions.find((a) => a.id === 'paymentsTurnedLate:N5')?.why).toMatchObject({
      chance: 15,
      recentLate: 3,
      owner: 'm4',
    });
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
      relationships: [],
    });
    expect(result.total).toBe(0);
    expect(result.byOwner).toEqual([]);
  });
});
