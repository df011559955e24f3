import type { AbcClass } from '../core/analysis/abc';
import { type Day, asOfDay as dayOfAsOf, dayToIso } from '../core/analysis/days';
import type { FullAnalysis } from '../core/analysis/fullAnalysis';
import { analyseTables } from '../core/analysis/fullAnalysis';
import type { AnalysisData } from '../core/analysis/inputs';
import { lastDoneContactByClient, recommendActions } from '../core/analysis/recommendations';
import { isRelationshipWhy } from '../core/analysis/relationshipActions';
import { analyseRelationships, type RelationshipsResult } from '../core/analysis/relationshipFacts';
import { type ClientRow, nameList } from '../core/analysis/rows';
import { isoDateInZone } from '../core/dates';
import { menuItemWords } from '../core/forms/formLayouts';
import { healthLines } from '../core/reports/forecastWords';
import { describeAction } from '../core/reports/marketReports';
import {
  explainSuggestion,
  plannedPurpose,
  relationshipHealthLines,
} from '../core/reports/relationshipWords';
import type { ReportContext } from '../core/reports/reportContext';
import { RELIABILITY_BANDS } from '../core/tables/clientsTable';
import type { TableRecord } from '../core/tables/tableSpec';
import { activeStore } from '../gas/activeDocument';
import { readAnalysisSettings } from '../gas/analysisSettings';
import { settleInterruptedWrites } from '../gas/documentLock';
import { selectedRow } from '../gas/selection';
import type { TableStore } from '../gas/tableStore';
import { showSidebarPage } from '../gas/ui';
import { type ComputedFigures, computedFigures, readClientRows } from './clientCardData';
import { type ClientContact, type ClientWork, clientWork, contactOf } from './clientCardLists';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';

export { isoOrNull, peopleOf } from './clientCardLists';

type ReliabilityBand = (typeof RELIABILITY_BANDS)[number];

/**
 * One client at a glance, as the client card shows it. Each list holds the fields the card shows of
 * a row, dates as YYYY-MM-DD.
 */
export interface ClientCard extends ClientWork {
  readonly ok: true;
  readonly client: ClientRow;
  /** Who to reach and when: the primary person (else the client's own contact fields), the next step. */
  readonly contact: ClientContact;
  /**
   * The forecast as the last report computed it from the whole book: the Clients row's late chance
   * (whole percent) and band; null while no report has computed it for this client.
   */
  readonly forecast: { readonly lateChance: number; readonly band: ReliabilityBand } | null;
  /** When the figures that need the whole book (forecast, ABC class) were computed, and whether they are stale. */
  readonly computed: ComputedFigures;
  /** Account health, one line per indicator (never mixed into the forecast). */
  readonly health: readonly string[];
  /** From the Clients row's computed column (the book's revenue ranking), as the last report wrote it. */
  readonly abcClass: string | null;
  readonly xyzClass: string | null;
  readonly revenue: number;
  /** Relationship health in words: who was last reached when, stale decision makers, one contact only. */
  readonly relationship: readonly string[];
  /**
   * Explained suggestions for using the relationships (a referral, a revival), each with the
   * contact-plan record that plans it in one step (saved through the contact form's save).
   * Cross-selling compares the client with similar clients, so the Relationships report lists it.
   */
  readonly suggestions: readonly { readonly text: string; readonly planned: TableRecord }[];
  readonly competitors: readonly string[];
  readonly actions: readonly string[];
}

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

/** What the last report computed from the whole book, as the Clients row's computed columns hold it. */
interface BookFigures {
  readonly abcClass: AbcClass | null;
  readonly lateChance: number | null;
  readonly band: ReliabilityBand | null;
}

function bookFiguresOf(row: TableRecord): BookFigures {
  const abc = typeof row.abcClass === 'string' ? row.abcClass.trim() : '';
  const chance = row.lateChance;
  const band = RELIABILITY_BANDS.find((b) => b === row.reliabilityBand) ?? null;
  return {
    abcClass: abc === 'A' || abc === 'B' || abc === 'C' ? abc : null,
    lateChance: typeof chance === 'number' && chance >= 0 && chance <= 100 ? chance : null,
    band,
  };
}

/** Recommendations that compare the client with the book (its prior), which the card does not read. */
const RULES_NEEDING_THE_BOOK: ReadonlySet<string> = new Set(['riskyCreditTerms']);

/**
 * The recommended actions for the client: the rules on its own rows, with its ABC class and late
 * chance from the computed columns. The forecast the payment rules read is the client's own
 * (history, a turn to late payment) with the computed chance and band; a rule that needs the
 * book's prior is left to the Recommendations report.
 */
function cardActions(
  ctx: ReportContext,
  data: AnalysisData,
  relationships: RelationshipsResult,
  figures: BookFigures,
  asOf: Day,
): string[] {
  const client = data.clients[0] as ClientRow;
  const own = ctx.analysis.reliability.clients.find((f) => f.clientId === client.id);
  const forecast =
    own && figures.lateChance !== null && figures.band !== null
      ? { ...own, probability: figures.lateChance / 100, band: figures.band }
      : null;
  const result = recommendActions(
    {
      asOfDay: asOf,
      clients: data.clients,
      claims: data.claims,
      obligations: data.obligations,
      deals: data.deals,
      abcClass: new Map(figures.abcClass ? [[client.id, figures.abcClass]] : []),
      lastDoneContact: lastDoneContactByClient(data.contacts, asOf),
      reliability: new Map(forecast ? [[client.id, forecast]] : []),
      relationships: relationships.clients,
    },
    ctx.analysis.settings.recommendations,
  );
  return (
    result.byOwner
      .flatMap((o) => o.actions)
      .filter((a) => !RULES_NEEDING_THE_BOOK.has(a.rule))
      // The card says the relationship's health and suggestions in its own lines.
      .filter((a) => a.why.clientId === client.id && !isRelationshipWhy(a.why))
      .map((a) => describeAction(ctx, a))
  );
}

/** The card's relationship lines and suggestions, said from the analysis of the client's rows. */
function relationshipParts(t: ReportContext['t'], relationships: RelationshipsResult, id: string, asOf: Day) {
  const { names, clients } = relationships;
  const book = clients.find((entry) => entry.clientId === id);
  return {
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
  };
}

/**
 * Everything about one client: account health, classes, open claims, next contacts, pending
 * obligations, deals, people, plans, relationships, competitors present and the recommended actions,
 * from the client's own rows (read by search, not whole tables: see clientCardData.ts); the
 * forecast and ABC class as the last report computed them, with when. `clientId` null means the
 * client of the selected row. The same calls at 1,000 and 50,000 clients.
 */
export function getClientCard(clientId: unknown): ClientCard | { ok: false; message: string } {
  const t = currentTranslator();
  try {
    // Reads without the lock, so first let a cut-off action's half-written rows be undone.
    settleInterruptedWrites();
    const store = activeStore();
    const id = typeof clientId === 'string' && clientId ? clientId : selectedClientId(store);
    const rows = id && id.length <= 40 ? readClientRows(store, id) : null;
    const today = isoDateInZone(new Date(), store.timeZone);
    // The analyses over this client's rows alone: right for all that depends on the client only.
    const { analysis, data } = rows
      ? analyseTables(rows.tables, today, readAnalysisSettings())
      : { analysis: null, data: null };
    const client = data?.clients[0];
    if (!rows || !analysis || !data || !client) return { ok: false, message: t('card.pickClient') };
    const asOf = dayOfAsOf(today);
    const figures = bookFiguresOf(rows.client);
    const relationships = analyseRelationships(
      data,
      {
        abc: { clients: figures.abcClass ? [{ clientId: client.id, abcClass: figures.abcClass }] : [] },
        reliability: {
          clients:
            figures.lateChance === null
              ? []
              : [{ clientId: client.id, probability: figures.lateChance / 100 }],
        },
      },
      asOf,
    );
    const fixed: FullAnalysis = { ...analysis, relationships };
    const ctx: ReportContext = { analysis: fixed, t, clientNames: new Map([[client.id, client.name ?? '']]) };
    const health = analysis.accountHealth.find((h) => h.clientId === client.id);
    return {
      ok: true,
      client,
      ...relationshipParts(t, relationships, client.id, asOf),
      forecast:
        figures.lateChance !== null && figures.band !== null
          ? { lateChance: figures.lateChance, band: figures.band }
          : null,
      computed: computedFigures(store, rows, asOf),
      health: health ? healthLines(t, health) : [],
      abcClass: figures.abcClass,
      xyzClass: analysis.xyz.clients.find((e) => e.clientId === client.id)?.xyzClass ?? null,
      revenue: analysis.abc.clients.find((e) => e.clientId === client.id)?.revenue ?? 0,
      actions: cardActions(ctx, data, relationships, figures, asOf),
      ...clientWork(data, client, asOf),
      contact: contactOf(data, client, asOf),
      competitors: nameList(client.competitors),
    };
  } catch (error) {
    return { ok: false, message: describeFailure(t, error) };
  }
}
