import { describe, expect, it } from 'vitest';
import {
  isClaimOpen,
  isContactOverdue,
  isContactUpcoming,
  isObligationOverdue,
} from '../../../src/core/analysis/definitions';
import { runFullAnalysis } from '../../../src/core/analysis/fullAnalysis';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { AS_OF, client, day, prepare } from './helpers';

const today = day(AS_OF);

describe('shared definitions', () => {
  it('an open claim: received by asOf, no resolved date by then, neither resolved nor rejected', () => {
    const tables: AnalysisTables = {
      clients: [client('C1')],
      claims: [
        { id: 'K1', clientId: 'C1', receivedDate: '2025-06-01' },
        { id: 'K2', clientId: 'C1', receivedDate: '2025-06-01', status: 'investigating' },
        { id: 'K3', clientId: 'C1', receivedDate: '2025-06-01', status: 'new', resolvedDate: '2025-06-10' },
        { id: 'K4', clientId: 'C1', receivedDate: '2025-06-01', status: 'rejected' },
        { id: 'K5', clientId: 'C1', receivedDate: '2025-07-01', status: 'new' },
        { id: 'K6', clientId: 'C1', receivedDate: '2025-06-01', resolvedDate: '2025-07-01' },
      ],
    };
    const open = prepare(tables)
      .data.claims.filter((c) => isClaimOpen(c, today))
      .map((c) => c.id);
    expect(open).toEqual(['K1', 'K2', 'K6']);
    // The claims analysis counts the same claims open.
    expect(runFullAnalysis(tables, AS_OF).claims.open).toBe(open.length);
  });

  it('an overdue obligation is pending and due before asOf; the analysis and the rules agree', () => {
    const tables: AnalysisTables = {
      clients: [client('C1')],
      obligations: [
        { id: 'B1', clientId: 'C1', dueDate: '2025-06-14' },
        { id: 'B2', clientId: 'C1', dueDate: '2025-06-15' },
        { id: 'B3', clientId: 'C1', dueDate: '2025-06-01', status: 'done', doneDate: '2025-06-20' },
      ],
    };
    const { data } = prepare(tables);
    expect(data.obligations.filter((o) => isObligationOverdue(o, today)).map((o) => o.id)).toEqual(['B1']);
    const analysis = runFullAnalysis(tables, AS_OF);
    expect(analysis.obligations.overdue.map((o) => o.obligationId)).toEqual(['B1']);
    expect(analysis.recommendations.byRule.obligationOverdue).toBe(1);
  });

  it('a planned contact is overdue before asOf and upcoming from asOf on; a blank status is planned', () => {
    const { data } = prepare({
      contacts: [
        { id: 'P1', clientId: 'C1', plannedDate: '2025-06-14' },
        { id: 'P2', clientId: 'C1', plannedDate: '2025-06-15', status: 'planned' },
        { id: 'P3', clientId: 'C1', plannedDate: '2025-06-01', status: 'done' },
        { id: 'P4', clientId: 'C1' },
      ],
    });
    expect(data.contacts.filter((c) => isContactOverdue(c, today)).map((c) => c.id)).toEqual(['P1']);
    expect(data.contacts.filter((c) => isContactUpcoming(c, today)).map((c) => c.id)).toEqual(['P2']);
  });
});
