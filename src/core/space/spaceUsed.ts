/**
 * How much of the cell limit the spreadsheet uses, pure: per table, the report sheets together and
 * the other sheets together, the share of the limit, whether to warn, and when it will be full at
 * the current rate.
 *
 * The rate comes from the KPI history: each dashboard refresh records the cells the spreadsheet
 * used then (the `cellsUsed` figure), so the rate is what the spreadsheet really grew by over the
 * last months, every sheet counted (the audit log, the reports, a person's own sheets). The rows'
 * created dates were the other way: they would need the audit log and every table read at each
 * refresh, and an import's rows would all look created on the day of the import.
 */
import { parseIsoDay } from '../analysis/days';
import { CELL_LIMIT, WARN_SHARE } from './cellBudget';

/** What a sheet is to Suki: one of its tables, one of its reports (or the dashboard), or neither. */
type SheetKind = 'table' | 'report' | 'other';

/** One sheet's size as measured (src/gas/spaceUsed.ts): its rows × columns are the cells it uses. */
export interface SheetCells {
  readonly kind: SheetKind;
  /** The table's or report's key; '' for another sheet. */
  readonly key: string;
  readonly rows: number;
  readonly columns: number;
}

/** One line of the figure: a table, or the report sheets or the other sheets together. */
export type SpacePart =
  | { readonly kind: 'table'; readonly key: string; readonly cells: number }
  | { readonly kind: 'reports' | 'other'; readonly sheets: number; readonly cells: number };

/** Cells the spreadsheet used on a day (a KPI history snapshot's `cellsUsed`). */
export interface CellsSample {
  readonly asOf: string;
  readonly cells: number;
}

/**
 * When the spreadsheet will be full at the current rate: in `months` (growing `perMonth` cells a
 * month), not at all (it did not grow), or not known yet (no snapshot old enough).
 */
export type FullIn =
  | { readonly kind: 'months'; readonly months: number; readonly perMonth: number }
  | { readonly kind: 'notGrowing' }
  | { readonly kind: 'unknown' };

/** The space used, as the dashboard and the settings page show it. */
export interface SpaceUsed {
  readonly used: number;
  readonly limit: number;
  /** used / limit. */
  readonly share: number;
  /** From WARN_SHARE of the limit on. */
  readonly warn: boolean;
  /** The tables, largest first, then the report sheets and the other sheets (those there are). */
  readonly parts: readonly SpacePart[];
  readonly fullIn: FullIn;
}

/** The youngest snapshot a rate is taken from: shorter spans say more about one import than a trend. */
const MIN_SPAN_DAYS = 28;
/** The span the rate prefers: about the last three months. */
const PREFERRED_SPAN_DAYS = 91;
/** Older snapshots are not "the current rate". */
const MAX_SPAN_DAYS = 366;
const DAYS_PER_MONTH = 365.25 / 12;

const cellsOf = (sheet: SheetCells) => Math.max(0, sheet.rows) * Math.max(0, sheet.columns);

/** The parts of the figure: one per table (tables sharing a key add up), then reports, then others. */
function partsOf(sheets: readonly SheetCells[]): SpacePart[] {
  const tables = new Map<string, number>();
  const grouped = { reports: { sheets: 0, cells: 0 }, other: { sheets: 0, cells: 0 } };
  for (const sheet of sheets) {
    if (sheet.kind === 'table') {
      tables.set(sheet.key, (tables.get(sheet.key) ?? 0) + cellsOf(sheet));
      continue;
    }
    const group = sheet.kind === 'report' ? grouped.reports : grouped.other;
    group.sheets += 1;
    group.cells += cellsOf(sheet);
  }
  const parts: SpacePart[] = [...tables]
    .map(([key, cells]) => ({ kind: 'table' as const, key, cells }))
    .sort((a, b) => b.cells - a.cells || a.key.localeCompare(b.key));
  for (const kind of ['reports', 'other'] as const)
    if (grouped[kind].sheets > 0) parts.push({ kind, ...grouped[kind] });
  return parts;
}

/**
 * When `used` cells reach `limit` at the rate since the snapshot closest to three months before
 * `asOf` (at least four weeks before it, at most a year). Snapshots without a valid date or after
 * `asOf` are ignored.
 * @forTests the rate's cases are tested on their own.
 */
export function fullIn(used: number, limit: number, samples: readonly CellsSample[], asOf: string): FullIn {
  const today = parseIsoDay(asOf);
  if (today === null) return { kind: 'unknown' };
  let best: { span: number; cells: number } | null = null;
  for (const sample of samples) {
    const day = parseIsoDay(sample.asOf);
    if (day === null || !Number.isFinite(sample.cells)) continue;
    const span = today - day;
    if (span < MIN_SPAN_DAYS || span > MAX_SPAN_DAYS) continue;
    const distance = Math.abs(span - PREFERRED_SPAN_DAYS);
    if (!best || distance < Math.abs(best.span - PREFERRED_SPAN_DAYS)) best = { span, cells: sample.cells };
  }
  if (!best) return { kind: 'unknown' };
  const perMonth = ((used - best.cells) / best.span) * DAYS_PER_MONTH;
  if (perMonth <= 0) return { kind: 'notGrowing' };
  return { kind: 'months', months: Math.max(0, limit - used) / perMonth, perMonth };
}

/** The space the measured sheets use as of `asOf`, with the rate from `samples` (earlier snapshots). */
export function spaceUsed(
  sheets: readonly SheetCells[],
  samples: readonly CellsSample[],
  asOf: string,
  limit: number = CELL_LIMIT,
): SpaceUsed {
  const used = sheets.reduce((sum, sheet) => sum + cellsOf(sheet), 0);
  const share = limit > 0 ? used / limit : 1;
  return {
    used,
    limit,
    share,
    warn: share >= WARN_SHARE,
    parts: partsOf(sheets),
    fullIn: fullIn(used, limit, samples, asOf),
  };
}

/** The cells a workbook of these sheets uses. */
export function cellsUsed(sheets: readonly SheetCells[]): number {
  return sheets.reduce((sum, sheet) => sum + cellsOf(sheet), 0);
}
