/**
 * What an import would do, worked out before anything is written: each record row read as people
 * type (localeValues), checked by the same validation as the table's form, its client found by ID
 * or name, likely duplicates held back; rows that are no records (totals, notes, repeated headers)
 * left out unless the person includes them. Lines are the source's own (sheet rows, CSV records).
 */
import { normalizeName } from '../tables/duplicates';
import { type ColumnSpec, personColumns, type TableRecord, type TableSpec } from '../tables/tableSpec';
import type { FieldError } from '../validation/recordValidation';
import { validateRecord } from '../validation/recordValidation';
import { type CellProblem, type DateOrder, readCell } from './cellValues';
import type { ClientRefs } from './clientRefs';
import { DuplicateFinder, type ImportDuplicate } from './importDuplicates';
import { assertImportSize, type ImportGrid } from './importGrid';
import type { ImportMapping } from './importReport';
import { columnDateOrder, type LocaleConventions } from './localeValues';
import type { FoundTable, LeftOutReason } from './tableFinder';

/** Why one field of a row was refused. */
type ImportErrorCode = FieldError['code'] | CellProblem | 'unknownClient' | 'ambiguousClient';

/** One refused field, with the text the person had there (to name it in the message). */
export interface ImportFieldError {
  readonly field: string;
  readonly code: ImportErrorCode;
  readonly value: string;
  /** A client only like the one named, to offer in the message. */
  readonly near?: string;
}

/** What the plan is made from. */
interface ImportInput {
  readonly table: TableSpec;
  readonly grid: ImportGrid;
  readonly found: FoundTable;
  readonly mapping: ImportMapping;
  readonly conventions: LocaleConventions;
  /** The table's records as they are (their IDs and the duplicate rules' columns). */
  readonly existing: readonly TableRecord[];
  /** The clients rows may point to; null for a table that points to none. */
  readonly clients: ClientRefs | null;
  /** Team members by normalised name → e-mail, so an owner column may name people (Mara Santos). */
  readonly people?: ReadonlyMap<string, string>;
  readonly keepDuplicates?: boolean;
  /** Lines of left-out rows the person chose to import after all. */
  readonly include?: readonly number[];
}

/** A row ready to write. */
export interface ReadyRow {
  readonly line: number;
  readonly record: TableRecord;
}

/** What an import would do: rows ready, refused (why, per field), likely duplicates, left out. */
export interface ImportPlan {
  /** The line of the header row found; null when the source is empty. */
  readonly headerLine: number | null;
  /** Required columns no source column is mapped to: nothing can be imported until one is. */
  readonly unmappedRequired: readonly string[];
  readonly ready: readonly ReadyRow[];
  readonly rejected: readonly { readonly line: number; readonly errors: readonly ImportFieldError[] }[];
  readonly duplicates: readonly { readonly line: number; readonly matches: readonly ImportDuplicate[] }[];
  readonly leftOut: readonly {
    readonly line: number;
    readonly reason: LeftOutReason;
    readonly text: string;
  }[];
}

/** A source column and the table column it fills. */
type Field = readonly [index: number, column: ColumnSpec];

/**
 * The mapping's entries that name a column the person may fill, each column once (the leftmost
 * source column wins), as source index → column key.
 */
export function usableMapping(table: TableSpec, mapping: unknown): Record<number, string> {
  const usable: Record<number, string> = {};
  if (typeof mapping !== 'object' || mapping === null) return usable;
  const keys = new Set(personColumns(table).map((column) => column.key));
  const taken = new Set<string>();
  const entries = Object.entries(mapping as Record<string, unknown>)
    .filter(([index, key]) => /^\d{1,4}$/.test(index) && typeof key === 'string' && keys.has(key))
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  for (const [index, key] of entries) {
    if (taken.has(key as string)) continue;
    taken.add(key as string);
    usable[Number(index)] = key as string;
  }
  return usable;
}

function fieldsOf(table: TableSpec, mapping: ImportMapping): Field[] {
  return Object.entries(usableMapping(table, mapping)).map(
    ([index, key]) => [Number(index), table.columns.find((c) => c.key === key) as ColumnSpec] as const,
  );
}

/** Per mapped date column, the day-month order its own text values prove (else the locale's). */
function dateOrders(input: ImportInput, fields: readonly Field[], rows: readonly number[]) {
  const orders = new Map<number, DateOrder>();
  for (const [index, column] of fields) {
    if (column.type !== 'date') continue;
    const texts = rows
      .filter((r) => (input.grid.typed?.[r]?.[index] ?? null) === null)
      .map((r) => input.grid.texts[r]?.[index] ?? '');
    orders.set(index, columnDateOrder(texts, input.conventions.dateOrder));
  }
  return orders;
}

/** One row as the record a form would send, and every field that could not be read or passed. */
function readRow(
  input: ImportInput,
  fields: readonly Field[],
  orders: ReadonlyMap<number, DateOrder>,
  rowIndex: number,
): { record: TableRecord | null; errors: ImportFieldError[] } {
  const texts = input.grid.texts[rowIndex] ?? [];
  const typedRow = input.grid.typed?.[rowIndex];
  const payload: Record<string, unknown> = {};
  const errors: ImportFieldError[] = [];
  const shown: Record<string, string> = {};
  for (const [index, column] of fields) {
    const key = column.key;
    const text = texts[index] ?? '';
    shown[key] = text;
    if (column.type === 'ref' && column.refTable === 'clients' && input.clients && text.trim() !== '') {
      const ref = input.clients.resolve(text);
      if (ref.ok) payload[key] = ref.id;
      else
        errors.push({ field: key, code: ref.problem, value: text, ...(ref.near ? { near: ref.near } : {}) });
      continue;
    }
    if (key === 'owner' && !text.includes('@') && input.people?.has(normalizeName(text))) {
      payload[key] = input.people.get(normalizeName(text)) ?? null;
      continue;
    }
    const cell = readCell(
      column,
      text,
      typedRow?.[index] ?? null,
      input.conventions,
      orders.get(index) ?? 'unsure',
    );
    if (cell.ok) payload[key] = cell.value;
    else errors.push({ field: key, code: cell.problem, value: text });
  }
  const checked = validateRecord(input.table, payload, 'create');
  if (!checked.ok) {
    for (const error of checked.errors) {
      if (!errors.some((e) => e.field === error.field))
        errors.push({ field: error.field, code: error.code, value: shown[error.field] ?? '' });
    }
  }
  return { record: errors.length === 0 && checked.ok ? checked.record : null, errors };
}

/**
 * Plans an import of `input.grid` into `input.table`: nothing is written. A source with more than
 * MAX_IMPORT_ROWS record rows is refused whole (a UserFacingError).
 */
export function planImport(input: ImportInput): ImportPlan {
  const { grid, found } = input;
  const line = (index: number) => grid.firstLine + index;
  const included = new Set(input.include ?? []);
  const leftOut = found.leftOut
    .filter(({ index }) => !included.has(line(index)))
    .map(({ index, reason }) => ({ line: line(index), reason, text: rowText(grid.texts[index] ?? []) }));
  const rows = [
    ...found.recordIndexes,
    ...found.leftOut.filter(({ index }) => included.has(line(index))).map(({ index }) => index),
  ].sort((a, b) => a - b);
  assertImportSize(rows.length);
  const fields = fieldsOf(input.table, input.mapping);
  const mapped = new Set(fields.map(([, column]) => column.key));
  const unmappedRequired = personColumns(input.table)
    .filter((column) => column.required && column.defaultValue === undefined && !mapped.has(column.key))
    .map((column) => column.key);
  const headerLine = found.headerIndex >= 0 ? line(found.headerIndex) : null;
  // Without a required column every row would be refused for it: the plan says so once instead.
  if (unmappedRequired.length > 0)
    return { headerLine, unmappedRequired, ready: [], rejected: [], duplicates: [], leftOut };
  const orders = dateOrders(input, fields, rows);
  const finder = new DuplicateFinder(input.table, input.existing);
  const ready: ReadyRow[] = [];
  const rejected: ImportPlan['rejected'][number][] = [];
  const duplicates: ImportPlan['duplicates'][number][] = [];
  for (const index of rows) {
    const { record, errors } = readRow(input, fields, orders, index);
    if (!record) {
      rejected.push({ line: line(index), errors });
      continue;
    }
    const matches = finder.find(record);
    if (matches.length > 0 && !input.keepDuplicates) {
      duplicates.push({ line: line(index), matches });
      continue;
    }
    finder.add(record, `#${line(index)}`);
    ready.push({ line: line(index), record });
  }
  return { headerLine, unmappedRequired, ready, rejected, duplicates, leftOut };
}

/** A left-out row as one line of text for the preview (its non-blank cells, shortened). */
function rowText(row: readonly string[]): string {
  const text = row
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' · ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
