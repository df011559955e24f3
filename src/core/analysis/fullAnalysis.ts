/**
 * Every analysis in one run: the tables are parsed once, the per-client order figures are computed
 * once and shared, and each analysis is a single pass (or a sort) over typed rows, so the whole run
 * stays well inside the 2-second budget at 50,000 clients and 500,000 contact-plan rows.
 */
import type { AbcClass, AbcResult } from './abc';
import { abcClassMap, classifyAbc } from './abc';
import { type AbcXyzMatrix, abcXyzMatrix } from './abcXyz';
import { type AccountHealth, accountHealth } from './accountHealth';
import { type AudienceResult, analyseAudience } from './audience';
import { analyseClaims, type ClaimsResult } from './claimsAnalysis';
import { analyseCompetitors, type CompetitorsResult } from './competitorsAnalysis';
import type { Day } from './days';
import { analyseFreshness, type FreshnessResult } from './freshness';
import { type AnalysisData, type AnalysisTables, parseTables } from './inputs';
import { type InputIssueSummary, IssueLog } from './issues';
import { analyseLeadSources, type LeadSourcesResult } from './leadSources';
import { analyseObligations, type ObligationsResult, obligationRecords } from './obligationsAnalysis';
import { computeOrderStats, orderWindows } from './orderStats';
import { analysePipeline, type PipelineResult } from './pipeline';
import { lastDoneContactByClient, type RecommendationsResult, recommendActions } from './recommendations';
import { analyseRelationships, type RelationshipsResult } from './relationshipFacts';
import {
  type BookSummary,
  forecastReliability,
  type ReliabilityForecast,
  reliabilitySummary,
} from './reliability';
import { type RfmResult, scoreRfm } from './rfm';
import { type AnalysisSettings, DEFAULT_SETTINGS } from './settings';
import { classifyXyz, type XyzEntry, type XyzResult } from './xyz';

export interface FullAnalysis {
  readonly asOf: string;
  readonly settings: AnalysisSettings;
  /** Rows read per table (after skipping unusable rows). */
  readonly rowCounts: Readonly<Record<keyof AnalysisData, number>>;
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

/** The figures several analyses share, each computed once. */
function sharedFigures(data: AnalysisData, asOf: string, settings: AnalysisSettings) {
  const windows = orderWindows(asOf, settings.revenueMonths, settings.xyz.months);
  const today = windows.asOfDay;
  const orderStats = computeOrderStats(data.orders, windows);
  const abc = classifyAbc(data.clients, orderStats, settings.abc);
  const xyz = classifyXyz(data.clients, orderStats, windows, settings.xyz);
  const xyzByClient = new Map<string, XyzEntry>();
  for (const entry of xyz.clients) xyzByClient.set(entry.clientId, entry);
  const obligationsByClient = obligationRecords(data.obligations, today);
  const reliability = forecastReliability(data, asOf, settings.reliability);
  const health = accountHealth(data.clients, {
    orderStats,
    claims: data.claims,
    obligations: obligationsByClient,
    xyz: xyzByClient,
    asOfDay: today,
  });
  return {
    today,
    orderStats,
    abc,
    abcClasses: abcClassMap(abc),
    xyz,
    obligationsByClient,
    reliability,
    health,
  };
}

/** The next best actions, from the rows and the classes, scores and relationships already computed. */
function recommendationsOf(
  data: AnalysisData,
  asOfDay: Day,
  abcClass: ReadonlyMap<string, AbcClass>,
  reliability: readonly ReliabilityForecast[],
  relationships: RelationshipsResult,
  settings: AnalysisSettings,
): RecommendationsResult {
  return recommendActions(
    {
      asOfDay,
      clients: data.clients,
      claims: data.claims,
      obligations: data.obligations,
      deals: data.deals,
      abcClass,
      lastDoneContact: lastDoneContactByClient(data.contacts, asOfDay),
      reliability: new Map(reliability.map((f) => [f.clientId, f])),
      relationships: relationships.clients,
    },
    settings.recommendations,
  );
}

/**
 * Runs every analysis over typed rows as of `asOf`; `inputIssues` is what reading them logged. Pure:
 * same rows, date and settings, same result.
 */
function analyseRows(
  data: AnalysisData,
  inputIssues: InputIssueSummary,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): FullAnalysis {
  const { today, orderStats, abc, abcClasses, xyz, obligationsByClient, reliability, health } = sharedFigures(
    data,
    asOf,
    settings,
  );
  const rowCounts = Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, rows.length]),
  ) as FullAnalysis['rowCounts'];
  // Once for the whole run: the recommendations read it, as do the card and the report.
  const relationships = analyseRelationships(data, { abc, reliability }, today);
  return {
    asOf,
    settings,
    rowCounts,
    inputIssues,
    audience: analyseAudience(data.clients, orderStats),
    abc,
    xyz,
    abcXyz: abcXyzMatrix(abc, xyz),
    rfm: scoreRfm(data.clients, orderStats, today),
    reliability: {
      summary: reliabilitySummary(reliability.clients),
      book: reliability.book,
      clients: reliability.clients,
    },
    accountHealth: health,
    claims: analyseClaims(data.claims, asOf, today, settings.claims),
    obligations: analyseObligations(
      data.obligations,
      today,
      settings.obligations.dueSoonDays,
      obligationsByClient,
    ),
    freshness: analyseFreshness(
      data.clients,
      data.competitors,
      data.contacts,
      today,
      settings.freshness.staleDays,
    ),
    leadSources: analyseLeadSources(
      data.clients,
      data.campaigns,
      orderStats,
      settings.campaigns.attributionDays,
    ),
    competitors: analyseCompetitors(data.competitors, data.clients, data.deals),
    pipeline: analysePipeline(data.clients, data.deals, abcClasses),
    recommendations: recommendationsOf(data, today, abcClasses, reliability.clients, relationships, settings),
    relationships,
  };
}

/**
 * Reads the tables into typed rows once (junk logged, never thrown) and runs every analysis over them
 * as of `asOf` (YYYY-MM-DD): the analysis, and the rows for whoever shows them (the client card).
 */
export function analyseTables(
  tables: AnalysisTables,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): { analysis: FullAnalysis; data: AnalysisData } {
  const log = new IssueLog();
  const data = parseTables(tables, log);
  return { analysis: analyseRows(data, log.summary(), asOf, settings), data };
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
