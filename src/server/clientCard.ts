import { type Day, asOfDay as dayOfAsOf, dayToIso } from '../core/analysis/days';
import { isClaimOpen, isContactUpcoming, isObligationPending } from '../core/analysis/definitions';
import type { FullAnalysis } from '../core/analysis/fullAnalysis';
import type { AnalysisData } from '../core/analysis/inputs';
import { isRelationshipWhy } from '../core/analysis/relationshipActions';
import { contactFacts } from '../core/analysis/relationshipFacts';
import { lastContactByPerson } from '../core/analysis/relationships';
import type { ReliabilityForecast } from '../core/analysis/reliability';
import { type ClientRow, nameList } from '../core/analysis/rows';
import { menuItemWords } from '../core/forms/formLayouts';
import { isOptedOut } from '../core/outreach/optOut';
import { explainForecast, healthLines } from '../core/reports/forecastWords';
import { describeAction } from '../core/reports/marketReports';
import {
  explainSuggestion,
  plannedPurpose,
  relationshipHealthLines,
} from '../core/reports/relationshipWords';
import type { ReportContext } from '../core/reports/reportContext';
import type { TableRecord } from '../core/tables/tableSpec';
import { selectedRow } from '../gas/selection';
import type { TableStore } from '../gas/tableStore';
import { showSidebarPage } from '../gas/ui';
import { analyseWorkbook } from './analysisRun';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

/**
 * One client at a glance, as the client card shows it. Each list holds the fields the card shows of
 * a row, dates as YYYY-MM-DD.
 */
export interface ClientCard {
  readonly ok: true;
  readonly client: ClientRow;
  /** Who to reach and when: the primary person (else the client's own contact fields), the next step. */
  readonly contact: ClientContact;
  /** The reliability forecast, and the same in words. */
  readonly reliability: ReliabilityForecast | null;
  readonly reliabilityText: string | null;
  /** Account health, one line per indicator (never mixed into the forecast). */
  readonly health: readonly string[];
  readonly abcClass: string | null;
  readonly xyzClass: string | null;
  readonly rfm: string | null;
  readonly revenue: number;
  readonly openClaims: readonly TableRecord[];
  readonly nextContacts: readonly TableRecord[];
  readonly obligations: readonly TableRecord[];
  readonly deals: readonly TableRecord[];
  /** The people at the client, primary first, each with when a done contact last reached them. */
  readonly people: readonly TableRecord[];
  /** The client's active relationship plans: objective, period, review date and the people, named. */
  readonly plans: readonly TableRecord[];
  /** Relationship health in words: who was last reached when, stale decision makers, one contact only. */
  readonly relationship: readonly string[];
  /**
   * Explained suggestions for using the relationships (a referral, a cross-sell, a revival), each
   * with the contact-plan record that plans it in one step (saved through the contact form's save).
   */
  readonly suggestions: readonly { readonly text: string; readonly planned: TableRecord }[];
  readonly competitors: readonly string[];
  readonly actions: readonly string[];
}

/** The client's contact as the card shows it; each field null when nobody typed it. */
export interface ClientContact {
  readonly person: string | null;
  readonly position: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly nextStep: string | null;
  readonly nextContactDate: string | null;
  /** The next contact date is before today. */
  readonly overdue: boolean;
}

const MAX_LISTED = 10;

/** A day as YYYY-MM-DD, or null for none (how pages receive dates). */
export const isoOrNull = (day: Day | null): string | null => (day === null ? null : dayToIso(day));

/**
 * The client a page opened without naming one is for: the client of the selected row (its ID on the
 * Clients sheet, its client column on any other table's sheet), or null.
 */
export function selectedClientId(store: TableStore): string | null {
  return selectedRow(store, (table) => (table.key === 'clients' ? 'id' : 'clientId'))?.value ?? null;
}

/** Menu: open the client card (of the client in the selected row, if any). */
export function showClientCard(): void {
  showSidebarPage('ClientCard', menuItemWords(currentTranslator()('menu.clientCard')));
}

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The client's contact: the primary person at the client in People (the first one, should there be
 * two), each field falling back to the client's own contact person, phone and e-mail (Suki keeps those
 * in step with the primary person; a hand edit or an older workbook may not have). The People rows
 * the analysis reads carry no phone, so the phone is the client's, which follows the primary person's.
 */
function contactOf(data: AnalysisData, client: ClientRow, asOfDay: Day): ClientContact {
  const primary = data.people.find(
    (p) => p.clientId === client.id && p.primary === 'yes' && p.status !== 'left',
  );
  const nextDay = client.nextContactDay;
  return {
    person: textOrNull(primary?.name) ?? textOrNull(client.contactPerson),
    position: primary ? textOrNull(primary.position) : null,
    phone: textOrNull(client.phone),
    email: textOrNull(primary?.email) ?? textOrNull(client.email),
    nextStep: textOrNull(client.nextStep),
    nextContactDate: isoOrNull(nextDay),
    overdue: nextDay !== null && nextDay < asOfDay,
  };
}

/**
 * The next contacts the card lists: the client's own next contact date (with its next step) when it
 * is set and no planned contact is on that day, then the planned contacts from today on.
 */
function nextContactsOf(data: AnalysisData, client: ClientRow, asOfDay: Day): TableRecord[] {
  const planned = data.contacts
    .filter((c) => c.clientId === client.id && isContactUpcoming(c, asOfDay))
    .sort((a, b) => (a.plannedDay ?? 0) - (b.plannedDay ?? 0))
    .slice(0, MAX_LISTED)
    .map(
      (c): TableRecord => ({
        id: c.id,
        plannedDate: isoOrNull(c.plannedDay),
        channel: c.channel,
        purpose: c.purpose,
      }),
    );
  const own = client.nextContactDay;
  const plannedThatDay = data.contacts.some(
    (c) => c.clientId === client.id && c.plannedDay === own && isContactUpcoming(c, asOfDay),
  );
  if (own === null || plannedThatDay) return planned;
  // The Clients table's own date: no contact-plan row, so no ID and no channel.
  const fromClient = { id: null, plannedDate: dayToIso(own), channel: null, purpose: client.nextStep };
  return [fromClient, ...planned].slice(0, MAX_LISTED);
}

/** The client's open claims, next planned contacts, pending obligations and deals, as the card lists them. */
function clientWork(
  data: AnalysisData,
  client: ClientRow,
  asOfDay: Day,
): Pick<ClientCard, 'openClaims' | 'nextContacts' | 'obligations' | 'deals' | 'people' | 'plans'> {
  const id = client.id;
  const ofClient = <R extends { readonly clientId: string }>(rows: readonly R[]) =>
    rows.filter((r) => r.clientId === id);
  return {
    openClaims: ofClient(data.claims)
      .filter((c) => isClaimOpen(c, asOfDay))
      .map((c) => ({ id: c.id, category: c.category, slaDueDate: isoOrNull(c.slaDueDay) })),
    nextContacts: nextContactsOf(data, client, asOfDay),
    obligations: ofClient(data.obligations)
      .filter(isObligationPending)
      .slice(0, MAX_LISTED)
      .map((o) => ({ id: o.id, obligation: o.obligation, dueDate: dayToIso(o.dueDay) })),
    deals: ofClient(data.deals)
      .slice(0, MAX_LISTED)
      .map((d) => ({ id: d.id, title: d.title, stage: d.stage, value: d.value })),
    people: peopleOf(data, id, asOfDay),
    plans: plansOf(data, id),
  };
}

/** The client's active plans, the people they depend on named (an ID not found is shown as typed). */
function plansOf(data: AnalysisData, id: string): TableRecord[] {
  const names = new Map(data.people.map((p) => [p.id ?? '', p.name]));
  return data.plans
    .filter((plan) => plan.clientId === id && plan.status === 'active')
    .slice(0, MAX_LISTED)
    .map((plan) => ({
      id: plan.id,
      objective: plan.objective,
      periodEnd: isoOrNull(plan.periodEndDay),
      reviewDate: isoOrNull(plan.reviewDay),
      people: nameList(plan.peopleIds)
        .map((personId) => names.get(personId) ?? personId)
        .join(', '),
    }));
}

/**
 * The client's people, primary first then by name, at most `limit` of them, each with the fields the
 * card and the relationship plan show and the day a done contact last reached them.
 */
export function peopleOf(
  data: AnalysisData,
  id: string,
  asOfDay: Day,
  limit = MAX_LISTED * 2,
): TableRecord[] {
  // The same rule as the People table's last-contacted column (relationships.ts).
  const own = contactFacts(data).filter((contact) => contact.clientId === id);
  const lastContact = lastContactByPerson(own, asOfDay);
  return data.people
    .filter((p) => p.clientId === id)
    .sort((a, b) => Number(b.primary === 'yes') - Number(a.primary === 'yes') || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      name: p.name,
      position: p.position,
      buyingRole: p.buyingRole,
      status: p.status,
      // Said as the key the pages compare with, whatever was typed in the sheet (core/outreach/optOut.ts).
      optedOut: isOptedOut(p.optedOut) ? 'yes' : 'no',
      primary: p.primary,
      lastContacted: isoOrNull(lastContact.get(p.id ?? '') ?? null),
    }));
}

/** The client's figures from the analysis: forecast, health, classes, revenue and recommended actions. */
function clientFigures(ctx: ReportContext, analysis: FullAnalysis, id: string) {
  const abc = analysis.abc.clients.find((e) => e.clientId === id);
  const forecast = analysis.reliability.clients.find((r) => r.clientId === id) ?? null;
  const health = analysis.accountHealth.find((h) => h.clientId === id);
  return {
    reliability: forecast,
    reliabilityText: forecast ? explainForecast(ctx.t, forecast) : null,
    health: health ? healthLines(ctx.t, health) : [],
    abcClass: abc?.abcClass ?? null,
    xyzClass: analysis.xyz.clients.find((e) => e.clientId === id)?.xyzClass ?? null,
    rfm: analysis.rfm.clients.find((e) => e.clientId === id)?.code ?? null,
    revenue: abc?.revenue ?? 0,
    actions: analysis.recommendations.byOwner
      .flatMap((o) => o.actions)
      // The card says the relationship's health and suggestions in its own lines.
      .filter((a) => a.why.clientId === id && !isRelationshipWhy(a.why))
      .map((a) => describeAction(ctx, a)),
  };
}

/**
 * Everything about one client: the reliability forecast in words, account health, classes, open claims, next contacts,
 * pending obligations, deals, competitors present and the recommended actions, all from the typed
 * rows the analysis read. `clientId` null means the client of the selected row. Reads each table once.
 */
export function getClientCard(clientId: unknown): ClientCard | { ok: false; message: string } {
  const t = currentTranslator();
  try {
    const { ctx, data, store } = analyseWorkbook(t);
    const id = typeof clientId === 'string' && clientId ? clientId : selectedClientId(store);
    const client = data.clients.find((c) => c.id === id);
    if (!id || !client) return { ok: false, message: t('card.pickClient') };
    const asOf = dayOfAsOf(ctx.analysis.asOf);
    const { names, clients } = ctx.analysis.relationships;
    const book = clients.find((entry) => entry.clientId === id);
    return {
      ok: true,
      client,
      relationship: book ? relationshipHealthLines(t, book.health, names) : [],
      suggestions: book
        ? book.suggestions.map((s) => ({
            text: explainSuggestion(t, s, names),
            planned: {
              clientId: s.planned.clientId,
              personId: s.planned.personId,
              channel: s.planned.channel,
              purpose: plannedPurpose(t, s),
              // Two days out: soon enough to act on, late enough to prepare.
              plannedDate: dayToIso((asOf + 2) as Day),
            },
          }))
        : [],
      ...clientFigures(ctx, ctx.analysis, id),
      ...clientWork(data, client, asOf),
      contact: contactOf(data, client, asOf),
      competitors: nameList(client.competitors),
    };
  } catch (error) {
    return { ok: false, message: describeFailure(t, error) };
  }
}
