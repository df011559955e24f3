/**
 * The analyses read lazily (issue #15): each table is asked of the source the first time an analysis
 * needs it, with just the columns its reader declares, and the results are those of the full run.
 */
import { describe, expect, it } from 'vitest';
import { analyseSource, analysesComputed, runFullAnalysis } from '../../../src/core/analysis/fullAnalysis';
import type { AnalysisTableKey, AnalysisTables } from '../../../src/core/analysis/inputs';
import {
  CAMPAIGN_ROWS,
  CLAIM_ROWS,
  CLIENT_ROWS,
  COMPETITOR_ROWS,
  CONTACT_ROWS,
  DEAL_ROWS,
  EVIDENCE_ROWS,
  OBLIGATION_ROWS,
  ORDER_ROWS,
  PEOPLE_ROWS,
  PLAN_ROWS,
} from '../../../src/core/analysis/rows';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { generateDemoWorkbook } from '../../../workbench/demo';

const AS_OF = '2026-06-15';
/** The reader of each table the analyses read. */
const ANALYSIS_ROWS = {
  clients: CLIENT_ROWS,
  orders: ORDER_ROWS,
  claims: CLAIM_ROWS,
  contacts: CONTACT_ROWS,
  deals: DEAL_ROWS,
  obligations: OBLIGATION_ROWS,
  competitors: COMPETITOR_ROWS,
  campaigns: CAMPAIGN_ROWS,
  evidence: EVIDENCE_ROWS,
  people: PEOPLE_ROWS,
  plans: PLAN_ROWS,
} as const;
const ANALYSIS_TABLE_KEYS = Object.keys(ANALYSIS_ROWS) as AnalysisTableKey[];
const demo = generateDemoWorkbook({ asOf: AS_OF, size: { clients: 120 } });
const campaigns = demo.tables.campaigns ?? [];
/** The demo's tables, its clients given the industry and campaign the demo leaves blank. */
const tables: AnalysisTables = {
  ...Object.fromEntries(ANALYSIS_TABLE_KEYS.map((key) => [key, demo.tables[key] ?? []])),
  clients: (demo.tables.clients ?? []).map((record, i) => ({
    ...record,
    industry: ['Food processing', 'Retail', 'Logistics'][i % 3] ?? null,
    campaignId: i % 4 === 0 ? (campaigns[i % campaigns.length]?.id ?? null) : null,
  })),
};

/** A source over the demo's records that hands out only the columns asked for, and logs each ask. */
function recordingSource() {
  const asked: { table: AnalysisTableKey; columns: readonly string[] }[] = [];
  const source = (table: AnalysisTableKey, columns: readonly string[]): TableRecord[] => {
    asked.push({ table, columns });
    return (tables[table] ?? []).map((record) =>
      Object.fromEntries(columns.filter((key) => key in record).map((key) => [key, record[key] ?? null])),
    );
  };
  return { asked, source, tablesAsked: () => asked.map((a) => a.table) };
}

describe('the lazy analysis', () => {
  it('has demo records in every table it reads', () => {
    for (const key of ANALYSIS_TABLE_KEYS.filter((k) => k !== 'plans'))
      expect(tables[key]?.length ?? 0, key).toBeGreaterThan(0);
    expect(tables.clients?.some((c) => c.campaignId)).toBe(true);
  });

  it('reads nothing until an analysis is asked for, then only the tables that analysis needs', () => {
    const { source, tablesAsked } = recordingSource();
    const { analysis } = analyseSource(source, AS_OF);
    expect(analysis.asOf).toBe(AS_OF);
    expect(tablesAsked()).toEqual([]);
    expect(analysis.claims.total).toBe(tables.claims?.length);
    expect(tablesAsked()).toEqual(['claims']);
    void analysis.obligations;
    expect(tablesAsked()).toEqual(['claims', 'obligations']);
    // The forecast reads the clients, their orders and the credit checks; never claims or obligations.
    void analysis.reliability;
    expect(tablesAsked().slice(2).sort()).toEqual(['clients', 'evidence', 'orders']);
  });

  it('asks each table once, with the columns its reader declares, whatever uses it after', () => {
    const { asked, source } = recordingSource();
    const { analysis } = analyseSource(source, AS_OF);
    for (const key of Object.keys(analysis)) void analysis[key as keyof typeof analysis];
    expect(asked.map((a) => a.table).sort()).toEqual([...ANALYSIS_TABLE_KEYS].sort());
    for (const { table, columns } of asked) expect(columns, table).toEqual(ANALYSIS_ROWS[table].columns);
    // The client card's extra columns (carried as `rest`) are not asked for.
    expect(CLIENT_ROWS.columns).not.toContain('notes');
    expect(CLIENT_ROWS.columns).toContain('industry');
  });

  it('gives the full run’s results from the declared columns alone', () => {
    const full = runFullAnalysis(tables, AS_OF);
    const { analysis } = analyseSource(recordingSource().source, AS_OF);
    // Spread: every getter computed. Each result equals the one from every column of every table.
    const lazy = { ...analysis };
    for (const key of Object.keys(full) as (keyof typeof full)[]) expect(lazy[key], key).toEqual(full[key]);
    expect(lazy.rowCounts.contacts).toBe(tables.contacts?.length);
  });

  it('names clients from the ID and name columns alone, or from the clients already read', () => {
    const first = recordingSource();
    const names = analyseSource(first.source, AS_OF).clientNames;
    expect(first.asked).toEqual([]);
    const [client] = tables.clients ?? [];
    expect(names.get(String(client?.id))).toBe(client?.name);
    expect(first.asked).toEqual([{ table: 'clients', columns: ['id', 'name'] }]);
    expect(names.size).toBe(tables.clients?.length);

    const second = recordingSource();
    const run = analyseSource(second.source, AS_OF);
    void run.analysis.abc;
    const asked = second.asked.length;
    expect([...run.clientNames.keys()]).toHaveLength(tables.clients?.length ?? -1);
    expect(second.asked).toHaveLength(asked);
  });

  it('says which shared analyses it computed, for the columns a report writes back', () => {
    const { analysis } = analyseSource(recordingSource().source, AS_OF);
    void analysis.claims;
    expect([...analysesComputed(analysis)]).toEqual([]);
    void analysis.accountHealth;
    expect([...analysesComputed(analysis)]).toEqual(['xyz']);
    void analysis.recommendations;
    expect([...analysesComputed(analysis)].sort()).toEqual(['abc', 'relationships', 'reliability', 'xyz']);
    // A copy is not lazy: all its values are there.
    expect(analysesComputed({ ...analysis }).size).toBe(4);
  });

  it('still refuses a date that is no date at once', () => {
    expect(() => analyseSource(recordingSource().source, '2026-13-01')).toThrow(/asOf/);
  });
});
