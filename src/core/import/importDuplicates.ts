/**
 * Likely duplicates in an import: rows that match a record already in the table, or an earlier row
 * of the same import. Clients match by e-mail, tax number or name (tables/duplicates.ts); other
 * tables by the column sets their spec declares (TableSpec.duplicateKeys).
 */

import { CLIENTS_TABLE, isArchived } from '../tables/clientsTable';
import { ClientIndex, normalizeName } from '../tables/duplicates';
import { type ColumnSpec, columnOf, type TableRecord, type TableSpec } from '../tables/tableSpec';

/** A record an imported row seems to repeat, and by which rule (a set of column keys). */
export interface ImportDuplicate {
  readonly id: string;
  readonly name: string;
  readonly rule: readonly string[];
}

function keyText(column: ColumnSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).trim();
  if (column.type === 'text' || column.type === 'longText') return normalizeName(text);
  if (column.type === 'email' || column.type === 'ref' || column.type === 'id') return text.toLowerCase();
  return text;
}

/** Finds an imported row's likely duplicates in a few map look-ups, whatever the table's size. */
export class DuplicateFinder {
  private readonly clients: ClientIndex | null;
  private readonly byFirstKey: boolean;
  private readonly maps: { rule: readonly string[]; columns: ColumnSpec[]; ids: Map<string, string[]> }[];

  /** `existing`: the table's records with their ID, archive stamp and the columns of its rules. */
  constructor(table: TableSpec, existing: readonly TableRecord[]) {
    const current = existing.filter((record) => !isArchived(record));
    this.clients = table === CLIENTS_TABLE ? new ClientIndex() : null;
    this.byFirstKey = table.duplicateByFirstKey === true;
    this.maps = (table.duplicateKeys ?? []).map((rule) => ({
      rule,
      columns: rule.map((key) => columnOf(table, key)),
      ids: new Map(),
    }));
    for (const record of current) this.add(record, String(record.id ?? ''));
  }

  private keyOf(columns: readonly ColumnSpec[], record: TableRecord): string | null {
    const parts = columns.map((column) => keyText(column, record[column.key]));
    // A rule counts only when every one of its columns holds something.
    return parts.some((part) => part === '') ? null : parts.join('\u0001');
  }

  /** Remembers a record (an earlier row of the import, under a name such as "line 12"). */
  add(record: TableRecord, id: string): void {
    if (this.clients) {
      this.clients.add({ ...record, id });
      return;
    }
    for (const { columns, ids } of this.maps) {
      const key = this.keyOf(columns, record);
      if (key === null) continue;
      const list = ids.get(key);
      if (list) list.push(id);
      else ids.set(key, [id]);
    }
  }

  /** The records `record` seems to repeat (at most `limit`). */
  find(record: TableRecord, limit = 3): ImportDuplicate[] {
    if (this.clients) {
      return this.clients
        .find(record, limit)
        .map((match) => ({ id: match.id, name: match.name, rule: [match.reason] }));
    }
    const found: ImportDuplicate[] = [];
    for (const { rule, columns, ids } of this.maps) {
      const key = this.keyOf(columns, record);
      if (key === null) continue;
      for (const id of ids.get(key) ?? []) {
        if (found.length < limit && !found.some((match) => match.id === id))
          found.push({ id, name: '', rule });
      }
      // With duplicateByFirstKey the first rule the row fills decides alone (an invoice number).
      if (this.byFirstKey) break;
    }
    return found;
  }

  /** The columns the table's rules read, so the existing records are read with those alone. */
  static columnsFor(table: TableSpec): string[] {
    const rules = table === CLIENTS_TABLE ? [['name', 'email', 'taxNumber']] : (table.duplicateKeys ?? []);
    return [...new Set(['id', 'archivedAt', ...rules.flat()])];
  }
}
