/**
 * The KPI history read back: the snapshots the dashboard refreshes appended (tables/
 * kpiHistoryTable.ts), the last one of each month, the change of a figure since last month and
 * since the same month last year, and the trend of the last twelve months. Pure.
 */
import { monthIndexOfIso, parseIsoDay } from '../analysis/days';
import type { TableRecord } from '../tables/tableSpec';
import { DASHBOARD_KPIS, type DashboardKpi } from './dashboardKpis';

/** The months a trend covers, today's included. */
const TREND_MONTHS = 12;

/** One snapshot of the key figures: as of a day, refreshed at an instant. */
export interface KpiSnapshot {
  readonly asOf: string;
  readonly refreshedAt: string;
  /** By KPI key; null where the snapshot has no figure (a column added later). */
  readonly figures: Readonly<Record<string, number | null>>;
}

/** A snapshot's row of the history table. */
export function snapshotRecord(snapshot: KpiSnapshot, refreshedBy: string): TableRecord {
  const record: TableRecord = { asOf: snapshot.asOf, refreshedAt: snapshot.refreshedAt, refreshedBy };
  for (const kpi of DASHBOARD_KPIS) record[kpi.key] = snapshot.figures[kpi.key] ?? null;
  return record;
}

/** The snapshot a history row holds, or null for a row without a valid as-of date. */
export function snapshotOf(record: TableRecord): KpiSnapshot | null {
  const asOf = typeof record.asOf === 'string' ? record.asOf.slice(0, 10) : '';
  if (parseIsoDay(asOf) === null) return null;
  const figures: Record<string, number | null> = {};
  for (const kpi of DASHBOARD_KPIS) {
    const value = record[kpi.key];
    figures[kpi.key] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return { asOf, refreshedAt: String(record.refreshedAt ?? ''), figures };
}

/** Whether `a` was taken after `b`: the later as-of day, then the later refresh. */
function isLater(a: KpiSnapshot, b: KpiSnapshot): boolean {
  if (a.asOf !== b.asOf) return a.asOf > b.asOf;
  return a.refreshedAt > b.refreshedAt;
}

/** The last snapshot of each month (by month index), of snapshots dated on or before `asOf`. */
function lastOfEachMonth(history: readonly KpiSnapshot[], asOf: string): ReadonlyMap<number, KpiSnapshot> {
  const byMonth = new Map<number, KpiSnapshot>();
  for (const snapshot of history) {
    if (snapshot.asOf > asOf) continue; // a clock ahead of this one's: not the past
    const month = monthIndexOfIso(snapshot.asOf);
    const held = byMonth.get(month);
    // Of two taken at the same instant, the later row (appended after) wins.
    if (!held || !isLater(held, snapshot)) byMonth.set(month, snapshot);
  }
  return byMonth;
}

/** Whether a change is good, bad or neither, by the figure's direction; `none` when there is no change to tell. */
export type ChangeTone = 'good' | 'bad' | 'flat' | 'none';

/** A figure's change since an earlier snapshot: null when there is none to compare with. */
export interface KpiChange {
  readonly delta: number | null;
  /** The figure it changed from. */
  readonly before: number | null;
  readonly tone: ChangeTone;
}

/** The change of `kpi` from `then` to `now`, toned by the KPI's direction. */
export function kpiChange(kpi: DashboardKpi, now: number, then: KpiSnapshot | undefined): KpiChange {
  const before = then?.figures[kpi.key];
  if (before === null || before === undefined) return { delta: null, before: null, tone: 'none' };
  const delta = now - before;
  if (delta === 0 || kpi.direction === 'neutral') return { delta, before, tone: 'flat' };
  const better = kpi.direction === 'moreIsGood' ? delta > 0 : delta < 0;
  return { delta, before, tone: better ? 'good' : 'bad' };
}

/** The snapshots a dashboard as of `asOf` compares with: last month's and the same month last year's. */
export function comparisons(
  history: readonly KpiSnapshot[],
  asOf: string,
): { readonly lastMonth: KpiSnapshot | undefined; readonly lastYear: KpiSnapshot | undefined } {
  const months = lastOfEachMonth(history, asOf);
  const month = monthIndexOfIso(asOf);
  return { lastMonth: months.get(month - 1), lastYear: months.get(month - 12) };
}

/** One point of a trend: a month (index) and the figures of its last snapshot (today's for this month). */
export interface TrendPoint {
  readonly month: number;
  readonly figures: Readonly<Record<string, number | null>>;
}

/**
 * The trend of the last twelve months: one point per earlier month that has a snapshot (its last
 * one), then today's figures, oldest first.
 */
export function trendPoints(history: readonly KpiSnapshot[], today: KpiSnapshot): TrendPoint[] {
  const month = monthIndexOfIso(today.asOf);
  const months = lastOfEachMonth(history, today.asOf);
  const points: TrendPoint[] = [];
  for (let m = month - TREND_MONTHS + 1; m < month; m++) {
    const snapshot = months.get(m);
    if (snapshot) points.push({ month: m, figures: snapshot.figures });
  }
  points.push({ month, figures: today.figures });
  return points;
}
