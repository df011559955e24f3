/**
 * Per-client order figures, computed in one pass over the orders and shared by ABC, XYZ, RFM, audience,
 * lead sources and account health, so 200,000 orders are read once (the forecast judges invoices itself).
 *
 * Terms: an *order* is a row with amount > 0; rows with amount ≤ 0 (credit notes, returns, zero rows)
 * move revenue but are not orders. *Revenue* is the net sum of amounts (credit notes included) of rows
 * dated in the revenue window: after asOf minus `revenueMonths` months, up to and including asOf.
 * Rows dated after asOf are ignored everywhere.
 */
import { addMonthsIso, asOfDay, type Day, monthIndexOfIso, parseIsoDay } from './days';
import type { OrderRow } from './rows';

export interface ClientOrderStats {
  /** Net amount in the revenue window. */
  revenue: number;
  /** Orders (amount > 0) in the revenue window. */
  orders: number;
  /** Orders (amount > 0) on or before asOf. */
  ordersAllTime: number;
  /** Rows of any amount on or before asOf. */
  rowsAllTime: number;
  /** Day of the latest order (amount > 0) on or before asOf. */
  lastOrderDay: Day | null;
  /** Net amount per XYZ month, oldest first; null when the client has no row in those months. */
  monthly: number[] | null;
  /** Σ amount × days late over invoices assessed for payment timeliness. */
  lateAmountDays: number;
  /** Σ amount of those invoices. */
  lateWeight: number;
  invoicesAssessed: number;
  /** Σ amount of orders not paid as of asOf. */
  outstanding: number;
}

/** The windows the order figures are computed over, derived once from asOf and the settings. */
export interface OrderWindows {
  readonly asOfDay: Day;
  /** Rows after this day (exclusive) and up to asOf are in the revenue window. */
  readonly revenueAfterDay: Day;
  /** Month index of the first XYZ month; the XYZ months are the `xyzMonths` complete months before asOf's. */
  readonly xyzFirstMonth: number;
  readonly xyzMonths: number;
}

/** The windows for `asOf`: revenue over `revenueMonths` months to asOf, XYZ over complete months before it. */
export function orderWindows(asOf: string, revenueMonths: number, xyzMonths: number): OrderWindows {
  return {
    asOfDay: asOfDay(asOf),
    revenueAfterDay: parseIsoDay(addMonthsIso(asOf, -revenueMonths)) ?? 0,
    xyzFirstMonth: monthIndexOfIso(asOf) - xyzMonths,
    xyzMonths,
  };
}

function emptyStats(): ClientOrderStats {
  return {
    revenue: 0,
    orders: 0,
    ordersAllTime: 0,
    rowsAllTime: 0,
    lastOrderDay: null,
    monthly: null,
    lateAmountDays: 0,
    lateWeight: 0,
    invoicesAssessed: 0,
    outstanding: 0,
  };
}

/**
 * Every client's order figures in one pass. Payment timeliness per order (amount > 0 with an invoice
 * due date): paid on or before asOf counts max(0, paid − due) days late; unpaid and past due counts
 * asOf − due days late; unpaid and not yet due is not assessed. A paid date after asOf reads as unpaid.
 */
export function computeOrderStats(
  orders: readonly OrderRow[],
  windows: OrderWindows,
): Map<string, ClientOrderStats> {
  const { asOfDay: today, revenueAfterDay, xyzFirstMonth, xyzMonths } = windows;
  const stats = new Map<string, ClientOrderStats>();
  for (const order of orders) {
    if (order.day > today) continue;
    let s = stats.get(order.clientId);
    if (!s) {
      s = emptyStats();
      stats.set(order.clientId, s);
    }
    const amount = order.amount;
    const inWindow = order.day > revenueAfterDay;
    s.rowsAllTime++;
    if (inWindow) s.revenue += amount;
    const slot = order.month - xyzFirstMonth;
    if (slot >= 0 && slot < xyzMonths) {
      if (!s.monthly) s.monthly = new Array<number>(xyzMonths).fill(0);
      s.monthly[slot] = (s.monthly[slot] ?? 0) + amount;
    }
    if (amount <= 0) continue;
    s.ordersAllTime++;
    if (inWindow) s.orders++;
    if (s.lastOrderDay === null || order.day > s.lastOrderDay) s.lastOrderDay = order.day;
    const paid = order.paidDay !== null && order.paidDay <= today ? order.paidDay : null;
    if (paid === null) s.outstanding += amount;
    const due = order.invoiceDueDay;
    if (due === null) continue;
    let late: number | null = null;
    if (paid !== null) late = paid > due ? paid - due : 0;
    else if (due < today) late = today - due;
    if (late !== null) {
      s.lateAmountDays += amount * late;
      s.lateWeight += amount;
      s.invoicesAssessed++;
    }
  }
  return stats;
}

/** The revenue-window revenue of each client (0 for clients without rows), as a lookup. */
export function revenueOf(stats: ReadonlyMap<string, ClientOrderStats>, clientId: string): number {
  return stats.get(clientId)?.revenue ?? 0;
}
