/**
 * What the client card reads of one client, and nothing more: its Clients row and its rows in the
 * tables that point at it, each found by Sheets (TextFinder on the ID or client column) and then
 * read row by row, so the card costs the same at 1,000 and 50,000 clients. Figures that need the
 * whole book (the ABC class, the reliability forecast) come from the Clients row's computed
 * columns, which every report writes; the audit log says when they were last written.
 */

import { asOfDay, type Day } from '../core/analysis/days';
import type { AnalysisTables } from '../core/analysis/inputs';
import { isoDateInZone } from '../core/dates';
import { CLIENTS_TABLE, isArchived } from '../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../core/tables/peopleTable';
import { PLANS_TABLE } from '../core/tables/planTable';
import type { TableRecord, TableSpec } from '../core/tables/tableSpec';
import { AUDIT_LOG_TABLE } from '../core/tables/teamTables';
import {
  CLAIMS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../core/tables/workTables';
import type { TableStore } from '../gas/tableStore';
import { unlessMissing } from './analysisRun';

/** One client's rows, as the analyses read tables (archived rows left out). */
interface ClientRows {
  /** The client's own row, as read (its computed columns included). */
  readonly client: TableRecord;
  /** The tables the card's analyses read, holding this client's rows only. */
  readonly tables: AnalysisTables;
}

/**
 * The client `id`'s row and its rows in the orders, claims, contact plan, deals, obligations,
 * people and plans, or null when no current client has that ID. A search per table, then the rows
 * found (see TableReader.recordsHolding): nothing grows with the tables, only with this client's rows.
 */
export function readClientRows(store: TableStore, id: string): ClientRows | null {
  const found = store.findById(CLIENTS_TABLE, id);
  if (!found || isArchived(found.record)) return null;
  const clientId = String(found.record.id ?? '').trim();
  const of = (table: TableSpec) =>
    store.recordsHolding(table, 'clientId', clientId).filter((record) => !isArchived(record));
  return {
    client: found.record,
    tables: {
      clients: [found.record],
      orders: of(ORDERS_TABLE),
      claims: of(CLAIMS_TABLE),
      contacts: of(CONTACT_PLAN_TABLE),
      deals: of(DEALS_TABLE),
      obligations: of(OBLIGATIONS_TABLE),
      people: unlessMissing(() => of(PEOPLE_TABLE)),
      plans: unlessMissing(() => of(PLANS_TABLE)),
    },
  };
}

/** When the Clients table's computed columns were last written, and whether they may be out of date. */
export interface ComputedFigures {
  /** The instant (ISO) of the last `computed` entry in the audit log; null when there is none. */
  readonly at: string | null;
  /**
   * True when the figures may not be this client's as of today: never computed, computed on an
   * earlier day (the book moves every day), or the client's row or orders changed since.
   */
  readonly stale: boolean;
}

/**
 * When the computed columns were last written (the newest `computed` entry of the audit log, found
 * by one search) and whether they are stale for this client.
 */
export function computedFigures(store: TableStore, rows: ClientRows, today: Day): ComputedFigures {
  const entry = unlessMissing(() => {
    const last = store.lastRecordHolding(AUDIT_LOG_TABLE, 'action', 'computed');
    return last && last.table === CLIENTS_TABLE.key ? [last] : [];
  })[0];
  const at = typeof entry?.at === 'string' ? entry.at : null;
  if (at === null) return { at, stale: true };
  const changedSince = [rows.client, ...(rows.tables.orders ?? [])].some((record) =>
    [record.createdAt, record.updatedAt].some((stamp) => typeof stamp === 'string' && stamp > at),
  );
  const day = asOfDay(isoDateInZone(new Date(at), store.timeZone));
  return { at, stale: changedSince || day < today };
}
