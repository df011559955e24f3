import type { MessageKey } from '../i18n/en';
import { dashboardReport } from './dashboard';
import { competitorsReport, leadSourcesReport, recommendationsReport } from './marketReports';
import { abcXyzReport, audienceReport, reliabilityReport } from './portfolioReports';
import type { ReportContext } from './reportContext';
import type { ReportSheetModel } from './reportModel';
import { claimsReport, freshnessReport, obligationsReport } from './serviceReports';

/** A report the Reports menu offers: its menu label, the server function it calls, its builder. */
export interface ReportEntry {
  readonly key: string;
  readonly menuLabel: MessageKey;
  readonly functionName: string;
  readonly build: (ctx: ReportContext) => ReportSheetModel;
}

/** Every report, in menu order. The dashboard is built like a report but has its own menu item. */
export const REPORTS: readonly ReportEntry[] = [
  {
    key: 'audience',
    menuLabel: 'report.audience.sheet',
    functionName: 'reportAudience',
    build: audienceReport,
  },
  { key: 'abcXyz', menuLabel: 'report.abcXyz.sheet', functionName: 'reportAbcXyz', build: abcXyzReport },
  {
    key: 'reliability',
    menuLabel: 'report.reliability.sheet',
    functionName: 'reportReliability',
    build: reliabilityReport,
  },
  { key: 'claims', menuLabel: 'report.claims.sheet', functionName: 'reportClaims', build: claimsReport },
  {
    key: 'obligations',
    menuLabel: 'report.obligations.sheet',
    functionName: 'reportObligations',
    build: obligationsReport,
  },
  {
    key: 'freshness',
    menuLabel: 'report.freshness.sheet',
    functionName: 'reportFreshness',
    build: freshnessReport,
  },
  {
    key: 'leadSources',
    menuLabel: 'report.leadSources.sheet',
    functionName: 'reportLeadSources',
    build: leadSourcesReport,
  },
  {
    key: 'competitors',
    menuLabel: 'report.competitors.sheet',
    functionName: 'reportCompetitors',
    build: competitorsReport,
  },
  {
    key: 'recommendations',
    menuLabel: 'report.recommendations.sheet',
    functionName: 'reportRecommendations',
    build: recommendationsReport,
  },
];

/** The dashboard for heads. */
export const DASHBOARD: ReportEntry = {
  key: 'dashboard',
  menuLabel: 'report.dashboard.sheet',
  functionName: 'refreshDashboard',
  build: dashboardReport,
};
