/**
 * What the client card reads of one client, and nothing more: its Clients row and its rows in the
 * tables that point at it, each found by Sheets (TextFinder on the ID or client column) and then
 * read row by row, so the card costs the same at 1,000 and 50,000 clients. Figures that need the
 * whole book (the ABC class, the reliability forecast) come from the Clients row's computed
 * columns, which the reports computing them write (analysisRun.ts `computedWrites`); the audit log
 * says when each was last written.
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
  /**
   * The instant (ISO) the card's figures were computed: the older of the last `computed` entries
   * naming the forecast and the ABC class; null when either was never computed.
   */
  readonly at: string | null;
  /**
   * True when the figures may not be this client's as of today: never computed, computed on an
   * earlier day (the book moves every day), or the client's row or orders changed since.
   */
  readonly stale: boolean;
}

/** The columns the card shows from the Clients row, each written by its own report (or the dashboard). */
const CARD_COMPUTED_COLUMNS = ['lateChance', 'abcClass'] as const;

/**
 * The instant of the newest `computed` entry of the Clients table naming `column` (one search of the
 * audit log's Field column, then the newest matches read), or null.
 */
function lastComputedAt(store: TableStore, column: string): string | null {
  const entry = unlessMissing(() => {
    const found = store.lastRecordWhere(
      AUDIT_LOG_TABLE,
      'field',
      { pattern: column, matchCase: true, literal: true },
      (record) =>
        record.action === 'computed' &&
        record.table === CLIENTS_TABLE.key &&
        String(record.field ?? '')
          .split(',')
          .some((part) => part.trim() === column),
    );
    return found ? [found] : [];
  })[0];
  return typeof entry?.at === 'string' ? entry.at : null;
}

/**
 * When the card's computed columns were last written (the newest `computed` entries naming them,
 * found by search) and whether they are stale for this client.
 */
export function computedFigures(store: TableStore, rows: ClientRows, today: Day): ComputedFigures {
  const times = CARD_COMPUTED_COLUMNS.map((column) => lastComputedAt(store, column));
  if (times.some((time) => time === null)) return { at: null, stale: true };
  // ISO instants in UTC: the earliest sorts first.
  const at = [...(times as string[])].sort()[0] as string;
  const changedSince = [rows.client, ...(rows.tables.orders ?? [])].some((record) =>
    [record.createdAt, record.updatedAt].some((stamp) => typeof stamp === 'string' && stamp > at),
  );
  const day = asOfDay(isoDateInZone(new Date(at), store.timeZone));
  return { at, stale: changedSince || day < today };
}
