/**
 * Typed input for the analyses. Table rows arrive as `TableRecord`s (whatever the sheet held, junk
 * included); each table is turned into typed rows once, by the readers its row declaration derives
 * from its ColumnSpecs (rows.ts), and every value that cannot be used is logged as an issue instead of
 * throwing. A row is skipped only when a value it cannot do without is missing or unreadable (an order
 * without a date or amount, a row without client). `parseTables` reads records already fetched;
 * `lazyTables` asks a source for each table the first time an analysis uses it, naming the columns
 * its reader declares, so an analysis of claims never fetches the contact plan.
 */
import type { TableRecord } from '../tables/tableSpec';
import type { IssueSink } from './cellReader';
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

/** The key of a table the analyses read. */
export type AnalysisTableKey = keyof AnalysisData;

/**
 * Where the analyses get a table's records: `columns` are the ones its reader uses (the source may
 * hand back more); a table that is missing is no records. Impure by nature (it reads a sheet), so
 * it comes from the caller: core only calls it.
 */
export type TableSource = (table: AnalysisTableKey, columns: readonly string[]) => readonly TableRecord[];

/** The reader of each table's typed rows, in the order the tables are parsed and their issues logged. */
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

/** Every table the analyses read, in ANALYSIS_ROWS's order. */
const ANALYSIS_TABLE_KEYS = Object.keys(ANALYSIS_ROWS) as AnalysisTableKey[];

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

/** The typed rows of every table, each read from `source` on first use, and which were read. */
export interface LazyTables {
  /** Every table's rows: reading a property reads that table (once) and nothing else. */
  readonly data: AnalysisData;
  /** Whether `table` was read already. */
  isRead(table: AnalysisTableKey): boolean;
  /**
   * Reads every table not read yet, in ANALYSIS_ROWS's order, then logs the rows pointing at a
   * client ID the clients table lacks (once): what `inputIssues` and `rowCounts` need.
   */
  readAll(): AnalysisData;
}

/**
 * The tables read lazily from `source`, their junk logged in `log` as each is read (so the log's
 * sample follows the order the analyses asked for them).
 */
export function lazyTables(source: TableSource, log: IssueSink = new IssueLog()): LazyTables {
  const rows = new Map<AnalysisTableKey, readonly unknown[]>();
  const table = <K extends AnalysisTableKey>(key: K): AnalysisData[K] => {
    let read = rows.get(key);
    if (read === undefined) {
      const reader = ANALYSIS_ROWS[key];
      read = reader.read(source(key, reader.columns), log);
      rows.set(key, read);
    }
    return read as AnalysisData[K];
  };
  // A getter per table (enumerable, so a spread copy reads them all), filled in just below.
  const data = {} as AnalysisData;
  for (const key of ANALYSIS_TABLE_KEYS)
    Object.defineProperty(data, key, { get: () => table(key), enumerable: true });
  let checked = false;
  return {
    data,
    isRead: (key) => rows.has(key),
    readAll: () => {
      for (const key of ANALYSIS_TABLE_KEYS) table(key);
      if (!checked) logUnknownClients(data, log);
      checked = true;
      return data;
    },
  };
}

/**
 * Logs every row pointing at a client ID that is not in the clients table as `unknownClient`. The
 * rows are kept (they still count in their own table's figures), so a typo is visible.
 */
function logUnknownClients(data: AnalysisData, log: IssueSink): void {
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
}

/**
 * Parses every table once, in ANALYSIS_ROWS's order; rows pointing at an unknown client are kept
 * and logged (see logUnknownClients). A plain object: every table is read already.
 */
export function parseTables(tables: AnalysisTables, log: IssueLog = new IssueLog()): AnalysisData {
  // The getters are enumerable: the spread reads each table into a plain property.
  return { ...lazyTables((key) => tables[key] ?? [], log).readAll() };
}
