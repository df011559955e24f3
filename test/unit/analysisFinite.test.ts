/**
 * Nothing lost to overflow: the full analysis and every report (and the dashboard) over tables of
 * extreme values never put NaN or Infinity in a report cell, in the dashboard's figures, in the
 * client card's forecast and account-health sentences, or anywhere in the analysis a sidebar receives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FullAnalysis, runFullAnalysis } from '../../src/core/analysis/fullAnalysis';
import { type AnalysisTables, parseTables } from '../../src/core/analysis/inputs';
import { type AnalysisSettings, DEFAULT_SETTINGS, resolveSettings } from '../../src/core/analysis/settings';
import { coefficientOfVariation } from '../../src/core/analysis/xyz';
import { translatorFor } from '../../src/core/i18n/translate';
import { explainForecast, healthLines } from '../../src/core/reports/forecastWords';
import { DASHBOARD, REPORTS } from '../../src/core/reports/reportCatalog';
import type { ReportContext } from '../../src/core/reports/reportContext';
import { layoutReport } from '../../src/core/reports/reportModel';
import { RELIABILITY_BANDS } from '../../src/core/tables/clientsTable';
import type { RecordValue, TableRecord } from '../../src/core/tables/tableSpec';
import { MAX_ABS_AMOUNT } from '../../src/core/validation/numbers';
import { computedWrites } from '../../src/server/analysisRun';

const AS_OF = '2025-06-15';
const CLIENT_IDS = ['C-1', 'C-2', 'C-3', 'C-4', 'C-5', 'C-6'];

/** Amounts validation accepts, at their extremes: the bound, the smallest doubles, zero. */
const EXTREME_POSITIVE = [
  MAX_ABS_AMOUNT,
  MAX_ABS_AMOUNT - 0.01,
  Number.MIN_VALUE,
  1e-300,
  1e-12,
  0.01,
  1,
  999_999_999_999.99,
];
const nonNegativeAmount = fc.oneof(
  fc.constantFrom(0, ...EXTREME_POSITIVE),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
);
const signedAmount = fc.oneof(
  nonNegativeAmount,
  nonNegativeAmount.map((n) => (n === 0 ? 0 : -n)),
);
const date = fc.constantFrom(
  '1800-01-01',
  '1970-01-01',
  '2024-05-31',
  '2024-06-01',
  '2024-06-15',
  '2024-12-31',
  '2025-01-15',
  '2025-05-31',
  '2025-06-14',
  '2025-06-15',
  '2025-06-16',
  '2025-07-01',
  '2100-12-31',
);
const instant = date.map((d) => `${d}T03:00:00.000Z`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const clientId = fc.constantFrom(...CLIENT_IDS, 'C-999');
const owner = maybe(fc.constantFrom('ana@x.ph', 'ben@x.ph'));
const competitorName = maybe(fc.constantFrom('Acme', 'acme; Beta', 'Gamma, Delta', 'Unlisted Co'));

/** Records in the shape a validated save stores them (values within the bounds Suki accepts). */
function validatedTables(
  amount: fc.Arbitrary<RecordValue>,
  credit: fc.Arbitrary<RecordValue>,
  terms: fc.Arbitrary<RecordValue> = fc.constantFrom(0, 1, 30, 365),
) {
  const client = (id: string) =>
    fc.record({
      id: fc.constant(id),
      name: fc.constant(`Client ${id}`),
      status: maybe(fc.constantFrom('prospect', 'active', 'dormant', 'lost')),
      segment: maybe(fc.constantFrom('Retail', 'retail', 'Government')),
      tier: maybe(fc.constantFrom('key', 'large', 'medium', 'small')),
      region: maybe(fc.constantFrom('NCR', 'Visayas')),
      leadSource: maybe(fc.constantFrom('referral', 'email', 'show', 'exhibition', 'presentation')),
      owner,
      email: maybe(fc.constant(`${id}@x.ph`)),
      yearFounded: maybe(fc.constantFrom(1800, 1999, 2025, 2026, 2100)),
      creditLimit: maybe(credit),
      paymentTermsDays: maybe(terms),
      competitors: competitorName,
      nextContactDate: maybe(date),
      // Suki writes these; whatever was typed over them is never read back into the analysis.
      lateChance: maybe(
        fc.oneof(
          fc.constantFrom(0, 100, MAX_ABS_AMOUNT, -MAX_ABS_AMOUNT),
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        ),
      ),
      reliabilityBand: maybe(fc.constantFrom('low', 'medium', 'high', 'awful')),
      createdAt: maybe(instant),
      updatedAt: maybe(instant),
    });
  return fc.record({
    clients: fc.subarray(CLIENT_IDS).chain((ids) => fc.tuple(...ids.map(client))),
    orders: fc.array(
      fc.record({
        id: fc.string({ maxLength: 3 }).map((s) => `O-${s}`),
        clientId,
        orderDate: date,
        amount,
        invoiceDueDate: maybe(date),
        paidDate: maybe(date),
      }),
      { maxLength: 40 },
    ),
    claims: fc.array(
      fc.record({
        id: fc.constantFrom('K-1', 'K-2'),
        clientId,
        receivedDate: date,
        category: maybe(fc.constantFrom('quality', 'delivery', 'billing')),
        status: maybe(fc.constantFrom('new', 'investigating', 'resolved', 'rejected')),
        owner,
        slaDueDate: maybe(date),
        resolvedDate: maybe(date),
        amountClaimed: maybe(credit),
      }),
      { maxLength: 12 },
    ),
    contacts: fc.array(
      fc.record({
        id: fc.constant('P-1'),
        clientId,
        plannedDate: maybe(date),
        status: maybe(fc.constantFrom('planned', 'done', 'missed', 'cancelled')),
        doneDate: maybe(date),
        owner,
      }),
      { maxLength: 12 },
    ),
    deals: fc.array(
      fc.record({
        id: fc.constant('D-1'),
        clientId,
        title: fc.constant('Deal'),
        stage: maybe(fc.constantFrom('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
        value: maybe(credit),
        competitor: competitorName,
        lossReason: maybe(fc.constantFrom('price', 'Price', 'delivery')),
        nextStep: maybe(fc.constant('Call')),
        owner,
      }),
      { maxLength: 12 },
    ),
    obligations: fc.array(
      fc.record({
        id: fc.constant('B-1'),
        clientId,
        obligation: fc.constant('Deliver'),
        dueDate: date,
        status: maybe(fc.constantFrom('pending', 'done', 'waived')),
        doneDate: maybe(date),
        owner,
      }),
      { maxLength: 12 },
    ),
    competitors: fc.array(
      fc.record({
        id: fc.constant('R-1'),
        name: fc.constantFrom('Acme', 'Beta', 'Gamma'),
        lastReviewed: maybe(date),
        updatedAt: maybe(instant),
      }),
      { maxLength: 4 },
    ),
    evidence: fc.array(
      fc.record({
        id: fc.constant('E-1'),
        clientId,
        checkedDate: date,
        kind: fc.constantFrom('tradeReference', 'registration', 'creditCheck', 'rumour'),
        outcome: fc.constantFrom('good', 'bad'),
        source: fc.constant('Supplier'),
      }),
      { maxLength: 12 },
    ),
    campaigns: fc.array(
      fc.record({
        id: fc.constant('M-1'),
        name: fc.constant('Campaign'),
        channel: maybe(fc.constantFrom('email', 'fax', 'presentation', 'show', 'exhibition')),
        date: maybe(date),
        cost: maybe(credit),
        status: maybe(fc.constantFrom('planned', 'running', 'done', 'cancelled')),
        owner,
      }),
      { maxLength: 8 },
    ),
  });
}

/** Valid settings at their extremes (the shortest half-life, single months, bands at the edges). */
const extremeSettings: fc.Arbitrary<AnalysisSettings> = fc
  .record({
    revenueMonths: fc.constantFrom(1, 12, 60),
    xyz: fc.record({
      months: fc.constantFrom(2, 12, 60),
      xMax: fc.constantFrom(Number.MIN_VALUE, 0.1),
      yMax: fc.constantFrom(0.25, 10),
    }),
    reliability: fc.record({
      lateAfterDays: fc.constantFrom(0, 365),
      // A day's half-life weighs an invoice from 1800 as 0.5 ** 82,000 = 0: no weight left at all.
      halfLifeDays: fc.constantFrom(1, 365, 3650),
      mediumFrom: fc.constantFrom(Number.MIN_VALUE, 0.2),
      highFrom: fc.constantFrom(0.5, 1 - Number.EPSILON / 2),
    }),
    claims: fc.record({ repeatMinClaims: fc.constantFrom(2, 1000), repeatMonths: fc.constantFrom(1, 60) }),
    recommendations: fc.record({ newClientInvoices: fc.constantFrom(1, 100) }),
  })
  .map((input) => {
    const resolved = resolveSettings(input);
    if (!resolved.ok) throw new Error(`bad test settings: ${JSON.stringify(resolved.errors)}`);
    return resolved.settings;
  });

/** Every number found anywhere in `value` that is not finite, with its path. */
function nonFinite(value: unknown, path = '$', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (value instanceof Map) {
    for (const [key, inner] of value) nonFinite(inner, `${path}.${String(key)}`, found);
  } else if (Array.isArray(value)) {
    value.forEach((inner, index) => {
      nonFinite(inner, `${path}[${index}]`, found);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) nonFinite(inner, `${path}.${key}`, found);
  }
  return found;
}

/** Every cell of every report and the dashboard that is a non-finite number or says NaN/Infinity. */
function badReportCells(analysis: FullAnalysis, tables: AnalysisTables): string[] {
  const clients = (tables.clients ?? []) as TableRecord[];
  const ctx: ReportContext = {
    analysis,
    t: translatorFor('en'),
    clientNames: new Map(clients.map((c) => [String(c.id), String(c.name)])),
  };
  const bad: string[] = [];
  for (const entry of [...REPORTS, DASHBOARD]) {
    const { grid } = layoutReport(entry.build(ctx));
    grid.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (typeof cell === 'number' && !Number.isFinite(cell)) bad.push(`${entry.key}[${r},${c}] = ${cell}`);
        if (typeof cell === 'string' && /\bNaN\b|Infinity/.test(cell))
          bad.push(`${entry.key}[${r},${c}] = ${cell}`);
      });
    });
  }
  return bad;
}

function assertFinite(tables: AnalysisTables, settings: AnalysisSettings): void {
  const analysis = runFullAnalysis(tables, AS_OF, settings);
  expect(badReportCells(analysis, tables)).toEqual([]);
  expect(nonFinite(analysis)).toEqual([]);
  // Chances stay chances, and the range shown holds its chance even for a Beta as skewed as
  // Beta(1.98, 0.02) (one invoice from 1800), whose mean lies outside its 10th-90th percentiles.
  const isChance = (p: number) => p >= 0 && p <= 1;
  for (const f of analysis.reliability.clients) {
    expect(
      [f.probability, f.low, f.high, f.prior.probability, f.prior.low, f.prior.high].every(isChance),
    ).toBe(true);
    expect(f.low <= f.probability && f.probability <= f.high && f.prior.low <= f.prior.high).toBe(true);
    expect(f.alpha > 0 && f.beta > 0).toBe(true);
  }
  // What a report run writes into the Clients table: a whole percent and a band, for every client.
  const ctx = { analysis, t: translatorFor('en'), clientNames: new Map<string, string>() };
  const written = computedWrites({ ctx, data: parseTables(tables) }, true).clients;
  for (const f of analysis.reliability.clients) {
    const record = written.get(f.clientId);
    expect(Number.isInteger(record?.lateChance)).toBe(true);
    expect(record?.lateChance).toBeGreaterThanOrEqual(0);
    expect(record?.lateChance).toBeLessThanOrEqual(100);
    expect(RELIABILITY_BANDS).toContain(record?.reliabilityBand);
  }
  // And the client card's sentences, in both languages.
  for (const language of ['en', 'fil'] as const) {
    const t = translatorFor(language);
    for (const f of analysis.reliability.clients) expect(explainForecast(t, f)).not.toMatch(/NaN|Infinity/);
    for (const h of analysis.accountHealth) expect(healthLines(t, h).join(' ')).not.toMatch(/NaN|Infinity/);
  }
}

describe('analyses and reports over extreme values', () => {
  it('put no NaN or Infinity anywhere, for values validation accepts (|x| ≤ 1e12, tiny, zero)', () => {
    fc.assert(
      fc.property(
        validatedTables(signedAmount, nonNegativeAmount),
        fc.oneof(fc.constant(DEFAULT_SETTINGS), extremeSettings),
        (tables, settings) => assertFinite(tables, settings),
      ),
      { numRuns: 250 },
    );
  });

  it('put no NaN or Infinity anywhere for cells typed by hand: any double, text, ±1.8e308', () => {
    const anyCell: fc.Arbitrary<RecordValue> = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, 'lots', '1e400', '12,50', ''),
    );
    fc.assert(
      fc.property(validatedTables(anyCell, anyCell, anyCell), (tables) =>
        assertFinite(tables, DEFAULT_SETTINGS),
      ),
      { numRuns: 250 },
    );
  });

  it('sums the biggest amounts over many rows to concrete finite totals', () => {
    const orders = Array.from({ length: 10_000 }, (_, i) => ({
      id: `O-${i}`,
      clientId: i % 2 === 0 ? 'C-1' : 'C-2',
      orderDate: '2025-06-01',
      amount: MAX_ABS_AMOUNT,
      invoiceDueDate: '2025-06-01',
      paidDate: null,
    }));
    orders.push({ ...orders[0], id: 'O-tiny', clientId: 'C-3', amount: 1 } as (typeof orders)[number]);
    const tables: AnalysisTables = {
      clients: [
        { id: 'C-1', name: 'One', creditLimit: Number.MIN_VALUE },
        { id: 'C-2', name: 'Two', creditLimit: MAX_ABS_AMOUNT },
        { id: 'C-3', name: 'Three', creditLimit: 1e-305 },
      ],
      orders,
      deals: Array.from({ length: 1000 }, () => ({
        clientId: 'C-1',
        stage: 'proposal',
        value: MAX_ABS_AMOUNT,
      })),
    };
    const analysis = runFullAnalysis(tables, AS_OF);
    expect(analysis.abc.totalRevenue).toBe(1e16 + 1);
    expect(analysis.abc.clients.map((c) => [c.clientId, c.revenue])).toEqual([
      ['C-1', 5e15],
      ['C-2', 5e15],
      ['C-3', 1],
    ]);
    const health = (id: string) => analysis.accountHealth.find((h) => h.clientId === id);
    // 5e15 over a limit of 5e-324 overflows: no limit to measure against. 1 / 1e-305 = 1e305 stays.
    expect(health('C-1')?.creditUse).toBeNull();
    expect(health('C-2')?.creditUse).toEqual({ outstanding: 5e15, limit: MAX_ABS_AMOUNT, share: 5000 });
    expect(health('C-3')?.creditUse).toEqual({ outstanding: 1, limit: 1e-305, share: 1e305 });
    // 5,000 invoices each, all due on their order day and still unpaid: late by the whole span, finite.
    const forecast = (id: string) => analysis.reliability.clients.find((f) => f.clientId === id);
    const span =
      Date.parse(`${AS_OF}T00:00:00Z`) / 86_400_000 - Date.parse('2025-06-01T00:00:00Z') / 86_400_000;
    for (const id of ['C-1', 'C-2'])
      expect(forecast(id)?.history).toEqual({
        invoices: 5000,
        late: 5000,
        unpaidLate: 5000,
        averageDaysLate: span,
      });
    expect(forecast('C-3')?.history).toMatchObject({ invoices: 1, late: 1, unpaidLate: 1 });
    expect(badReportCells(analysis, tables)).toEqual([]);
    expect(nonFinite(analysis)).toEqual([]);
    const dashboard = DASHBOARD.build({
      analysis,
      t: translatorFor('en'),
      clientNames: new Map(),
    });
    expect(dashboard.blocks[0]?.rows.find((row) => row[0] === 'Open pipeline value')?.[1]).toBe(1e15);
  });

  it('leaves out a credit use too large to say in percent, never Infinity, in the card’s words too', () => {
    const analysis = runFullAnalysis(
      {
        // 3 unpaid over a limit of 1e-306 is 3e306: finite, but × 100 to say it in percent would overflow.
        clients: [{ id: 'C-1', name: 'One', creditLimit: 1e-306 }],
        orders: [
          { clientId: 'C-1', orderDate: '2025-06-01', amount: 1 },
          { clientId: 'C-1', orderDate: '2025-06-02', amount: 1 },
          { clientId: 'C-1', orderDate: '2025-06-03', amount: 1 },
        ],
      },
      AS_OF,
    );
    const [health] = analysis.accountHealth;
    // A limit that small is no limit to measure against: credit use is not measured.
    expect(health?.creditUse).toBeNull();
    expect(health?.claimsPerOrder).toEqual({ claims: 0, orders: 3, rate: 0 });
    expect(nonFinite(analysis)).toEqual([]);
    expect(badReportCells(analysis, { clients: [{ id: 'C-1', name: 'One' }] })).toEqual([]);
    for (const language of ['en', 'fil'] as const) {
      const lines = healthLines(translatorFor(language), health as NonNullable<typeof health>);
      expect(lines.join(' ')).not.toMatch(/NaN|Infinity/);
    }
    // No due date and no terms: nothing is judged, the forecast is the book's prior alone.
    const [forecast] = analysis.reliability.clients;
    expect(forecast?.evidence).toBe(0);
    expect(forecast?.probability).toBe(forecast?.prior.probability);
  });

  it('gives a CV that is finite or null for any months of accepted amounts', () => {
    const edge = [MAX_ABS_AMOUNT, 1e-300, Number.MIN_VALUE, 0.01];
    const month = fc.constantFrom(0, ...edge, ...edge.map((n) => -n));
    fc.assert(
      fc.property(fc.array(month, { minLength: 2, maxLength: 6 }), (values) => {
        const { mean, cv } = coefficientOfVariation(values);
        expect(Number.isFinite(mean)).toBe(true);
        expect(cv === null || Number.isFinite(cv)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a CV that would overflow unclassified rather than Infinity (mean ≈ 1e-301)', () => {
    // 1e12 in one month, −1e12 in another, 1e-300 in a third: the mean is tiny, the spread huge.
    const values = [1e12, -1e12, 1e-300, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const { cv } = coefficientOfVariation(values);
    expect(cv).toBeNull();
  });
});
