import type { TableRecord } from '../../src/core/tables/tableSpec';
import type { DemoWorkbook } from '../../workbench/demo';

/** An invoice whose due date is before asOf, so whether it was paid late is known. */
export interface DecidedInvoice {
  readonly clientId: string;
  readonly orderDate: string;
  readonly dueDate: string;
  readonly paidDate: string | null;
  readonly late: boolean;
}

/**
 * The demo's decided invoices (sales, not credit notes, due before asOf). Late as the forecast
 * counts it: paid after the due date, or still unpaid past it.
 */
export function decidedInvoices(demo: DemoWorkbook): DecidedInvoice[] {
  const invoices: DecidedInvoice[] = [];
  for (const o of demo.tables.orders ?? []) {
    const due = o.invoiceDueDate as string;
    if ((o.amount as number) <= 0 || due >= demo.asOf) continue;
    const paid = o.paidDate as string | null;
    invoices.push({
      clientId: o.clientId as string,
      orderDate: o.orderDate as string,
      dueDate: due,
      paidDate: paid,
      late: paid === null || paid > due,
    });
  }
  return invoices;
}

/** Share of late invoices among `invoices` (NaN for none). */
export function lateShare(invoices: readonly DecidedInvoice[]): number {
  return invoices.filter((i) => i.late).length / invoices.length;
}

/** Decided invoices per client, by order date. */
export function invoicesByClient(demo: DemoWorkbook): Map<string, DecidedInvoice[]> {
  const byClient = new Map<string, DecidedInvoice[]>();
  for (const invoice of decidedInvoices(demo)) {
    const list = byClient.get(invoice.clientId) ?? [];
    list.push(invoice);
    byClient.set(invoice.clientId, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.orderDate.localeCompare(b.orderDate));
  return byClient;
}

/** Pearson's correlation of two equally long lists. */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / n;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const [dx, dy] = [(xs[i] as number) - mx, (ys[i] as number) - my];
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Standard deviation (population) of a list. */
export function spread(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

/**
 * Persistence of the habit: each client's invoices split into the first and second half by order
 * date; the late shares of the halves over clients with at least `minEach` invoices in each half.
 */
export function halves(demo: DemoWorkbook, minEach: number): { first: number[]; second: number[] } {
  const first: number[] = [];
  const second: number[] = [];
  for (const list of invoicesByClient(demo).values()) {
    const middle = Math.floor(list.length / 2);
    if (middle < minEach || list.length - middle < minEach) continue;
    first.push(lateShare(list.slice(0, middle)));
    second.push(lateShare(list.slice(middle)));
  }
  return { first, second };
}

/** The clients table's rows by ID. */
export function clientsById(demo: DemoWorkbook): Map<string, TableRecord> {
  return new Map((demo.tables.clients ?? []).map((c) => [c.id as string, c]));
}

/** Late share per group of clients (pooled over their invoices), for groups with at least `min` invoices. */
export function lateShareBy(
  demo: DemoWorkbook,
  groupOf: (client: TableRecord) => string | null,
  min: number,
): Map<string, number> {
  const clients = clientsById(demo);
  const groups = new Map<string, DecidedInvoice[]>();
  for (const invoice of decidedInvoices(demo)) {
    const client = clients.get(invoice.clientId);
    const group = client ? groupOf(client) : null;
    if (group === null) continue;
    const list = groups.get(group) ?? [];
    list.push(invoice);
    groups.set(group, list);
  }
  const shares = new Map<string, number>();
  for (const [group, list] of groups) if (list.length >= min) shares.set(group, lateShare(list));
  return shares;
}
