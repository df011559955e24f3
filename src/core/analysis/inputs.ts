/**
 * Typed input for the analyses. Table rows arrive as `TableRecord`s (whatever the sheet held, junk
 * included); each table is turned into typed rows once, dates into day numbers, and every value that
 * cannot be used is logged as an issue instead of throwing. A row is skipped only when a value it
 * cannot do without is missing or unreadable (an order without a date or amount, a row without client).
 */
import type { TableRecord } from '../tables/tableSpec';
import { CellReader } from './cellReader';
import { monthIndexOfIso } from './days';
import { IssueLog } from './issues';
import {
  CAMPAIGN_CHANNEL_VALUES,
  CAMPAIGN_STATUS_VALUES,
  type CampaignChannel,
  type CampaignRow,
  type CampaignStatus,
  CLAIM_CATEGORY_VALUES,
  CLAIM_STATUS_VALUES,
  CLIENT_STATUS_VALUES,
  CLIENT_TIER_VALUES,
  type ClaimCategory,
  type ClaimRow,
  type ClaimStatus,
  type ClientRow,
  type ClientStatus,
  type ClientTier,
  CONTACT_STATUS_VALUES,
  type CompetitorRow,
  type ContactRow,
  type ContactStatus,
  DEAL_STAGE_VALUES,
  type DealRow,
  type DealStage,
  LEAD_SOURCE_VALUES,
  type LeadSource,
  OBLIGATION_STATUS_VALUES,
  type ObligationRow,
  type ObligationStatus,
  type OrderRow,
} from './rows';

/**
 * Clients; a row without an ID is skipped (nothing else can point at it), and so is a second row with
 * an ID already seen (logged as `duplicateId`), so each client is counted once.
 */
export function parseClients(records: readonly TableRecord[], log: IssueLog): ClientRow[] {
  const r = new CellReader(log, 'clients');
  const rows: ClientRow[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    r.start(record);
    const id = r.text(record.id, 'id', true);
    if (id === null) continue;
    if (seen.has(id)) {
      log.add({
        table: 'clients',
        recordId: id,
        column: 'id',
        problem: 'duplicateId',
        value: id,
        rowSkipped: true,
      });
      continue;
    }
    seen.add(id);
    rows.push({
      id,
      name: r.text(record.name, 'name'),
      status: r.choice<ClientStatus>(record.status, 'status', CLIENT_STATUS_VALUES),
      segment: r.text(record.segment, 'segment'),
      tier: r.choice<ClientTier>(record.tier, 'tier', CLIENT_TIER_VALUES),
      region: r.text(record.region, 'region'),
      leadSource: r.choice<LeadSource>(record.leadSource, 'leadSource', LEAD_SOURCE_VALUES),
      owner: r.text(record.owner, 'owner'),
      email: r.text(record.email, 'email'),
      phone: r.text(record.phone, 'phone'),
      yearFounded: r.integer(record.yearFounded, 'yearFounded', 1800, 2100),
      creditLimit: r.number(record.creditLimit, 'creditLimit', false, 0),
      competitors: r.text(record.competitors, 'competitors'),
      nextStep: r.text(record.nextStep, 'nextStep'),
      nextContactDay: r.day(record.nextContactDate, 'nextContactDate'),
      previousReliability: r.number(record.reliability, 'reliability'),
      createdDay: r.instantDay(record.createdAt, 'createdAt'),
      updatedDay: r.instantDay(record.updatedAt, 'updatedAt'),
    });
  }
  return rows;
}

/** Orders; a row needs a client, a date and a numeric amount (negative amounts are credit notes). */
export function parseOrders(records: readonly TableRecord[], log: IssueLog): OrderRow[] {
  const r = new CellReader(log, 'orders');
  const rows: OrderRow[] = [];
  for (const record of records) {
    r.start(record);
    const clientId = r.text(record.clientId, 'clientId', true);
    const day = r.day(record.orderDate, 'orderDate', true);
    const amount = r.number(record.amount, 'amount', true);
    const invoiceDueDay = r.day(record.invoiceDueDate, 'invoiceDueDate');
    const paidDay = r.day(record.paidDate, 'paidDate');
    if (r.skip || clientId === null || day === null || amount === null) continue;
    rows.push({
      id: r.id,
      clientId,
      day,
      month: monthIndexOfIso(String(record.orderDate).trim()),
      amount,
      invoiceDueDay,
      paidDay,
    });
  }
  return rows;
}

/** Claims; a row needs a client and a received date. */
export function parseClaims(records: readonly TableRecord[], log: IssueLog): ClaimRow[] {
  const r = new CellReader(log, 'claims');
  const rows: ClaimRow[] = [];
  for (const record of records) {
    r.start(record);
    const clientId = r.text(record.clientId, 'clientId', true);
    const receivedDay = r.day(record.receivedDate, 'receivedDate', true);
    // Every cell is read before the row may be skipped, so all of its junk is logged.
    const category = r.choice<ClaimCategory>(record.category, 'category', CLAIM_CATEGORY_VALUES);
    const status = r.choice<ClaimStatus>(record.status, 'status', CLAIM_STATUS_VALUES);
    const owner = r.text(record.owner, 'owner');
    const slaDueDay = r.day(record.slaDueDate, 'slaDueDate');
    const resolvedDay = r.day(record.resolvedDate, 'resolvedDate');
    if (r.skip || clientId === null || receivedDay === null) continue;
    rows.push({ id: r.id, clientId, receivedDay, category, status, owner, slaDueDay, resolvedDay });
  }
  return rows;
}

/** Contact-plan rows; a row needs a client. A blank status reads as 'planned', the column default. */
export function parseContacts(records: readonly TableRecord[], log: IssueLog): ContactRow[] {
  const r = new CellReader(log, 'contacts');
  const rows: ContactRow[] = [];
  for (const record of records) {
    r.start(record);
    const clientId = r.text(record.clientId, 'clientId', true);
    if (clientId === null) continue;
    rows.push({
      id: r.id,
      clientId,
      plannedDay: r.day(record.plannedDate, 'plannedDate'),
      status: r.choice<ContactStatus>(record.status, 'status', CONTACT_STATUS_VALUES) ?? 'planned',
      doneDay: r.day(record.doneDate, 'doneDate'),
      owner: r.text(record.owner, 'owner'),
    });
  }
  return rows;
}

/** Deals; a row needs a client. A blank stage reads as 'lead', the column default. */
export function parseDeals(records: readonly TableRecord[], log: IssueLog): DealRow[] {
  const r = new CellReader(log, 'deals');
  const rows: DealRow[] = [];
  for (const record of records) {
    r.start(record);
    const clientId = r.text(record.clientId, 'clientId', true);
    if (clientId === null) continue;
    rows.push({
      id: r.id,
      clientId,
      title: r.text(record.title, 'title'),
      stage: r.choice<DealStage>(record.stage, 'stage', DEAL_STAGE_VALUES) ?? 'lead',
      value: r.number(record.value, 'value'),
      competitor: r.text(record.competitor, 'competitor'),
      lossReason: r.text(record.lossReason, 'lossReason'),
      nextStep: r.text(record.nextStep, 'nextStep'),
      owner: r.text(record.owner, 'owner'),
    });
  }
  return rows;
}

/** Obligations; a row needs a client and a due date. A blank status reads as 'pending'. */
export function parseObligations(records: readonly TableRecord[], log: IssueLog): ObligationRow[] {
  const r = new CellReader(log, 'obligations');
  const rows: ObligationRow[] = [];
  for (const record of records) {
    r.start(record);
    const clientId = r.text(record.clientId, 'clientId', true);
    const dueDay = r.day(record.dueDate, 'dueDate', true);
    const status = r.choice<ObligationStatus>(record.status, 'status', OBLIGATION_STATUS_VALUES) ?? 'pending';
    const obligation = r.text(record.obligation, 'obligation');
    const doneDay = r.day(record.doneDate, 'doneDate');
    const owner = r.text(record.owner, 'owner');
    if (r.skip || clientId === null || dueDay === null) continue;
    rows.push({ id: r.id, clientId, obligation, dueDay, status, doneDay, owner });
  }
  return rows;
}

/** Competitors; a row needs a name (presence and win/loss match on it). */
export function parseCompetitors(records: readonly TableRecord[], log: IssueLog): CompetitorRow[] {
  const r = new CellReader(log, 'competitors');
  const rows: CompetitorRow[] = [];
  for (const record of records) {
    r.start(record);
    const name = r.text(record.name, 'name', true);
    if (name === null) continue;
    rows.push({
      id: r.id,
      name,
      pricingPolicy: r.text(record.pricingPolicy, 'pricingPolicy'),
      discounts: r.text(record.discounts, 'discounts'),
      paymentTerms: r.text(record.paymentTerms, 'paymentTerms'),
      deliveryTerms: r.text(record.deliveryTerms, 'deliveryTerms'),
      servicePrograms: r.text(record.servicePrograms, 'servicePrograms'),
      strengths: r.text(record.strengths, 'strengths'),
      weaknesses: r.text(record.weaknesses, 'weaknesses'),
      lastReviewedDay: r.day(record.lastReviewed, 'lastReviewed'),
      updatedDay: r.instantDay(record.updatedAt, 'updatedAt'),
    });
  }
  return rows;
}

/** Campaigns; every row is kept (cost and date may be blank). */
export function parseCampaigns(records: readonly TableRecord[], log: IssueLog): CampaignRow[] {
  const r = new CellReader(log, 'campaigns');
  const rows: CampaignRow[] = [];
  for (const record of records) {
    r.start(record);
    rows.push({
      id: r.id,
      name: r.text(record.name, 'name'),
      channel: r.choice<CampaignChannel>(record.channel, 'channel', CAMPAIGN_CHANNEL_VALUES),
      day: r.day(record.date, 'date'),
      cost: r.number(record.cost, 'cost', false, 0),
      status: r.choice<CampaignStatus>(record.status, 'status', CAMPAIGN_STATUS_VALUES) ?? 'planned',
      owner: r.text(record.owner, 'owner'),
    });
  }
  return rows;
}

/** The tables the analyses read, as Suki reads them; a table that is missing is empty. */
export interface AnalysisTables {
  readonly clients?: readonly TableRecord[];
  readonly orders?: readonly TableRecord[];
  readonly claims?: readonly TableRecord[];
  readonly contacts?: readonly TableRecord[];
  readonly deals?: readonly TableRecord[];
  readonly obligations?: readonly TableRecord[];
  readonly competitors?: readonly TableRecord[];
  readonly campaigns?: readonly TableRecord[];
}

/** Every table as typed rows. */
export interface AnalysisData {
  readonly clients: readonly ClientRow[];
  readonly orders: readonly OrderRow[];
  readonly claims: readonly ClaimRow[];
  readonly contacts: readonly ContactRow[];
  readonly deals: readonly DealRow[];
  readonly obligations: readonly ObligationRow[];
  readonly competitors: readonly CompetitorRow[];
  readonly campaigns: readonly CampaignRow[];
}

/**
 * Parses every table once. Rows pointing at a client ID that is not in the clients table are kept
 * (they still count in their own table's figures) and logged as `unknownClient`, so a typo is visible.
 */
export function parseTables(tables: AnalysisTables, log: IssueLog = new IssueLog()): AnalysisData {
  const data: AnalysisData = {
    clients: parseClients(tables.clients ?? [], log),
    orders: parseOrders(tables.orders ?? [], log),
    claims: parseClaims(tables.claims ?? [], log),
    contacts: parseContacts(tables.contacts ?? [], log),
    deals: parseDeals(tables.deals ?? [], log),
    obligations: parseObligations(tables.obligations ?? [], log),
    competitors: parseCompetitors(tables.competitors ?? [], log),
    campaigns: parseCampaigns(tables.campaigns ?? [], log),
  };
  const known = new Set<string>();
  for (const client of data.clients) known.add(client.id);
  const check = (table: string, rows: readonly { id: string | null; clientId: string }[]) => {
    for (const row of rows) {
      if (!known.has(row.clientId))
        log.add({
          table,
          recordId: row.id,
          column: 'clientId',
          problem: 'unknownClient',
          value: row.clientId,
          rowSkipped: false,
        });
    }
  };
  check('orders', data.orders);
  check('claims', data.claims);
  check('contacts', data.contacts);
  check('deals', data.deals);
  check('obligations', data.obligations);
  return data;
}
