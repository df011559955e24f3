/**
 * A date means the same calendar day in every zone: startOfDateInZone and isoDateInZone round-trip
 * every day, also where the clocks jump at midnight (the day starts at 01:00), where 23:00–00:00
 * repeats, and where midnight itself happens twice. Checked against Intl directly, day by day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateInZone, startOfDateInZone } from '../../src/core/dates';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Days the zone skipped altogether (the date line moved): no instant reads them. */
const SKIPPED_DAYS = new Set([
  'Pacific/Apia 2011-12-30',
  'Pacific/Fakaofo 2011-12-30',
  'Pacific/Kiritimati 1994-12-31',
  'Pacific/Enderbury 1994-12-31',
  'Pacific/Kanton 1994-12-31',
  'Pacific/Kwajalein 1993-08-21',
]);

const isoOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every calendar date from `from` to `to` (YYYY-MM-DD), `stepDays` apart. */
function dates(from: string, to: string, stepDays = 1): string[] {
  const out: string[] = [];
  for (let ms = Date.parse(from); ms <= Date.parse(to); ms += stepDays * DAY_MS) out.push(isoOfUtc(ms));
  return out;
}

/** A cached Intl formatter for `timeZone`, independent of the code under test. */
function formatterFor(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: object) {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, ...options });
    cache.set(timeZone, f);
  }
  return f;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
/** 'HH:mm:ss' on the zone's clock at `ms`. */
function clock(ms: number, timeZone: string): string {
  const f = formatterFor(clocks, timeZone, {
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return f.format(ms);
}

const calendars = new Map<string, Intl.DateTimeFormat>();
/** YYYY-MM-DD (en-CA's order) on the zone's calendar at `ms`; plain format() is quicker than parts. */
function calendarDay(ms: number, timeZone: string): string {
  return formatterFor(calendars, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

interface Check {
  /** Days whose start is wrong, with what is wrong. */
  problems: string[];
  /** Days that start later than 00:00 (the clocks jumped over midnight). */
  lateStarts: number;
}

/**
 * Checks startOfDateInZone(day) for each day: isoDateInZone reads it back as `day`, and a second
 * earlier the zone's calendar shows an earlier day (it is the day's first instant, so it lies in the
 * day). Days the zone skipped are left out.
 */
function check(days: readonly string[], timeZone: string): Check {
  const result: Check = { problems: [], lateStarts: 0 };
  for (const day of days) {
    if (SKIPPED_DAYS.has(`${timeZone} ${day}`)) continue;
    const start = startOfDateInZone(day, timeZone);
    const read = isoDateInZone(start, timeZone);
    if (read !== day) result.problems.push(`${day} starts at ${start.toISOString()}, read as ${read}`);
    else if (calendarDay(start.getTime() - 1000, timeZone) >= day) {
      result.problems.push(`${day}: ${start.toISOString()} is not its first instant`);
    } else if (clock(start.getTime(), timeZone) !== '00:00:00') result.lateStarts++;
  }
  return result;
}

/** The days (YYYY-MM-DD) on or around which `timeZone`'s offset changes in [from, to]. */
function changeDays(timeZone: string, from: string, to: string): string[] {
  // The zone's wall clock read as UTC, minus the instant: the offset.
  const offset = (ms: number) => Date.parse(`${calendarDay(ms, timeZone)}T${clock(ms, timeZone)}Z`) - ms;
  const found: string[] = [];
  const end = Date.parse(to);
  // Weekly samples at noon UTC: no zone changes twice within a week in 1970–2100. Each week that
  // changes is checked whole, with a day either side.
  let ms = Date.parse(from) + 12 * HOUR_MS;
  let previous = offset(ms);
  for (; ms <= end; ms += 7 * DAY_MS) {
    const next = offset(ms + 7 * DAY_MS);
    if (next !== previous) {
      for (let k = -1; k <= 8; k++) found.push(isoOfUtc(ms + k * DAY_MS));
    }
    previous = next;
  }
  return found;
}

describe('startOfDateInZone / isoDateInZone on days without a midnight', () => {
  it.each([
    // Clocks jump 00:00 → 01:00: the day starts at 01:00 (the bug stored the day before's 23:00).
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', '01:00:00'],
    ['2026-03-08', 'America/Havana', '2026-03-08T05:00:00.000Z', '01:00:00'],
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z', '01:00:00'],
    ['2023-10-01', 'America/Asuncion', '2023-10-01T04:00:00.000Z', '01:00:00'],
    ['2010-09-26', 'Pacific/Apia', '2010-09-26T11:00:00.000Z', '01:00:00'],
    ['2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00.000Z', '01:00:00'],
    ['2022-03-22', 'Asia/Tehran', '2022-03-21T20:30:00.000Z', '01:00:00'],
    ['2023-03-26', 'America/Scoresbysund', '2023-03-26T01:00:00.000Z', '01:00:00'],
    // Clocks go back 00:00 → 23:00 the evening before: this day's midnight is unique.
    ['2026-04-05', 'America/Santiago', '2026-04-05T04:00:00.000Z', '00:00:00'],
    ['2026-10-25', 'Asia/Beirut', '2026-10-24T22:00:00.000Z', '00:00:00'],
    // Midnight happens twice (01:00 → 00:00): the first one.
    ['2026-11-01', 'America/Havana', '2026-11-01T04:00:00.000Z', '00:00:00'],
    ['2026-10-25', 'Atlantic/Azores', '2026-10-25T00:00:00.000Z', '00:00:00'],
    // Clocks went back from 00:01 to 23:01 of the day before: the day began at the first midnight.
    ['1990-10-28', 'America/Goose_Bay', '1990-10-28T03:00:00.000Z', '00:00:00'],
    // Controls.
    ['2026-09-06', 'Asia/Manila', '2026-09-05T16:00:00.000Z', '00:00:00'],
    ['2026-09-06', 'UTC', '2026-09-06T00:00:00.000Z', '00:00:00'],
  ])('%s in %s starts at %s (%s on its clock)', (day, zone, instant, time) => {
    const start = startOfDateInZone(day, zone);
    expect(start.toISOString()).toBe(instant);
    expect(clock(start.getTime(), zone)).toBe(time);
    expect(isoDateInZone(start, zone)).toBe(day);
    expect(isoDateInZone(new Date(start.getTime() - 1000), zone) < day).toBe(true);
  });

  it('gives a day the zone skipped the start of the next one', () => {
    expect(startOfDateInZone('2011-12-30', 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(isoDateInZone(startOfDateInZone('2011-12-30', 'Pacific/Apia'), 'Pacific/Apia')).toBe('2011-12-31');
    expect(isoDateInZone(startOfDateInZone('2011-12-29', 'Pacific/Apia'), 'Pacific/Apia')).toBe('2011-12-29');
  });

  it('reads a day from any instant in it, not by arithmetic on the instant', () => {
    // 01:00 (the first instant), 02:00 and 12:00 of 2026-09-06 in Santiago, and the day before's 23:59:59.
    const zone = 'America/Santiago';
    expect(isoDateInZone(new Date('2026-09-06T04:00:00Z'), zone)).toBe('2026-09-06');
    expect(isoDateInZone(new Date('2026-09-06T05:00:00Z'), zone)).toBe('2026-09-06');
    expect(isoDateInZone(new Date('2026-09-06T15:00:00Z'), zone)).toBe('2026-09-06');
    expect(isoDateInZone(new Date('2026-09-06T03:59:59Z'), zone)).toBe('2026-09-05');
  });
});

describe('every calendar date 2010–2030 round-trips', () => {
  const days = dates('2010-01-01', '2030-12-31');
  it.each([
    // Zone, and at least how many of its days start at 01:00 in 2010–2030, counting only years
    // already past (tz data may change later ones), so the loop is seen to meet the bug.
    ['America/Santiago', 12],
    ['America/Havana', 14],
    ['America/Asuncion', 12],
    ['America/Sao_Paulo', 8],
    ['Pacific/Apia', 1],
    ['Asia/Manila', 0],
    ['UTC', 0],
  ])('in %s', (zone, lateStarts) => {
    expect(days).toHaveLength(7670);
    const result = check(days, zone);
    expect(result.problems).toEqual([]);
    if (lateStarts === 0) expect(result.lateStarts).toBe(0);
    else expect(result.lateStarts).toBeGreaterThanOrEqual(lateStarts);
  });
});

describe('1970–2100', () => {
  it.each([
    // Zone, weeks between samples, and a floor for how many of the days checked start later than
    // 00:00 (from the years already past: tz data may change later ones).
    ['America/Santiago', 1, 40],
    ['America/Havana', 4, 40],
    ['Asia/Beirut', 4, 40],
    ['Asia/Tehran', 4, 30],
    ['America/Nuuk', 4, 0], // Clocks go back at 00:00 since 2024: 23:00–00:00 repeats.
    ['America/Goose_Bay', 4, 0], // Back from 00:01 to 23:01 until 2010: midnight twice.
  ])('%s: every %i week(s), and every day around each offset change', (zone, weeks, lateStarts) => {
    const changes = changeDays(zone, '1970-01-01', '2100-12-31');
    expect(changes.length).toBeGreaterThan(0);
    const result = check([...dates('1970-01-01', '2100-12-31', 7 * weeks), ...changes], zone);
    expect(result.problems).toEqual([]);
    expect(result.lateStarts).toBeGreaterThanOrEqual(lateStarts);
  });

  it('holds for any day in any zone Intl knows (property)', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const first = Date.UTC(1970, 0, 1) / DAY_MS;
    const last = Date.UTC(2100, 11, 31) / DAY_MS;
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: first, max: last }), (zone, dayNumber) => {
        expect(check([isoOfUtc(dayNumber * DAY_MS)], zone).problems).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
