/**
 * Every analysis of one run, each computed the first time it is asked for: a table is read (once)
 * when the first analysis needing it runs, the figures several share (the per-client order figures,
 * the classes, the forecast) are computed once, and each analysis is a single pass (or a sort) over
 * typed rows. So a report that shows the claims reads the claims and nothing else, and the whole run
 * stays well inside the 2-second budget at 50,000 clients and 500,000 contact-plan rows.
 */
import type { AbcResult } from './abc';
import type { AbcXyzMatrix } from './abcXyz';
import type { AccountHealth } from './accountHealth';
import { analysesOf, once, type SharedAnalysis, sharedFigures } from './analysisParts';
import type { AudienceResult } from './audience';
import { NO_ISSUES } from './cellReader';
import type { ClaimsResult } from './claimsAnalysis';
import type { CompetitorsResult } from './competitorsAnalysis';
import type { FreshnessResult } from './freshness';
import {
  type AnalysisData,
  type AnalysisTables,
  type LazyTables,
  lazyTables,
  type TableSource,
} from './inputs';
import { type InputIssueSummary, IssueLog } from './issues';
import type { LeadSourcesResult } from './leadSources';
import type { ObligationsResult } from './obligationsAnalysis';
import { orderWindows } from './orderStats';
import type { PipelineResult } from './pipeline';
import type { RecommendationsResult } from './recommendations';
import type { RelationshipsResult } from './relationshipFacts';
import type { BookSummary, ReliabilityForecast, reliabilitySummary } from './reliability';
import type { RfmResult } from './rfm';
import { CLIENT_NAME_ROWS } from './rows';
import { type AnalysisSettings, DEFAULT_SETTINGS } from './settings';
import type { XyzResult } from './xyz';

export type { SharedAnalysis } from './analysisParts';

export interface FullAnalysis {
  readonly asOf: string;
  readonly settings: AnalysisSettings;
  /** Rows read per table (after skipping unusable rows). Reads every table. */
  readonly rowCounts: Readonly<Record<keyof AnalysisData, number>>;
  /** What reading the tables logged. Reads every table (only tests and benchmarks ask). */
  readonly inputIssues: InputIssueSummary;
  readonly audience: AudienceResult;
  readonly abc: AbcResult;
  readonly xyz: XyzResult;
  readonly abcXyz: AbcXyzMatrix;
  readonly rfm: RfmResult;
  readonly reliability: {
    readonly summary: ReturnType<typeof reliabilitySummary>;
    readonly book: BookSummary;
    readonly clients: readonly ReliabilityForecast[];
  };
  readonly accountHealth: readonly AccountHealth[];
  readonly claims: ClaimsResult;
  readonly obligations: ObligationsResult;
  readonly freshness: FreshnessResult;
  readonly leadSources: LeadSourcesResult;
  readonly competitors: CompetitorsResult;
  readonly pipeline: PipelineResult;
  readonly recommendations: RecommendationsResult;
  /** Each client's relationship health and the suggestions for using its relationships. */
  readonly relationships: RelationshipsResult;
}

/** Which shared analyses each lazily made analysis has computed so far. */
const COMPUTED = new WeakMap<FullAnalysis, ReadonlySet<SharedAnalysis>>();

/**
 * The shared analyses `analysis` computed so far (what a report may write back, fresh); every one of
 * them for an analysis not made here (a copy: its values are all there).
 */
export function analysesComputed(analysis: FullAnalysis): ReadonlySet<SharedAnalysis> {
  return COMPUTED.get(analysis) ?? new Set<SharedAnalysis>(['abc', 'xyz', 'reliability', 'relationships']);
}

/**
 * Every analysis over `tables` as of `asOf`, each computed when first read (a getter, remembered),
 * reading only the tables it needs; `log` is where reading them logs junk. `asOf` is checked at
 * once: a bad one throws here.
 */
function analyseLazily(
  tables: LazyTables,
  log: IssueLog,
  asOf: string,
  settings: AnalysisSettings,
): FullAnalysis {
  const windows = orderWindows(asOf, settings.revenueMonths, settings.xyz.months);
  const computed = new Set<SharedAnalysis>();
  const shared = sharedFigures(tables.data, asOf, windows, settings, computed);
  const parts = analysesOf(tables.data, asOf, settings, shared);
  const issues = once(() => {
    tables.readAll();
    return log.summary();
  });
  const getters: { readonly [K in Exclude<keyof FullAnalysis, 'asOf' | 'settings'>]: () => FullAnalysis[K] } =
    {
      rowCounts: () => {
        const counts = Object.entries(tables.readAll()).map(([table, rows]: [string, readonly unknown[]]) => [
          table,
          rows.length,
        ]);
        return Object.fromEntries(counts) as FullAnalysis['rowCounts'];
      },
      inputIssues: issues,
      ...parts,
      abc: shared.abc,
      xyz: shared.xyz,
      accountHealth: shared.health,
      relationships: shared.relationships,
    };
  // Each result a getter of its own (enumerable, so a spread copy computes and keeps them all).
  const analysis = { asOf, settings } as FullAnalysis;
  for (const [key, get] of Object.entries(getters))
    Object.defineProperty(analysis, key, { get, enumerable: true });
  COMPUTED.set(analysis, computed);
  return analysis;
}

/**
 * Reads the tables into typed rows once (junk logged, never thrown) and runs every analysis over them
 * as of `asOf` (YYYY-MM-DD), at once: the analysis (a plain object, every result computed), and the
 * rows for whoever shows them (the client card, over one client's rows). Reports read lazily instead
 * (`analyseSource`).
 */
export function analyseTables(
  tables: AnalysisTables,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): { analysis: FullAnalysis; data: AnalysisData } {
  const log = new IssueLog();
  const lazy = lazyTables((key) => tables[key] ?? [], log);
  lazy.readAll();
  // The spread runs every getter: each analysis computed now, in the object's order.
  return { analysis: { ...analyseLazily(lazy, log, asOf, settings) }, data: { ...lazy.data } };
}

/** The analyses of one run, the typed rows they read and the clients' names, all read when first used. */
interface LazyAnalysis {
  readonly analysis: FullAnalysis;
  /** Each table's rows: reading a property reads that table from the source (once). */
  readonly data: AnalysisData;
  /**
   * Client ID → name: from the clients' rows when an analysis read them already, else from the
   * source's ID and name columns alone (CLIENT_NAME_ROWS), on first use.
   */
  readonly clientNames: ReadonlyMap<string, string>;
}

/**
 * The analyses as of `asOf` over the tables `source` gives, each table asked for (with the columns
 * its reader declares) when the first analysis needing it runs, and each analysis computed when
 * first read. Pure but for what `source` does; throws at once for an `asOf` that is not a date.
 */
export function analyseSource(
  source: TableSource,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): LazyAnalysis {
  const log = new IssueLog();
  const tables = lazyTables(source, log);
  const names = once(() => {
    const rows = tables.isRead('clients')
      ? tables.data.clients
      : CLIENT_NAME_ROWS.read(source('clients', CLIENT_NAME_ROWS.columns), NO_ISSUES);
    return new Map(rows.map((c) => [c.id, c.name ?? '']));
  });
  return {
    analysis: analyseLazily(tables, log, asOf, settings),
    data: tables.data,
    clientNames: lazyMap(names),
  };
}

/** A read-only map made by `build` the first time it is used. */
function lazyMap<K, V>(build: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  return {
    get size() {
      return build().size;
    },
    get: (key) => build().get(key),
    has: (key) => build().has(key),
    forEach: (callback, thisArg) => {
      build().forEach(callback, thisArg);
    },
    entries: () => build().entries(),
    keys: () => build().keys(),
    values: () => build().values(),
    [Symbol.iterator]: () => build()[Symbol.iterator](),
  };
}

/**
 * Runs every analysis over the tables as of `asOf` (YYYY-MM-DD) with `settings` (already validated by
 * `resolveSettings`; the defaults when omitted). Pure: same tables, date and settings, same result.
 * Throws only for an `asOf` that is not a date (a caller's mistake); junk in the tables is reported in
 * `inputIssues`. @forTests: the product runs `analyseTables`, which also hands back the rows.
 */
export function runFullAnalysis(
  tables: AnalysisTables,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): FullAnalysis {
  return analyseTables(tables, asOf, settings).analysis;
}
