import type { ColumnSpec, TableSpec } from './tableSpec';

/** What happened to one recipient of a campaign's e-mail. */
const SEND_STATUSES = ['queued', 'sent', 'failed', 'skipped', 'unknown', 'requeued'] as const;

/** Why a recipient was skipped, failed, or is in doubt. */
const SEND_REASONS = [
  'optedOut',
  'left',
  'noEmail',
  'invalidEmail',
  'sameAddress',
  'alreadySent',
  'notYours',
  'gone',
  'addressChanged',
  'tooLarge',
  'sendError',
  'interrupted',
] as const;

const SEND_LOG_COLUMNS = [
  { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' },
  { key: 'at', type: 'datetime', label: 'col.audit.at', writtenBy: 'suki' },
  { key: 'campaignId', type: 'text', label: 'col.sendLog.campaign', writtenBy: 'suki' },
  // One start of the campaign's sending, and the block of messages a row was written with.
  { key: 'runId', type: 'text', label: 'col.sendLog.run', writtenBy: 'suki' },
  { key: 'batch', type: 'text', label: 'col.sendLog.batch', writtenBy: 'suki' },
  { key: 'email', type: 'email', label: 'col.client.email', writtenBy: 'suki' },
  { key: 'name', type: 'text', label: 'col.person.name', writtenBy: 'suki' },
  { key: 'personId', type: 'text', label: 'col.sendLog.person', writtenBy: 'suki' },
  { key: 'clientId', type: 'text', label: 'col.clientRef', writtenBy: 'suki' },
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: SEND_STATUSES,
    choiceLabelPrefix: 'choice.sendStatus',
    writtenBy: 'suki',
  },
  {
    key: 'reason',
    type: 'choice',
    label: 'col.sendLog.reason',
    choices: SEND_REASONS,
    choiceLabelPrefix: 'choice.sendReason',
    writtenBy: 'suki',
  },
  { key: 'detail', type: 'text', label: 'col.sendLog.detail', writtenBy: 'suki' },
  { key: 'subject', type: 'text', label: 'col.sendLog.subject', writtenBy: 'suki' },
  { key: 'by', type: 'email', label: 'col.sendLog.by', writtenBy: 'suki' },
] as const satisfies readonly ColumnSpec[];

/**
 * The send log of campaign e-mail: one row per recipient when a send starts (queued, or skipped
 * with the reason), then one per outcome (sent, failed, skipped, unknown), appended in blocks and
 * never changed. A recipient's latest row says where they stand, so a send that stopped resumes
 * from the log without mailing anyone twice (core/outreach/mailProgress.ts).
 */
export const SEND_LOG_TABLE: TableSpec = {
  key: 'sendLog',
  sheetLabel: 'sheet.sendLog',
  idPrefix: 'Q',
  appendOnly: true,
  columns: SEND_LOG_COLUMNS,
};
