/**
 * The parts of one run of the analyses, each computed the first time it is asked for and then
 * remembered: the figures several analyses share (the per-client order figures, the ABC and XYZ
 * classes, the forecast, account health, the relationships) and every analysis over them. A part
 * asks the typed rows for a table only when it runs, so its table is read then (fullAnalysis.ts).
 */
import type { AbcClass } from './abc';
import { abcClassMap, classifyAbc } from './abc';
import { abcXyzMatrix } from './abcXyz';
import { accountHealth } from './accountHealth';
import { analyseAudience } from './audience';
import { analyseClaims } from './claimsAnalysis';
import { analyseCompetitors } from './competitorsAnalysis';
import type { Day } from './days';
import { analyseFreshness } from './freshness';
import type { AnalysisData } from './inputs';
import { analyseLeadSources } from './leadSources';
import { analyseObligations, obligationRecords } from './obligationsAnalysis';
import { computeOrderStats, type OrderWindows } from './orderStats';
import { analysePipeline } from './pipeline';
import { lastDoneContactByClient, type RecommendationsResult, recommendActions } from './recommendations';
import { analyseRelationships, type RelationshipsResult } from './relationshipFacts';
import { forecastReliability, type ReliabilityForecast, reliabilitySummary } from './reliability';
import { scoreRfm } from './rfm';
import type { AnalysisSettings } from './settings';
import { classifyXyz, type XyzEntry } from './xyz';

/**
 * The analyses whose results other analyses also use, and whose values a report writes back into the
 * tables: the ABC and XYZ classes and the reliability forecast (the Clients table's computed columns)
 * and the relationships (People's last contact).
 */
export type SharedAnalysis = 'abc' | 'xyz' | 'reliability' | 'relationships';

/** `compute`, run the first time the result is asked for, then remembered. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** The figures several analyses share, each computed the first time one asks for it. */
export function sharedFigures(
  data: AnalysisData,
  asOf: string,
  windows: OrderWindows,
  settings: AnalysisSettings,
  computed: Set<SharedAnalysis>,
) {
  const noted = <T>(name: SharedAnalysis, compute: () => T) =>
    once(() => {
      const value = compute();
      computed.add(name);
      return value;
    });
  const orderStats = once(() => computeOrderStats(data.orders, windows));
  const abc = noted('abc', () => classifyAbc(data.clients, orderStats(), settings.abc));
  const xyz = noted('xyz', () => classifyXyz(data.clients, orderStats(), windows, settings.xyz));
  const obligationsByClient = once(() => obligationRecords(data.obligations, windows.asOfDay));
  const reliability = noted('reliability', () => forecastReliability(data, asOf, settings.reliability));
  return {
    today: windows.asOfDay,
    orderStats,
    abc,
    abcClasses: once(() => abcClassMap(abc())),
    xyz,
    obligationsByClient,
    reliability,
    health: once(() => {
      const xyzByClient = new Map<string, XyzEntry>();
      for (const entry of xyz().clients) xyzByClient.set(entry.clientId, entry);
      return accountHealth(data.clients, {
        orderStats: orderStats(),
        claims: data.claims,
        obligations: obligationsByClient(),
        xyz: xyzByClient,
        asOfDay: windows.asOfDay,
      });
    }),
    // Once for the whole run: the recommendations read it, as do the card and the report.
    relationships: noted('relationships', () =>
      analyseRelationships(data, { abc: abc(), reliability: reliability() }, windows.asOfDay),
    ),
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

/** The analyses over the shared figures and the work tables, each computed when first asked for. */
export function analysesOf(
  data: AnalysisData,
  asOf: string,
  settings: AnalysisSettings,
  shared: ReturnType<typeof sharedFigures>,
) {
  const today = shared.today;
  return {
    audience: once(() => analyseAudience(data.clients, shared.orderStats())),
    abcXyz: once(() => abcXyzMatrix(shared.abc(), shared.xyz())),
    rfm: once(() => scoreRfm(data.clients, shared.orderStats(), today)),
    reliability: once(() => {
      const { book, clients } = shared.reliability();
      return { summary: reliabilitySummary(clients), book, clients };
    }),
    claims: once(() => analyseClaims(data.claims, asOf, today, settings.claims)),
    obligations: once(() =>
      analyseObligations(
        data.obligations,
        today,
        settings.obligations.dueSoonDays,
        shared.obligationsByClient(),
      ),
    ),
    freshness: once(() =>
      analyseFreshness(data.clients, data.competitors, data.contacts, today, settings.freshness.staleDays),
    ),
    leadSources: once(() =>
      analyseLeadSources(
        data.clients,
        data.campaigns,
        shared.orderStats(),
        settings.campaigns.attributionDays,
      ),
    ),
    competitors: once(() => analyseCompetitors(data.competitors, data.clients, data.deals)),
    pipeline: once(() => analysePipeline(data.clients, data.deals, shared.abcClasses())),
    recommendations: once(() =>
      recommendationsOf(
        data,
        today,
        shared.abcClasses(),
        shared.reliability().clients,
        shared.relationships(),
        settings,
      ),
    ),
  };
}
