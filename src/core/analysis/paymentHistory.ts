/**
 * Each client's payment experiences: for every invoice whose outcome is known as of asOf, whether it
 * was paid late, by how many days, and how much it counts now (recent experiences count more).
 *
 * An invoice is an order with amount > 0. Its due date is the invoice due date, else the order date
 * plus the client's payment terms; without either it is not judged. It is *late* when paid more than
 * `lateAfterDays` days after its due date, or still unpaid more than `lateAfterDays` days after it; paid
 * within that, it was on time; unpaid and not yet that far past due, its outcome is not known yet.
 * Nothing dated after asOf is seen: a later order does not exist yet and a later payment reads as
 * unpaid, so a forecast as of a past date uses exactly what was known then.
 */
import type { Day } from './days';
import type { ClientRow, OrderRow } from './rows';

/** One judged invoice. */
interface PaymentExperience {
  readonly dueDay: Day;
  readonly late: boolean;
  /** Days past due when paid (or until asOf, when still unpaid); 0 when on time. */
  readonly daysLate: number;
  readonly unpaid: boolean;
  /** How much it counts: halves every `halfLifeDays` between the day its outcome was known and asOf. */
  readonly weight: number;
}

/** A client's judged invoices and their totals. */
export interface ClientPayments {
  /** By due date, oldest first. */
  readonly experiences: readonly PaymentExperience[];
  readonly invoices: number;
  readonly late: number;
  /** Late invoices still unpaid on asOf. */
  readonly unpaidLate: number;
  /** Mean days past due of the late invoices (null when none was late). */
  readonly averageDaysLate: number | null;
  /** Σ weight, and Σ weight of the late ones: the evidence the forecast counts. */
  readonly weightedInvoices: number;
  readonly weightedLate: number;
}

/** How invoices are judged and weighted (from the reliability settings). */
export interface PaymentRules {
  readonly asOfDay: Day;
  readonly lateAfterDays: number;
  readonly halfLifeDays: number;
}

/** The invoice's outcome as of asOf, or null when it is not judged (not yet known, or no due date). */
function judge(order: OrderRow, dueDay: Day, rules: PaymentRules): PaymentExperience | null {
  const { asOfDay, lateAfterDays, halfLifeDays } = rules;
  const paid = order.paidDay !== null && order.paidDay <= asOfDay ? order.paidDay : null;
  let knownDay: Day;
  let daysLate: number;
  if (paid !== null) {
    knownDay = paid;
    daysLate = Math.max(0, paid - dueDay);
  } else {
    if (asOfDay - dueDay <= lateAfterDays) return null;
    knownDay = dueDay + lateAfterDays + 1;
    daysLate = asOfDay - dueDay;
  }
  const late = daysLate > lateAfterDays;
  return {
    dueDay,
    late,
    daysLate: late ? daysLate : 0,
    unpaid: paid === null,
    weight: 0.5 ** (Math.max(0, asOfDay - knownDay) / halfLifeDays),
  };
}

function totals(experiences: PaymentExperience[]): ClientPayments {
  experiences.sort((a, b) => a.dueDay - b.dueDay);
  let late = 0;
  let unpaidLate = 0;
  let lateDays = 0;
  let weightedInvoices = 0;
  let weightedLate = 0;
  for (const e of experiences) {
    weightedInvoices += e.weight;
    if (!e.late) continue;
    late++;
    lateDays += e.daysLate;
    weightedLate += e.weight;
    if (e.unpaid) unpaidLate++;
  }
  return {
    experiences,
    invoices: experiences.length,
    late,
    unpaidLate,
    averageDaysLate: late > 0 ? lateDays / late : null,
    weightedInvoices,
    weightedLate,
  };
}

/** Every client's judged invoices as of `rules.asOfDay`, in one pass over the orders. */
export function paymentHistories(
  orders: readonly OrderRow[],
  clients: readonly ClientRow[],
  rules: PaymentRules,
): Map<string, ClientPayments> {
  const terms = new Map<string, number>();
  for (const c of clients) if (c.paymentTermsDays !== null) terms.set(c.id, c.paymentTermsDays);
  const byClient = new Map<string, PaymentExperience[]>();
  for (const order of orders) {
    if (order.amount <= 0 || order.day > rules.asOfDay) continue;
    const clientTerms = terms.get(order.clientId);
    const dueDay = order.invoiceDueDay ?? (clientTerms === undefined ? null : order.day + clientTerms);
    if (dueDay === null) continue;
    const experience = judge(order, dueDay, rules);
    if (!experience) continue;
    const list = byClient.get(order.clientId);
    if (list) list.push(experience);
    else byClient.set(order.clientId, [experience]);
  }
  const histories = new Map<string, ClientPayments>();
  for (const [clientId, experiences] of byClient) histories.set(clientId, totals(experiences));
  return histories;
}
