/**
 * What Suki remembers of imports, in document properties (every member imports into the same
 * tables): the column mapping last used for each shape of source, and the recent imports, so an
 * import can be undone as a whole.
 */
import { type ImportRecordOfRun, parseImportHistory } from '../core/import/importHistory';
import type { ImportMapping } from '../core/import/importReport';

const MAPPING_PROPERTY_PREFIX = 'suki.importMapping.';
const HISTORY_PROPERTY = 'suki.imports';
/** Shapes remembered per table: enough for a team's regular lists, well inside a property's 9 KB. */
const SHAPES_KEPT = 12;
/** Imports listed for undoing. */
const IMPORTS_KEPT = 15;

interface RememberedShape {
  readonly shape: string;
  readonly mapping: ImportMapping;
}

/** A short, stable hash of a source's shape (FNV-1a), so long headers do not fill the property. */
function shapeHash(shape: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function parseShapes(raw: string | null): RememberedShape[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (entry): entry is RememberedShape =>
            typeof entry === 'object' &&
            entry !== null &&
            typeof (entry as RememberedShape).shape === 'string' &&
            typeof (entry as RememberedShape).mapping === 'object',
        )
      : [];
  } catch {
    return []; // a property someone edited by hand: forget it rather than fail the import
  }
}

/** The mapping last used for a source of this `shape` into `tableKey`, or null. */
export function rememberedMapping(tableKey: string, shape: string): ImportMapping | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(MAPPING_PROPERTY_PREFIX + tableKey);
  const hash = shapeHash(shape);
  return parseShapes(raw).find((entry) => entry.shape === hash)?.mapping ?? null;
}

/** Remembers `mapping` for sources of this `shape` (most recent first, a few shapes a table). */
export function rememberMapping(tableKey: string, shape: string, mapping: ImportMapping): void {
  const properties = PropertiesService.getDocumentProperties();
  const key = MAPPING_PROPERTY_PREFIX + tableKey;
  const hash = shapeHash(shape);
  const others = parseShapes(properties.getProperty(key)).filter((entry) => entry.shape !== hash);
  const kept = [{ shape: hash, mapping }, ...others].slice(0, SHAPES_KEPT);
  properties.setProperty(key, JSON.stringify(kept));
}

/** The recent imports, newest first. */
export function recentImports(): ImportRecordOfRun[] {
  return parseImportHistory(PropertiesService.getDocumentProperties().getProperty(HISTORY_PROPERTY));
}

/** Notes an import, or its undoing (the same ID, replaced in place), keeping the most recent ones. */
export function noteImport(run: ImportRecordOfRun): void {
  const imports = recentImports();
  const known = imports.some((entry) => entry.id === run.id);
  const kept = known
    ? imports.map((entry) => (entry.id === run.id ? run : entry))
    : [run, ...imports].slice(0, IMPORTS_KEPT);
  PropertiesService.getDocumentProperties().setProperty(HISTORY_PROPERTY, JSON.stringify(kept));
}
