/** Names for imported sheets: a file's base name, and a free variant when a name is taken. */
import type { Emulator } from '../emulator';

/** Sheets' longest sheet name. */
const MAX_NAME_CHARS = 100;
/** The name of a sheet made from a file whose base name is empty (`.csv`). */
const FALLBACK_NAME = 'Imported';

/** `clients.csv` → `clients`; a directory part (either slash) is dropped, as is the last extension. */
export function baseNameOf(fileName: string): string {
  const leaf = fileName.split(/[\\/]/).pop() ?? '';
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(0, dot) : dot === 0 ? '' : leaf;
}

/**
 * A namer for the sheets of one import: each call answers `wanted` (trimmed, shortened to Sheets'
 * limit) when no sheet has it, ignoring case as Sheets does, else the first free `wanted (2)`,
 * `wanted (3)`…; it counts the names it handed out as taken.
 */
export function sheetNamer(emulator: Emulator): (wanted: string) => string {
  const taken = new Set(
    emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase())),
  );
  return (wanted) => {
    const base = wanted.trim().slice(0, MAX_NAME_CHARS) || FALLBACK_NAME;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_NAME_CHARS - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
