import { type Day, dayToIso } from '../core/analysis/days';
import { analyseTables, type FullAnalysis } from '../core/analysis/fullAnalysis';
import type { AnalysisData, AnalysisTables } from '../core/analysis/inputs';
import { contactFacts } from '../core/analysis/relationshipFacts';
import { lastContactByPerson } from '../core/analysis/relationships';
import { wholePercent } from '../core/analysis/stats';
import { isoDateInZone } from '../core/dates';
import type { Translator } from '../core/i18n/translate';
import type { ReportContext } from '../core/reports/reportContext';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { EVIDENCE_TABLE } from '../core/tables/evidenceTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { PLANS_TABLE } from '../core/tables/planTable';
import { isComputedColumn, type TableRecord, type TableSpec } from '../core/tables/tableSpec';
import {
  CAMPAIGNS_TABLE,
  CLAIMS_TABLE,
  COMPETITORS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../core/tables/workTables';
import { isTableMissingError } from '../core/userError';
import { activeStore } from '../gas/activeDocument';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { settleInterruptedWrites } from '../gas/documentLock';
import { readTableHistory } from '../gas/tableHistory';
import type { TableStore } from '../gas/tableStore';

/**
 * The records `read` returns, or none when the table's sheet is not there: the Credit checks came
 * with the forecast, and a workbook set up before has none until set-up runs again; its analyses run
 * without credit evidence meanwhile.
 */
export function unlessMissing(read: () => TableRecord[]): TableRecord[] {
  try {
    return read();
  } catch (error) {
    if (isTableMissingError(error)) return [];
    throw error;
  }
}

/** Reads every table an analysis needs, archived rows left out: one getValues per table, whatever its size. */
function readAnalysisRecords(store: TableStore): AnalysisTables {
  // Through the history seam: where older rows will come back in once they move out (SCALING.md).
  const all = (table: TableSpec) =>
    readTableHistory(store, table)
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
    evidence: unlessMissing(() => all(EVIDENCE_TABLE)),
    // Came with the people at each client: a workbook set up before has none until set-up runs again.
    people: unlessMissing(() => all(PEOPLE_TABLE)),
    plans: unlessMissing(() => all(PLANS_TABLE)),
  };
}

/**
 * Reads the tables and runs every analysis, ready for the report builders: the context they get, the
 * typed rows the analysis read (the client card shows some), and the store it read them through.
 */
export function analyseWorkbook(t: Translator): {
  ctx: ReportContext;
  data: AnalysisData;
  store: TableStore;
} {
  // Reads without the lock (a long analysis must not make saves "busy"), so first let a cut-off
  // action's half-written rows be undone.
  settleInterruptedWrites();
  const store = activeStore();
  const records = readAnalysisRecords(store);
  // Today in the spreadsheet's time zone (the store read it once): what every analysis is "as of".
  const today = isoDateInZone(new Date(), store.timeZone);
  const { analysis, data } = analyseTables(records, today, readAnalysisSettings());
  const clientNames = new Map(data.clients.map((c) => [c.id, c.name ?? '']));
  return { ctx: { analysis, t, clientNames }, data, store };
}

/**
 * The People table's computed column: the day a done contact last reached each person, from the
 * contact plan (one pass over it); a person never reached gets a blank.
 */
export function computedPeopleColumns(data: AnalysisData, asOf: Day): Map<string, TableRecord> {
  const values = new Map<string, TableRecord>();
  for (const [personId, day] of lastContactByPerson(contactFacts(data), asOf))
    values.set(personId, { lastContacted: dayToIso(day) });
  return values;
}

/** The Clients table's computed columns, as its spec declares them. */
export const CLIENT_COMPUTED_COLUMNS: readonly string[] = CLIENTS_TABLE.columns
  .filter(isComputedColumn)
  .map((column) => column.key);

/**
 * The values of the Clients table's computed columns: the reliability forecast's late chance (whole
 * percent) and band, and the ABC and XYZ classes.
 */
export function computedClientColumns(analysis: FullAnalysis): Map<string, TableRecord> {
  const values = new Map<string, TableRecord>();
  const entry = (id: string) => {
    let record = values.get(id);
    if (!record) {
      record = Object.fromEntries(CLIENT_COMPUTED_COLUMNS.map((key) => [key, null]));
      values.set(id, record);
    }
    return record;
  };
  for (const forecast of analysis.reliability.clients) {
    const record = entry(forecast.clientId);
    record.lateChance = wholePercent(forecast.probability);
    record.reliabilityBand = forecast.band;
  }
  for (const abc of analysis.abc.clients) entry(abc.clientId).abcClass = abc.abcClass;
  for (const xyz of analysis.xyz.clients) entry(xyz.clientId).xyzClass = xyz.xyzClass;
  return values;
}
