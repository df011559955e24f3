/** A column mapping: source column index → table column key. */
export type ImportMapping = Readonly<Record<number, string>>;

/** What the import page shows before and after importing. */
export interface ImportReport {
  readonly ok: boolean;
  readonly message: string;
  readonly headers: readonly string[];
  readonly mapping: ImportMapping;
  readonly preview: readonly (readonly string[])[];
  readonly readyCount: number;
  readonly rejected: readonly { readonly line: number; readonly reasons: readonly string[] }[];
  readonly duplicates: readonly { readonly line: number; readonly matches: string }[];
  readonly imported: number;
  readonly sheets: readonly string[];
}

/** A refused import: the message, and nothing read or written. */
export function refusedImport(message: string): ImportReport {
  return {
    ok: false,
    message,
    headers: [],
    mapping: {},
    preview: [],
    readyCount: 0,
    rejected: [],
    duplicates: [],
    imported: 0,
    sheets: [],
  };
}
