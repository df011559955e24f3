/**
 * What a manager's credit evidence is worth: a trade reference, a registry check or a credit report
 * counts as a number of invoices paid on time (a good outcome) or late (a bad one), in the forecast's
 * Beta posterior. The book sets each number: among clients with that kind and outcome of evidence
 * and their own payment history, the average late share m (shrunk toward the book's μ with 3
 * clients' weight) is what the evidence alone should forecast, so with the prior's strength κ
 *
 *   bad:  (μκ + w) / (κ + w) = m   →  w = κ (m − μ) / (1 − m)   (0 when m ≤ μ)
 *   good: μκ / (κ + w) = m         →  w = κ (μ − m) / m         (0 when m ≥ μ)
 *
 * That is blended with a default worth (a trade reference or credit report as one invoice, a
 * registry check as half) by the number of such clients against 5, and capped at 4 invoices. Each
 * item then counts less as it ages, with the same half-life as invoices. The same kind, outcome and
 * source twice counts once, and the j-th item of one kind and outcome counts 1/j of the worth, so
 * piling up references cannot talk a buyer into reliability. Evidence is seen from the later of its
 * checked date and the day it was recorded (a check typed in with an earlier date was not known
 * then), and not before asOf.
 */
import { EVIDENCE_KINDS, EVIDENCE_OUTCOMES } from '../tables/evidenceTable';
import { type BookPrior, clampShare } from './bookPrior';
import type { Day } from './days';
import type { ClientPayments } from './paymentHistory';
import type { EvidenceRow } from './rows';

type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
type EvidenceOutcome = (typeof EVIDENCE_OUTCOMES)[number];

const DEFAULT_WORTH: Readonly<Record<EvidenceKind, number>> = {
  tradeReference: 1,
  registration: 0.5,
  creditCheck: 1,
};
const DEFAULT_WEIGHT_CLIENTS = 5;
const SHRINK_CLIENTS = 3;
const MAX_WORTH = 4;

/** A client's evidence of one kind and outcome, as the explanation lists it. */
export interface EvidenceCount {
  readonly kind: EvidenceKind;
  readonly outcome: EvidenceOutcome;
  readonly count: number;
  /** Invoices each item is worth today (before ageing). */
  readonly worth: number;
}

/** A client's evidence while it is read: the sides of the posterior, the sources seen, the counts. */
interface Tally {
  late: number;
  onTime: number;
  items: number;
  sources: Set<string>;
  counts: Map<string, EvidenceCount>;
}

/** A client's evidence: what it adds to the late and on-time sides of the posterior, and its items. */
export interface ClientEvidence {
  readonly late: number;
  readonly onTime: number;
  readonly items: number;
  readonly counts: readonly EvidenceCount[];
}

const keyOf = (kind: EvidenceKind, outcome: EvidenceOutcome) => `${kind}:${outcome}`;

/** Whether `e` was known as of `asOfDay`: checked and recorded by then. */
const knownBy = (e: EvidenceRow, asOfDay: Day) =>
  Math.max(e.checkedDay, e.createdDay ?? e.checkedDay) <= asOfDay;

/** The worth of each kind and outcome of evidence, learnt from the book (see the module notes). */
function evidenceWorth(
  evidence: readonly EvidenceRow[],
  histories: ReadonlyMap<string, ClientPayments>,
  book: BookPrior,
  asOfDay: Day,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const e of evidence) {
    if (!knownBy(e, asOfDay)) continue;
    const key = keyOf(e.kind, e.outcome);
    const clients = seen.get(key) ?? new Set<string>();
    clients.add(e.clientId);
    seen.set(key, clients);
  }
  const mu = clampShare(book.lateShare);
  const kappa = book.strength;
  const worth = new Map<string, number>();
  for (const kind of EVIDENCE_KINDS) {
    for (const outcome of EVIDENCE_OUTCOMES) {
      const key = keyOf(kind, outcome);
      let n = 0;
      let sum = 0;
      for (const clientId of seen.get(key) ?? []) {
        const h = histories.get(clientId);
        if (!h || h.weightedInvoices <= 0) continue;
        n++;
        sum += h.weightedLate / h.weightedInvoices;
      }
      const m = (sum + SHRINK_CLIENTS * mu) / (n + SHRINK_CLIENTS);
      const learnt =
        outcome === 'bad' ? (m > mu ? (kappa * (m - mu)) / (1 - m) : 0) : m < mu ? (kappa * (mu - m)) / m : 0;
      const blended =
        (n * learnt + DEFAULT_WEIGHT_CLIENTS * DEFAULT_WORTH[kind]) / (n + DEFAULT_WEIGHT_CLIENTS);
      worth.set(key, Math.min(MAX_WORTH, blended));
    }
  }
  return worth;
}

/**
 * Every client's evidence as of `asOfDay`, each item worth what the book shows and ageing with
 * `halfLifeDays`.
 */
export function clientEvidence(
  evidence: readonly EvidenceRow[],
  histories: ReadonlyMap<string, ClientPayments>,
  book: BookPrior,
  asOfDay: Day,
  halfLifeDays: number,
): Map<string, ClientEvidence> {
  const worth = evidenceWorth(evidence, histories, book, asOfDay);
  const byClient = new Map<string, Tally>();
  for (const e of evidence) {
    if (!knownBy(e, asOfDay)) continue;
    let entry = byClient.get(e.clientId);
    if (!entry) {
      entry = { late: 0, onTime: 0, items: 0, sources: new Set(), counts: new Map() };
      byClient.set(e.clientId, entry);
    }
    const key = keyOf(e.kind, e.outcome);
    const source = `${key}:${(e.source ?? '').trim().toLowerCase().replace(/\s+/g, ' ')}`;
    if (entry.sources.has(source)) continue;
    entry.sources.add(source);
    const w = worth.get(key) ?? 0;
    const count = (entry.counts.get(key)?.count ?? 0) + 1;
    const aged = (w / count) * 0.5 ** (Math.max(0, asOfDay - e.checkedDay) / halfLifeDays);
    if (e.outcome === 'bad') entry.late += aged;
    else entry.onTime += aged;
    entry.items++;
    entry.counts.set(key, { kind: e.kind, outcome: e.outcome, count, worth: w });
  }
  const result = new Map<string, ClientEvidence>();
  for (const [clientId, entry] of byClient)
    result.set(clientId, {
      late: entry.late,
      onTime: entry.onTime,
      items: entry.items,
      counts: [...entry.counts.values()],
    });
  return result;
}
