/**
 * The relationship plan's sidebar (issue #16): one client's plan (objective, period, review date, the
 * people it depends on), its opportunities (open deals), its risks in words (open claims, overdue
 * obligations, a forecast of paying late) and its actions (the planned contacts), read in one
 * analysis run. Saves go through records.saveRecord / updateRecord like every form's.
 */
import { type Day, asOfDay as dayOfAsOf, dayToIso } from '../core/analysis/days';
import {
  isClaimOpen,
  isContactOverdue,
  isContactUpcoming,
  isDealOpen,
  isObligationOverdue,
} from '../core/analysis/definitions';
import type { AnalysisData } from '../core/analysis/inputs';
import type { ReliabilityForecast } from '../core/analysis/reliability';
import { nameList } from '../core/analysis/rows';
import { wholePercent } from '../core/analysis/stats';
import { FORM_LAYOUTS } from '../core/forms/formLayouts';
import type { Translator } from '../core/i18n/translate';
import { done, type PageResult, refused } from '../core/pageResult';
import { PLANS_TABLE } from '../core/tables/planTable';
import { choiceLabelKey, columnOf, type TableRecord } from '../core/tables/tableSpec';
import { CLAIMS_TABLE } from '../core/tables/workTables';
import { UserFacingError } from '../core/userError';
import { putPendingEdit, takePendingEdit } from '../gas/pendingEdit';
import type { TableStore } from '../gas/tableStore';
import { showSidebarPage } from '../gas/ui';
import { analyseWorkbook } from './analysisRun';
import { isoOrNull, peopleOf, selectedClientId } from './clientCard';
import { currentTranslator } from './locale';

/**
 * The client the card asked the plan's page to open, waiting in the person's cache like an edit
 * request (src/gas/pendingEdit.ts). Not a table's key, so no form's page takes it.
 */
const PENDING_CLIENT = 'relationshipPlan.client';
/** The people and actions a plan lists at most (a contact scheme can plan many steps ahead). */
const MAX_PEOPLE = 50;
const MAX_ACTIONS = 30;
/** The longest client or plan ID looked up (anything longer is nothing a person picked). */
const MAX_ID_LENGTH = 40;

/** One risk to the relationship, said in the reader's language. */
interface PlanRisk {
  readonly kind: 'claim' | 'obligation' | 'lateLikely' | 'turnedLate';
  /** The claim or obligation it is about; null for the forecast. */
  readonly id: string | null;
  readonly text: string;
}

/** One planned contact of the client, as the plan lists its actions. */
interface PlanAction {
  readonly id: string | null;
  readonly plannedDate: string | null;
  /** Still planned on a day before today: it happened unlogged, or was missed. */
  readonly overdue: boolean;
  readonly channel: string | null;
  readonly personId: string | null;
  /** The person's name, or their ID when the People table has no such person. */
  readonly person: string | null;
  readonly purpose: string | null;
  readonly owner: string | null;
}

/** One client's relationship plan as its sidebar shows it; dates as YYYY-MM-DD. */
export interface RelationshipPlan {
  readonly client: { readonly id: string; readonly name: string; readonly owner: string | null };
  /**
   * The plan shown: the one asked for, else the client's newest active plan; null when it has none.
   * `record` is the stored record as the form edits it; `peopleIds` its people, one ID each.
   */
  readonly plan: {
    readonly id: string;
    readonly record: TableRecord;
    readonly peopleIds: readonly string[];
  } | null;
  /** The people at the client, primary first (as the client card lists them). */
  readonly people: readonly TableRecord[];
  /** The client's open deals (neither won nor lost). */
  readonly opportunities: readonly TableRecord[];
  readonly risks: readonly PlanRisk[];
  /** The client's planned contacts, overdue ones first, then from today on, by date. */
  readonly actions: readonly PlanAction[];
  /** Planned contacts beyond those listed. */
  readonly moreActions: number;
}

const idOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_ID_LENGTH ? value.trim() : null;

/** The client's open deals, as the plan lists its opportunities. */
function opportunitiesOf(data: AnalysisData, id: string): TableRecord[] {
  return data.deals
    .filter((deal) => deal.clientId === id && isDealOpen(deal))
    .map((deal) => ({
      id: deal.id,
      title: deal.title,
      stage: deal.stage,
      value: deal.value,
      nextStep: deal.nextStep,
      owner: deal.owner,
    }));
}

/** The forecast's risks: a high band, and recent invoices turned late (the paymentsTurnedLate fact). */
function forecastRisks(t: Translator, forecast: ReliabilityForecast | undefined): PlanRisk[] {
  const risks: PlanRisk[] = [];
  if (forecast?.band === 'high') {
    const text = t('plan.risk.lateLikely', {
      chance: wholePercent(forecast.probability),
      low: wholePercent(forecast.low),
      high: wholePercent(forecast.high),
    });
    risks.push({ kind: 'lateLikely', id: null, text });
  }
  const turn = forecast?.turn;
  if (turn) {
    const text = t('plan.risk.turnedLate', {
      earlierLate: turn.earlierLate,
      earlierInvoices: turn.earlierInvoices,
      recentLate: turn.recentLate,
      recentInvoices: turn.recentInvoices,
    });
    risks.push({ kind: 'turnedLate', id: null, text });
  }
  return risks;
}

/** The risks to the relationship: open claims, overdue obligations, then the forecast's. */
function risksOf(
  t: Translator,
  data: AnalysisData,
  forecast: ReliabilityForecast | undefined,
  id: string,
  asOfDay: Day,
): PlanRisk[] {
  const category = columnOf(CLAIMS_TABLE, 'category');
  const claims = data.claims
    .filter((claim) => claim.clientId === id && isClaimOpen(claim, asOfDay))
    .map((claim): PlanRisk => {
      const params = {
        id: claim.id ?? '',
        category: claim.category ? t(choiceLabelKey(category, claim.category)) : '—',
        date: dayToIso(claim.receivedDay),
      };
      const text =
        claim.slaDueDay === null
          ? t('plan.risk.claim', params)
          : t('plan.risk.claimDue', { ...params, due: dayToIso(claim.slaDueDay) });
      return { kind: 'claim', id: claim.id, text };
    });
  const obligations = data.obligations
    .filter((obligation) => obligation.clientId === id && isObligationOverdue(obligation, asOfDay))
    .map((obligation): PlanRisk => {
      const text = t('plan.risk.obligation', {
        id: obligation.id ?? '',
        obligation: obligation.obligation ?? '',
        date: dayToIso(obligation.dueDay),
        days: asOfDay - obligation.dueDay,
      });
      return { kind: 'obligation', id: obligation.id, text };
    });
  return [...claims, ...obligations, ...forecastRisks(t, forecast)];
}

/** The client's planned contacts, overdue and from today on, by date, each with its person named. */
function actionsOf(
  data: AnalysisData,
  id: string,
  asOfDay: Day,
): Pick<RelationshipPlan, 'actions' | 'moreActions'> {
  const names = new Map(data.people.map((person) => [person.id ?? '', person.name]));
  const planned = data.contacts
    .filter(
      (contact) =>
        contact.clientId === id &&
        (isContactOverdue(contact, asOfDay) || isContactUpcoming(contact, asOfDay)),
    )
    .sort((a, b) => (a.plannedDay ?? 0) - (b.plannedDay ?? 0));
  const actions = planned.slice(0, MAX_ACTIONS).map(
    (contact): PlanAction => ({
      id: contact.id,
      plannedDate: isoOrNull(contact.plannedDay),
      overdue: isContactOverdue(contact, asOfDay),
      channel: contact.channel,
      personId: contact.personId,
      person: contact.personId ? (names.get(contact.personId) ?? contact.personId) : null,
      purpose: contact.purpose,
      owner: contact.owner,
    }),
  );
  return { actions, moreActions: planned.length - actions.length };
}

/** The plan to show: `planId` when it is one of the client's plans, else its newest active one. */
function planOf(
  data: AnalysisData,
  store: TableStore,
  clientId: string,
  planId: string | null,
): RelationshipPlan['plan'] {
  const own = data.plans.filter((plan) => plan.clientId === clientId && plan.id !== null);
  const chosen =
    own.find((plan) => planId !== null && plan.id === planId) ??
    own
      .filter((plan) => plan.status === 'active')
      .sort((a, b) => String(b.id).localeCompare(String(a.id)))[0];
  const found = chosen?.id ? store.findById(PLANS_TABLE, chosen.id) : null;
  if (!chosen?.id || !found) return null;
  const people = found.record.peopleIds;
  return {
    id: chosen.id,
    record: found.record,
    peopleIds: nameList(typeof people === 'string' ? people : null),
  };
}

/**
 * One client's relationship plan: the client, its plan (`planId` if it is the client's, else its
 * newest active one), people, opportunities, risks in the reader's words and planned actions, from
 * one analysis run (each table read once, whatever its size) and one read of the plan's row.
 * `clientId` null: the client the card asked for, else the selected row's. Throws a UserFacingError
 * when there is no such client; the page reaches it through pageCalls.ts as a PageResult.
 */
export function getRelationshipPlan(clientId: unknown, planId?: unknown): RelationshipPlan {
  const t = currentTranslator();
  const { ctx, data, store } = analyseWorkbook(t);
  const id = idOrNull(clientId) ?? idOrNull(takePendingEdit(PENDING_CLIENT)?.id) ?? selectedClientId(store);
  const client = data.clients.find((c) => c.id === id);
  if (!id || !client) throw new UserFacingError('plan.pickClient');
  const asOfDay = dayOfAsOf(ctx.analysis.asOf);
  const forecast = ctx.analysis.reliability.clients.find((f) => f.clientId === id);
  return {
    client: { id, name: client.name ?? '', owner: client.owner },
    plan: planOf(data, store, id, idOrNull(planId)),
    people: peopleOf(data, id, asOfDay, MAX_PEOPLE),
    opportunities: opportunitiesOf(data, id),
    risks: risksOf(t, data, forecast, id, asOfDay),
    ...actionsOf(data, id, asOfDay),
  };
}

/**
 * Opens the relationship plan's sidebar for `clientId` (the client card's button): the client waits
 * in the person's cache for the page, as an edit request does. A value that is no ID is refused by
 * name, and nothing opens.
 */
export function showRelationshipPlan(clientId: unknown): PageResult {
  const t = currentTranslator();
  const id = idOrNull(clientId);
  if (!id) return refused(t('plan.pickClient'), [{ field: 'clientId', message: t('plan.pickClient') }]);
  putPendingEdit({ table: PENDING_CLIENT, id });
  const form = FORM_LAYOUTS.plans;
  if (form) showSidebarPage(form.page, t(form.title));
  return done('', {});
}
