import { type Day, asOfDay as dayOfAsOf, dayToIso } from '../core/analysis/days';
import {
  analyseSource,
  analysesComputed,
  type FullAnalysis,
  type SharedAnalysis,
} from '../core/analysis/fullAnalysis';
import type { AnalysisData, AnalysisTableKey, TableSource } from '../core/analysis/inputs';
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

/** The table each analysed table key reads. */
const ANALYSIS_TABLES: { readonly [K in AnalysisTableKey]: TableSpec } = {
  clients: CLIENTS_TABLE,
  orders: ORDERS_TABLE,
  claims: CLAIMS_TABLE,
  contacts: CONTACT_PLAN_TABLE,
  deals: DEALS_TABLE,
  obligations: OBLIGATIONS_TABLE,
  competitors: COMPETITORS_TABLE,
  campaigns: CAMPAIGNS_TABLE,
  evidence: EVIDENCE_TABLE,
  people: PEOPLE_TABLE,
  plans: PLANS_TABLE,
};

/**
 * Tables a workbook set up before they came may lack until set-up runs again, read as none: the
 * Credit checks came with the forecast, People with the people at each client, then the plans.
 */
const LATER_TABLES: ReadonlySet<AnalysisTableKey> = new Set(['evidence', 'people', 'plans']);

/**
 * The analyses' source: the columns an analysis asks for of a table (and its archive stamp, to leave
 * archived rows out), through the history seam, where older rows will come back in once they move
 * out (SCALING.md). A read per run of adjacent columns, whatever the table's size, and only of the
 * tables the analyses asked for.
 */
function workbookSource(store: TableStore): TableSource {
  return (key, columns) => {
    const table = ANALYSIS_TABLES[key];
    const keys = table.columns.some((c) => c.key === 'archivedAt') ? [...columns, 'archivedAt'] : columns;
    const read = () =>
      readTableHistory(store, table, [...new Set(keys)])
        .map((stored) => stored.record)
        .filter((record) => !isArchived(record));
    return LATER_TABLES.has(key) ? unlessMissing(read) : read();
  };
}

/** A run of the analyses over the workbook, and the store it reads through. */
interface WorkbookAnalysis {
  /** What the report builders get: each analysis computed, and its tables read, when first used. */
  readonly ctx: ReportContext;
  /** The typed rows, each table read when first used (the relationship plan shows some). */
  readonly data: AnalysisData;
  readonly store: TableStore;
}

/**
 * The analyses of the workbook, ready for the report builders: nothing is read yet but the settings;
 * each table is read, with just the columns the analyses use, the first time one needs it (without
 * the lock: a long analysis must not make saves "busy"), so a report reads what it shows.
 */
export function analyseWorkbook(t: Translator): WorkbookAnalysis {
  // Reads without the lock, so first let a cut-off action's half-written rows be undone.
  settleInterruptedWrites();
  const store = activeStore();
  // Today in the spreadsheet's time zone (the store read it once): what every analysis is "as of".
  const today = isoDateInZone(new Date(), store.timeZone);
  const { analysis, data, clientNames } = analyseSource(workbookSource(store), today, readAnalysisSettings());
  return { ctx: { analysis, t, clientNames }, data, store };
}

/**
 * The People table's computed column: the day a done contact last reached each person, from the
 * contact plan (one pass over it); a person never reached gets a blank.
 */
function computedPeopleColumns(data: AnalysisData, asOf: Day): Map<string, TableRecord> {
  const values = new Map<string, TableRecord>();
  for (const [personId, day] of lastContactByPerson(contactFacts(data), asOf))
    values.set(personId, { lastContacted: dayToIso(day) });
  return values;
}

/** The Clients table's computed columns, as its spec declares them. */
const CLIENT_COMPUTED_COLUMNS: readonly string[] = CLIENTS_TABLE.columns
  .filter(isComputedColumn)
  .map((column) => column.key);

/**
 * The values of the Clients table's computed `columns`: the reliability forecast's late chance
 * (whole percent) and band, and the ABC and XYZ classes. Only the analyses the columns come from
 * are asked for.
 */
function computedClientColumns(analysis: FullAnalysis, columns: readonly string[]): Map<string, TableRecord> {
  const values = new Map<string, TableRecord>();
  const wanted = new Set(columns);
  const set = (id: string, key: string, value: TableRecord[string]) => {
    if (!wanted.has(key)) return;
    let record = values.get(id);
    if (!record) {
      record = Object.fromEntries(columns.map((column) => [column, null]));
      values.set(id, record);
    }
    record[key] = value;
  };
  if (wanted.has('lateChance') || wanted.has('reliabilityBand')) {
    for (const forecast of analysis.reliability.clients) {
      set(forecast.clientId, 'lateChance', wholePercent(forecast.probability));
      set(forecast.clientId, 'reliabilityBand', forecast.band);
    }
  }
  if (wanted.has('abcClass'))
    for (const abc of analysis.abc.clients) set(abc.clientId, 'abcClass', abc.abcClass);
  if (wanted.has('xyzClass'))
    for (const xyz of analysis.xyz.clients) set(xyz.clientId, 'xyzClass', xyz.xyzClass);
  return values;
}

/** The shared analysis each of the Clients table's computed columns comes from. */
const CLIENT_COLUMN_SOURCES: Readonly<Record<string, SharedAnalysis>> = {
  lateChance: 'reliability',
  reliabilityBand: 'reliability',
  abcClass: 'abc',
  xyzClass: 'xyz',
};

/** What a report writes back into the tables, worked out before it takes the lock. */
export interface ComputedWrites {
  /** The Clients table's computed columns written, in the table's order; none: nothing is written. */
  readonly clientColumns: readonly string[];
  /** Their values by client ID. */
  readonly clients: ReadonlyMap<string, TableRecord>;
  /** People's last contact by person ID; null: the column is not written. */
  readonly people: ReadonlyMap<string, TableRecord> | null;
}

/**
 * The rule of what a report writes back: only the computed columns of the analyses its own run
 * computed, fresh, and no others (it read nothing else). The reliability forecast gives the Clients
 * table's late chance and band (the Reliability report; also the Recommendations and Relationships,
 * which use it), the ABC classes the ABC class (ABC-XYZ; the pipeline, the recommendations and the
 * relationships use them), the XYZ classes the XYZ class (ABC-XYZ; account health, so the Reliability
 * report, uses them); the relationships each person's last done contact, People's `lastContacted`
 * (the Relationships and Recommendations reports). A report that computed none of them (Claims,
 * Obligations) writes nothing and logs no `computed` entry. `everything` (the dashboard, which uses
 * every analysis) computes all four first and writes every column. Computed here, before the lock.
 */
export function computedWrites(
  run: Pick<WorkbookAnalysis, 'ctx' | 'data'>,
  everything: boolean,
): ComputedWrites {
  const { analysis } = run.ctx;
  if (everything)
    for (const part of ['reliability', 'abc', 'xyz', 'relationships'] as const) void analysis[part];
  const done = analysesComputed(analysis);
  const clientColumns = CLIENT_COMPUTED_COLUMNS.filter((key) => {
    const source = CLIENT_COLUMN_SOURCES[key];
    return source !== undefined && done.has(source);
  });
  return {
    clientColumns,
    clients: clientColumns.length > 0 ? computedClientColumns(analysis, clientColumns) : new Map(),
    people: done.has('relationships') ? computedPeopleColumns(run.data, dayOfAsOf(analysis.asOf)) : null,
  };
}
