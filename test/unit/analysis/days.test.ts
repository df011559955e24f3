import { describe, expect, it } from 'vitest';
import {
  addMonthsIso,
  asOfDay,
  dayToIso,
  monthIndexOfIso,
  parseIsoDay,
  parseIsoInstantDay,
} from '../../../src/core/analysis/days';

describe('day arithmetic', () => {
  it('agrees with Date.UTC on every day from 1899 to 2101', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (parseIsoDay(iso) !== t / 86_400_000 || dayToIso(t / 86_400_000) !== iso) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('rejects what is not a strict calendar date', () => {
    for (const junk of [
      '2025-02-30',
      '2023-02-29',
      '2025-13-01',
      '2025-00-10',
      '5/3/2025',
      '2025-1-01',
      '2025-01-1',
      'tomorrow',
      '',
    ]) {
      expect(parseIsoDay(junk), junk).toBeNull();
    }
    expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(parseIsoDay('1900-02-29')).toBeNull(); // 1900 is not a leap year
    expect(parseIsoDay('2000-02-29')).not.toBeNull(); // 2000 is
  });

  it('reads the UTC day of an instant', () => {
    expect(parseIsoInstantDay('2025-03-04T23:30:00.000Z')).toBe(parseIsoDay('2025-03-04'));
    expect(parseIsoInstantDay('2025-03-04')).toBe(parseIsoDay('2025-03-04'));
    expect(parseIsoInstantDay('2025-03-04 10:00')).toBeNull();
  });

  it('writes day numbers back as ISO dates', () => {
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(dayToIso(parseIsoDay('2024-02-29') ?? 0)).toBe('2024-02-29');
  });

  it('moves by calendar months, clamping to the end of a shorter month', () => {
    expect(addMonthsIso('2025-06-15', -12)).toBe('2024-06-15');
    expect(addMonthsIso('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonthsIso('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsIso('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonthsIso('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('indexes months and refuses a bad asOf', () => {
    expect(monthIndexOfIso('2025-01-31') - monthIndexOfIso('2024-12-01')).toBe(1);
    expect(() => asOfDay('15/06/2025')).toThrow(/asOf/);
  });
});
