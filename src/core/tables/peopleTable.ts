import { STAMP_COLUMNS } from './clientsTable';
import type { ColumnSpec, TableSpec } from './tableSpec';
import { CLIENT_REF, ID, OWNER } from './workTables';

/** A person's part in the client's buying decision. */
const BUYING_ROLES = ['decisionMaker', 'influencer', 'user', 'gatekeeper', 'other'] as const;
/** How a person prefers to be reached. */
const PREFERRED_CHANNELS = ['email', 'call', 'meeting', 'fax', 'letter'] as const;
/** The language a person is written to in. */
const PERSON_LANGUAGES = ['en', 'fil'] as const;
/** Yes or no, for flags a person sets (no boolean cell type: choices read the same in every sheet). */
const YES_NO = ['yes', 'no'] as const;
/** Whether a person still works at the client (a key person who left stays, marked). */
const PERSON_STATUSES = ['active', 'left'] as const;

export const PEOPLE_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'name', type: 'text', label: 'col.person.name', required: true, maxLength: 200 },
  { key: 'position', type: 'text', label: 'col.person.position', maxLength: 200 },
  {
    key: 'buyingRole',
    type: 'choice',
    label: 'col.person.buyingRole',
    choices: BUYING_ROLES,
    choiceLabelPrefix: 'choice.buyingRole',
    defaultValue: 'other',
  },
  { key: 'email', type: 'email', label: 'col.client.email' },
  { key: 'phone', type: 'phone', label: 'col.client.phone' },
  {
    key: 'preferredChannel',
    type: 'choice',
    label: 'col.person.preferredChannel',
    choices: PREFERRED_CHANNELS,
    choiceLabelPrefix: 'choice.channel',
  },
  {
    key: 'language',
    type: 'choice',
    label: 'col.person.language',
    choices: PERSON_LANGUAGES,
    choiceLabelPrefix: 'choice.personLanguage',
  },
  // The one opt-out of mail in the workbook: once yes, an edit cannot make it no (peopleRules.ts).
  {
    key: 'optedOut',
    type: 'choice',
    label: 'col.person.optedOut',
    choices: YES_NO,
    choiceLabelPrefix: 'choice.yesNo',
    defaultValue: 'no',
  },
  // The client's primary person: the one its contact person, e-mail and phone stood for.
  {
    key: 'primary',
    type: 'choice',
    label: 'col.person.primary',
    choices: YES_NO,
    choiceLabelPrefix: 'choice.yesNo',
    defaultValue: 'no',
  },
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: PERSON_STATUSES,
    choiceLabelPrefix: 'choice.personStatus',
    defaultValue: 'active',
  },
  // Kept by Suki from the contact plan: the day a done contact last reached this person.
  { key: 'lastContacted', type: 'date', label: 'col.person.lastContacted', writtenBy: 'suki' },
  OWNER,
  { key: 'notes', type: 'longText', label: 'col.notes' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/**
 * The people at each client: who decides, who influences, who uses, who guards the door. Campaigns
 * and contact schemes reach people, not companies; a relationship is with several of them.
 */
export const PEOPLE_TABLE: TableSpec = {
  key: 'people',
  sheetLabel: 'sheet.people',
  idPrefix: 'N',
  columns: PEOPLE_COLUMNS,
  duplicateKeys: [
    ['clientId', 'email'],
    ['clientId', 'name'],
  ],
};
