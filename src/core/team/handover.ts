/**
 * What a dismissal hands over: every client of the person, and their open work. Closed work (a
 * contact made, a claim resolved, a deal won or lost) keeps its owner: it is the record of what the
 * person did. The statuses are the tables' own (src/core/tables/workTables.ts); a blank status reads
 * as open, as the analyses read it (src/core/analysis/definitions.ts).
 */
import type { TableRecord, TableSpec } from '../tables/tableSpec';
import { emailKey } from './members';

const CLOSED: Readonly<Record<string, { readonly column: string; readonly values: readonly string[] }>> = {
  contacts: { column: 'status', values: ['done', 'missed', 'cancelled'] },
  claims: { column: 'status', values: ['resolved', 'rejected'] },
  deals: { column: 'stage', values: ['won', 'lost'] },
  obligations: { column: 'status', values: ['done', 'waived'] },
  campaigns: { column: 'status', values: ['done', 'cancelled'] },
};

/**
 * Whether a record of `table` is still open work (every client is).
 * @forTests The dismissal test tells open from closed work by it.
 */
export function isOpenWork(table: TableSpec, record: TableRecord): boolean {
  const closed = CLOSED[table.key];
  if (!closed) return true;
  if (table.key === 'claims' && record.resolvedDate) return false;
  return !closed.values.includes(String(record[closed.column] ?? ''));
}

/** Whether a dismissal of `email` hands `record` of `table` over. */
export function isHandedOver(table: TableSpec, record: TableRecord, email: string): boolean {
  return emailKey(record.owner) === emailKey(email) && isOpenWork(table, record);
}
