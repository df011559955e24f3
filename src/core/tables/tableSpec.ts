import type { MessageKey } from '../i18n/en';

/** How a column's values are typed, validated and formatted. */
type ColumnType =
  | 'id'
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'number'
  | 'currency'
  | 'date'
  | 'datetime'
  | 'choice'
  /** The ID of a record in another table (`refTable`). */
  | 'ref';

/** Who writes a column: the person through a form, or Suki alone. */
type ColumnOwner = 'person' | 'suki';

/** One column of a Suki table. `key` is stable and never shown; the label comes from the catalog. */
export interface ColumnSpec {
  readonly key: string;
  readonly type: ColumnType;
  readonly label: MessageKey;
  readonly required?: boolean;
  /** Allowed values for `choice` columns, stored as these stable keys in the sheet. */
  readonly choices?: readonly string[];
  /** Catalog prefix for choice labels: `${choiceLabelPrefix}.${choice}` is a MessageKey. */
  readonly choiceLabelPrefix?: string;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** `suki` columns (ID, stamps, computed scores) are never accepted from a form. */
  readonly writtenBy?: ColumnOwner;
  /**
   * For `ref` columns: the key of the table the ID points into; for a `text` column, the table every
   * ID of its comma- or semicolon-separated list points into (a plan's people).
   */
  readonly refTable?: string;
  /** A value used when a new record leaves the field empty. */
  readonly defaultValue?: string;
  /**
   * A column a later version added to a table people already have: until set-up adds it to their
   * sheet, reads give blank and writes that leave it blank go on; a write with a value for it is
   * refused (run set-up), so nothing typed is dropped.
   */
  readonly addedLater?: boolean;
}

/** A table Suki owns: one sheet, a header row and typed columns. */
export interface TableSpec {
  readonly key: string;
  readonly sheetLabel: MessageKey;
  /** IDs look like `${idPrefix}-000123`. */
  readonly idPrefix: string;
  /** Rows are only ever appended by Suki, never found by ID (the audit log). */
  readonly appendOnly?: boolean;
  /**
   * Who may write the table through Suki, and edit its sheet where Sheets can enforce it: `head`
   * for the team and its absences (set-up protects their sheets for heads only). Default: every
   * member of the team, each on the records they may work on.
   */
  readonly writableBy?: 'head';
  readonly columns: readonly ColumnSpec[];
  /**
   * Keys of computed columns earlier versions had: set-up untags such a column and marks its header
   * as no longer updated, so a stale value is never mistaken for a current one (nothing is deleted).
   */
  readonly retiredColumns?: readonly string[];
  /**
   * Sets of columns that together say two records are the same one (the same client and e-mail):
   * an import holds back a row matching a record on any set it fills as a likely duplicate, or, with
   * `duplicateByFirstKey`, on the first set it fills alone. Clients have their own rule (e-mail, tax
   * number or name: tables/duplicates.ts).
   */
  readonly duplicateKeys?: readonly (readonly string[])[];
  /**
   * Whether the first set of `duplicateKeys` a row fills decides alone: two invoices of one day and
   * amount with different numbers are two invoices.
   */
  readonly duplicateByFirstKey?: boolean;
}

/** A value of a record as it crosses google.script.run: dates are ISO strings, empty is null. */
export type RecordValue = string | number | null;

/** A table row as typed data, keyed by column key. */
export type TableRecord = Record<string, RecordValue>;

/** The column of `table` with `key`; throws for a key the spec does not have (a programming error). */
export function columnOf(table: TableSpec, key: string): ColumnSpec {
  const column = table.columns.find((c) => c.key === key);
  if (!column) throw new Error(`Table ${table.key} has no column ${key}`);
  return column;
}

/** Suki's own bookkeeping columns: the ID and the stamps. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'archivedAt']);

/**
 * Whether Suki computes `column` from the other tables (a forecast, a class): a report run rewrites
 * it, so losing it loses nothing anyone typed.
 */
export function isComputedColumn(column: ColumnSpec): boolean {
  return column.writtenBy === 'suki' && !BOOKKEEPING.has(column.key);
}

/**
 * Whether a table may be read and written while its sheet lacks `column`: a computed one, or one a
 * later version added (until set-up adds it).
 */
export function mayBeMissing(column: ColumnSpec): boolean {
  return isComputedColumn(column) || column.addedLater === true;
}

/** Columns a person may fill through a form. */
export function personColumns(table: TableSpec): ColumnSpec[] {
  return table.columns.filter((c) => (c.writtenBy ?? 'person') === 'person');
}

/** The catalog key of a choice's label. */
export function choiceLabelKey(column: ColumnSpec, choice: string): MessageKey {
  return `${column.choiceLabelPrefix}.${choice}` as MessageKey;
}
