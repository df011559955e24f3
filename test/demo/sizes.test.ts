import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../workbench/demo';
import { nameKey, SPECS, validationProblems } from './demoHelpers';

describe('demo sizes', () => {
  it('generates 2,000 clients with the default ratios, valid throughout', () => {
    const started = performance.now();
    const demo = generateDemoWorkbook({ seed: 11, size: { clients: 2000 } });
    expect(performance.now() - started).toBeLessThan(10_000);
    const n = (key: string) => demo.tables[key]?.length ?? 0;
    expect(n('clients')).toBe(2000);
    expect(n('orders')).toBeGreaterThan(2000 * 8 * 0.95);
    expect(n('orders')).toBeLessThan(2000 * 8 * 1.05);
    expect(n('contacts')).toBeGreaterThan(2000 * 6 * 0.95);
    expect(n('contacts')).toBeLessThan(2000 * 6 * 1.05);
    expect([n('claims'), n('deals'), n('obligations')]).toEqual([800, 1200, 1600]);
    for (const spec of SPECS)
      expect(validationProblems(spec, demo.tables[spec.key] ?? []), spec.key).toEqual([]);

    const names = (demo.tables.clients ?? []).map((c) => c.name as string);
    expect(new Set(names).size).toBe(names.length);
    // Mostly distinct even ignoring case, punctuation, legal suffixes and branches.
    expect(new Set(names.map(nameKey)).size).toBeGreaterThan(names.length * 0.97);
    const ids = new Set((demo.tables.clients ?? []).map((c) => c.id));
    for (const key of ['contacts', 'claims', 'deals', 'orders', 'obligations', 'evidence'])
      for (const r of demo.tables[key] ?? []) expect(ids.has(r.clientId)).toBe(true);
  });

  it.each([0, 1, 5, 19])('works for %i clients', (clients) => {
    const demo = generateDemoWorkbook({ size: { clients } });
    expect(demo.tables.clients).toHaveLength(clients);
    expect(demo.tables.team).toHaveLength(4);
    for (const spec of SPECS)
      expect(validationProblems(spec, demo.tables[spec.key] ?? []), spec.key).toEqual([]);
    if (clients === 0)
      for (const key of ['orders', 'contacts', 'claims', 'deals']) expect(demo.tables[key]).toEqual([]);
  });

  it('follows other ratios, including fewer orders than months and more competitors than written', () => {
    const demo = generateDemoWorkbook({
      size: {
        clients: 300,
        ordersPerClient: 2,
        contactsPerClient: 1,
        claimsPerClient: 1,
        dealsPerClient: 0,
        obligationsPerClient: 0,
        competitors: 20,
        campaigns: 3,
      },
    });
    const n = (key: string) => demo.tables[key]?.length ?? 0;
    expect(n('orders')).toBeGreaterThan(300 * 2 * 0.85);
    expect(n('orders')).toBeLessThan(300 * 2 * 1.15);
    expect(n('claims')).toBe(300);
    expect([n('deals'), n('obligations'), n('competitors'), n('campaigns')]).toEqual([0, 0, 20, 3]);
    expect(new Set((demo.tables.competitors ?? []).map((c) => c.name)).size).toBe(20);
    for (const spec of SPECS)
      expect(validationProblems(spec, demo.tables[spec.key] ?? []), spec.key).toEqual([]);
  });
});
