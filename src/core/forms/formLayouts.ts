import type { MessageKey } from '../i18n/en';
import { hasOwn } from '../objects';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import type { TableSpec } from '../tables/tableSpec';
import {
  CLAIMS_TABLE,
  COMPETITORS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../tables/workTables';

/** A titled group of a form's fields. */
export interface FormSection {
  readonly title: MessageKey;
  readonly columns: readonly string[];
}

/** A sidebar form over one table: which built page shows it, its title and its sections. */
export interface FormLayout {
  readonly table: TableSpec;
  /** The page folder under src/ui/pages and the dist/<page>.html file. */
  readonly page: string;
  readonly title: MessageKey;
  readonly sections: readonly FormSection[];
}

/** Every form Suki offers, keyed by table key. */
export const FORM_LAYOUTS: Readonly<Record<string, FormLayout>> = {
  clients: {
    table: CLIENTS_TABLE,
    page: 'Client',
    title: 'form.client.title',
    sections: [
      { title: 'form.section.identity', columns: ['name', 'status', 'tier', 'segment', 'owner'] },
      { title: 'form.section.contact', columns: ['contactPerson', 'email', 'phone', 'fax', 'website'] },
      { title: 'form.section.profile', columns: ['needs', 'region', 'leadSource', 'competitors'] },
      {
        title: 'form.section.terms',
        columns: ['taxNumber', 'yearFounded', 'creditLimit', 'paymentTermsDays'],
      },
      { title: 'form.section.plan', columns: ['goal', 'nextStep', 'nextContactDate', 'notes'] },
    ],
  },
  contacts: {
    table: CONTACT_PLAN_TABLE,
    page: 'Contact',
    title: 'sheet.contacts',
    sections: [
      { title: 'form.section.identity', columns: ['clientId', 'plannedDate', 'channel', 'purpose', 'owner'] },
      { title: 'form.section.outcome', columns: ['status', 'doneDate', 'outcome', 'nextStep'] },
    ],
  },
  claims: {
    table: CLAIMS_TABLE,
    page: 'Claim',
    title: 'sheet.claims',
    sections: [
      {
        title: 'form.section.identity',
        columns: ['clientId', 'receivedDate', 'channel', 'category', 'severity', 'description'],
      },
      { title: 'form.section.terms', columns: ['amountClaimed', 'contractRef', 'owner', 'slaDueDate'] },
      {
        title: 'form.section.outcome',
        columns: ['status', 'resolvedDate', 'resolution', 'compensation', 'rootCause'],
      },
    ],
  },
  deals: {
    table: DEALS_TABLE,
    page: 'Deal',
    title: 'sheet.deals',
    sections: [
      {
        title: 'form.section.identity',
        columns: ['clientId', 'title', 'stage', 'value', 'expectedClose', 'owner'],
      },
      { title: 'form.section.outcome', columns: ['competitor', 'lossReason', 'nextStep'] },
    ],
  },
  orders: {
    table: ORDERS_TABLE,
    page: 'Order',
    title: 'sheet.orders',
    sections: [
      {
        title: 'form.section.identity',
        columns: ['clientId', 'orderDate', 'amount', 'productCategory', 'invoiceDueDate', 'paidDate'],
      },
    ],
  },
  obligations: {
    table: OBLIGATIONS_TABLE,
    page: 'Obligation',
    title: 'sheet.obligations',
    sections: [
      {
        title: 'form.section.identity',
        columns: ['clientId', 'contractRef', 'obligation', 'dueDate', 'status', 'doneDate', 'owner'],
      },
    ],
  },
  competitors: {
    table: COMPETITORS_TABLE,
    page: 'Competitor',
    title: 'sheet.competitors',
    sections: [
      { title: 'form.section.identity', columns: ['name', 'source', 'lastReviewed'] },
      {
        title: 'form.section.terms',
        columns: ['pricingPolicy', 'discounts', 'paymentTerms', 'deliveryTerms', 'servicePrograms'],
      },
      { title: 'form.section.profile', columns: ['strengths', 'weaknesses'] },
    ],
  },
};

/** The form for a table key, or undefined for a key no form serves (anything a caller made up). */
export function formLayoutOf(tableKey: unknown): FormLayout | undefined {
  return typeof tableKey === 'string' && hasOwn(FORM_LAYOUTS, tableKey) ? FORM_LAYOUTS[tableKey] : undefined;
}
