/**
 * What happened, as the backtest judges it: the invoices of a book, whether each was late as of a
 * day, the cut-off dates, each client's record before a cut-off and its outcome after.
 *
 * An invoice is an order with amount > 0 and a due date, as the forecast reads it (`invoiceDueDay`:
 * a blank due date, or one before the order date, falls back to the order date plus the client's
 * payment terms; without terms the order is no invoice). As of a day D it is
 * *late* when paid by D more than `lateAfterDays` after its due date, or unpaid at D and more than
 * `lateAfterDays` past due; *on time* when paid by D otherwise; else not judged yet.
 */

import { NO_ISSUES } from '../src/core/analysis/cellReader';
import { addMonthsIso, asOfDay, type Day, dayToIso } from '../src/core/analysis/days';
import { type AnalysisData, type AnalysisTables, parseTables } from '../src/core/analysis/inputs';
import { invoiceDueDay, paymentTermsOf } from '../src/core/analysis/paymentHistory';
import { ORDER_ROWS } from '../src/core/analysis/rows';

interface Invoice {
  /** Index of the order in the orders table's records. */
  readonly record: number;
  readonly clientId: string;
  readonly orderDay: Day;
  readonly dueDay: Day;
  readonly paidDay: Day | null;
}

/** A workbook read once for the backtest. */
export interface Book {
  readonly tables: AnalysisTables;
  readonly data: AnalysisData;
  /** Invoices by client, oldest order first. */
  readonly invoicesByClient: ReadonlyMap<string, readonly Invoice[]>;
  /** Each order record's client and day, by record index; null for a row the analyses skip. */
  readonly orderOf: readonly ({ readonly clientId: string; readonly day: Day } | null)[];
  readonly firstOrderDay: Day;
  readonly dataEndDay: Day;
  readonly lateAfterDays: number;
}

/** A client's judged invoices in a span: how many, and how many late. */
export interface Tally {
  readonly n: number;
  readonly k: number;
}

/** Reads the tables once: typed rows, and the invoices with the record each came from. */
export function readBook(tables: AnalysisTables, dataEnd: string, lateAfterDays: number): Book {
  const data = parseTables(tables);
  const terms = paymentTermsOf(data.clients);
  const invoicesByClient = new Map<string, Invoice[]>();
  const orderOf: ({ clientId: string; day: Day } | null)[] = [];
  let firstOrderDay = Number.POSITIVE_INFINITY;
  (tables.orders ?? []).forEach((record, index) => {
    const row = ORDER_ROWS.read([record], NO_ISSUES)[0];
    orderOf.push(row ? { clientId: row.clientId, day: row.day } : null);
    if (!row) return;
    firstOrderDay = Math.min(firstOrderDay, row.day);
    // The forecast's own rule, so both judge the same invoices.
    const dueDay = invoiceDueDay(row, terms);
    if (dueDay === null) return;
    const invoice = {
      record: index,
      clientId: row.clientId,
      orderDay: row.day,
      dueDay,
      paidDay: row.paidDay,
    };
    const list = invoicesByClient.get(row.clientId);
    if (list) list.push(invoice);
    else invoicesByClient.set(row.clientId, [invoice]);
  });
  for (const list of invoicesByClient.values())
    list.sort((a, b) => a.orderDay - b.orderDay || a.record - b.record);
  return {
    tables,
    data,
    invoicesByClient,
    orderOf,
    firstOrderDay,
    dataEndDay: asOfDay(dataEnd),
    lateAfterDays,
  };
}

/** Whether `invoice` is late as of `day` (true), on time (false), or not judged yet (null). */
function lateAsOf(invoice: Invoice, day: Day, lateAfterDays: number): boolean | null {
  if (invoice.orderDay > day) return null;
  if (invoice.paidDay !== null && invoice.paidDay <= day)
    return invoice.paidDay - invoice.dueDay > lateAfterDays;
  return day - invoice.dueDay > lateAfterDays ? true : null;
}

/** The invoices ordered by `cutoff` that are judged as of it, oldest first, each with its verdict. */
export function judgedBefore(
  book: Book,
  invoices: readonly Invoice[],
  cutoff: Day,
): { invoice: Invoice; late: boolean }[] {
  const judged: { invoice: Invoice; late: boolean }[] = [];
  for (const invoice of invoices) {
    const late = lateAsOf(invoice, cutoff, book.lateAfterDays);
    if (late !== null) judged.push({ invoice, late });
  }
  return judged;
}

/** Each client's record before `cutoff` (judged invoices as of it), and the book's late share. */
export function pastTallies(book: Book, cutoff: Day): { byClient: Map<string, Tally>; bookShare: number } {
  const byClient = new Map<string, Tally>();
  let n = 0;
  let k = 0;
  for (const [clientId, invoices] of book.invoicesByClient) {
    const judged = judgedBefore(book, invoices, cutoff);
    const late = judged.filter((j) => j.late).length;
    byClient.set(clientId, { n: judged.length, k: late });
    n += judged.length;
    k += late;
  }
  return { byClient, bookShare: n > 0 ? k / n : 0 };
}

/** Each client's later invoices: ordered in (cutoff, cutoff + 6 months], judged as of the data end. */
export function laterTallies(book: Book, cutoff: string): Map<string, Tally> {
  const from = asOfDay(cutoff);
  const to = asOfDay(addMonthsIso(cutoff, 6));
  const tallies = new Map<string, Tally>();
  for (const [clientId, invoices] of book.invoicesByClient) {
    let n = 0;
    let k = 0;
    for (const invoice of invoices) {
      if (invoice.orderDay <= from || invoice.orderDay > to) continue;
      const late = lateAsOf(invoice, book.dataEndDay, book.lateAfterDays);
      if (late === null) continue;
      n++;
      if (late) k++;
    }
    if (n > 0) tallies.set(clientId, { n, k });
  }
  return tallies;
}

/** Most cut-offs a backtest uses; a longer history spaces them further apart. */
const MAX_CUTOFFS = 8;

/**
 * The cut-off dates, oldest first: monthly steps back from six months before the data end (so each
 * has a full outcome window), to no earlier than three months after the first order; every second
 * (or third…) month when there would be more than MAX_CUTOFFS.
 */
export function cutoffDates(book: Book): string[] {
  if (!Number.isFinite(book.firstOrderDay)) return [];
  const dataEnd = dayToIso(book.dataEndDay);
  const earliest = asOfDay(addMonthsIso(dayToIso(book.firstOrderDay), 3));
  const candidates: string[] = [];
  for (let months = 6; ; months++) {
    const cutoff = addMonthsIso(dataEnd, -months);
    if (asOfDay(cutoff) < earliest) break;
    candidates.push(cutoff);
  }
  const step = Math.ceil(candidates.length / MAX_CUTOFFS);
  return candidates.filter((_, i) => i % step === 0).reverse();
}
