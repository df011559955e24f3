import { describe, expect, it } from 'vitest';
import { betaCdf } from '../../../src/core/analysis/betaDistribution';
import type { AnalysisTables } from '../../../src/core/analysis/inputs';
import { forecastTables, type ReliabilityForecast } from '../../../src/core/analysis/reliability';
import { DEFAULT_SETTINGS } from '../../../src/core/analysis/settings';
import { translatorFor } from '../../../src/core/i18n/translate';
import { explainForecast } from '../../../src/core/reports/forecastWords';
import type { TableRecord } from '../../../src/core/tables/tableSpec';
import { client, order } from './helpers';

const AS_OF = '2026-06-30';

/** An invoice paid on asOf (so it weighs exactly 1): late when due 2026-06-01, on time when due 2026-07-15. */
const invoice = (clientId: string, late: boolean): TableRecord =>
  order(clientId, '2026-05-01', 1000, {
    invoiceDueDate: late ? '2026-06-01' : '2026-07-15',
    paidDate: AS_OF,
  });
const invoices = (clientId: string, count: number, late: boolean) =>
  Array.from({ length: count }, () => invoice(clientId, late));

function forecast(tables: AnalysisTables, asOf = AS_OF): Record<string, ReliabilityForecast> {
  return Object.fromEntries(forecastTables(tables, asOf).clients.map((f) => [f.clientId, f]));
}

/** The book A (4 invoices, all on time) and B (4 invoices, all late), and whatever else is given. */
function book(clients: TableRecord[], orders: TableRecord[], evidence: TableRecord[] = []): AnalysisTables {
  return {
    clients: [client('A'), client('B'), ...clients],
    orders: [...invoices('A', 4, false), ...invoices('B', 4, true), ...orders],
    evidence,
  };
}

describe('the reliability forecast, worked by hand', () => {
  it('gives a book with no history at all the flat prior Beta(1, 1): 50%, range 10-90%', () => {
    const f = forecast({ clients: [client('P')] }).P;
    expect(f?.probability).toBeCloseTo(0.5, 10);
    expect(f?.low).toBeCloseTo(0.1, 8);
    expect(f?.high).toBeCloseTo(0.9, 8);
    expect(f?.evidence).toBe(0);
    expect(f?.hint).toBe('addTradeReference');
  });

  it('gives a prospect the book prior alone', () => {
    // Rates A 0, B 1, each weighing 4/5, and two pseudo-clients at 50%: μ = (0.8 + 1) / 3.6 = 0.5.
    // ρ: spread Σ c (r − μ)² = 4×0.25 + 4×0.25 = 2; (2 / 0.25 − Σ c/n = 2) / Σ c (n − 1)/n = 6 → 1,
    // capped at 0.9; ρ = (6×0.9 + 20/3) / 26 = 0.464103; κ = 1/ρ − 1 = 1.154696: Beta(0.577348, 0.577348).
    const f = forecast(book([client('P')], [])).P as ReliabilityForecast;
    expect(f.probability).toBeCloseTo(0.5, 10);
    expect(f.alpha).toBeCloseTo(0.577348, 5);
    expect(f.beta).toBeCloseTo(0.577348, 5);
    expect(betaCdf(f.low, f.alpha, f.beta)).toBeCloseTo(0.1, 8);
    expect(betaCdf(f.high, f.alpha, f.beta)).toBeCloseTo(0.9, 8);
    expect(f.low + f.high).toBeCloseTo(1, 8);
    expect(f.prior.probability).toBe(f.probability);
  });

  it('moves far on one late invoice', () => {
    // D's one late invoice weighs 1/2 in the book: μ = (0.8 + 0.5 + 1) / 4.1 = 0.560976; ρ is capped
    // as above (D adds c/n = 1 and no pairs), κ = 1.154696. α = μκ + 1 = 1.647756, β = (1 − μ)κ =
    // 0.506940 → 0.764728.
    const f = forecast(book([client('D')], [invoice('D', true)])).D as ReliabilityForecast;
    expect(f.alpha).toBeCloseTo(1.647756, 5);
    expect(f.beta).toBeCloseTo(0.50694, 5);
    expect(f.probability).toBeCloseTo(0.764728, 5);
    expect(f.history).toEqual({ invoices: 1, late: 1, unpaidLate: 0, averageDaysLate: 29 });
  });

  it('moves far on one on-time invoice', () => {
    // μ = (0.8 + 1) / 4.1 = 0.439024, κ = 1.154696: α = 0.506940, β = 1.647756 → 0.235272.
    const f = forecast(book([client('E')], [invoice('E', false)])).E as ReliabilityForecast;
    expect(f.probability).toBeCloseTo(0.235272, 5);
    expect(f.band).toBe('medium');
  });

  it('counts a trade reference as the invoices the book shows it is worth', () => {
    // No client with history has evidence, so a reference is worth its default: one invoice.
    // Good: α = 0.577348, β = 1.577348 → 0.267949; bad: 0.732051.
    const reference = (outcome: string) => ({
      clientId: 'P',
      checkedDate: AS_OF,
      kind: 'tradeReference',
      outcome,
      source: 'Reference call',
    });
    const good = forecast(book([client('P')], [], [reference('good')])).P as ReliabilityForecast;
    const bad = forecast(book([client('P')], [], [reference('bad')])).P as ReliabilityForecast;
    expect(good.probability).toBeCloseTo(0.267949, 5);
    expect(bad.probability).toBeCloseTo(0.732051, 5);
    expect(good.evidence).toBe(1);
    expect(good.credit).toEqual([{ kind: 'tradeReference', outcome: 'good', count: 1, worth: 1 }]);
    // A reference checked after asOf is not known yet.
    const future = { ...reference('bad'), checkedDate: '2026-07-01' };
    expect(forecast(book([client('P')], [], [future])).P?.probability).toBeCloseTo(0.5, 10);
  });

  it('lets recent payments count more than old ones', () => {
    // F: a late invoice paid 365 days before asOf (weight 1/2) and an on-time one paid on asOf (1).
    // F's rate 0.5/1.5 weighs 1.5/2.5: μ = (0.8 + 0.2 + 1) / 4.2 = 0.476190. ρ on raw shares (F: 1 of
    // 2; mean 5/10 = 0.5): spread 4×0.25 + 4×0.25 + 0 = 2, Σ c/n = 3, Σ c (n − 1)/n = 7, so
    // (2 / 0.25 − 3) / 7 = 0.714286; ρ = (7×0.714286 + 20/3) / 27 = 0.432099; κ = 1.314286.
    // α = μκ + 0.5 = 1.125850, β = (1 − μ)κ + 1 = 1.688435 → 0.400048.
    const oldLate = order('F', '2025-05-01', 1000, { invoiceDueDate: '2025-06-01', paidDate: '2025-06-30' });
    const f = forecast(book([client('F')], [oldLate, invoice('F', false)])).F as ReliabilityForecast;
    expect(f.probability).toBeCloseTo(0.400048, 5);
    // The same two invoices the other way round: the recent one late → (symmetric) 0.599952.
    const oldOnTime = order('F', '2025-05-01', 1000, {
      invoiceDueDate: '2025-07-15',
      paidDate: '2025-06-30',
    });
    const g = forecast(book([client('F')], [oldOnTime, invoice('F', true)])).F as ReliabilityForecast;
    expect(g.probability).toBeCloseTo(0.599952, 5);
  });

  it('sees nothing dated after asOf: later orders do not exist, a later payment reads as unpaid', () => {
    const late = order('G', '2026-05-01', 1000, { invoiceDueDate: '2026-06-01', paidDate: '2026-07-10' });
    const later = order('G', '2026-07-01', 1000, { invoiceDueDate: '2026-07-02', paidDate: '2026-07-02' });
    const f = forecast(book([client('G')], [late, later])).G as ReliabilityForecast;
    expect(f.history).toEqual({ invoices: 1, late: 1, unpaidLate: 1, averageDaysLate: 29 });
    // Not yet due (or due within lateAfterDays) and unpaid: not judged at all.
    const open = order('H', '2026-06-20', 1000, { invoiceDueDate: '2026-07-20' });
    expect(forecast(book([client('H')], [open])).H?.history.invoices).toBe(0);
  });

  it('lets a group that pays differently move its prior, and shrinks a group the book hardly knows', () => {
    const clients: TableRecord[] = [];
    const orders: TableRecord[] = [];
    for (let i = 0; i < 10; i++) {
      clients.push(client(`R${i}`, { segment: 'Retail' }), client(`F${i}`, { segment: 'Food' }));
      orders.push(...invoices(`R${i}`, 3, i < 8), ...invoices(`F${i}`, 3, i < 2));
    }
    clients.push(client('PR', { segment: 'retail ' }), client('PF', { segment: 'Food' }), client('PX'));
    const f = forecast({ clients, orders });
    const retail = f.PR as ReliabilityForecast;
    const food = f.PF as ReliabilityForecast;
    const unknown = f.PX as ReliabilityForecast;
    expect(unknown.probability).toBeCloseTo(0.5, 6);
    expect(retail.probability).toBeGreaterThan(0.6);
    // Shrunk toward the book: less extreme than Retail's own 80%.
    expect(retail.probability).toBeLessThan(0.8);
    expect(food.probability).toBeCloseTo(1 - retail.probability, 6);
    expect(retail.prior.groups.map((g) => [g.dimension, g.value])).toEqual([['segment', 'retail']]);
  });

  it('says the forecast in words, in both languages', () => {
    const late8 = Array.from({ length: 8 }, () =>
      order('L', '2026-04-01', 1000, { invoiceDueDate: '2026-05-01', paidDate: '2026-05-22' }),
    );
    const f = forecast(book([client('L')], late8)).L as ReliabilityForecast;
    expect(explainForecast(translatorFor('en'), f)).toMatch(
      /^paid 8 of 8 invoices late, 21 days on average; \d+% likely to pay the next one late \(80% range \d+–\d+%\)$/,
    );
    expect(explainForecast(translatorFor('fil'), f)).toMatch(
      /^nahuli ang bayad sa 8 sa 8 invoice, 21 araw sa karaniwan; 9\d% ang tsansang mahuli/,
    );
    const prospect = forecast(book([client('P')], [])).P as ReliabilityForecast;
    expect(explainForecast(translatorFor('en'), prospect)).toBe(
      `no history yet: the book’s prior: 50% (range ${Math.round(prospect.low * 100)}–${Math.round(prospect.high * 100)}%); add a trade reference to narrow it`,
    );
  });

  it('bands by the settings and flags a good payer whose recent invoices turned late', () => {
    const history = [
      // Seven paid on time, due on the 10th of November to May…
      ...['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map((month) =>
        order('T', `${month}-01`, 1000, { invoiceDueDate: `${month}-10`, paidDate: `${month}-08` }),
      ),
      // … then the last three paid late.
      order('T', '2026-05-01', 1000, { invoiceDueDate: '2026-05-25', paidDate: '2026-06-20' }),
      order('T', '2026-05-10', 1000, { invoiceDueDate: '2026-06-05', paidDate: '2026-06-25' }),
      order('T', '2026-05-20', 1000, { invoiceDueDate: '2026-06-15', paidDate: '2026-06-28' }),
    ];
    const f = forecastTables(book([client('T')], history), AS_OF, {
      ...DEFAULT_SETTINGS,
      reliability: { ...DEFAULT_SETTINGS.reliability, mediumFrom: 0.1, highFrom: 0.3 },
    }).clients.find((c) => c.clientId === 'T') as ReliabilityForecast;
    // The last four by due date: one on time, three late; earlier six all on time. At the earlier
    // rate (0 + 1) / (6 + 2) = 1/8, three or more of four late has chance 4 × (1/8)³ × 7/8 + (1/8)⁴
    // = 0.0071 < 0.01: a turn.
    expect(f.turn).toEqual({ earlierInvoices: 6, earlierLate: 0, recentInvoices: 4, recentLate: 3 });
    expect(f.band).toBe(f.probability >= 0.3 ? 'high' : 'medium');
    expect(f.probability).toBeGreaterThan(0.1);
    const turnOf = (orders: TableRecord[]) =>
      forecastTables(book([client('T')], orders), AS_OF).clients.find((c) => c.clientId === 'T')?.turn;
    // The rows' order in the sheet does not matter: the latest invoices are the latest due.
    expect(turnOf([...history].reverse())).toEqual(f.turn);
    // One of the three late ones paid on time instead: 2 of the last 4 is no turn.
    expect(turnOf(history.map((o, i) => (i === 7 ? { ...o, paidDate: '2026-05-20' } : o)))).toBeNull();
    // One of the earlier ones late as well: at the rate 2/8, three of four late has chance 0.051.
    expect(turnOf(history.map((o, i) => (i === 0 ? { ...o, paidDate: '2026-06-01' } : o)))).toBeNull();
  });
});
