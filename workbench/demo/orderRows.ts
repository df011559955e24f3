import type { TableRecord } from '../../src/core/tables/tableSpec';
import { ORDERS_TABLE } from '../../src/core/tables/workTables';
import { isoDate, isoInstant } from './days';
import type { ClientProfile } from './profiles';
import type { Rng } from './random';
import { creationOrder, recordId, updatedInstant } from './records';

/**
 * Orders as they are generated, one plain array per column (numbers stay unboxed, nothing is
 * allocated per order), turned into records only once their order and IDs are known.
 */
export class OrderColumns {
  private readonly client: number[] = [];
  private readonly day: number[] = [];
  private readonly amount: number[] = [];
  private readonly category: string[] = [];
  private readonly due: number[] = [];
  private readonly paid: number[] = [];

  /** Adds an order of client index `client`; `paid` is the day it was paid, or -1. */
  push(client: number, day: number, amount: number, category: string, due: number, paid: number): void {
    this.client.push(client);
    this.day.push(day);
    this.amount.push(amount);
    this.category.push(category);
    this.due.push(due);
    this.paid.push(paid);
  }

  /** The orders table: rows by order day, numbered and stamped (changed when the payment came in). */
  records(profiles: readonly ClientProfile[], rng: Rng): TableRecord[] {
    const count = this.day.length;
    const { order, seconds } = creationOrder(this.day, count, rng);
    const records: TableRecord[] = [];
    for (let i = 0; i < count; i++) {
      const source = order[i] as number;
      const profile = profiles[this.client[source] as number] as ClientProfile;
      const day = this.day[source] as number;
      const paid = this.paid[source] as number;
      const createdAt = isoInstant(day, seconds[i] as number);
      records.push({
        id: recordId(ORDERS_TABLE, i + 1),
        clientId: profile.id,
        orderDate: isoDate(day),
        amount: this.amount[source] as number,
        productCategory: this.category[source] as string,
        invoiceDueDate: isoDate(this.due[source] as number),
        paidDate: paid < 0 ? null : isoDate(paid),
        // Sales-invoice numbers as the books run them: the year, then the order's place in the book.
        invoiceNumber: `SI-${isoDate(day).slice(0, 4)}-${String(i + 1).padStart(6, '0')}`,
        createdAt,
        createdBy: profile.owner,
        updatedAt: paid < 0 ? createdAt : updatedInstant(day, createdAt, paid, rng),
        updatedBy: profile.owner,
        archivedAt: null,
      });
    }
    return records;
  }
}
