/**
 * What follows an outcome logged in My day: the scheme's stop condition for the client (which later
 * rows it cancels) and the next step to propose (the next planned row, the scheme's next step to plan
 * with one click, or a question). Reads only what the scheme needs; the writes are myDayOutcome.ts's.
 */

import { type Day, dayToIso, parseIsoDay } from '../core/analysis/days';
import { isClaimOpen } from '../core/analysis/definitions';
import { IssueLog } from '../core/analysis/issues';
import { CLAIM_ROWS } from '../core/analysis/rows';
import { isoDateInZone } from '../core/dates';
import { proposeNextStep } from '../core/outreach/contactOutcome';
import { type SchemeContact, schemeContactsOf, stepDay } from '../core/outreach/schemeEnrolment';
import { type ClientStopFacts, type SchemeStopping, schemeStopFor } from '../core/outreach/schemeStops';
import { type Scheme, schemeKey } from '../core/outreach/schemes';
import { nextWorkingDay } from '../core/outreach/workCalendar';
import type { TableRecord } from '../core/tables/tableSpec';
import { CLAIMS_TABLE, DEALS_TABLE } from '../core/tables/workTables';
import type { TableStore } from '../gas/tableStore';
import { liveRecords, schemesNow, textOf } from './myDay';
import { companyCalendar, dayOfValue } from './schemesData';

/** The next step My day proposes after an outcome; dates as YYYY-MM-DD. */
export type NextStepOffer =
  /** A reschedule: the contact is still planned, nothing to propose. */
  | { readonly kind: 'none' }
  /** The scheme's next step already has its row. */
  | {
      readonly kind: 'planned';
      readonly contactId: string;
      readonly plannedDate: string | null;
      readonly step: number;
      readonly channel: string | null;
      readonly purpose: string | null;
    }
  /** The scheme's next step has no row: `record` is the contact to save (saveRecord('contacts', …)). */
  | {
      readonly kind: 'fromScheme';
      readonly step: number;
      readonly plannedDate: string;
      readonly channel: string;
      readonly purpose: string;
      readonly record: TableRecord;
    }
  /** Nothing to take from a scheme: the page asks for the next contact, with whom and how. */
  | {
      readonly kind: 'ask';
      readonly clientId: string;
      readonly personId: string | null;
      readonly channel: string | null;
    };

/** The scheme a contact-plan row belongs to, from the Schemes sheet (read once); null when none. */
export function schemeOfRow(store: TableStore, row: TableRecord): Scheme | null {
  const name = textOf(row.scheme);
  if (!name) return null;
  return schemesNow(store).find((scheme) => scheme.key === schemeKey(name)) ?? null;
}

/** The contact-plan records as the scheme logic reads them. */
export function schemeContacts(records: readonly TableRecord[]): SchemeContact[] {
  return schemeContactsOf(records, dayOfValue);
}

/** The day of a stamp (an ISO instant) in the spreadsheet's zone. */
function stampDay(value: unknown, timeZone: string): Day | null {
  if (typeof value !== 'string' || value === '') return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : parseIsoDay(isoDateInZone(instant, timeZone));
}

/** What the scheme's stop conditions read about the client: deals and claims only when a step asks. */
function stopFacts(store: TableStore, scheme: Scheme, clientId: string, today: Day): ClientStopFacts {
  const stops = new Set(scheme.steps.map((step) => step.stopWhen));
  const ofClient = (record: TableRecord) => textOf(record.clientId) === clientId;
  const deals =
    stops.has('dealWon') || stops.has('dealLost') ? liveRecords(store, DEALS_TABLE).filter(ofClient) : [];
  const daysOf = (stage: string) =>
    deals
      .filter((deal) => deal.stage === stage)
      .map((deal) => stampDay(deal.updatedAt, store.timeZone))
      .filter((day): day is Day => day !== null);
  const claims = stops.has('openClaim') ? liveRecords(store, CLAIMS_TABLE).filter(ofClient) : [];
  const openClaims = CLAIM_ROWS.read(claims, new IssueLog()).filter((claim) => isClaimOpen(claim, today));
  return { clientId, dealsWonOn: daysOf('won'), dealsLostOn: daysOf('lost'), openClaims: openClaims.length };
}

/** The rows the scheme's stop condition cancels for the client now, or null when it goes on. */
export function schemeStopping(
  store: TableStore,
  scheme: Scheme,
  clientId: string,
  contacts: readonly SchemeContact[],
  today: Day,
): SchemeStopping | null {
  return schemeStopFor(scheme, stopFacts(store, scheme, clientId, today), contacts);
}

/** The day the client's run of the scheme started: as written on its rows, else from `row`'s step. */
function runStart(scheme: Scheme, row: SchemeContact, contacts: readonly SchemeContact[]): Day | null {
  const written = contacts
    .filter((c) => c.clientId === row.clientId && schemeKey(c.scheme) === scheme.key)
    .map((c) => c.schemeStartDay)
    .filter((day): day is Day => day !== null);
  if (written.length > 0) return Math.min(...written);
  const step = scheme.steps.find((s) => s.step === row.step);
  return step && row.plannedDay !== null ? row.plannedDay - step.dayOffset : null;
}

/** The contact to save for the scheme's next step, on its day (never before the next working day). */
function stepOffer(
  scheme: Scheme,
  step: Scheme['steps'][number],
  row: SchemeContact,
  personId: string | null,
  contacts: readonly SchemeContact[],
  today: Day,
): NextStepOffer {
  // The company's weekends and holidays, from the analysis settings (one property read).
  const calendar = companyCalendar();
  const start = runStart(scheme, row, contacts) ?? today;
  const day = Math.max(stepDay(start, step.dayOffset, calendar), nextWorkingDay(today, calendar));
  const record: TableRecord = {
    clientId: row.clientId,
    personId,
    plannedDate: dayToIso(day),
    channel: step.channel,
    purpose: step.purpose || null,
    scheme: scheme.name,
    step: step.step,
    schemeStart: dayToIso(start),
  };
  const plannedDate = dayToIso(day);
  return {
    kind: 'fromScheme',
    step: step.step,
    plannedDate,
    channel: step.channel,
    purpose: step.purpose,
    record,
  };
}

/**
 * The next step after the outcome logged on `logged` (the row as it is now): for a reschedule none;
 * for a row of a scheme the next planned row of it, or its next step to plan; otherwise ask.
 */
export function nextStepOffer(
  kind: string,
  logged: TableRecord,
  scheme: Scheme | null,
  contacts: readonly SchemeContact[],
  today: Day,
): NextStepOffer {
  if (kind === 'rescheduled') return { kind: 'none' };
  const id = textOf(logged.id) ?? '';
  const clientId = textOf(logged.clientId) ?? '';
  const personId = textOf(logged.personId);
  const ask: NextStepOffer = { kind: 'ask', clientId, personId, channel: textOf(logged.channel) };
  const row = contacts.find((c) => c.id === id);
  if (!row) return ask;
  const proposal = proposeNextStep(row, scheme, contacts);
  if (proposal.kind === 'ask' || !scheme) return ask;
  if (proposal.kind === 'fromScheme') return stepOffer(scheme, proposal.step, row, personId, contacts, today);
  const next = contacts.find((c) => c.id === proposal.contactId);
  return {
    kind: 'planned',
    contactId: proposal.contactId,
    plannedDate: proposal.plannedDay === null ? null : dayToIso(proposal.plannedDay),
    step: proposal.step,
    channel: next?.channel ?? null,
    purpose: next?.purpose ?? null,
  };
}
