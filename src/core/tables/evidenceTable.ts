import { STAMP_COLUMNS } from './clientsTable';
import type { ColumnSpec, TableSpec } from './tableSpec';
import { CLIENT_REF, ID, OWNER } from './workTables';

/**
 * What a manager can learn about a buyer before (or besides) its own payments with us: a trade
 * reference from another supplier, a registry check of its registration or tax number, a credit
 * bureau's report.
 */
export const EVIDENCE_KINDS = ['tradeReference', 'registration', 'creditCheck'] as const;
/** Good: paid on time elsewhere, found and in good standing, a sound report. Bad: the opposite. */
export const EVIDENCE_OUTCOMES = ['good', 'bad'] as const;

export const EVIDENCE_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'checkedDate', type: 'date', label: 'col.evidence.checkedDate', required: true },
  {
    key: 'kind',
    type: 'choice',
    label: 'col.evidence.kind',
    required: true,
    choices: EVIDENCE_KINDS,
    choiceLabelPrefix: 'choice.evidenceKind',
  },
  {
    key: 'outcome',
    type: 'choice',
    label: 'col.evidence.outcome',
    required: true,
    choices: EVIDENCE_OUTCOMES,
    choiceLabelPrefix: 'choice.evidenceOutcome',
  },
  { key: 'source', type: 'text', label: 'col.evidence.source', required: true, maxLength: 200 },
  { key: 'details', type: 'longText', label: 'col.evidence.details' },
  OWNER,
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** Credit checks: the evidence on a buyer's reliability a manager records, with its date and source. */
export const EVIDENCE_TABLE: TableSpec = {
  key: 'evidence',
  sheetLabel: 'sheet.evidence',
  idPrefix: 'E',
  columns: EVIDENCE_COLUMNS,
  duplicateKeys: [['clientId', 'checkedDate', 'kind', 'source']],
};
