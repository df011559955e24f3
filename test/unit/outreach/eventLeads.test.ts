import { describe, expect, it } from 'vitest';
import { analyseLeadSources } from '../../../src/core/analysis/leadSources';
import { client, prepare } from '../analysis/helpers';

const created = (date: string) => `${date}T08:00:00.000Z`;

describe('a lead met at a campaign', () => {
  it('is credited to the campaign it names whatever its dates; others keep the window rule', () => {
    const { data, stats } = prepare({
      clients: [
        // Met at the first expo, typed in a year later: still that expo's lead.
        client('L1', { leadSource: 'exhibition', campaignId: 'M1', createdAt: created('2026-03-01') }),
        // Names a campaign that is not in the table: the window rule takes it (M2, 10 days before).
        client('L2', { leadSource: 'exhibition', campaignId: 'M9', createdAt: created('2025-06-11') }),
        client('L3', { leadSource: 'exhibition', createdAt: created('2025-06-05') }),
        // Met at a presentation with no date: counted all the same.
        client('L4', { leadSource: 'presentation', campaignId: 'M3', createdAt: created('2025-07-01') }),
      ],
      campaigns: [
        { id: 'M1', name: 'Expo 1', channel: 'exhibition', date: '2025-02-01', cost: 900, status: 'done' },
        { id: 'M2', name: 'Expo 2', channel: 'exhibition', date: '2025-06-01', cost: 400, status: 'done' },
        { id: 'M3', name: 'Talk', channel: 'presentation', cost: 50, status: 'done' },
      ],
    });
    const result = analyseLeadSources(data.clients, data.campaigns, stats);
    expect(result.byCampaign.map((c) => [c.campaignId, c.leads, c.costPerLead])).toEqual([
      ['M1', 1, 900],
      ['M2', 2, 200],
      ['M3', 1, 50],
    ]);
  });
});
