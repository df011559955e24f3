import type { ColumnSpec, TableRecord, TableSpec } from './tableSpec';

/**
 * Columns every work table ends with: who made and last changed a row, and when; and when it was
 * archived. Suki never deletes what people typed: archiving marks a row, which reports and pickers
 * then leave out.
 */
export const STAMP_COLUMNS = [
  { key: 'createdAt', type: 'datetime', label: 'col.createdAt', writtenBy: 'suki' },
  { key: 'createdBy', type: 'email', label: 'col.createdBy', writtenBy: 'suki' },
  { key: 'updatedAt', type: 'datetime', label: 'col.updatedAt', writtenBy: 'suki' },
  { key: 'updatedBy', type: 'email', label: 'col.updatedBy', writtenBy: 'suki' },
  { key: 'archivedAt', type: 'datetime', label: 'col.archivedAt', writtenBy: 'suki' },
] as const satisfies readonly ColumnSpec[];

/** True for a record someone archived. */
export function isArchived(record: TableRecord): boolean {
  return record.archivedAt !== null && record.archivedAt !== undefined && record.archivedAt !== '';
}

export const CLIENT_STATUSES = ['prospect', 'active', 'dormant', 'lost'] as const;
export const CLIENT_TIERS = ['key', 'large', 'medium', 'small'] as const;
/** Bands of the late-payment chance: low, medium or high, by the settings' thresholds. */
export const RELIABILITY_BANDS = ['low', 'medium', 'high'] as const;
export const LEAD_SOURCES = [
  'referral',
  'website',
  'email',
  'call',
  'exhibition',
  'show',
  'presentation',
  'partner',
  'other',
] as const;

/**
 * The Clients table's columns, kept literal (`as const`) so the analyses' typed rows are derived
 * from them (src/core/analysis/rows.ts).
 */
export const CLIENT_COLUMNS = [
  { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' },
  { key: 'name', type: 'text', label: 'col.client.name', required: true, maxLength: 200 },
  {
    key: 'status',
    type: 'choice',
    label: 'col.client.status',
    choices: CLIENT_STATUSES,
    choiceLabelPrefix: 'choice.status',
    defaultValue: 'prospect',
  },
  { key: 'segment', type: 'text', label: 'col.client.segment', maxLength: 100 },
  { key: 'industry', type: 'text', label: 'col.client.industry', maxLength: 100 },
  {
    key: 'tier',
    type: 'choice',
    label: 'col.client.tier',
    choices: CLIENT_TIERS,
    choiceLabelPrefix: 'choice.tier',
  },
  { key: 'needs', type: 'longText', label: 'col.client.needs' },
  { key: 'region', type: 'text', label: 'col.client.region', maxLength: 100 },
  {
    key: 'leadSource',
    type: 'choice',
    label: 'col.client.leadSource',
    choices: LEAD_SOURCES,
    choiceLabelPrefix: 'choice.leadSource',
  },
  // The campaign (a presentation, show or exhibition) the client was met at: it takes the lead for sure.
  { key: 'campaignId', type: 'ref', refTable: 'campaigns', label: 'col.client.campaign', addedLater: true },
  { key: 'owner', type: 'email', label: 'col.owner' },
  { key: 'contactPerson', type: 'text', label: 'col.client.contactPerson', maxLength: 200 },
  { key: 'email', type: 'email', label: 'col.client.email' },
  { key: 'phone', type: 'phone', label: 'col.client.phone' },
  { key: 'fax', type: 'phone', label: 'col.client.fax' },
  { key: 'website', type: 'url', label: 'col.client.website' },
  { key: 'taxNumber', type: 'text', label: 'col.client.taxNumber', maxLength: 40 },
  { key: 'yearFounded', type: 'integer', label: 'col.client.yearFounded', min: 1800, max: 2100 },
  { key: 'creditLimit', type: 'currency', label: 'col.client.creditLimit', min: 0 },
  { key: 'paymentTermsDays', type: 'integer', label: 'col.client.paymentTermsDays', min: 0, max: 365 },
  { key: 'competitors', type: 'text', label: 'col.client.competitors', maxLength: 500 },
  { key: 'goal', type: 'text', label: 'col.client.goal', maxLength: 500 },
  { key: 'nextStep', type: 'text', label: 'col.client.nextStep', maxLength: 500 },
  { key: 'nextContactDate', type: 'date', label: 'col.client.nextContactDate' },
  // The reliability forecast (src/core/analysis/reliability.ts): the chance in percent that the
  // client pays its next invoice late, and that chance's band, for sorting and filtering.
  { key: 'lateChance', type: 'integer', label: 'col.client.lateChance', writtenBy: 'suki', min: 0, max: 100 },
  {
    key: 'reliabilityBand',
    type: 'choice',
    label: 'col.client.reliabilityBand',
    writtenBy: 'suki',
    choices: RELIABILITY_BANDS,
    choiceLabelPrefix: 'choice.reliabilityBand',
  },
  { key: 'abcClass', type: 'text', label: 'col.client.abcClass', writtenBy: 'suki' },
  { key: 'xyzClass', type: 'text', label: 'col.client.xyzClass', writtenBy: 'suki' },
  { key: 'notes', type: 'longText', label: 'col.notes' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** The client database: one row per client, the centre every other table points to. */
export const CLIENTS_TABLE: TableSpec = {
  key: 'clients',
  sheetLabel: 'sheet.clients',
  idPrefix: 'C',
  columns: CLIENT_COLUMNS,
  // The weighted reliability score, before the forecast (lateChance, reliabilityBand) replaced it.
  retiredColumns: ['reliability'],
};
