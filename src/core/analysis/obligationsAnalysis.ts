/**
 * Obligations: what the company promised clients and whether it is keeping its word. Lists what falls
 * due soon and what is overdue, and each client's share of obligations kept on time.
 *
 * An obligation is *assessed* once its outcome is known: done (kept when the done date is on or before
 * the due date, late otherwise) or pending past its due date (overdue, so not kept). Pending and not
 * yet due, waived, and done without a done date (lateness unknown) are not assessed.
 */
import { type Day, dayToIso } from './days';
import { isObligationOverdue, isObligationPending } from './definitions';
import type { ObligationRow } from './rows';
import { DEFAULT_SETTINGS } from './settings';

export interface ObligationRecord {
  readonly clientId: string;
  readonly kept: number;
  readonly late: number;
  readonly overdue: number;
  readonly assessed: number;
  /** kept / assessed; null when nothing is assessed. */
  readonly keptShare: number | null;
}

interface ObligationListItem {
  readonly obligationId: string | null;
  readonly clientId: string;
  readonly owner: string | null;
  readonly obligation: string | null;
  readonly dueDate: string;
  /** Days until due (due soon) or days past due (overdue). */
  readonly days: number;
}

export interface ObligationsResult {
  readonly dueSoonDays: number;
  /** Pending, due from asOf to asOf + dueSoonDays inclusive; soonest first. */
  readonly dueSoon: readonly ObligationListItem[];
  /** Pending and due before asOf; longest overdue first. */
  readonly overdue: readonly ObligationListItem[];
  /** Clients with at least one assessed obligation, lowest kept share first. */
  readonly byClient: readonly ObligationRecord[];
  readonly totals: { readonly assessed: number; readonly kept: number; readonly keptShare: number | null };
}

/** Each client's kept / late / overdue counts (see the module notes); shared with account health. */
export function obligationRecords(
  obligations: readonly ObligationRow[],
  asOfDay: Day,
): Map<string, ObligationRecord> {
  const tallies = new Map<string, { kept: number; late: number; overdue: number }>();
  for (const o of obligations) {
    let outcome: 'kept' | 'late' | 'overdue' | null = null;
    if (o.status === 'done' && o.doneDay !== null) outcome = o.doneDay <= o.dueDay ? 'kept' : 'late';
    else if (isObligationOverdue(o, asOfDay)) outcome = 'overdue';
    if (outcome === null) continue;
    let t = tallies.get(o.clientId);
    if (!t) {
      t = { kept: 0, late: 0, overdue: 0 };
      tallies.set(o.clientId, t);
    }
    t[outcome]++;
  }
  const records = new Map<string, ObligationRecord>();
  for (const [clientId, t] of tallies) {
    const assessed = t.kept + t.late + t.overdue;
    records.set(clientId, {
      clientId,
      kept: t.kept,
      late: t.late,
      overdue: t.overdue,
      assessed,
      keptShare: assessed > 0 ? t.kept / assessed : null,
    });
  }
  return records;
}

function listItem(o: ObligationRow, days: number): ObligationListItem {
  return {
    obligationId: o.id,
    clientId: o.clientId,
    owner: o.owner,
    obligation: o.obligation,
    dueDate: dayToIso(o.dueDay),
    days,
  };
}

function byIdThen(a: ObligationListItem, b: ObligationListItem): number {
  const ia = a.obligationId ?? '';
  const ib = b.obligationId ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Obligations due soon, overdue, and kept on time per client, as of `asOfDay`. */
export function analyseObligations(
  obligations: readonly ObligationRow[],
  asOfDay: Day,
  dueSoonDays: number = DEFAULT_SETTINGS.obligations.dueSoonDays,
  records: ReadonlyMap<string, ObligationRecord> = obligationRecords(obligations, asOfDay),
): ObligationsResult {
  const dueSoon: ObligationListItem[] = [];
  const overdue: ObligationListItem[] = [];
  for (const o of obligations) {
    if (!isObligationPending(o)) continue;
    if (isObligationOverdue(o, asOfDay)) overdue.push(listItem(o, asOfDay - o.dueDay));
    else if (o.dueDay - asOfDay <= dueSoonDays) dueSoon.push(listItem(o, o.dueDay - asOfDay));
  }
  dueSoon.sort((a, b) => a.days - b.days || byIdThen(a, b));
  overdue.sort((a, b) => b.days - a.days || byIdThen(a, b));
  const byClient = [...records.values()].sort(
    (a, b) => (a.keptShare ?? 0) - (b.keptShare ?? 0) || (a.clientId < b.clientId ? -1 : 1),
  );
  let assessed = 0;
  let kept = 0;
  for (const r of byClient) {
    assessed += r.assessed;
    kept += r.kept;
  }
  return {
    dueSoonDays,
    dueSoon,
    overdue,
    byClient,
    totals: { assessed, kept, keptShare: assessed > 0 ? kept / assessed : null },
  };
}
