/** A column mapping: source column index → table column key. */
export type ImportMapping = Readonly<Record<number, string>>;

/** How a source column's mapping was arrived at, shown beside it so the person can judge it. */
export type MappingHow = 'label' | 'synonym' | 'partial' | 'values' | 'remembered' | 'chosen';

/** What the import page shows before and after importing. */
export interface ImportFigures {
  /** The table imported into (its key). */
  readonly table: string;
  /** The header row found in the source, and its line (null: the source is empty). */
  readonly headers: readonly string[];
  readonly headerLine: number | null;
  readonly mapping: ImportMapping;
  readonly how: Readonly<Record<number, MappingHow>>;
  /** The first record rows, with their lines, as the source shows them. */
  readonly preview: readonly { readonly line: number; readonly cells: readonly string[] }[];
  readonly readyCount: number;
  readonly rejectedCount: number;
  readonly rejected: readonly { readonly line: number; readonly reasons: readonly string[] }[];
  readonly duplicateCount: number;
  readonly duplicates: readonly { readonly line: number; readonly matches: string }[];
  /** Rows that are not records (totals, notes, repeated headers): left out unless included. */
  readonly leftOut: readonly { readonly line: number; readonly reason: string; readonly text: string }[];
  readonly imported: number;
  /** The import's ID once it wrote records (to undo it), else null. */
  readonly importId: string | null;
}

/** What the import page shows, with the outcome. */
interface ImportReport extends ImportFigures {
  readonly ok: boolean;
  readonly message: string;
}

/** Figures of an import that read and wrote nothing. */
export function emptyImportFigures(table = ''): ImportFigures {
  return {
    table,
    headers: [],
    headerLine: null,
    mapping: {},
    how: {},
    preview: [],
    readyCount: 0,
    rejectedCount: 0,
    rejected: [],
    duplicateCount: 0,
    duplicates: [],
    leftOut: [],
    imported: 0,
    importId: null,
  };
}

/** A refused import: the message, and nothing read or written. */
export function refusedImport(message: string): ImportReport {
  return { ...emptyImportFigures(), ok: false, message };
}
