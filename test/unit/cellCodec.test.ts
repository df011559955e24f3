import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isDate, isoDateInZone, startOfDateInZone } from '../../src/core/dates';
import { cellFormatFor, fromCell, toCell } from '../../src/core/tables/cellCodec';
import type { ColumnSpec } from '../../src/core/tables/tableSpec';

const text: ColumnSpec = { key: 'name', type: 'text', label: 'col.client.name' };
const date: ColumnSpec = { key: 'due', type: 'date', label: 'col.client.nextContactDate' };
const stamp: ColumnSpec = { key: 'updatedAt', type: 'datetime', label: 'col.updatedAt' };
const money: ColumnSpec = { key: 'limit', type: 'currency', label: 'col.client.creditLimit' };

describe('toCell', () => {
  it.each(['=IMPORTXML("http://x","//a")', '+1', '-cmd', '@x', '\tTAB', 'Plain', "'quoted", '007'])(
    'writes %j unchanged into a plain-text cell',
    (value) => {
      expect(toCell(text, value, 'Asia/Manila')).toBe(value);
      expect(cellFormatFor(text, value, 'plain')).toBe('@');
    },
  );

  it.each(['=IMPORTXML("http://x","//a")', '+1', '-cmd', '@x', '\tTAB', 'Plain', "'quoted"])(
    'writes %j as apostrophe-prefixed text into an automatic cell in apostrophe mode',
    (value) => {
      expect(toCell(text, value, 'Asia/Manila', 'apostrophe')).toBe(`'${value}`);
      expect(cellFormatFor(text, value, 'apostrophe')).toBe('General');
    },
  );

  it('writes text found in a typed column as text, and never a non-finite number', () => {
    expect(toCell(money, '=1+1', 'UTC')).toBe('=1+1');
    expect(cellFormatFor(money, '=1+1', 'plain')).toBe('@');
    expect(cellFormatFor(money, 12, 'plain')).toBe('#,##0.00');
    expect(toCell(date, 'next week', 'UTC')).toBe('next week');
    expect(cellFormatFor(date, '2026-01-01', 'plain')).toBe('yyyy-mm-dd');
    expect(toCell(money, Number.POSITIVE_INFINITY, 'UTC')).toBe('');
    expect(toCell(money, Number.NaN, 'UTC')).toBe('');
  });

  it('writes blanks as empty cells and numbers as numbers', () => {
    expect(toCell(text, null, 'UTC')).toBe('');
    expect(toCell(money, 1250.5, 'UTC')).toBe(1250.5);
  });

  it('writes a date as the instant the day starts in the spreadsheet’s zone', () => {
    const cell = toCell(date, '2026-03-01', 'Asia/Manila') as Date;
    expect(cell.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect((toCell(stamp, '2026-03-01T10:00:00.000Z', 'UTC') as Date).getTime()).toBe(
      Date.UTC(2026, 2, 1, 10),
    );
  });
});

describe('fromCell', () => {
  it('reads dates back in the spreadsheet’s zone and keeps wrong-typed values as text', () => {
    expect(fromCell(date, new Date('2026-02-28T16:00:00.000Z'), 'Asia/Manila')).toBe('2026-03-01');
    expect(fromCell(date, new Date('2026-02-28T16:00:00.000Z'), 'UTC')).toBe('2026-02-28');
    expect(fromCell(stamp, new Date(Date.UTC(2026, 0, 2, 3)), 'UTC')).toBe('2026-01-02T03:00:00.000Z');
    expect(fromCell(text, 9175550101, 'UTC')).toBe('9175550101');
    expect(fromCell(money, 'n/a', 'UTC')).toBe('n/a');
    expect(fromCell(text, '', 'UTC')).toBeNull();
    expect(fromCell(text, true, 'UTC')).toBe('TRUE');
  });

  it('reads a Date from another realm as a date, and an invalid Date or other object as its text', () => {
    const foreign: unknown = runInNewContext('new Date(Date.UTC(2026, 4, 31, 16))');
    expect(foreign instanceof Date).toBe(false);
    expect(fromCell(date, foreign, 'Asia/Manila')).toBe('2026-06-01');
    expect(fromCell(stamp, foreign, 'UTC')).toBe('2026-05-31T16:00:00.000Z');
    expect(fromCell(date, new Date('nope'), 'UTC')).toBe('Invalid Date');
    expect(fromCell(text, { toString: () => 'an object' }, 'UTC')).toBe('an object');
    expect(fromCell(money, 0, 'UTC')).toBe(0);
  });
});

describe('dates', () => {
  it('follows daylight-saving changes', () => {
    expect(startOfDateInZone('2026-03-08', 'America/New_York').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(startOfDateInZone('2026-03-09', 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(isoDateInZone(new Date('2026-03-09T03:59:00Z'), 'America/New_York')).toBe('2026-03-08');
  });

  it('recognises dates from another realm', () => {
    expect(isDate(new Date())).toBe(true);
    expect(isDate('2026-01-01')).toBe(false);
    expect(isDate(new Date('nope'))).toBe(false);
  });
});
