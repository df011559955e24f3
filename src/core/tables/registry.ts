import { CLIENTS_TABLE } from './clientsTable';
import { EVIDENCE_TABLE } from './evidenceTable';
import { INVITEES_TABLE } from './inviteeTable';
import { KPI_HISTORY_TABLE } from './kpiHistoryTable';
import { PEOPLE_TABLE } from './peopleTable';
import { PLANS_TABLE } from './planTable';
import { SCHEMES_TABLE } from './schemeTable';
import { SEND_LOG_TABLE } from './sendLogTable';
import type { TableSpec } from './tableSpec';
import { ABSENCES_TABLE, AUDIT_LOG_TABLE, TEAM_TABLE } from './teamTables';
import {
  CAMPAIGNS_TABLE,
  CLAIMS_TABLE,
  COMPETITORS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from './workTables';

/** Every table "Set up workbook" creates, in sheet order. */
export const ALL_TABLES: readonly TableSpec[] = [
  CLIENTS_TABLE,
  PEOPLE_TABLE,
  PLANS_TABLE,
  CONTACT_PLAN_TABLE,
  SCHEMES_TABLE,
  CLAIMS_TABLE,
  DEALS_TABLE,
  ORDERS_TABLE,
  OBLIGATIONS_TABLE,
  EVIDENCE_TABLE,
  COMPETITORS_TABLE,
  CAMPAIGNS_TABLE,
  INVITEES_TABLE,
  TEAM_TABLE,
  ABSENCES_TABLE,
  AUDIT_LOG_TABLE,
  SEND_LOG_TABLE,
  KPI_HISTORY_TABLE,
];

/** The table with `key`, or undefined. */
export function tableByKey(key: string): TableSpec | undefined {
  return ALL_TABLES.find((table) => table.key === key);
}

/**
 * The tables a person fills and may import into, in sheet order: every table but the head's own
 * (the team, absences) and the audit log.
 */
export const IMPORTABLE_TABLES: readonly TableSpec[] = ALL_TABLES.filter(
  (table) => !table.appendOnly && table.writableBy !== 'head',
);

/** The importable table with `key`, or undefined (for any other value). */
export function importableTable(key: unknown): TableSpec | undefined {
  return IMPORTABLE_TABLES.find((table) => table.key === key);
}
