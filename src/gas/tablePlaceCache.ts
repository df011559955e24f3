/**
 * A table's place as a previous execution found it (its sheet, its header row, its column
 * positions), kept in the document cache so a later locate need not read the columns' metadata.
 */
import type { TableSpec } from '../core/tables/tableSpec';

/** What a previous execution learnt about a table's place, kept in the document cache. */
export interface RememberedPlace {
  readonly sheetId: number;
  readonly header: readonly string[];
  readonly positions: readonly (readonly [string, number])[];
}

/** How long the document cache keeps a remembered place. */
export const PLACE_CACHE_SECONDS = 6 * 60 * 60;
/** The document cache key of `table`'s remembered place. */
export const placeCacheKey = (table: TableSpec) => `suki.place.${table.key}`;
/** A header row as the texts a remembered place compares. */
export const headerTexts = (row: readonly unknown[]) => row.map((cell) => String(cell ?? ''));

/** The place remembered for `table` in the document cache, or null. */
export function rememberedPlace(table: TableSpec): RememberedPlace | null {
  const raw = CacheService.getDocumentCache()?.get(placeCacheKey(table));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RememberedPlace;
  } catch {
    return null;
  }
}

/** A remembered place names a position for every column the table has now (specs grow). */
export function coversTable(remembered: RememberedPlace, table: TableSpec): boolean {
  const keys = new Set(remembered.positions.map(([key]) => key));
  return table.columns.every((column) => keys.has(column.key));
}
