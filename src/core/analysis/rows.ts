/**
 * Typed rows the analyses work on, made once from table records by `inputs.ts`. Dates are day numbers
 * (see `days.ts`); blanks and unreadable cells are null.
 */
import { CLIENT_STATUSES, CLIENT_TIERS, LEAD_SOURCES } from '../tables/clientsTable';
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_STATUSES,
  CLAIM_CATEGORIES,
  CLAIM_STATUSES,
  CONTACT_STATUSES,
  DEAL_STAGES,
  OBLIGATION_STATUSES,
} from '../tables/workTables';
import type { Day } from './days';

export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export type ClientTier = (typeof CLIENT_TIERS)[number];
export type LeadSource = (typeof LEAD_SOURCES)[number];
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type DealStage = (typeof DEAL_STAGES)[number];
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CLIENT_STATUS_VALUES: ReadonlySet<string> = new Set(CLIENT_STATUSES);
export const CLIENT_TIER_VALUES: ReadonlySet<string> = new Set(CLIENT_TIERS);
export const LEAD_SOURCE_VALUES: ReadonlySet<string> = new Set(LEAD_SOURCES);
export const CONTACT_STATUS_VALUES: ReadonlySet<string> = new Set(CONTACT_STATUSES);
export const CLAIM_CATEGORY_VALUES: ReadonlySet<string> = new Set(CLAIM_CATEGORIES);
export const CLAIM_STATUS_VALUES: ReadonlySet<string> = new Set(CLAIM_STATUSES);
export const DEAL_STAGE_VALUES: ReadonlySet<string> = new Set(DEAL_STAGES);
export const OBLIGATION_STATUS_VALUES: ReadonlySet<string> = new Set(OBLIGATION_STATUSES);
export const CAMPAIGN_CHANNEL_VALUES: ReadonlySet<string> = new Set(CAMPAIGN_CHANNELS);
export const CAMPAIGN_STATUS_VALUES: ReadonlySet<string> = new Set(CAMPAIGN_STATUSES);

export interface ClientRow {
  readonly id: string;
  readonly name: string | null;
  readonly status: ClientStatus | null;
  readonly segment: string | null;
  readonly tier: ClientTier | null;
  readonly region: string | null;
  readonly leadSource: LeadSource | null;
  readonly owner: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly yearFounded: number | null;
  readonly creditLimit: number | null;
  /** Competitors' names as typed: a comma- or semicolon-separated list. */
  readonly competitors: string | null;
  readonly nextStep: string | null;
  readonly nextContactDay: Day | null;
  /** The reliability score Suki last wrote to the client's row: the "previous" score. */
  readonly previousReliability: number | null;
  readonly createdDay: Day | null;
  readonly updatedDay: Day | null;
}

export interface OrderRow {
  readonly id: string | null;
  readonly clientId: string;
  readonly day: Day;
  /** year × 12 + month − 1 of the order date. */
  readonly month: number;
  /** Negative for credit notes and returns. */
  readonly amount: number;
  readonly invoiceDueDay: Day | null;
  readonly paidDay: Day | null;
}

export interface ClaimRow {
  readonly id: string | null;
  readonly clientId: string;
  readonly receivedDay: Day;
  readonly category: ClaimCategory | null;
  readonly status: ClaimStatus | null;
  readonly owner: string | null;
  readonly slaDueDay: Day | null;
  readonly resolvedDay: Day | null;
}

export interface ContactRow {
  readonly id: string | null;
  readonly clientId: string;
  readonly plannedDay: Day | null;
  readonly status: ContactStatus;
  readonly doneDay: Day | null;
  readonly owner: string | null;
}

export interface DealRow {
  readonly id: string | null;
  readonly clientId: string;
  readonly title: string | null;
  readonly stage: DealStage;
  readonly value: number | null;
  /** One name or a comma/semicolon-separated list. */
  readonly competitor: string | null;
  readonly lossReason: string | null;
  readonly nextStep: string | null;
  readonly owner: string | null;
}

export interface ObligationRow {
  readonly id: string | null;
  readonly clientId: string;
  readonly obligation: string | null;
  readonly dueDay: Day;
  readonly status: ObligationStatus;
  readonly doneDay: Day | null;
  readonly owner: string | null;
}

export interface CompetitorRow {
  readonly id: string | null;
  readonly name: string;
  readonly pricingPolicy: string | null;
  readonly discounts: string | null;
  readonly paymentTerms: string | null;
  readonly deliveryTerms: string | null;
  readonly servicePrograms: string | null;
  readonly strengths: string | null;
  readonly weaknesses: string | null;
  readonly lastReviewedDay: Day | null;
  readonly updatedDay: Day | null;
}

export interface CampaignRow {
  readonly id: string | null;
  readonly name: string | null;
  readonly channel: CampaignChannel | null;
  readonly day: Day | null;
  readonly cost: number | null;
  readonly status: CampaignStatus;
  readonly owner: string | null;
}

/** Counts rows per client ID in one pass. */
export function countByClient(rows: readonly { readonly clientId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.clientId, (counts.get(row.clientId) ?? 0) + 1);
  return counts;
}

/** Splits a typed list of names ("Acme; Beta Corp, acme") into distinct lower-cased, trimmed keys. */
export function nameKeys(list: string | null): string[] {
  if (list === null) return [];
  const keys: string[] = [];
  for (const part of list.split(/[,;]/)) {
    const key = part.trim().toLowerCase();
    if (key !== '' && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** True when `value` is also a client lead source (campaign channels email, show, … are; fax is not). */
export function isLeadSource(value: string): value is LeadSource {
  return LEAD_SOURCE_VALUES.has(value);
}
