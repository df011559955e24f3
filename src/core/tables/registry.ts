import { CLIENTS_TABLE } from './clientsTable';
import type { TableSpec } from './tableSpec';

/** Every table "Set up workbook" creates, in sheet order. */
export const ALL_TABLES: readonly TableSpec[] = [CLIENTS_TABLE];

/** The table with `key`, or undefined. */
export function tableByKey(key: string): TableSpec | undefined {
  return ALL_TABLES.find((table) => table.key === key);
}
