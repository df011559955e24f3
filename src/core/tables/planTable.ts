import { STAMP_COLUMNS } from './clientsTable';
import type { ColumnSpec, TableSpec } from './tableSpec';
import { CLIENT_REF, ID, OWNER } from './workTables';

/** Where a relationship plan stands. */
const PLAN_STATUSES = ['active', 'done', 'dropped'] as const;

export const PLAN_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'objective', type: 'longText', label: 'col.plan.objective', required: true },
  { key: 'periodEnd', type: 'date', label: 'col.plan.periodEnd' },
  // The people the plan depends on, by their IDs in the People table ("N-000001, N-000004").
  { key: 'peopleIds', type: 'text', refTable: 'people', label: 'col.plan.people', maxLength: 300 },
  { key: 'reviewDate', type: 'date', label: 'col.plan.reviewDate' },
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: PLAN_STATUSES,
    choiceLabelPrefix: 'choice.planStatus',
    defaultValue: 'active',
  },
  OWNER,
  { key: 'notes', type: 'longText', label: 'col.notes' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/**
 * A relationship plan per client: the objective for the coming period, the people it depends on and
 * a review date. Its actions are the client's planned contacts; its opportunities and risks (deals,
 * open claims, overdue obligations, the forecast) are read from their own tables where they live.
 */
export const PLANS_TABLE: TableSpec = {
  key: 'plans',
  sheetLabel: 'sheet.plans',
  idPrefix: 'G',
  columns: PLAN_COLUMNS,
  duplicateKeys: [['clientId', 'objective']],
};
