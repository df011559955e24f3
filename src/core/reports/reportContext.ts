import type { FullAnalysis } from '../analysis/fullAnalysis';
import type { Translator } from '../i18n/translate';
import { choiceLabelKey, columnOf, type TableSpec } from '../tables/tableSpec';

/**
 * What every report builder gets: the analysis (computed from typed rows only), the reader's
 * language, names for IDs. In a report run each analysis is computed, and the tables it needs read,
 * the first time the builder reads it (fullAnalysis.ts `analyseSource`): a builder reads only the
 * analyses it shows, and what it reads decides what the run reads and writes back.
 */
export interface ReportContext {
  readonly analysis: FullAnalysis;
  readonly t: Translator;
  /** Client ID → name, to print names beside IDs (read on first use: the ID and name columns only). */
  readonly clientNames: ReadonlyMap<string, string>;
}

/** The translated label of a stored choice, or the raw value for free text; "(blank)" for none. */
export function choiceText(
  ctx: ReportContext,
  table: TableSpec,
  columnKey: string,
  value: string | null,
): string {
  if (value === null || value === '') return ctx.t('report.blank');
  const column = columnOf(table, columnKey);
  if (column.type !== 'choice' || !column.choices?.includes(value)) return value;
  return ctx.t(choiceLabelKey(column, value));
}

/** "C-000012 Dela Cruz Trading" for a client ID. */
export function clientText(ctx: ReportContext, clientId: string | null): string {
  if (!clientId) return ctx.t('report.blank');
  const name = ctx.clientNames.get(clientId);
  return name ? `${clientId} ${name}` : clientId;
}

/** The as-of line every report carries. */
export function asOfLine(ctx: ReportContext): string {
  return ctx.t('report.asOf', { date: ctx.analysis.asOf });
}
