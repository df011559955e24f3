import { STAMP_COLUMNS } from './clientsTable';
import type { TableSpec } from './tableSpec';

const TEAM_ROLES = ['head', 'manager'] as const;
const TEAM_STATUSES = ['active', 'dismissed'] as const;
const ABSENCE_REASONS = ['illness', 'vacation', 'other'] as const;

/**
 * Who works in Suki: heads and managers. Only a head appoints and dismisses; a dismissal goes
 * through "Dismiss a team member…", which moves the person's work first, so the status is Suki's.
 */
export const TEAM_TABLE: TableSpec = {
  key: 'team',
  sheetLabel: 'sheet.team',
  idPrefix: 'T',
  writableBy: 'head',
  columns: [
    { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' },
    { key: 'email', type: 'email', label: 'col.client.email', required: true },
    { key: 'name', type: 'text', label: 'col.client.name', required: true, maxLength: 200 },
    {
      key: 'role',
      type: 'choice',
      label: 'col.team.role',
      required: true,
      choices: TEAM_ROLES,
      choiceLabelPrefix: 'choice.role',
    },
    {
      key: 'status',
      type: 'choice',
      label: 'col.status',
      choices: TEAM_STATUSES,
      choiceLabelPrefix: 'choice.teamStatus',
      defaultValue: 'active',
      writtenBy: 'suki',
    },
    { key: 'appointedBy', type: 'email', label: 'col.team.appointedBy', writtenBy: 'suki' },
    { key: 'appointedAt', type: 'datetime', label: 'col.team.appointedAt', writtenBy: 'suki' },
    { key: 'dismissedAt', type: 'datetime', label: 'col.team.dismissedAt', writtenBy: 'suki' },
    ...STAMP_COLUMNS,
  ],
};

/**
 * A manager's absence and the deputy who holds their rights from the first day to the last, in the
 * spreadsheet's time zone. The owner of the manager's work never changes: cover starts and ends by
 * the dates alone. Archiving an absence cancels it; the rows are the deputies' history.
 */
export const ABSENCES_TABLE: TableSpec = {
  key: 'absences',
  sheetLabel: 'sheet.absences',
  idPrefix: 'A',
  writableBy: 'head',
  columns: [
    { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' },
    { key: 'manager', type: 'email', label: 'col.absence.manager', required: true },
    { key: 'from', type: 'date', label: 'col.absence.from', required: true },
    { key: 'to', type: 'date', label: 'col.absence.to', required: true },
    {
      key: 'reason',
      type: 'choice',
      label: 'col.absence.reason',
      required: true,
      choices: ABSENCE_REASONS,
      choiceLabelPrefix: 'choice.absenceReason',
    },
    { key: 'deputy', type: 'email', label: 'col.absence.deputy', required: true },
    { key: 'notes', type: 'longText', label: 'col.notes' },
    ...STAMP_COLUMNS,
  ],
};

/** Every change Suki makes, field by field. Written only by Suki, never edited. */
export const AUDIT_LOG_TABLE: TableSpec = {
  key: 'audit',
  sheetLabel: 'sheet.audit',
  idPrefix: 'L',
  appendOnly: true,
  columns: [
    { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' },
    { key: 'at', type: 'datetime', label: 'col.audit.at', writtenBy: 'suki' },
    { key: 'who', type: 'email', label: 'col.audit.who', writtenBy: 'suki' },
    // Blank when people act for themselves: "deputy for …", "unverified", or the trigger that wrote.
    { key: 'capacity', type: 'text', label: 'col.audit.capacity', writtenBy: 'suki' },
    { key: 'action', type: 'text', label: 'col.audit.action', writtenBy: 'suki' },
    { key: 'table', type: 'text', label: 'col.audit.table', writtenBy: 'suki' },
    { key: 'recordId', type: 'text', label: 'col.audit.recordId', writtenBy: 'suki' },
    { key: 'field', type: 'text', label: 'col.audit.field', writtenBy: 'suki' },
    { key: 'before', type: 'longText', label: 'col.audit.before', writtenBy: 'suki', maxLength: 50_000 },
    { key: 'after', type: 'longText', label: 'col.audit.after', writtenBy: 'suki', maxLength: 50_000 },
  ],
};
