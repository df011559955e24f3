/**
 * Each client's payment experiences: for every invoice whose outcome is known as of asOf, whether it
 * was paid late, by how many days, and how much it counts now (recent experiences count more).
 *
 * An invoice is an order with amount > 0. Its due date is the invoice due date, else (also when the
 * due date is before the order date, a typing slip) the order date plus the client's payment terms;
 * without either it is not judged. It is *late* when paid more than
 * `lateAfterDays` days after its due date, or still unpaid more than `lateAfterDays` days after it; paid
 * within that, it was on time; unpaid and not yet that far past due, its outcome is not known yet.
 * Nothing dated after asOf is seen: a later order does not exist yet and a later payment reads as
 * unpaid, so a forecast as of a past date uses exactly what was known then.
 */
import type { Day } from './days';
import type { ClientRow, OrderRow } from './rows';

/** One judged invoice, as the latest few are kept. */
interface PaymentExperience {
  readonly dueDay: Day;
  readonly late: boolean;
}

/** How many of a client's latest judged invoices are kept, by due date (what a turn looks at). */
const RECENT_KEPT = 4;

/** A client's judged invoices: their totals, and the latest few. */
export interface ClientPayments {
  /** The latest RECENT_KEPT judged invoices by due date, oldest first. */
  readonly recent: readonly PaymentExperience[];
  readonly invoices: number;
  readonly late: number;
  /** Late invoices still unpaid on asOf. */
  readonly unpaidLate: number;
  /** Mean days past due of the late invoices (null when none was late). */
  readonly averageDaysLate: number | null;
  /**
   * Σ weight, and Σ weight of the late ones: the evidence the forecast counts. An invoice's weight
   * halves every `halfLifeDays` between the day its outcome was known and asOf.
   */
  readonly weightedInvoices: number;
  readonly weightedLate: number;
}

/** How invoices are judged and weighted (from the reliability settings). */
interface PaymentRules {
  readonly asOfDay: Day;
  readonly lateAfterDays: number;
  readonly halfLifeDays: number;
}

/** A client's totals while the orders are read (one object per client, none per invoice). */
interface Tally {
  recent: PaymentExperience[];
  invoices: number;
  late: number;
  unpaidLate: number;
  lateDays: number;
  weightedInvoices: number;
  weightedLate: number;
}

/** Adds one judged invoice to the tally, keeping the latest few in due-date order. */
function add(tally: Tally, dueDay: Day, daysLate: number, late: boolean, unpaid: boolean, weight: number) {
  tally.invoices++;
  tally.weightedInvoices += weight;
  if (late) {
    tally.late++;
    tally.lateDays += daysLate;
    tally.weightedLate += weight;
    if (unpaid) tally.unpaidLate++;
  }
  const recent = tally.recent;
  const full = recent.length === RECENT_KEPT;
  if (full && dueDay < (recent[0] as PaymentExperience).dueDay) return;
  // Orders mostly come in date order: the new one usually goes last, past the others.
  let i = full ? RECENT_KEPT - 1 : recent.length;
  if (full) for (let j = 0; j < i; j++) recent[j] = recent[j + 1] as PaymentExperience;
  while (i > 0 && (recent[i - 1] as PaymentExperience).dueDay > dueDay) {
    recent[i] = recent[i - 1] as PaymentExperience;
    i--;
  }
  recent[i] = { dueDay, late };
}

/** Judges one invoice as of asOf (see the module notes) into its client's tally, unless its outcome is not known yet. */
function judge(order: OrderRow, dueDay: Day, rules: PaymentRules, tally: Tally): void {
  const { asOfDay, lateAfterDays, halfLifeDays } = rules;
  const paid = order.paidDay !== null && order.paidDay <= asOfDay ? order.paidDay : null;
  let knownDay: Day;
  let daysLate: number;
  if (paid !== null) {
    knownDay = paid;
    daysLate = Math.max(0, paid - dueDay);
  } else {
    if (asOfDay - dueDay <= lateAfterDays) return;
    // Still unpaid is news as of today, however long ago it fell due.
    knownDay = asOfDay;
    daysLate = asOfDay - dueDay;
  }
  const late = daysLate > lateAfterDays;
  const weight = 0.5 ** (Math.max(0, asOfDay - knownDay) / halfLifeDays);
  add(tally, dueDay, daysLate, late, paid === null, weight);
}

/** Each client's payment terms in days, by client ID (clients without terms left out). */
export function paymentTermsOf(clients: readonly ClientRow[]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const c of clients) if (c.paymentTermsDays !== null) terms.set(c.id, c.paymentTermsDays);
  return terms;
}

/**
 * The day an order's invoice falls due (see the module notes), or null when it is no invoice (amount
 * ≤ 0) or has neither a usable due date nor client terms.
 */
export function invoiceDueDay(order: OrderRow, terms: ReadonlyMap<string, number>): Day | null {
  if (order.amount <= 0) return null;
  if (order.invoiceDueDay !== null && order.invoiceDueDay >= order.day) return order.invoiceDueDay;
  const clientTerms = terms.get(order.clientId);
  return clientTerms === undefined ? null : order.day + clientTerms;
}

/** Every client's judged invoices as of `rules.asOfDay`, in one pass over the orders. */
export function paymentHistories(
  orders: readonly OrderRow[],
  clients: readonly ClientRow[],
  rules: PaymentRules,
): Map<string, ClientPayments> {
  const terms = paymentTermsOf(clients);
  const tallies = new Map<string, Tally>();
  for (const order of orders) {
    if (order.day > rules.asOfDay) continue;
    const dueDay = invoiceDueDay(order, terms);
    if (dueDay === null) continue;
    let tally = tallies.get(order.clientId);
    if (!tally) {
      tally = {
        recent: [],
        invoices: 0,
        late: 0,
        unpaidLate: 0,
        lateDays: 0,
        weightedInvoices: 0,
        weightedLate: 0,
      };
      tallies.set(order.clientId, tally);
    }
    judge(order, dueDay, rules, tally);
  }
  const histories = new Map<string, ClientPayments>();
  for (const [clientId, t] of tallies)
    histories.set(clientId, {
      recent: t.recent,
      invoices: t.invoices,
      late: t.late,
      unpaidLate: t.unpaidLate,
      averageDaysLate: t.late > 0 ? t.lateDays / t.late : null,
      weightedInvoices: t.weightedInvoices,
      weightedLate: t.weightedLate,
    });
  return histories;
}
