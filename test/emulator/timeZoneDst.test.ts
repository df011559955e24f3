/**
 * The emulator's own time-zone code (independent of src/core/dates.ts) on days whose clocks jump at
 * midnight: a date typed into a cell becomes the day's first instant, displays as that day, and
 * Suki's read path (getValues → fromCell → isoDateInZone) gives the same day back.
 */
import { describe, expect, it } from 'vitest';
import { startOfDateInZone } from '../../src/core/dates';
import { fromCell, toCell } from '../../src/core/tables/cellCodec';
import type { ColumnSpec } from '../../src/core/tables/tableSpec';
import { formatDate } from '../../workbench/emulator/dateFormat';
import { createEmulator } from '../../workbench/emulator/index';
import { fromWallTime, offsetMinutes, toSerial, wallTime } from '../../workbench/emulator/timeZone';
import { firstSheet } from './helpers';

const DUE: ColumnSpec = { key: 'due', type: 'date', label: 'col.client.nextContactDate' };
const SANTIAGO = 'America/Santiago';
const DAY_MS = 86_400_000;

const isoOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The emulator's own reading of the calendar day of `ms` in `timeZone`. */
function emulatedDay(ms: number, timeZone: string): string {
  return formatDate(new Date(ms), timeZone, 'yyyy-MM-dd');
}

function santiagoSheet() {
  const em = createEmulator({ timeZone: SANTIAGO });
  return { em, sheet: firstSheet(em) };
}

describe('a date typed on a day without midnight (America/Santiago, 2026-09-06)', () => {
  it('by a person: the cell holds the day’s first instant, 01:00, and reads and shows that day', () => {
    const { em, sheet } = santiagoSheet();
    expect(em.personEdit('Sheet1', 1, 1, '2026-09-06').accepted).toBe(true);
    const cell = sheet.getRange('A1');
    const value = cell.getValue() as Date;
    expect(value.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(em.globals.Utilities.formatDate(value, SANTIAGO, 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2026-09-06 01:00:00',
    );
    expect(cell.getDisplayValue()).toBe('2026-09-06');
    expect(fromCell(DUE, value, SANTIAGO)).toBe('2026-09-06');
    expect(Math.floor(toSerial(value.getTime(), SANTIAGO))).toBe(46271);
  });

  it('by a script: setValue of the text in an automatic cell does the same', () => {
    const { sheet } = santiagoSheet();
    const cell = sheet.getRange('B2').setValue('2026-09-06');
    expect((cell.getValue() as Date).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(cell.getDisplayValue()).toBe('2026-09-06');
    expect(fromCell(DUE, cell.getValue(), SANTIAGO)).toBe('2026-09-06');
  });

  it('by Suki: toCell’s Date in a yyyy-mm-dd cell reads and shows the same day', () => {
    const { sheet } = santiagoSheet();
    const cell = sheet.getRange('C3').setNumberFormat('yyyy-mm-dd');
    cell.setValue(toCell(DUE, '2026-09-06', SANTIAGO));
    expect(cell.getDisplayValue()).toBe('2026-09-06');
    expect(fromCell(DUE, cell.getValue(), SANTIAGO)).toBe('2026-09-06');
    // A person typing the day and Suki writing it give the same instant.
    expect((cell.getValue() as Date).getTime()).toBe(Date.UTC(2026, 8, 6, 4));
  });

  it('a whole year of typed dates reads back day for day', () => {
    const { sheet } = santiagoSheet();
    const days: string[] = [];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += DAY_MS) days.push(isoOfUtc(ms));
    const range = sheet.getRange(1, 1, days.length, 1);
    range.setValues(days.map((d) => [d]));
    const back = range.getValues().map(([v]) => fromCell(DUE, v, SANTIAGO));
    const shown = range.getDisplayValues().map(([v]) => v);
    expect(back).toEqual(days);
    expect(shown).toEqual(days);
  });
});

describe('fromWallTime resolves skipped and repeated wall times as Java does', () => {
  it.each([
    // A skipped midnight: the day's first instant (01:00).
    [SANTIAGO, [2026, 9, 6], '2026-09-06T04:00:00.000Z'],
    ['America/Havana', [2026, 3, 8], '2026-03-08T05:00:00.000Z'],
    ['America/Sao_Paulo', [2018, 11, 4], '2018-11-04T03:00:00.000Z'],
    ['Asia/Beirut', [2026, 3, 29], '2026-03-28T22:00:00.000Z'],
    // 23:00–00:00 repeated the evening before: this day's one midnight.
    [SANTIAGO, [2026, 4, 5], '2026-04-05T04:00:00.000Z'],
    // Midnight twice: the first.
    ['America/Havana', [2026, 11, 1], '2026-11-01T04:00:00.000Z'],
    ['America/Goose_Bay', [1990, 10, 28], '1990-10-28T03:00:00.000Z'],
    // A day skipped altogether: the next day's start.
    ['Pacific/Apia', [2011, 12, 30], '2011-12-30T10:00:00.000Z'],
    // An hour that happens twice east of UTC: the first; a skipped one: later by the skip.
    ['Europe/Berlin', [2026, 10, 25, 2, 30], '2026-10-25T00:30:00.000Z'],
    ['Europe/Berlin', [2026, 3, 29, 2, 30], '2026-03-29T01:30:00.000Z'],
  ] as const)('%s %j → %s', (zone, fields, instant) => {
    const [y, m, d, h = 0, mi = 0] = fields as readonly number[];
    expect(new Date(fromWallTime(zone, y ?? 0, m ?? 0, d ?? 0, h, mi)).toISOString()).toBe(instant);
  });

  it.each([
    SANTIAGO,
    'America/Havana',
    'America/Asuncion',
    'America/Sao_Paulo',
    'Pacific/Apia',
    'Asia/Manila',
  ])('2010–2030 in %s: each day starts on that day, where Suki’s independent code says', (zone) => {
    // Every 10th day, and every day of each week in which the zone's offset changes (found with the
    // emulator's offsets, sampled weekly at noon UTC), with a day either side.
    const days = new Set<number>();
    const noon = Date.UTC(2010, 0, 1, 12);
    for (let ms = noon; ms <= Date.UTC(2030, 11, 31); ms += 10 * DAY_MS) days.add(ms - 12 * 3_600_000);
    for (let ms = noon; ms <= Date.UTC(2030, 11, 31); ms += 7 * DAY_MS) {
      if (offsetMinutes(ms, zone) === offsetMinutes(ms + 7 * DAY_MS, zone)) continue;
      for (let k = -1; k <= 8; k++) days.add(ms - 12 * 3_600_000 + k * DAY_MS);
    }
    const wrong: string[] = [];
    for (const ms of days) {
      const d = new Date(ms);
      const day = isoOfUtc(ms);
      if (zone === 'Pacific/Apia' && day === '2011-12-30') continue; // skipped by Samoa
      const start = fromWallTime(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      if (emulatedDay(start, zone) !== day || emulatedDay(start - 1000, zone) >= day) wrong.push(day);
      else if (start !== startOfDateInZone(day, zone).getTime()) wrong.push(`${day} (differs from Suki)`);
    }
    expect(days.size).toBeGreaterThan(766);
    expect(wrong).toEqual([]);
  });
});

describe('offsets that change off the quarter hour', () => {
  it('follows America/Goose_Bay’s change at 00:01 (04:01 UTC) within the quarter hour', () => {
    const change = Date.UTC(1990, 3, 1, 4, 1);
    expect(offsetMinutes(change - 1000, 'America/Goose_Bay')).toBe(-240);
    expect(offsetMinutes(change, 'America/Goose_Bay')).toBe(-180);
    expect(offsetMinutes(change + 5 * 60000, 'America/Goose_Bay')).toBe(-180);
    expect(wallTime(change, 'America/Goose_Bay')).toMatchObject({ day: 1, hour: 1, minute: 1 });
  });

  it('keeps Africa/Monrovia’s 44 minutes 30 seconds, printed as Java does', () => {
    const change = Date.UTC(1972, 0, 7, 0, 44, 30);
    expect(offsetMinutes(change - 1000, 'Africa/Monrovia')).toBe(-44.5);
    expect(formatDate(new Date(change - 1000), 'Africa/Monrovia', 'yyyy-MM-dd HH:mm:ss Z')).toBe(
      '1972-01-06 23:59:59 -0044',
    );
    expect(formatDate(new Date(change), 'Africa/Monrovia', 'yyyy-MM-dd HH:mm:ss XXX')).toBe(
      '1972-01-07 00:44:30 Z',
    );
    expect(new Date(fromWallTime('Africa/Monrovia', 1972, 1, 7)).toISOString()).toBe(
      '1972-01-07T00:44:30.000Z',
    );
  });
});
