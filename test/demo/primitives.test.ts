import { describe, expect, it } from 'vitest';
import {
  civilOf,
  dayFromIso,
  isoDate,
  isoInstant,
  monthStarts,
  weekdayOf,
  workingDay,
} from '../../workbench/demo/days';
import { deriveSeed, Rng, Weighted } from '../../workbench/demo/random';

describe('demo random stream', () => {
  it('repeats for a seed and differs between seeds and parts', () => {
    const draw = (rng: Rng) => Array.from({ length: 20 }, () => rng.next());
    expect(draw(new Rng(42))).toEqual(draw(new Rng(42)));
    expect(draw(new Rng(42))).not.toEqual(draw(new Rng(43)));
    expect(deriveSeed(1, 'orders')).not.toBe(deriveSeed(1, 'claims'));
    expect(deriveSeed(1, 'orders')).not.toBe(deriveSeed(2, 'orders'));
  });

  it('draws within bounds and roughly uniformly', () => {
    const rng = new Rng(9);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const slot = Math.floor(x * 10);
      buckets[slot] = (buckets[slot] ?? 0) + 1;
      const k = rng.int(3, 5);
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });

  it('picks by weight, never a zero-weight item, and rounds about to the right mean', () => {
    const rng = new Rng(5);
    const weighted = new Weighted([
      ['never', 0],
      ['rare', 1],
      ['often', 9],
    ] as const);
    const seen = { never: 0, rare: 0, often: 0 };
    for (let i = 0; i < 10_000; i++) seen[weighted.pick(rng)]++;
    expect(seen.never).toBe(0);
    expect(seen.often / seen.rare).toBeGreaterThan(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += rng.roundAbout(2.3);
    expect(sum / 10_000).toBeCloseTo(2.3, 1);
  });
});

describe('demo day numbers', () => {
  it('agree with Date for every day over four centuries of edge cases', () => {
    for (const iso of ['1970-01-01', '1900-03-01', '2000-02-29', '2024-02-29', '2026-11-26', '2100-03-01']) {
      const day = dayFromIso(iso);
      expect(day).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      expect(isoDate(day)).toBe(iso);
    }
    for (let day = -40_000; day < 60_000; day += 37) {
      expect(isoDate(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      expect(weekdayOf(day)).toBe(new Date(day * 86_400_000).getUTCDay());
    }
    expect(civilOf(dayFromIso('2026-12-31'))).toEqual([2026, 12, 31]);
  });

  it('writes instants as toISOString does and refuses non-dates', () => {
    const day = dayFromIso('2026-11-26');
    expect(isoInstant(day, 3 * 3600 + 4 * 60 + 5)).toBe(
      new Date(Date.UTC(2026, 10, 26, 3, 4, 5)).toISOString(),
    );
    expect(() => dayFromIso('2026-13-01')).toThrow(RangeError);
    expect(() => dayFromIso('2026-11-26T00:00')).toThrow(RangeError);
  });

  it('finds month starts and moves weekend days to working days within bounds', () => {
    expect(monthStarts(dayFromIso('2026-01-15'), 3).map(isoDate)).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    const saturday = dayFromIso('2026-11-28');
    expect(isoDate(workingDay(saturday, saturday - 10, saturday + 10))).toBe('2026-11-30');
    expect(isoDate(workingDay(saturday, saturday - 10, saturday + 1))).toBe('2026-11-27');
    expect(workingDay(saturday, saturday, saturday + 1)).toBe(saturday);
  });
});
