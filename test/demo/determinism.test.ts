import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../workbench/demo';
import { workbookJsonChunks } from '../../workbench/demo/serialize';

const small = { size: { clients: 60 } };

describe('demo workbook determinism', () => {
  it('gives byte-identical output for the same options', () => {
    const a = JSON.stringify(generateDemoWorkbook({ seed: 7, ...small }));
    const b = JSON.stringify(generateDemoWorkbook({ seed: 7, ...small }));
    expect(a).toBe(b);
  });

  it('gives the same default workbook every time, with the documented defaults', () => {
    const first = generateDemoWorkbook();
    expect(JSON.stringify(generateDemoWorkbook())).toBe(JSON.stringify(first));
    expect(
      JSON.stringify(generateDemoWorkbook({ seed: 20261126, asOf: '2026-11-26', size: { clients: 120 } })),
    ).toBe(JSON.stringify(first));
    expect(first.asOf).toBe('2026-11-26');
    expect(first.tables.clients).toHaveLength(120);
  });

  it('gives different data for a different seed, in every generated table', () => {
    const a = generateDemoWorkbook({ seed: 1, ...small });
    const b = generateDemoWorkbook({ seed: 2, ...small });
    for (const key of [
      'clients',
      'contacts',
      'claims',
      'deals',
      'orders',
      'obligations',
      'evidence',
      'competitors',
      'campaigns',
    ]) {
      expect(JSON.stringify(a.tables[key]), key).not.toBe(JSON.stringify(b.tables[key]));
    }
  });

  it('moves with asOf: the demo is always about the year before its own today', () => {
    const demo = generateDemoWorkbook({ asOf: '2024-03-01', ...small });
    expect(demo.asOf).toBe('2024-03-01');
    const orderDates = (demo.tables.orders ?? []).map((o) => o.orderDate as string);
    expect(orderDates.every((d) => d >= '2023-03-01' && d < '2024-03-01')).toBe(true);
    const stamps = Object.values(demo.tables).flatMap((records) => records.map((r) => r.updatedAt as string));
    expect(stamps.every((s) => s === undefined || s < '2024-03-01')).toBe(true);
  });

  it('refuses sizes and dates it cannot honour', () => {
    expect(() => generateDemoWorkbook({ size: { clients: -1 } })).toThrow(RangeError);
    expect(() => generateDemoWorkbook({ size: { clients: 1.5 } })).toThrow(RangeError);
    expect(() => generateDemoWorkbook({ size: { clients: 10, ordersPerClient: Number.NaN } })).toThrow(
      RangeError,
    );
    expect(() => generateDemoWorkbook({ asOf: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoWorkbook({ asOf: '26-11-2026' })).toThrow(RangeError);
    expect(() => generateDemoWorkbook({ seed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });

  it('streams exactly the JSON that JSON.stringify writes', () => {
    const demo = generateDemoWorkbook({ seed: 3, size: { clients: 700 } });
    expect([...workbookJsonChunks(demo)].join('')).toBe(JSON.stringify(demo));
  });
});
