import { STAMP_COLUMNS } from './clientsTable';
import type { ColumnSpec, TableSpec } from './tableSpec';
import { CONTACT_CHANNELS, ID } from './workTables';

/**
 * What ends a scheme for a client from a step on: the client was reached by a contact of the
 * scheme, a deal of theirs was won or lost since the scheme started, or a claim of theirs is open.
 */
export const SCHEME_STOPS = ['reached', 'dealWon', 'dealLost', 'openClaim'] as const;

const SCHEME_COLUMNS = [
  ID,
  { key: 'scheme', type: 'text', label: 'col.scheme.name', required: true, maxLength: 100 },
  { key: 'step', type: 'integer', label: 'col.contact.step', required: true, min: 1, max: 100 },
  { key: 'dayOffset', type: 'integer', label: 'col.scheme.dayOffset', required: true, min: 0, max: 3650 },
  {
    key: 'channel',
    type: 'choice',
    label: 'col.channel',
    required: true,
    choices: CONTACT_CHANNELS,
    choiceLabelPrefix: 'choice.channel',
  },
  { key: 'purpose', type: 'text', label: 'col.contact.purpose', maxLength: 200 },
  { key: 'note', type: 'longText', label: 'col.notes' },
  {
    key: 'stopWhen',
    type: 'choice',
    label: 'col.scheme.stopWhen',
    choices: SCHEME_STOPS,
    choiceLabelPrefix: 'choice.schemeStop',
  },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/**
 * Interaction schemes: one row per step (the scheme's name, the step's number, its day offset from
 * the start, channel, purpose, note and what stops it). Applying a scheme to clients writes their
 * contact-plan rows, each carrying the scheme's name, the step and the day the scheme started.
 */
export const SCHEMES_TABLE: TableSpec = {
  key: 'schemes',
  sheetLabel: 'sheet.schemes',
  idPrefix: 'S',
  columns: SCHEME_COLUMNS,
  duplicateKeys: [['scheme', 'step']],
};
