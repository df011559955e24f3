/**
 * Test helpers for imports: what the import page does, a check then an import with the mapping and
 * header row the check answered.
 */
import { ClientRefs } from '../../src/core/import/clientRefs';
import type { ImportGrid } from '../../src/core/import/importGrid';
import { planImport } from '../../src/core/import/importPlan';
import type { ImportMapping } from '../../src/core/import/importReport';
import { localeConventions } from '../../src/core/import/localeValues';
import { findTable } from '../../src/core/import/tableFinder';
import type { TableRecord, TableSpec } from '../../src/core/tables/tableSpec';
import { previewImport, runImport } from '../../src/server/main';

type Source = { csv: string } | { sheetName: string };

/** The preview of importing `source` into `table`, as the page's Check asks for it. */
export function checkImport(table: string, source: Source, choices: Record<string, unknown> = {}) {
  return previewImport({ table, source, mapping: null, ...choices });
}

/** Checks, then imports what the check found ready, with the check's mapping and header row. */
export function importChecked(table: string, source: Source, choices: Record<string, unknown> = {}) {
  const preview = checkImport(table, source, choices);
  return runImport({
    table,
    source,
    mapping: { ...preview.mapping },
    headers: preview.headers,
    ...choices,
  });
}

/** The plan of importing `grid` into `table` with `mapping`, as the server makes it (an en_US sheet). */
export function planOf(
  table: TableSpec,
  grid: ImportGrid,
  mapping: ImportMapping,
  options: { existing?: TableRecord[]; clients?: TableRecord[]; locale?: string } = {},
) {
  return planImport({
    table,
    grid,
    found: findTable(table, grid.texts),
    mapping,
    conventions: localeConventions(options.locale ?? 'en_US'),
    existing: options.existing ?? [],
    clients: options.clients ? new ClientRefs(options.clients) : null,
  });
}
