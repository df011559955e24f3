import type { MessageKey } from '../i18n/en';
import { hasOwn } from '../objects';
import { CLIENTS_TABLE } from '../tables/clientsTable';
import { EVIDENCE_TABLE } from '../tables/evidenceTable';
import { PEOPLE_TABLE } from '../tables/peopleTable';
import { PLANS_TABLE } from '../tables/planTable';
import type { TableSpec } from '../tables/tableSpec';
import { ABSENCES_TABLE, TEAM_TABLE } from '../tables/teamTables';
import {
  CAMPAIGNS_TABLE,
  CLAIMS_TABLE,
  COMPETITORS_TABLE,
  CONTACT_PLAN_TABLE,
  DEALS_TABLE,
  OBLIGATIONS_TABLE,
  ORDERS_TABLE,
} from '../tables/workTables';

/** A titled group of a form's fields. */
interface FormSection {
  readonly title: MessageKey;
  readonly columns: readonly string[];
}

/**
 * A sidebar form over one table: which built page shows it, the menu item that opens it, its title
 * and its sections. This one declaration (plus its catalog strings) is the whole form: the build
 * makes dist/<page>.html from the generic form page and the menu function `functionName` (see
 * src/server/formCommands.ts, generated), and the menu lists the forms in this order.
 */
export interface FormLayout {
  readonly table: TableSpec;
  /** The built page, dist/<page>.html (one copy of src/ui/formPage.tsx per form, unless `ownPage`). */
  readonly page: string;
  /**
   * A folder of src/ui/pages that is this form's page instead of the generic form: the build makes
   * dist/<page>.html from its index.tsx (and no page under the folder's own name), and the menu item
   * and "Edit selected row" open it as they open any form. The relationship plan's sidebar is one.
   */
  readonly ownPage?: string;
  /** The Suki menu item that opens the form. */
  readonly menuLabel: MessageKey;
  /** The top-level function that item calls; it must not be any other server function's name. */
  readonly functionName: string;
  /**
   * The sidebar's title and the form's heading: the words of the menu item, without its "…", in
   * every language (test/unit/i18n.test.ts checks it), so a person finds what they clicked.
   */
  readonly title: MessageKey;
  /** The form's fields in titled groups; each title names what its fields hold, in this table. */
  readonly sections: readonly FormSection[];
  /** The menu it is listed in: the work forms at the top, the team's in the Team submenu. */
  readonly menu: 'work' | 'team';
}

/** Every form Suki offers, keyed by table key. */
export const FORM_LAYOUTS: Readonly<Record<string, FormLayout>> = {
  clients: {
    table: CLIENTS_TABLE,
    page: 'Client',
    menuLabel: 'menu.clientForm',
    functionName: 'showClientForm',
    title: 'form.client.title',
    menu: 'work',
    sections: [
      { title: 'form.section.identity', columns: ['name', 'status', 'tier', 'segment', 'owner'] },
      { title: 'form.section.contact', columns: ['contactPerson', 'email', 'phone', 'fax', 'website'] },
      {
        title: 'form.section.profile',
        columns: ['industry', 'needs', 'region', 'leadSource', 'campaignId', 'competitors'],
      },
      {
        title: 'form.section.terms',
        columns: ['taxNumber', 'yearFounded', 'creditLimit', 'paymentTermsDays'],
      },
      { title: 'form.section.plan', columns: ['goal', 'nextStep', 'nextContactDate', 'notes'] },
    ],
  },
  people: {
    table: PEOPLE_TABLE,
    page: 'Person',
    menuLabel: 'menu.personForm',
    functionName: 'showPersonForm',
    title: 'form.person.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.person',
        columns: ['clientId', 'name', 'position', 'buyingRole', 'primary', 'status'],
      },
      {
        title: 'form.section.contact',
        columns: ['email', 'phone', 'preferredChannel', 'language', 'optedOut'],
      },
      { title: 'form.section.ownerNotes', columns: ['owner', 'notes'] },
    ],
  },
  plans: {
    table: PLANS_TABLE,
    page: 'Plan',
    // One sidebar shows and edits a client's plan with its people, opportunities, risks and actions.
    ownPage: 'RelationshipPlan',
    menuLabel: 'menu.planForm',
    functionName: 'showPlanForm',
    title: 'form.plan.title',
    menu: 'work',
    sections: [
      { title: 'form.section.objective', columns: ['clientId', 'objective', 'periodEnd', 'peopleIds'] },
      { title: 'form.section.review', columns: ['reviewDate', 'status', 'owner', 'notes'] },
    ],
  },
  contacts: {
    table: CONTACT_PLAN_TABLE,
    page: 'Contact',
    menuLabel: 'menu.contactForm',
    functionName: 'showContactForm',
    title: 'form.contact.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.planned',
        columns: ['clientId', 'personId', 'plannedDate', 'channel', 'purpose', 'owner'],
      },
      { title: 'form.section.outcome', columns: ['status', 'doneDate', 'outcome', 'nextStep'] },
    ],
  },
  claims: {
    table: CLAIMS_TABLE,
    page: 'Claim',
    menuLabel: 'menu.claimForm',
    functionName: 'showClaimForm',
    title: 'form.claim.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.claim',
        columns: ['clientId', 'receivedDate', 'channel', 'category', 'severity', 'description'],
      },
      {
        title: 'form.section.claimHandling',
        columns: ['amountClaimed', 'contractRef', 'owner', 'slaDueDate'],
      },
      {
        title: 'form.section.resolution',
        columns: ['status', 'resolvedDate', 'resolution', 'compensation', 'rootCause'],
      },
    ],
  },
  deals: {
    table: DEALS_TABLE,
    page: 'Deal',
    menuLabel: 'menu.dealForm',
    functionName: 'showDealForm',
    title: 'form.deal.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.deal',
        columns: ['clientId', 'title', 'stage', 'value', 'expectedClose', 'owner'],
      },
      { title: 'form.section.dealCompetition', columns: ['competitor', 'lossReason', 'nextStep'] },
    ],
  },
  orders: {
    table: ORDERS_TABLE,
    page: 'Order',
    menuLabel: 'menu.orderForm',
    functionName: 'showOrderForm',
    title: 'form.order.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.order',
        columns: [
          'clientId',
          'invoiceNumber',
          'orderDate',
          'amount',
          'productCategory',
          'invoiceDueDate',
          'paidDate',
        ],
      },
    ],
  },
  obligations: {
    table: OBLIGATIONS_TABLE,
    page: 'Obligation',
    menuLabel: 'menu.obligationForm',
    functionName: 'showObligationForm',
    title: 'form.obligation.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.obligation',
        columns: ['clientId', 'contractRef', 'obligation', 'dueDate', 'status', 'doneDate', 'owner'],
      },
    ],
  },
  evidence: {
    table: EVIDENCE_TABLE,
    page: 'Evidence',
    menuLabel: 'menu.evidenceForm',
    functionName: 'showEvidenceForm',
    title: 'form.creditCheck.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.creditCheck',
        columns: ['clientId', 'checkedDate', 'kind', 'outcome', 'source', 'details', 'owner'],
      },
    ],
  },
  competitors: {
    table: COMPETITORS_TABLE,
    page: 'Competitor',
    menuLabel: 'menu.competitorForm',
    functionName: 'showCompetitorForm',
    title: 'form.competitor.title',
    menu: 'work',
    sections: [
      { title: 'form.section.competitor', columns: ['name', 'source', 'lastReviewed'] },
      {
        title: 'form.section.competitorOffer',
        columns: ['pricingPolicy', 'discounts', 'paymentTerms', 'deliveryTerms', 'servicePrograms'],
      },
      { title: 'form.section.competitorStrengths', columns: ['strengths', 'weaknesses'] },
    ],
  },
  campaigns: {
    table: CAMPAIGNS_TABLE,
    page: 'Campaign',
    menuLabel: 'menu.campaignForm',
    functionName: 'showCampaignForm',
    title: 'form.campaign.title',
    menu: 'work',
    sections: [
      {
        title: 'form.section.campaign',
        columns: ['name', 'channel', 'date', 'audience', 'cost', 'status', 'owner', 'followUpScheme'],
      },
    ],
  },
  team: {
    table: TEAM_TABLE,
    page: 'TeamMember',
    menuLabel: 'menu.teamForm',
    functionName: 'showTeamMemberForm',
    title: 'form.teamMember.title',
    menu: 'team',
    sections: [{ title: 'form.section.member', columns: ['email', 'name', 'role'] }],
  },
  absences: {
    table: ABSENCES_TABLE,
    page: 'Absence',
    menuLabel: 'menu.absenceForm',
    functionName: 'showAbsenceForm',
    title: 'form.absenceRecord.title',
    menu: 'team',
    sections: [
      { title: 'form.section.absence', columns: ['manager', 'from', 'to', 'reason', 'deputy', 'notes'] },
    ],
  },
};

/** A menu item's words as a title: without the "…" that says the item opens something. */
export function menuItemWords(caption: string): string {
  return caption.replace(/\s*…$/, '');
}

/** The form for a table key, or undefined for a key no form serves (anything a caller made up). */
export function formLayoutOf(tableKey: unknown): FormLayout | undefined {
  return typeof tableKey === 'string' && hasOwn(FORM_LAYOUTS, tableKey) ? FORM_LAYOUTS[tableKey] : undefined;
}
