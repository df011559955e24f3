import { describe, expect, it } from 'vitest';
import { client, day, order, prepare } from './helpers';

describe('per-client order figures', () => {
  it('counts only positive amounts as orders, nets every amount into revenue', () => {
    // asOf 2025-06-15; revenue window after 2024-06-15.
    const { stats } = prepare({
      clients: [client('C1')],
      orders: [
        order('C1', '2025-01-10', 300, { invoiceDueDate: '2025-02-10', paidDate: '2025-02-20' }), // 10 late
        order('C1', '2025-03-10', 0), // zero row: not an order, adds nothing
        order('C1', '2025-04-10', -50), // credit note: −50 revenue, not an order
        order('C1', '2025-05-10', 100, { invoiceDueDate: '2025-06-10' }), // unpaid, 5 days past due
        order('C1', '2024-05-10', 1000, { paidDate: '2024-05-10' }), // before the window: an order, no revenue
        order('C1', '2025-07-01', 999), // after asOf: ignored entirely
        order('C1', '2025-06-01', 200, { paidDate: '2025-06-30' }), // paid after asOf: unpaid today
      ],
    });
    const s = stats.get('C1');
    // Revenue 300 + 0 − 50 + 100 + 200 = 550. Orders in window: 300, 100, 200 = 3; all time + 1000 = 4.
    // Last order 2025-06-01 (the zero row and credit note are not orders).
    // Outstanding: 100 + 200 = 300. Lateness over assessed invoices (with a due date, due or paid):
    // (300 × 10 + 100 × 5) / 400 = 8.75 days.
    expect(s).toMatchObject({
      revenue: 550,
      orders: 3,
      ordersAllTime: 4,
      rowsAllTime: 6,
      lastOrderDay: day('2025-06-01'),
      outstanding: 300,
      invoicesAssessed: 2,
      lateWeight: 400,
      lateAmountDays: 3500,
    });
    // XYZ months 2024-06 … 2025-05: January 300, March 0, April −50, May 100, the rest 0.
    expect(s?.monthly).toEqual([0, 0, 0, 0, 0, 0, 0, 300, 0, 0, -50, 100]);
  });

  it('has no figures for a client without order rows', () => {
    const { stats } = prepare({ clients: [client('C1')], orders: [order('C1', 45678, 10)] });
    // A date cell holding a number (a serial Sheets did not turn into a date) is junk: the row is skipped.
    expect(stats.size).toBe(0);
  });
});
