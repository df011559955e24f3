import { STAMP_COLUMNS } from './clientsTable';
import type { ColumnSpec, TableSpec } from './tableSpec';

/** The client a row belongs to. */
export const CLIENT_REF = {
  key: 'clientId',
  type: 'ref',
  refTable: 'clients',
  label: 'col.clientRef',
  required: true,
} as const satisfies ColumnSpec;
export const OWNER = { key: 'owner', type: 'email', label: 'col.owner' } as const satisfies ColumnSpec;
export const ID = { key: 'id', type: 'id', label: 'col.id', writtenBy: 'suki' } as const satisfies ColumnSpec;

export const CONTACT_CHANNELS = [
  'email',
  'call',
  'meeting',
  'fax',
  'presentation',
  'show',
  'exhibition',
] as const;
const CONTACT_STATUSES = ['planned', 'done', 'missed', 'cancelled'] as const;

export const CONTACT_COLUMNS = [
  ID,
  CLIENT_REF,
  // Whom the contact is with, at the client (the People table); what tells who was last reached.
  { key: 'personId', type: 'ref', refTable: 'people', label: 'col.contact.person', addedLater: true },
  { key: 'plannedDate', type: 'date', label: 'col.contact.plannedDate', required: true },
  {
    key: 'channel',
    type: 'choice',
    label: 'col.channel',
    required: true,
    choices: CONTACT_CHANNELS,
    choiceLabelPrefix: 'choice.channel',
  },
  { key: 'purpose', type: 'text', label: 'col.contact.purpose' },
  { key: 'scheme', type: 'text', label: 'col.contact.scheme', maxLength: 100 },
  { key: 'step', type: 'integer', label: 'col.contact.step', min: 1, max: 100 },
  // The day the scheme started for the client: its steps' days count from it (core/outreach).
  { key: 'schemeStart', type: 'date', label: 'col.contact.schemeStart', addedLater: true },
  OWNER,
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: CONTACT_STATUSES,
    choiceLabelPrefix: 'choice.contactStatus',
    defaultValue: 'planned',
  },
  { key: 'doneDate', type: 'date', label: 'col.contact.doneDate' },
  { key: 'outcome', type: 'longText', label: 'col.contact.outcome' },
  { key: 'nextStep', type: 'text', label: 'col.client.nextStep' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** Planned and logged contacts with clients; interaction schemes generate rows here. */
export const CONTACT_PLAN_TABLE: TableSpec = {
  key: 'contacts',
  sheetLabel: 'sheet.contacts',
  idPrefix: 'P',
  columns: CONTACT_COLUMNS,
  duplicateKeys: [['clientId', 'plannedDate', 'channel', 'purpose']],
};

export const CLAIM_CATEGORIES = ['quality', 'delivery', 'billing', 'service', 'contract'] as const;
export const CLAIM_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const CLAIM_STATUSES = ['new', 'investigating', 'resolved', 'rejected'] as const;
export const CLAIM_CHANNELS = ['email', 'call', 'meeting', 'letter', 'web'] as const;

export const CLAIM_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'receivedDate', type: 'date', label: 'col.claim.receivedDate', required: true },
  {
    key: 'channel',
    type: 'choice',
    label: 'col.channel',
    choices: CLAIM_CHANNELS,
    choiceLabelPrefix: 'choice.channel',
  },
  {
    key: 'category',
    type: 'choice',
    label: 'col.claim.category',
    required: true,
    choices: CLAIM_CATEGORIES,
    choiceLabelPrefix: 'choice.claimCategory',
  },
  {
    key: 'severity',
    type: 'choice',
    label: 'col.claim.severity',
    choices: CLAIM_SEVERITIES,
    choiceLabelPrefix: 'choice.severity',
    defaultValue: 'medium',
  },
  { key: 'description', type: 'longText', label: 'col.claim.description', required: true },
  { key: 'amountClaimed', type: 'currency', label: 'col.claim.amountClaimed', min: 0 },
  { key: 'contractRef', type: 'text', label: 'col.contractRef', maxLength: 100 },
  OWNER,
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: CLAIM_STATUSES,
    choiceLabelPrefix: 'choice.claimStatus',
    defaultValue: 'new',
  },
  { key: 'slaDueDate', type: 'date', label: 'col.claim.slaDueDate' },
  { key: 'resolvedDate', type: 'date', label: 'col.claim.resolvedDate' },
  { key: 'resolution', type: 'longText', label: 'col.claim.resolution' },
  { key: 'compensation', type: 'currency', label: 'col.claim.compensation', min: 0 },
  { key: 'rootCause', type: 'text', label: 'col.claim.rootCause' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** Complaints received from clients, with their SLA and resolution. */
export const CLAIMS_TABLE: TableSpec = {
  key: 'claims',
  sheetLabel: 'sheet.claims',
  idPrefix: 'K',
  columns: CLAIM_COLUMNS,
  duplicateKeys: [['clientId', 'receivedDate', 'category', 'description']],
};

export const DEAL_STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;

export const DEAL_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'title', type: 'text', label: 'col.deal.title', required: true, maxLength: 200 },
  {
    key: 'stage',
    type: 'choice',
    label: 'col.deal.stage',
    choices: DEAL_STAGES,
    choiceLabelPrefix: 'choice.stage',
    defaultValue: 'lead',
  },
  { key: 'value', type: 'currency', label: 'col.deal.value', min: 0 },
  { key: 'expectedClose', type: 'date', label: 'col.deal.expectedClose' },
  { key: 'competitor', type: 'text', label: 'col.deal.competitor', maxLength: 200 },
  { key: 'lossReason', type: 'text', label: 'col.deal.lossReason' },
  { key: 'nextStep', type: 'text', label: 'col.client.nextStep' },
  OWNER,
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** Negotiations: what is on the table, against whom, and how it ended. */
export const DEALS_TABLE: TableSpec = {
  key: 'deals',
  sheetLabel: 'sheet.deals',
  idPrefix: 'D',
  columns: DEAL_COLUMNS,
  duplicateKeys: [['clientId', 'title']],
};

export const ORDER_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'orderDate', type: 'date', label: 'col.order.orderDate', required: true },
  // Credit notes and returns are negative amounts, so there is no lower bound.
  { key: 'amount', type: 'currency', label: 'col.order.amount', required: true },
  { key: 'productCategory', type: 'text', label: 'col.order.productCategory', maxLength: 100 },
  { key: 'invoiceDueDate', type: 'date', label: 'col.order.invoiceDueDate' },
  { key: 'paidDate', type: 'date', label: 'col.order.paidDate' },
  // The invoice's own number, as the company's books know it: what tells two invoices of one day apart.
  { key: 'invoiceNumber', type: 'text', label: 'col.order.invoiceNumber', maxLength: 60, addedLater: true },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** What was sold and how it was paid: the ground of ABC/XYZ and payment reliability. */
export const ORDERS_TABLE: TableSpec = {
  key: 'orders',
  sheetLabel: 'sheet.orders',
  idPrefix: 'O',
  columns: ORDER_COLUMNS,
  duplicateKeys: [
    ['clientId', 'invoiceNumber'],
    ['clientId', 'orderDate', 'amount'],
  ],
  duplicateByFirstKey: true,
};

const OBLIGATION_STATUSES = ['pending', 'done', 'waived'] as const;

export const OBLIGATION_COLUMNS = [
  ID,
  CLIENT_REF,
  { key: 'contractRef', type: 'text', label: 'col.contractRef', maxLength: 100 },
  { key: 'obligation', type: 'text', label: 'col.obligation.obligation', required: true },
  { key: 'dueDate', type: 'date', label: 'col.obligation.dueDate', required: true },
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: OBLIGATION_STATUSES,
    choiceLabelPrefix: 'choice.obligationStatus',
    defaultValue: 'pending',
  },
  { key: 'doneDate', type: 'date', label: 'col.contact.doneDate' },
  OWNER,
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** What the company promised each client under a contract, and whether it kept the promise. */
export const OBLIGATIONS_TABLE: TableSpec = {
  key: 'obligations',
  sheetLabel: 'sheet.obligations',
  idPrefix: 'B',
  columns: OBLIGATION_COLUMNS,
  duplicateKeys: [['clientId', 'obligation', 'dueDate']],
};

export const COMPETITOR_COLUMNS = [
  ID,
  { key: 'name', type: 'text', label: 'col.client.name', required: true, maxLength: 200 },
  { key: 'pricingPolicy', type: 'longText', label: 'col.competitor.pricingPolicy' },
  { key: 'discounts', type: 'text', label: 'col.competitor.discounts' },
  { key: 'paymentTerms', type: 'text', label: 'col.competitor.paymentTerms' },
  { key: 'deliveryTerms', type: 'text', label: 'col.competitor.deliveryTerms' },
  { key: 'servicePrograms', type: 'text', label: 'col.competitor.servicePrograms' },
  { key: 'strengths', type: 'longText', label: 'col.competitor.strengths' },
  { key: 'weaknesses', type: 'longText', label: 'col.competitor.weaknesses' },
  { key: 'lastReviewed', type: 'date', label: 'col.competitor.lastReviewed' },
  { key: 'source', type: 'text', label: 'col.competitor.source' },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** Competitors' client policies, side by side. */
export const COMPETITORS_TABLE: TableSpec = {
  key: 'competitors',
  sheetLabel: 'sheet.competitors',
  idPrefix: 'R',
  columns: COMPETITOR_COLUMNS,
  duplicateKeys: [['name']],
};

export const CAMPAIGN_CHANNELS = ['email', 'fax', 'presentation', 'show', 'exhibition'] as const;
const CAMPAIGN_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;

export const CAMPAIGN_COLUMNS = [
  ID,
  { key: 'name', type: 'text', label: 'col.client.name', required: true, maxLength: 200 },
  {
    key: 'channel',
    type: 'choice',
    label: 'col.channel',
    required: true,
    choices: CAMPAIGN_CHANNELS,
    choiceLabelPrefix: 'choice.channel',
  },
  { key: 'date', type: 'date', label: 'col.campaign.date' },
  { key: 'audience', type: 'text', label: 'col.campaign.audience' },
  { key: 'cost', type: 'currency', label: 'col.campaign.cost', min: 0 },
  {
    key: 'status',
    type: 'choice',
    label: 'col.status',
    choices: CAMPAIGN_STATUSES,
    choiceLabelPrefix: 'choice.campaignStatus',
    defaultValue: 'planned',
  },
  OWNER,
  // The e-mail's template (merge fields: core/outreach/mailMerge.ts), kept where people can edit it.
  { key: 'mailSubject', type: 'text', label: 'col.campaign.mailSubject', maxLength: 250, addedLater: true },
  { key: 'mailBody', type: 'longText', label: 'col.campaign.mailBody', maxLength: 20_000, addedLater: true },
  // The interaction scheme an attendee of a presentation, show or exhibition is put on (eventCampaign*.ts).
  {
    key: 'followUpScheme',
    type: 'text',
    label: 'col.campaign.followUpScheme',
    maxLength: 100,
    addedLater: true,
  },
  ...STAMP_COLUMNS,
] as const satisfies readonly ColumnSpec[];

/** Advertising by e-mail, fax, presentations, shows and exhibitions. */
export const CAMPAIGNS_TABLE: TableSpec = {
  key: 'campaigns',
  sheetLabel: 'sheet.campaigns',
  idPrefix: 'M',
  columns: CAMPAIGN_COLUMNS,
  duplicateKeys: [['name', 'channel', 'date']],
};
