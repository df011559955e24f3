/**
 * The dashboard's figures from a full analysis: counts and totals only, no per-record lists, so the
 * result is a few hundred bytes however many clients there are, small enough for a sidebar or a
 * dashboard tile to fetch through google.script.run (the full result at 50,000 clients is tens of MB
 * and belongs in report sheets).
 */
import type { AbcClass, AbcClassTotals } from './abc';
import type { FullAnalysis } from './fullAnalysis';
import type { RuleId } from './recommendations';
import type { XyzClass } from './xyz';

export interface AnalysisSummary {
  readonly asOf: string;
  readonly clients: number;
  /** Sum of positive client revenues over the revenue window. */
  readonly revenue: number;
  readonly abc: Readonly<Record<AbcClass, AbcClassTotals>>;
  readonly xyz: Readonly<Record<XyzClass | 'unclassified', number>>;
  readonly reliability: {
    readonly scored: number;
    readonly priors: number;
    readonly averageScore: number | null;
  };
  readonly claims: {
    readonly total: number;
    readonly open: number;
    readonly openPastSla: number;
    readonly breachRate: number | null;
    readonly medianDaysToResolve: number | null;
  };
  readonly obligations: {
    readonly dueSoon: number;
    readonly overdue: number;
    readonly keptShare: number | null;
  };
  readonly freshness: {
    readonly staleClients: number;
    readonly clientsMissingFields: number;
    readonly pastPlanned: number;
  };
  readonly actions: { readonly total: number; readonly byRule: Readonly<Record<RuleId, number>> };
  readonly inputIssues: { readonly total: number; readonly rowsSkipped: number };
}

/** The headline figures of `full` (see the module notes): what a dashboard shows. */
export function summariseAnalysis(full: FullAnalysis): AnalysisSummary {
  return {
    asOf: full.asOf,
    clients: full.rowCounts.clients,
    revenue: full.abc.totalRevenue,
    abc: full.abc.summary,
    xyz: full.xyz.summary,
    reliability: full.reliability.summary,
    claims: {
      total: full.claims.total,
      open: full.claims.open,
      openPastSla: full.claims.sla.openPastDue,
      breachRate: full.claims.sla.breachRate,
      medianDaysToResolve: full.claims.timeToResolve.medianDays,
    },
    obligations: {
      dueSoon: full.obligations.dueSoon.length,
      overdue: full.obligations.overdue.length,
      keptShare: full.obligations.totals.keptShare,
    },
    freshness: {
      staleClients: full.freshness.staleClients.length,
      clientsMissingFields: full.freshness.missingFields.length,
      pastPlanned: full.freshness.pastPlanned.count,
    },
    actions: { total: full.recommendations.total, byRule: full.recommendations.byRule },
    inputIssues: { total: full.inputIssues.total, rowsSkipped: full.inputIssues.rowsSkipped },
  };
}
