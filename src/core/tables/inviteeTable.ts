import { STAMP_COLUMNS } from './clientsTable';
import type { ColumnSpec, TableSpec } from './tableSpec';
import { CLIENT_REF, CONTACT_CHANNELS, ID } from './workTables';

/** Where an invitee of a presentation, show or exhibition stands, from the invitation to the day. */
export const INVITEE_STATUSES = ['invited', 'registered', 'attended', 'noShow'] as const;

const INVITEE_COLUMNS = [
  ID,
  { key: 'campaignId', type: 'ref', refTable: 'campaigns', label: 'col.invitee.campaign', required: true },
  CLIENT_REF,
  // The person invited at the client (the People table); blank when the client has no one recorded.
  { key: 'personId', type: 'ref', refTable: 'people', label: 'col.invitee.person' },
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: INVITEE_STATUSES,
    choiceLabelPrefix: 'choice.inviteeStatus',
    defaultValue: 'invited',
  },
  // How the invitation went out: the event's own channel (in person, by phone) or fax.
  {
    key: 'channel',
    type: 'choice',
    label: 'col.channel',
    choices: CONTACT_CHANNELS,
    choiceLabelPrefix: 'choice.channel',
  },
  // The invitation's contact-plan row: done when the invitee attended, missed for a no-show.
  { key: 'contactId', type: 'text', label: 'col.invitee.contact', writtenBy: 'suki' },
  { key: 'notes', type: 'longText', label: 'col.notes' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/**
 * The invitees of a campaign (a presentation, show, exhibition, or a fax campaign's recipients): one
 * row per person invited (or per client, when it has no one recorded), with their standing, the
 * invitation's channel and its contact-plan row. A lead met at the event is added as attended.
 */
export const INVITEES_TABLE: TableSpec = {
  key: 'invitees',
  sheetLabel: 'sheet.invitees',
  idPrefix: 'V',
  columns: INVITEE_COLUMNS,
  duplicateKeys: [
    ['campaignId', 'personId'],
    ['campaignId', 'clientId'],
  ],
  duplicateByFirstKey: true,
};
