/**
 * Every analysis in one run: the tables are parsed once, the per-client order figures are computed
 * once and shared, and each analysis is a single pass (or a sort) over typed rows, so the whole run
 * stays well inside the 2-second budget at 50,000 clients and 500,000 contact-plan rows.
 */
import type { AbcResult } from './abc';
import { abcClassMap, classifyAbc } from './abc';
import { type AbcXyzMatrix, abcXyzMatrix } from './abcXyz';
import { type AudienceResult, analyseAudience } from './audience';
import { analyseClaims, type ClaimsResult } from './claimsAnalysis';
import { analyseCompetitors, type CompetitorsResult } from './competitorsAnalysis';
import { analyseFreshness, type FreshnessResult } from './freshness';
import { type AnalysisData, type AnalysisTables, parseTables } from './inputs';
import { type InputIssueSummary, IssueLog } from './issues';
import { analyseLeadSources, type LeadSourcesResult } from './leadSources';
import { analyseObligations, type ObligationsResult, obligationRecords } from './obligationsAnalysis';
import { computeOrderStats, orderWindows } from './orderStats';
import {
  lastDoneContactByClient,
  previousReliabilityOf,
  type RecommendationsResult,
  recommendActions,
  scoredReliability,
} from './recommendations';
import { claimCountsAsOf, type ReliabilityResult, reliabilitySummary, scoreReliability } from './reliability';
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
    readonly clients: readonly ReliabilityResult[];
  };
  readonly claims: ClaimsResult;
  readonly obligations: ObligationsResult;
  readonly freshness: FreshnessResult;
  readonly leadSources: LeadSourcesResult;
  readonly competitors: CompetitorsResult;
  readonly recommendations: RecommendationsResult;
}

/**
 * Runs every analysis over the tables as of `asOf` (YYYY-MM-DD) with `settings` (already validated by
 * `resolveSettings`; the defaults when omitted). Pure: same tables, date and settings, same result.
 * Throws only for an `asOf` that is not a date (a caller's mistake); junk in the tables is reported in
 * `inputIssues`.
 */
export function runFullAnalysis(
  tables: AnalysisTables,
  asOf: string,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
): FullAnalysis {
  const windows = orderWindows(asOf, settings.revenueMonths, settings.xyz.months);
  const today = windows.asOfDay;
  const log = new IssueLog();
  const data = parseTables(tables, log);

  const orderStats = computeOrderStats(data.orders, windows);
  const abc = classifyAbc(data.clients, orderStats, settings.abc);
  const xyz = classifyXyz(data.clients, orderStats, windows, settings.xyz);
  const xyzByClient = new Map<string, XyzEntry>();
  for (const entry of xyz.clients) xyzByClient.set(entry.clientId, entry);

  const obligationsByClient = obligationRecords(data.obligations, today);
  const reliability = scoreReliability(
    data.clients,
    {
      asOfYear: Number(asOf.slice(0, 4)),
      orderStats,
      claimCounts: claimCountsAsOf(data.claims, today),
      obligations: obligationsByClient,
      xyz: xyzByClient,
    },
    settings.reliability,
  );

  const recommendations = recommendActions(
    {
      asOfDay: today,
      clients: data.clients,
      claims: data.claims,
      obligations: data.obligations,
      deals: data.deals,
      abcClass: abcClassMap(abc),
      lastDoneContact: lastDoneContactByClient(data.contacts, today),
      reliability: scoredReliability(reliability),
      previousReliability: previousReliabilityOf(data.clients),
    },
    settings.recommendations,
  );

  return {
    asOf,
    settings,
    rowCounts: {
      clients: data.clients.length,
      orders: data.orders.length,
      claims: data.claims.length,
      contacts: data.contacts.length,
      deals: data.deals.length,
      obligations: data.obligations.length,
      competitors: data.competitors.length,
      campaigns: data.campaigns.length,
    },
    inputIssues: log.summary(),
    audience: analyseAudience(data.clients, orderStats),
    abc,
    xyz,
    abcXyz: abcXyzMatrix(abc, xyz),
    rfm: scoreRfm(data.clients, orderStats, today),
    reliability: { summary: reliabilitySummary(reliability), clients: reliability },
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
    recommendations,
  };
}
