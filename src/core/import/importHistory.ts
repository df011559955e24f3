/**
 * One import as Suki remembers it, to list it and undo it as a whole: which table, from where, by
 * whom, and which records it made (IDs are handed out in order, so a range and the few IDs inside
 * it that were someone else's).
 */
import { recordIdNumber } from '../tables/recordIds';

/** An import that wrote records. */
export interface ImportRecordOfRun {
  /** The import's own ID: `I-` and its time, unique enough for one spreadsheet's imports. */
  readonly id: string;
  readonly table: string;
  /** Where the rows came from, as the person named it: a sheet's name, or "pasted text". */
  readonly source: string;
  readonly at: string;
  readonly by: string;
  readonly count: number;
  /** The first and last record IDs it made. */
  readonly first: string;
  readonly last: string;
  /** IDs between `first` and `last` that it did not make (already taken when it ran). */
  readonly skipped: readonly string[];
  /** When it was undone (its records archived); null while it stands. */
  readonly undoneAt: string | null;
}

const idPrefixOf = (id: string) => id.replace(/-\d+$/, '');

/** The run of an import that wrote `ids` (in the order handed out). */
export function importRun(
  base: Omit<ImportRecordOfRun, 'first' | 'last' | 'skipped' | 'count' | 'undoneAt'>,
  ids: readonly string[],
): ImportRecordOfRun {
  const first = ids[0] ?? '';
  const last = ids[ids.length - 1] ?? '';
  const prefix = idPrefixOf(first);
  const ours = new Set(ids.map((id) => recordIdNumber(prefix, id)));
  const skipped: string[] = [];
  const from = recordIdNumber(prefix, first) ?? 0;
  const to = recordIdNumber(prefix, last) ?? 0;
  // As recordIdAllocator writes them: six digits at least.
  for (let n = from; n <= to; n++) {
    if (!ours.has(n)) skipped.push(`${prefix}-${String(n).padStart(6, '0')}`);
  }
  return { ...base, count: ids.length, first, last, skipped, undoneAt: null };
}

/** Whether `id` is one of the records `run` made. */
export function madeBy(run: ImportRecordOfRun, id: string): boolean {
  const prefix = idPrefixOf(run.first);
  const n = recordIdNumber(prefix, id);
  const from = recordIdNumber(prefix, run.first);
  const to = recordIdNumber(prefix, run.last);
  if (n === null || from === null || to === null) return false;
  return n >= from && n <= to && !run.skipped.includes(id.trim());
}

/** The import history as stored (JSON), forgiving a property someone edited by hand. */
export function parseImportHistory(raw: string | null): ImportRecordOfRun[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is ImportRecordOfRun =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as ImportRecordOfRun).id === 'string' &&
        typeof (entry as ImportRecordOfRun).first === 'string' &&
        Array.isArray((entry as ImportRecordOfRun).skipped),
    );
  } catch {
    return [];
  }
}
