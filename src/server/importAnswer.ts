/**
 * An import's answer in the person's language: the figures the import page draws and the banner
 * over them (src/server/tableImport.ts makes the plan).
 */
import type { Translator } from '../core/i18n/translate';
import type { ImportGrid } from '../core/import/importGrid';
import { describeDuplicate, describeImportError, describeLeftOut } from '../core/import/importMessages';
import type { ImportPlan } from '../core/import/importPlan';
import { emptyImportFigures, type ImportFigures, type MappingHow } from '../core/import/importReport';
import type { FoundTable } from '../core/import/tableFinder';
import type { TableSpec } from '../core/tables/tableSpec';
import { readableNumber } from '../core/validation/numbers';

/** Rows of each list the page shows (the counts are always whole). */
const MAX_LISTED = 200;
const PREVIEW_ROWS = 5;

/**
 * What the import page is shown: the header found, the mapping with how it was made, the first rows,
 * and each refused, duplicate and left-out row by its own line (the first MAX_LISTED of each; the
 * counts are always whole), in the person's language; `source.currency` is the workbook's, which
 * amounts were read in.
 */
export function figuresOf(
  t: Translator,
  source: { readonly table: TableSpec; readonly grid: ImportGrid; readonly currency: string },
  found: FoundTable,
  mapping: { mapping: Record<number, string>; how: Readonly<Record<number, MappingHow>> },
  plan: ImportPlan,
  refusedRights: readonly { line: number; reasons: string[] }[],
): ImportFigures {
  const { table, grid } = source;
  const rejected = [
    ...plan.rejected.map(({ line, errors }) => ({
      line,
      reasons: errors.map((error) => describeImportError(t, table, error, source.currency)),
    })),
    ...refusedRights,
  ].sort((a, b) => a.line - b.line);
  return {
    ...emptyImportFigures(table.key),
    headers: found.headers,
    headerLine: plan.headerLine,
    mapping: mapping.mapping,
    how: mapping.how,
    preview: found.recordIndexes.slice(0, PREVIEW_ROWS).map((index) => ({
      line: grid.firstLine + index,
      cells: (grid.texts[index] ?? []).map(String),
    })),
    readyCount: plan.ready.length - refusedRights.length,
    rejectedCount: rejected.length,
    rejected: rejected.slice(0, MAX_LISTED),
    duplicateCount: plan.duplicates.length,
    duplicates: plan.duplicates.slice(0, MAX_LISTED).map(({ line, matches }) => ({
      line,
      matches: matches.map((match) => describeDuplicate(t, table, match)).join('; '),
    })),
    leftOut: plan.leftOut.slice(0, MAX_LISTED).map(({ line, reason, text }) => ({
      line,
      reason: describeLeftOut(t, reason),
      text,
    })),
  };
}

/** The banner: what will happen (or happened), or plainly why nothing can be imported. */
export function messageOf(t: Translator, spec: TableSpec, plan: ImportPlan, figures: ImportFigures): string {
  const table = t(spec.sheetLabel);
  if (plan.unmappedRequired.length > 0) {
    const fields = plan.unmappedRequired
      .map((key) => t(spec.columns.find((c) => c.key === key)?.label ?? 'col.id'))
      .join(', ');
    return t('import.nothing.unmapped', { fields });
  }
  const counts = {
    table,
    ready: readableNumber(figures.readyCount),
    rejected: readableNumber(figures.rejectedCount),
    duplicates: readableNumber(figures.duplicateCount),
    leftOut: readableNumber(plan.leftOut.length),
    imported: readableNumber(figures.imported),
  };
  if (figures.imported > 0) return t('import.done', counts);
  if (plan.headerLine === null) return t('import.nothing.empty');
  if (figures.readyCount === 0) return t('import.nothing.refused', counts);
  return t('import.preview', counts);
}
