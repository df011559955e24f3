/**
 * The typed rows the analyses, reports, the dashboard and the client card work on: one declaration per
 * table naming each field and the column it comes from. How each cell is read, and each field's type,
 * come from the column's spec in src/core/tables (see `tableRows.ts`). Dates are day numbers (see
 * `days.ts`); blanks and unreadable cells are null. `parseTables` (inputs.ts) reads every table once;
 * `lazyTables` each table on first use, through a source that may fetch only each reader's `columns`.
 */
import { CLIENT_COLUMNS, LEAD_SOURCES } from '../tables/clientsTable';
import { EVIDENCE_COLUMNS } from '../tables/evidenceTable';
import { PEOPLE_COLUMNS } from '../tables/peopleTable';
import { PLAN_COLUMNS } from '../tables/planTable';
import {
  type CAMPAIGN_CHANNELS,
  CAMPAIGN_COLUMNS,
  type CLAIM_CATEGORIES,
  CLAIM_COLUMNS,
  COMPETITOR_COLUMNS,
  CONTACT_COLUMNS,
  DEAL_COLUMNS,
  type DEAL_STAGES,
  OBLIGATION_COLUMNS,
  ORDER_COLUMNS,
} from '../tables/workTables';
import { type Day, dayToIso, monthIndexOfIso } from './days';
import { type RowReader, rowReader, sameNames } from './tableRows';

export type LeadSource = (typeof LEAD_SOURCES)[number];
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];
export type DealStage = (typeof DEAL_STAGES)[number];
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

type RowOfReader<R> = R extends RowReader<infer Row> ? Row : never;

/**
 * Clients: a row without an ID is skipped (nothing else can point at it), and so is a second row with
 * an ID already seen (logged as `duplicateId`), so each client is counted once. `competitors` holds
 * competitors' names as typed (a comma- or semicolon-separated list). Every field an analysis or a
 * report reads is declared here (`industry` for the relationships' peers, `campaignId` for the lead
 * sources), since the analyses' read of the sheet fetches only the declared columns
 * (`CLIENT_ROWS.columns`). A client row also carries every other column of the table, under its key,
 * when the record holds it: the client card reads its client's whole row and shows it; in the
 * analyses' read those fields are blank, and nothing there reads them.
 */
export const CLIENT_ROWS = rowReader(
  'clients',
  CLIENT_COLUMNS,
  {
    id: { column: 'id', need: 'key', unique: true },
    ...sameNames(
      'name status segment industry tier region leadSource campaignId owner email phone yearFounded creditLimit paymentTermsDays competitors nextStep',
    ),
    nextContactDay: 'nextContactDate',
    createdDay: 'createdAt',
    updatedDay: 'updatedAt',
  },
  { rest: true },
);

/**
 * Each client's name, for reports that print names beside IDs: the ID and name columns alone, read
 * as CLIENT_ROWS reads them (a row without an ID, or a second row with one seen, left out).
 */
export const CLIENT_NAME_ROWS = rowReader('clients', CLIENT_COLUMNS, {
  id: { column: 'id', need: 'key', unique: true },
  name: 'name',
});

/**
 * Orders; a row needs a client, a date and a numeric amount (negative amounts are credit notes).
 * `month` is year × 12 + month − 1 of the order date.
 */
export const ORDER_ROWS = rowReader('orders', ORDER_COLUMNS, {
  clientId: { column: 'clientId', need: 'required' },
  day: { column: 'orderDate', need: 'required' },
  amount: { column: 'amount', need: 'required' },
  ...sameNames('id'),
  invoiceDueDay: 'invoiceDueDate',
  paidDay: 'paidDate',
  productCategory: { column: 'productCategory', quiet: true },
  month: { derive: (row: { readonly day: Day }) => monthIndexOfIso(dayToIso(row.day)) },
});

/** Claims; a row needs a client and a received date. */
export const CLAIM_ROWS = rowReader('claims', CLAIM_COLUMNS, {
  clientId: { column: 'clientId', need: 'required' },
  receivedDay: { column: 'receivedDate', need: 'required' },
  ...sameNames('id category status owner'),
  slaDueDay: 'slaDueDate',
  resolvedDay: 'resolvedDate',
});

/**
 * Contact-plan rows; a row needs a client. A blank status reads as 'planned', the column default. The
 * channel and purpose are read for the client card only.
 */
export const CONTACT_ROWS = rowReader('contacts', CONTACT_COLUMNS, {
  clientId: { column: 'clientId', need: 'key' },
  plannedDay: 'plannedDate',
  status: { column: 'status', orDefault: true },
  doneDay: 'doneDate',
  ...sameNames('id owner'),
  personId: { column: 'personId', quiet: true },
  outcome: { column: 'outcome', quiet: true },
  channel: { column: 'channel', quiet: true },
  purpose: { column: 'purpose', quiet: true },
});

/**
 * Deals; a row needs a client. A blank stage reads as 'lead', the column default. `competitor` is one
 * name or a comma/semicolon-separated list.
 */
export const DEAL_ROWS = rowReader('deals', DEAL_COLUMNS, {
  clientId: { column: 'clientId', need: 'key' },
  ...sameNames('id title'),
  stage: { column: 'stage', orDefault: true },
  ...sameNames('value competitor lossReason nextStep owner'),
});

/** Obligations; a row needs a client and a due date. A blank status reads as 'pending'. */
export const OBLIGATION_ROWS = rowReader('obligations', OBLIGATION_COLUMNS, {
  clientId: { column: 'clientId', need: 'required' },
  dueDay: { column: 'dueDate', need: 'required' },
  status: { column: 'status', orDefault: true },
  ...sameNames('id obligation'),
  doneDay: 'doneDate',
  owner: 'owner',
});

/** Competitors; a row needs a name (presence and win/loss match on it). */
export const COMPETITOR_ROWS = rowReader('competitors', COMPETITOR_COLUMNS, {
  name: { column: 'name', need: 'key' },
  ...sameNames('id pricingPolicy discounts paymentTerms deliveryTerms servicePrograms strengths weaknesses'),
  lastReviewedDay: 'lastReviewed',
  updatedDay: 'updatedAt',
});

/** Campaigns; every row is kept (cost and date may be blank). A blank status reads as 'planned'. */
export const CAMPAIGN_ROWS = rowReader('campaigns', CAMPAIGN_COLUMNS, {
  ...sameNames('id name channel'),
  day: 'date',
  cost: 'cost',
  status: { column: 'status', orDefault: true },
  owner: 'owner',
});

/** Credit evidence (trade references, registry and credit checks); a row needs a client and a date. */
export const EVIDENCE_ROWS = rowReader('evidence', EVIDENCE_COLUMNS, {
  clientId: { column: 'clientId', need: 'required' },
  checkedDay: { column: 'checkedDate', need: 'required' },
  kind: { column: 'kind', need: 'required' },
  outcome: { column: 'outcome', need: 'required' },
  ...sameNames('id source'),
  createdDay: 'createdAt',
});

/**
 * The people at each client; a row needs a client and a name. Blank choices read as their defaults
 * (active, not opted out, not primary, role other).
 */
export const PEOPLE_ROWS = rowReader('people', PEOPLE_COLUMNS, {
  clientId: { column: 'clientId', need: 'required' },
  name: { column: 'name', need: 'required' },
  ...sameNames('id position email owner preferredChannel'),
  buyingRole: { column: 'buyingRole', orDefault: true },
  status: { column: 'status', orDefault: true },
  optedOut: { column: 'optedOut', orDefault: true },
  primary: { column: 'primary', orDefault: true },
});

/** Relationship plans; a row needs a client and an objective. A blank status reads as active. */
export const PLAN_ROWS = rowReader('plans', PLAN_COLUMNS, {
  clientId: { column: 'clientId', need: 'required' },
  objective: { column: 'objective', need: 'required' },
  ...sameNames('id peopleIds owner'),
  periodEndDay: 'periodEnd',
  reviewDay: 'reviewDate',
  status: { column: 'status', orDefault: true },
});

/** The typed row of each table. */
export type ClientRow = RowOfReader<typeof CLIENT_ROWS>;
export type OrderRow = RowOfReader<typeof ORDER_ROWS>;
export type ClaimRow = RowOfReader<typeof CLAIM_ROWS>;
export type ContactRow = RowOfReader<typeof CONTACT_ROWS>;
export type DealRow = RowOfReader<typeof DEAL_ROWS>;
export type ObligationRow = RowOfReader<typeof OBLIGATION_ROWS>;
export type CompetitorRow = RowOfReader<typeof COMPETITOR_ROWS>;
export type CampaignRow = RowOfReader<typeof CAMPAIGN_ROWS>;
export type EvidenceRow = RowOfReader<typeof EVIDENCE_ROWS>;
export type PersonRow = RowOfReader<typeof PEOPLE_ROWS>;
export type PlanRow = RowOfReader<typeof PLAN_ROWS>;

/** The names in a typed list ("Acme; Beta Corp, acme"), trimmed, blanks left out, as typed. */
export function nameList(list: string | null): string[] {
  if (list === null) return [];
  const names: string[] = [];
  for (const part of list.split(/[,;]/)) {
    const name = part.trim();
    if (name !== '') names.push(name);
  }
  return names;
}

/** Splits a typed list of names into distinct lower-cased, trimmed keys ("acme", "beta corp"). */
export function nameKeys(list: string | null): string[] {
  const keys: string[] = [];
  for (const name of nameList(list)) {
    const key = name.toLowerCase();
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

const LEAD_SOURCE_VALUES: ReadonlySet<string> = new Set(LEAD_SOURCES);

/** True when `value` is also a client lead source (campaign channels email, show, … are; fax is not). */
export function isLeadSource(value: string): value is LeadSource {
  return LEAD_SOURCE_VALUES.has(value);
}
