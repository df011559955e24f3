import type { FullAnalysis } from '../core/analysis/fullAnalysis';
import { runFullAnalysis } from '../core/analysis/fullAnalysis';
import type { ReliabilityResult } from '../core/analysis/reliability';
import { isoDateInZone } from '../core/dates';
import type { Translator } from '../core/i18n/translate';
import type { ReportContext } from '../core/reports/reportContext';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import {
  CAMPAIGNS_TABLE,
  CLAIMS_TABLE,
  COMPETITORS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../core/tables/workTables';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { settleInterruptedWrites } from '../gas/documentLock';
import { TableStore } from '../gas/tableStore';

/** The tables an analysis reads, each read once. */
export interface AnalysisRecords {
  readonly clients: TableRecord[];
  readonly orders: TableRecord[];
  readonly claims: TableRecord[];
  readonly contacts: TableRecord[];
  readonly deals: TableRecord[];
  readonly obligations: TableRecord[];
  readonly competitors: TableRecord[];
  readonly campaigns: TableRecord[];
}

/** Reads every table an analysis needs, archived rows left out: one getValues per table, whatever its size. */
export function readAnalysisRecords(store: TableStore): AnalysisRecords {
  const all = (table: TableSpec) =>
    store
      .readAll(table)
      .map((stored) => stored.record)
      .filter((record) => !isArchived(record));
  return {
    clients: all(CLIENTS_TABLE),
    orders: all(ORDERS_TABLE),
    claims: all(CLAIMS_TABLE),
    contacts: all(CONTACT_PLAN_TABLE),
    deals: all(DEALS_TABLE),
    obligations: all(OBLIGATIONS_TABLE),
    competitors: all(COMPETITORS_TABLE),
    campaigns: all(CAMPAIGNS_TABLE),
  };
}

/** Today in the spreadsheet's time zone: the date every analysis is "as of". */
export function todayInSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return isoDateInZone(new Date(), spreadsheet.getSpreadsheetTimeZone());
}

/** Reads the tables and runs every analysis, ready for the report builders. */
export function analyseWorkbook(t: Translator): {
  ctx: ReportContext;
  records: AnalysisRecords;
  store: TableStore;
} {
  // Reads without the lock (a long analysis must not make saves "busy"), so first let a cut-off
  // action's half-written rows be undone.
  settleInterruptedWrites();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = new TableStore(spreadsheet);
  const records = readAnalysisRecords(store);
  const analysis: FullAnalysis = runFullAnalysis(
    records,
    todayInSpreadsheet(spreadsheet),
    readAnalysisSettings(),
  );
  const clientNames = new Map(records.clients.map((c) => [String(c.id ?? ''), String(c.name ?? '')]));
  return {
    ctx: { analysis, t, clientNames, clients: records.clients, deals: records.deals },
    records,
    store,
  };
}

/**
 * The values of the Clients table's computed columns: the measured reliability score (a prior is
 * left blank: it is no measurement), and the ABC and XYZ classes.
 */
export function computedClientColumns(analysis: FullAnalysis): Map<string, TableRecord> {
  const values = new Map<string, TableRecord>();
  const entry = (id: string) => {
    let record = values.get(id);
    if (!record) {
      record = { reliability: null, abcClass: null, xyzClass: null };
      values.set(id, record);
    }
    return record;
  };
  for (const result of analysis.reliability.clients as readonly ReliabilityResult[]) {
    if (result.kind === 'scored') entry(result.clientId).reliability = result.score;
  }
  for (const abc of analysis.abc.clients) entry(abc.clientId).abcClass = abc.abcClass;
  for (const xyz of analysis.xyz.clients) entry(xyz.clientId).xyzClass = xyz.xyzClass;
  return values;
}
