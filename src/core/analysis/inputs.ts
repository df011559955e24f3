/**
 * Typed input for the analyses. Table rows arrive as `TableRecord`s (whatever the sheet held, junk
 * included); each table is turned into typed rows once, by the readers its row declaration derives
 * from its ColumnSpecs (rows.ts), and every value that cannot be used is logged as an issue instead of
 * throwing. A row is skipped only when a value it cannot do without is missing or unreadable (an order
 * without a date or amount, a row without client).
 */
import type { TableRecord } from '../tables/tableSpec';
import { IssueLog } from './issues';
import {
  CAMPAIGN_ROWS,
  type CampaignRow,
  CLAIM_ROWS,
  CLIENT_ROWS,
  type ClaimRow,
  type ClientRow,
  COMPETITOR_ROWS,
  CONTACT_ROWS,
  type CompetitorRow,
  type ContactRow,
  DEAL_ROWS,
  type DealRow,
  EVIDENCE_ROWS,
  type EvidenceRow,
  OBLIGATION_ROWS,
  type ObligationRow,
  ORDER_ROWS,
  type OrderRow,
  PEOPLE_ROWS,
  type PersonRow,
  PLAN_ROWS,
  type PlanRow,
} from './rows';

/** The tables the analyses read, as Suki reads them; a table that is missing is empty. */
export type AnalysisTables = { readonly [K in keyof AnalysisData]?: readonly TableRecord[] };

/** Every table as typed rows. */
export interface AnalysisData {
  readonly clients: readonly ClientRow[];
  readonly orders: readonly OrderRow[];
  readonly claims: readonly ClaimRow[];
  readonly contacts: readonly ContactRow[];
  readonly deals: readonly DealRow[];
  readonly obligations: readonly ObligationRow[];
  readonly competitors: readonly CompetitorRow[];
  readonly campaigns: readonly CampaignRow[];
  readonly evidence: readonly EvidenceRow[];
  readonly people: readonly PersonRow[];
  readonly plans: readonly PlanRow[];
}

/** The tables whose rows point at a client, in the order their unknown clients are logged. */
const CLIENT_TABLES = [
  'orders',
  'claims',
  'contacts',
  'deals',
  'obligations',
  'evidence',
  'people',
  'plans',
] as const;

/**
 * Parses every table once. Rows pointing at a client ID that is not in the clients table are kept
 * (they still count in their own table's figures) and logged as `unknownClient`, so a typo is visible.
 */
export function parseTables(tables: AnalysisTables, log: IssueLog = new IssueLog()): AnalysisData {
  const data: AnalysisData = {
    clients: CLIENT_ROWS.read(tables.clients ?? [], log),
    orders: ORDER_ROWS.read(tables.orders ?? [], log),
    claims: CLAIM_ROWS.read(tables.claims ?? [], log),
    contacts: CONTACT_ROWS.read(tables.contacts ?? [], log),
    deals: DEAL_ROWS.read(tables.deals ?? [], log),
    obligations: OBLIGATION_ROWS.read(tables.obligations ?? [], log),
    competitors: COMPETITOR_ROWS.read(tables.competitors ?? [], log),
    campaigns: CAMPAIGN_ROWS.read(tables.campaigns ?? [], log),
    evidence: EVIDENCE_ROWS.read(tables.evidence ?? [], log),
    people: PEOPLE_ROWS.read(tables.people ?? [], log),
    plans: PLAN_ROWS.read(tables.plans ?? [], log),
  };
  const known = new Set<string>();
  for (const client of data.clients) known.add(client.id);
  for (const table of CLIENT_TABLES) {
    for (const row of data[table]) {
      if (!known.has(row.clientId))
        log.add({
          table,
          recordId: row.id,
          column: 'clientId',
          problem: 'unknownClient',
          value: row.clientId,
          rowSkipped: false,
        });
    }
  }
  return data;
}
