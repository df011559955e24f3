import { allTranslations } from '../i18n/translate';
import type { TableSpec } from './tableSpec';

/** Where each of a table's columns sits in its sheet (1-based), and which could not be found. */
export interface ColumnMap {
  readonly positions: ReadonlyMap<string, number>;
  readonly missing: readonly string[];
}

/** A column's developer metadata as the sheet reports it: which Suki column, and where it is now. */
export interface TaggedColumn {
  readonly columnKey: string;
  readonly position: number;
}

// Case and spacing never tell two headers apart: "E-mail ", "e-mail" and "E-mail" are one label.
export const normalizeLabel = (label: unknown) =>
  String(label ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * Finds a table's columns: first by their developer metadata (which follows a column when people
 * move, insert or delete others), then by header text in any language for columns without it.
 * A position is claimed once, so a person's own column with a similar header is never taken twice.
 */
export function matchColumns(
  table: TableSpec,
  tagged: readonly TaggedColumn[],
  headerRow: readonly unknown[],
): ColumnMap {
  const positions = new Map<string, number>();
  const claimed = new Set<number>();
  const specKeys = new Set(table.columns.map((c) => c.key));
  for (const { columnKey, position } of tagged) {
    if (!specKeys.has(columnKey) || positions.has(columnKey) || claimed.has(position)) continue;
    positions.set(columnKey, position);
    claimed.add(position);
  }
  const missing: string[] = [];
  for (const column of table.columns) {
    if (positions.has(column.key)) continue;
    const labels = new Set(allTranslations(column.label).map(normalizeLabel));
    const index = headerRow.findIndex((cell, i) => !claimed.has(i + 1) && labels.has(normalizeLabel(cell)));
    if (index >= 0) {
      positions.set(column.key, index + 1);
      claimed.add(index + 1);
    } else {
      missing.push(column.key);
    }
  }
  return { positions, missing };
}

/**
 * Whether row 1 still names the table's columns: at least one column found by its metadata has one
 * of its labels there. When people insert rows above the header, row 1 names none of them, and
 * writing "below the header" would land in the wrong rows.
 */
export function headerNamesColumns(
  table: TableSpec,
  positions: ReadonlyMap<string, number>,
  headerRow: readonly unknown[],
): boolean {
  return table.columns.some((column) => {
    const position = positions.get(column.key);
    if (position === undefined) return false;
    const text = normalizeLabel(headerRow[position - 1]);
    return allTranslations(column.label).some((label) => normalizeLabel(label) === text);
  });
}

/**
 * Whether row 1 still names every one of `positions`' columns where they were found (in any
 * language): false once a person inserted, moved or renamed a column since, so that work placed by
 * the old positions (formats, dropdowns, protections) is placed afresh.
 */
export function headerNamesEveryColumn(
  table: TableSpec,
  positions: ReadonlyMap<string, number>,
  headerRow: readonly unknown[],
): boolean {
  return [...positions].every(([key, position]) => {
    const column = table.columns.find((candidate) => candidate.key === key);
    const text = normalizeLabel(headerRow[position - 1]);
    return (
      column !== undefined && allTranslations(column.label).some((label) => normalizeLabel(label) === text)
    );
  });
}

/**
 * Whether a header row is `table`'s own header, in any language and whatever the case or spacing:
 * more than half of the columns a person fills (every column, for a table only Suki writes) are
 * named in it. A sheet that merely has a table's name, with a person's own header row or a report's
 * title, fails this, so Suki never adopts it as the table, nor writes over it as a report.
 */
export function headerMatchesTable(table: TableSpec, headerRow: readonly unknown[]): boolean {
  const texts = new Set(headerRow.map(normalizeLabel).filter((text) => text !== ''));
  const personWritten = table.columns.filter((column) => (column.writtenBy ?? 'person') === 'person');
  const labelled = personWritten.length > 0 ? personWritten : table.columns;
  const named = labelled.filter((column) =>
    allTranslations(column.label).some((label) => texts.has(normalizeLabel(label))),
  );
  return named.length * 2 > labelled.length;
}

/** The columns only Suki's own sheet of a table has: its ID and the creation and change stamps. */
const BOOKKEEPING_KEYS = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'archivedAt']);

/**
 * Whether a header row is the one Suki wrote for `table` (a sheet whose tags an .xlsx round trip
 * lost): it names the table's ID and every stamp column (every column, for a table without stamps,
 * such as the audit log) and most of the columns a person fills (headerMatchesTable). A person's own
 * list named like a table never has Suki's ID and stamp columns, so set-up never adopts it.
 */
export function headerIsTablesOwn(table: TableSpec, headerRow: readonly unknown[]): boolean {
  const texts = new Set(headerRow.map(normalizeLabel).filter((text) => text !== ''));
  const named = (column: TableSpec['columns'][number]) =>
    allTranslations(column.label).some((label) => texts.has(normalizeLabel(label)));
  const bookkeeping = table.columns.filter((column) => BOOKKEEPING_KEYS.has(column.key));
  const required = bookkeeping.length > 1 ? bookkeeping : table.columns;
  return required.every(named) && headerMatchesTable(table, headerRow);
}

/** A run of adjacent columns that one setValues can write. */
interface ColumnRun {
  readonly start: number;
  readonly keys: readonly string[];
}

/** Groups column positions into runs of adjacent columns, left to right. */
export function contiguousRuns(positions: ReadonlyMap<string, number>): ColumnRun[] {
  const sorted = [...positions].sort((a, b) => a[1] - b[1]);
  const runs: { start: number; keys: string[] }[] = [];
  for (const [key, position] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === position) last.keys.push(key);
    else runs.push({ start: position, keys: [key] });
  }
  return runs;
}
