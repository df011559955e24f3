import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../src/core/analysis/issues';
import { analysePipeline } from '../../../src/core/analysis/pipeline';
import { CLIENT_ROWS, DEAL_ROWS } from '../../../src/core/analysis/rows';
import type { TableRecord } from '../../../src/core/tables/tableSpec';

/** Deals as the analysis reads them (every deal of one client). */
const deals = (records: TableRecord[]) =>
  DEAL_ROWS.read(
    records.map((record) => ({ clientId: 'C1', ...record })),
    new IssueLog(),
  );

// Moved from test/unit/reportModel.test.ts: the funnel is now the pipeline analysis's, over typed deal rows.
const pipelineByStage = (rows: ReturnType<typeof deals>) => analysePipeline([], rows, new Map()).byStage;

describe('pipelineByStage', () => {
  it('counts deals and value per stage in funnel order; junk stages count as leads, junk values as 0', () => {
    const rows = pipelineByStage(
      deals([
        { stage: 'proposal', value: 100 },
        { stage: 'proposal', value: 50.5 },
        { stage: 'won', value: 10 },
        { stage: 'vip', value: 7 },
        { stage: 'negotiation', value: 'lots' },
        { stage: null, value: null },
      ]),
    );
    expect(rows).toEqual([
      { stage: 'lead', deals: 2, value: 7 },
      { stage: 'qualified', deals: 0, value: 0 },
      { stage: 'proposal', deals: 2, value: 150.5 },
      { stage: 'negotiation', deals: 1, value: 0 },
      { stage: 'won', deals: 1, value: 10 },
      { stage: 'lost', deals: 0, value: 0 },
    ]);
  });
});

describe('analysePipeline', () => {
  it('sums the open pipeline once, and per owner the same open deals', () => {
    const clients = CLIENT_ROWS.read(
      [{ id: 'C1', owner: 'ana@x.ph' }, { id: 'C2', owner: 'ana@x.ph' }, { id: 'C3' }],
      new IssueLog(),
    );
    const result = analysePipeline(
      clients,
      deals([
        { stage: 'proposal', value: 100, owner: 'ana@x.ph' },
        { stage: 'won', value: 50, owner: 'ana@x.ph' },
        // A blank stage is a lead, so open, as in the funnel.
        { stage: null, value: 30, owner: 'ben@x.ph' },
        { stage: 'lost', value: 20 },
      ]),
      new Map([['C2', 'A']]),
    );
    expect(result.open).toBe(130);
    expect(result.byOwner).toEqual([
      { owner: 'ana@x.ph', clients: 2, aClients: 1, openPipeline: 100 },
      { owner: null, clients: 1, aClients: 0, openPipeline: 0 },
      { owner: 'ben@x.ph', clients: 0, aClients: 0, openPipeline: 30 },
    ]);
    const byOwnerTotal = result.byOwner.reduce((sum, book) => sum + book.openPipeline, 0);
    expect(byOwnerTotal).toBe(result.open);
  });
});
