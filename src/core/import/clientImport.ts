import Papa from 'papaparse';
import { allTranslations } from '../i18n/translate';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { ClientIndex, type DuplicateMatch } from '../tables/duplicates';
import { personColumns, type TableRecord } from '../tables/tableSpec';
import { type FieldError, validateRecord } from '../validation/recordValidation';
import { importTextTooLong, importTooManyRows } from './importLimits';
import type { ImportMapping } from './importReport';

/** Rows to import: a header row and data rows, all as text (from pasted CSV or another sheet). */
export interface ImportSource {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export type { ImportMapping } from './importReport';

/** One source row that will not be imported, and why. `line` counts the header as line 1. */
interface RejectedRow {
  readonly line: number;
  readonly errors: readonly FieldError[];
}

/** A source row that looks like a client already in the table (or earlier in the same import). */
interface DuplicateRow {
  readonly line: number;
  readonly matches: readonly DuplicateMatch[];
}

/** What an import would do: records ready to write, rows refused with reasons, likely duplicates. */
export interface ImportPlan {
  readonly ready: readonly { readonly line: number; readonly record: TableRecord }[];
  readonly rejected: readonly RejectedRow[];
  readonly duplicates: readonly DuplicateRow[];
}

/**
 * Pasted CSV (comma, semicolon or tab separated, quoted or not) as a header row and data rows.
 * Throws a UserFacingError for text over MAX_IMPORT_CHARS: it is refused whole, never cut.
 */
export function parseCsv(text: string): ImportSource {
  const tooLong = importTextTooLong(text);
  if (tooLong) throw tooLong;
  // Blank lines are kept so that line numbers in messages match the person's file.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headers = [], ...rows] = parsed.data;
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end--;
  return { headers: headers.map((h) => String(h).trim()), rows: rows.slice(0, end) };
}

const normalizeHeader = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** A first guess at the mapping: a source header equal to a field's label (either language) or key. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const mapping: Record<number, string> = {};
  const taken = new Set<string>();
  headers.forEach((header, index) => {
    const wanted = normalizeHeader(header);
    const column = personColumns(CLIENTS_TABLE).find(
      (c) =>
        !taken.has(c.key) &&
        (normalizeHeader(c.key) === wanted ||
          allTranslations(c.label).some((label) => normalizeHeader(label) === wanted)),
    );
    if (column && wanted) {
      mapping[index] = column.key;
      taken.add(column.key);
    }
  });
  return mapping;
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => String(cell ?? '').trim() === '');

/** How many rows of `source` hold something (blank lines are skipped, not imported). */
function filledRowCount(source: ImportSource): number {
  let count = 0;
  for (const row of source.rows) if (!isBlankRow(row)) count++;
  return count;
}

/**
 * Throws the UserFacingError that refuses the whole import when `source` has more than
 * MAX_IMPORT_ROWS rows holding something, saying the limit and the count received.
 */
export function assertImportSize(source: ImportSource): void {
  const tooMany = importTooManyRows(filledRowCount(source));
  if (tooMany) throw tooMany;
}

/**
 * Checks every source row with the same validation as the client form: rows that fail are listed
 * with their field errors (never dropped silently, never truncated: a value over a field's length is
 * refused by field); rows that match an existing client, or an earlier row of the same import, by
 * e-mail, tax number or name are held back as duplicates unless `keepDuplicates`. A source over
 * MAX_IMPORT_ROWS is refused whole (see `assertImportSize`).
 */
export function planClientImport(
  source: ImportSource,
  mapping: ImportMapping,
  existing: readonly TableRecord[],
  keepDuplicates = false,
): ImportPlan {
  assertImportSize(source);
  const ready: { line: number; record: TableRecord }[] = [];
  const rejected: RejectedRow[] = [];
  const duplicates: DuplicateRow[] = [];
  const fields = Object.entries(mapping).filter(([, key]) =>
    personColumns(CLIENTS_TABLE).some((c) => c.key === key),
  );
  const known = new ClientIndex(existing);
  source.rows.forEach((row, index) => {
    const line = index + 2;
    if (isBlankRow(row)) return;
    const payload: Record<string, string> = {};
    for (const [sourceIndex, key] of fields) payload[key] = row[Number(sourceIndex)] ?? '';
    const checked = validateRecord(CLIENTS_TABLE, payload, 'create');
    if (!checked.ok) {
      rejected.push({ line, errors: checked.errors });
      return;
    }
    const matches = known.find(checked.record, 3);
    if (matches.length > 0 && !keepDuplicates) {
      duplicates.push({ line, matches });
      return;
    }
    ready.push({ line, record: checked.record });
    known.add({ ...checked.record, id: `line ${line}` });
  });
  return { ready, rejected, duplicates };
}
