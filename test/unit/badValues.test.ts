/**
 * Nothing lost to bad values: amounts of any size, commas that are not thousands separators, IDs with
 * spaces around them and text past a limit are refused by field (or normalised), never mangled.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { gridFromCsv } from '../../src/core/import/importGrid';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from '../../src/core/import/importLimits';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import type { TableSpec } from '../../src/core/tables/tableSpec';
import { ORDERS_TABLE } from '../../src/core/tables/workTables';
import { UserFacingError } from '../../src/core/userError';
import { numberBoundsOf } from '../../src/core/validation/columnSchema';
import { MAX_ABS_AMOUNT, parseNumberText, readableNumber } from '../../src/core/validation/numbers';
import {
  describeFieldError,
  normalizeId,
  type ValidationResult,
  validateRecord,
} from '../../src/core/validation/recordValidation';
import { planOf } from '../support/importing';

const en = translatorFor('en');
const fil = translatorFor('fil');

/** The errors of a client with `fields`, as `field:code`. */
const clientErrors = (fields: Record<string, unknown>) =>
  codes(validateRecord(CLIENTS_TABLE, { name: 'Ana', ...fields }));
const codes = (result: ValidationResult) =>
  result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
/** The value a field of a valid client record holds. */
const clientValue = (field: string, value: unknown) => {
  const result = validateRecord(CLIENTS_TABLE, { name: 'Ana', [field]: value });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.record[field];
};
const order = (fields: Record<string, unknown>) =>
  validateRecord(ORDERS_TABLE, { clientId: 'C-000001', orderDate: '2025-06-01', amount: 1, ...fields });
/** The message a person reads for a refused client field. */
const clientMessage = (fields: Record<string, unknown>, t = en) => {
  const result = validateRecord(CLIENTS_TABLE, { name: 'Ana', ...fields });
  if (result.ok) throw new Error('accepted');
  return result.errors.map((error) => describeFieldError(t, CLIENTS_TABLE, error));
};

describe('amounts of any size', () => {
  it('bounds currency and number fields at ±1e12 unless the column has its own bounds', () => {
    expect(MAX_ABS_AMOUNT).toBe(1e12);
    expect(numberBoundsOf(CLIENTS_TABLE.columns.find((c) => c.key === 'creditLimit') as never)).toEqual({
      min: 0,
      max: 1e12,
    });
    expect(numberBoundsOf(ORDERS_TABLE.columns.find((c) => c.key === 'amount') as never)).toEqual({
      min: -1e12,
      max: 1e12,
    });
    expect(numberBoundsOf(CLIENTS_TABLE.columns.find((c) => c.key === 'paymentTermsDays') as never)).toEqual({
      min: 0,
      max: 365,
    });
  });

  it('accepts the bound itself and refuses a cent past it, naming the field and the bound', () => {
    expect(clientValue('creditLimit', 1e12)).toBe(1e12);
    expect(clientValue('creditLimit', '1,000,000,000,000.00')).toBe(1e12);
    expect(clientErrors({ creditLimit: 1e12 + 0.01 })).toEqual(['creditLimit:max']);
    expect(clientErrors({ creditLimit: '1,000,000,000,000.01' })).toEqual(['creditLimit:max']);
    expect(clientMessage({ creditLimit: '1e13' })).toEqual([
      'Credit limit: must be at most 1,000,000,000,000.',
    ]);
    expect(clientMessage({ creditLimit: '1e13' }, fil)).toEqual([
      'Limitasyon ng kredito: hindi hihigit sa 1,000,000,000,000.',
    ]);
    expect(codes(order({ amount: -1e12 }))).toEqual([]);
    expect(codes(order({ amount: -1e12 - 1 }))).toEqual(['amount:min']);
    const refused = order({ amount: '-5000000000000' });
    expect(!refused.ok && describeFieldError(en, ORDERS_TABLE, refused.errors[0] as never)).toBe(
      'Amount: must be at least -1,000,000,000,000.',
    );
  });

  it("reads '1e400' as too large, '-1e400' as too small, never as Infinity", () => {
    expect(clientErrors({ creditLimit: '1e400' })).toEqual(['creditLimit:max']);
    expect(codes(order({ amount: '-1e400' }))).toEqual(['amount:min']);
    expect(codes(order({ amount: '1e400' }))).toEqual(['amount:max']);
    expect(clientErrors({ creditLimit: Number.MAX_VALUE })).toEqual(['creditLimit:max']);
  });

  it("refuses 'Infinity', 'NaN', NaN and Infinity as not a number", () => {
    for (const junk of ['Infinity', '-Infinity', 'NaN', Number.NaN, Number.NEGATIVE_INFINITY, '∞']) {
      expect(clientErrors({ creditLimit: junk })).toEqual(['creditLimit:number']);
    }
  });

  it("stores '-0' and -0 as 0, and refuses a non-zero value too small for a double", () => {
    expect(Object.is(clientValue('creditLimit', '-0'), 0)).toBe(true);
    expect(Object.is(clientValue('creditLimit', -0), 0)).toBe(true);
    expect(Object.is(clientValue('creditLimit', '-0.00'), 0)).toBe(true);
    expect(clientErrors({ creditLimit: '1e-400' })).toEqual(['creditLimit:number']);
    expect(clientValue('creditLimit', '0e-400')).toBe(0);
  });

  it('keeps integers whole and safe', () => {
    const table: TableSpec = {
      key: 'test',
      sheetLabel: 'sheet.clients',
      idPrefix: 'X',
      columns: [
        { key: 'count', type: 'integer', label: 'col.id' },
        { key: 'huge', type: 'integer', label: 'col.id', max: 1e20 },
      ],
    };
    const errors = (input: Record<string, unknown>) => codes(validateRecord(table, input));
    expect(errors({ count: 1e12 })).toEqual([]);
    expect(errors({ count: 1e12 + 1 })).toEqual(['count:max']);
    expect(errors({ count: '9007199254740993' })).toEqual(['count:max']);
    expect(errors({ huge: 2 ** 53 })).toEqual(['huge:integer']);
    expect(errors({ huge: 2 ** 53 - 1 })).toEqual([]);
    expect(clientErrors({ paymentTermsDays: 2 ** 60 })).toEqual(['paymentTermsDays:max']);
  });
});

describe('commas in typed numbers', () => {
  it('reads a comma as a thousands separator only between groups of three digits', () => {
    expect(clientValue('creditLimit', '1,250')).toBe(1250);
    expect(clientValue('creditLimit', '12,500.75')).toBe(12500.75);
    expect(clientValue('creditLimit', '1,250,000.50')).toBe(1250000.5);
    expect(clientValue('creditLimit', '  999  ')).toBe(999);
    expect(clientValue('yearFounded', '1,998')).toBe(1998);
  });

  it("refuses '12,50' and '1,2,3' by field, saying to use a dot for decimals", () => {
    for (const typed of [
      '12,50',
      '1,2,3',
      '1250,5',
      ',5',
      '1,25,000',
      '1,2500',
      '12,50.5',
      '1,',
      '1.250,00',
    ]) {
      expect(clientErrors({ creditLimit: typed }), typed).toEqual(['creditLimit:decimalComma']);
    }
    expect(codes(order({ amount: '-12,50' }))).toEqual(['amount:decimalComma']);
    expect(clientMessage({ creditLimit: '12,50' })).toEqual([
      'Credit limit: use a dot for decimals (12.50); a comma may only separate groups of three digits (1,250.50).',
    ]);
    expect(clientMessage({ creditLimit: '12,50' }, fil)[0]).toMatch(
      /^Limitasyon ng kredito: gumamit ng tuldok/,
    );
  });

  it('refuses inner spaces and other junk as not a number', () => {
    for (const typed of ['1 250', '12,50abc', '1.2.3', '--5', '+-5', '0x10', '1e', 'e5', '1,250e3x']) {
      expect(clientErrors({ creditLimit: typed }), typed).toEqual(['creditLimit:number']);
    }
  });

  it('accepts a leading ₱ or PHP on currency fields only', () => {
    expect(clientValue('creditLimit', '₱1,250.00')).toBe(1250);
    expect(clientValue('creditLimit', '₱ 1,250')).toBe(1250);
    expect(clientValue('creditLimit', 'PHP 1,250.50')).toBe(1250.5);
    expect(clientValue('creditLimit', 'php500')).toBe(500);
    const amount = (typed: string) => {
      const result = order({ amount: typed });
      return result.ok ? result.record.amount : codes(result);
    };
    expect(amount('-₱5')).toBe(-5);
    expect(amount('₱-5')).toBe(-5);
    expect(amount('-₱-5')).toEqual(['amount:number']);
    expect(amount('₱')).toEqual(['amount:number']);
    expect(amount('₱12,50')).toEqual(['amount:decimalComma']);
    expect(clientErrors({ yearFounded: '₱1998' })).toEqual(['yearFounded:number']);
    expect(clientErrors({ paymentTermsDays: 'PHP 30' })).toEqual(['paymentTermsDays:number']);
  });

  it('parses text without validation bounds the same way (parseNumberText)', () => {
    expect(parseNumberText('12,50')).toEqual({ ok: false, problem: 'decimalComma' });
    expect(parseNumberText('1e400')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseNumberText('-1e400')).toEqual({ ok: false, problem: 'tooSmall' });
    expect(parseNumberText('₱5')).toEqual({ ok: false, problem: 'number' });
    expect(parseNumberText('₱5', true)).toEqual({ ok: true, value: 5 });
    expect(parseNumberText('.5')).toEqual({ ok: true, value: 0.5 });
    expect(readableNumber(1e12)).toBe('1,000,000,000,000');
    expect(readableNumber(-20_001)).toBe('-20,001');
    expect(readableNumber(2100)).toBe('2100');
    expect(readableNumber(0.5)).toBe('0.5');
  });
});

describe('IDs with spaces around them', () => {
  it('stores a reference ID trimmed, and nothing inside it changed', () => {
    const trimmed = order({ clientId: ' \t C-000001 \n' });
    expect(trimmed.ok && trimmed.record.clientId).toBe('C-000001');
    const inner = order({ clientId: ' C- 000001 ' });
    expect(inner.ok && inner.record.clientId).toBe('C- 000001');
    // The length limit (40) is of the trimmed ID: surrounding spaces never make it too long.
    const padded = order({ clientId: `${' '.repeat(100)}C-000001${' '.repeat(100)}` });
    expect(padded.ok && padded.record.clientId).toBe('C-000001');
    expect(codes(order({ clientId: '   ' }))).toEqual(['clientId:required']);
    expect(codes(order({ clientId: 'C'.repeat(41) }))).toEqual(['clientId:tooLong']);
  });

  it('normalises a record ID the same way (normalizeId)', () => {
    expect(normalizeId('  C-000042\t')).toBe('C-000042');
    expect(normalizeId('C- 42')).toBe('C- 42');
    expect(normalizeId('   ')).toBeNull();
    expect(normalizeId(42)).toBeNull();
    expect(normalizeId(null)).toBeNull();
  });
});

describe('import limits and long fields', () => {
  it('refuses pasted text over the limit whole, saying the limit and the size received', () => {
    expect(MAX_IMPORT_CHARS).toBe(10_000_000);
    const text = `Name\n${'x'.repeat(MAX_IMPORT_CHARS - 5)}`;
    expect(text.length).toBe(MAX_IMPORT_CHARS);
    expect(gridFromCsv(text).texts).toHaveLength(2);
    let refused: unknown;
    try {
      gridFromCsv(`${text}y`);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(UserFacingError);
    expect((refused as UserFacingError).describe(en)).toBe(
      'The pasted text has 10,000,001 characters; at most 10,000,000 can be imported at once. Nothing was imported: import it from a sheet, or split it.',
    );
  });

  it('refuses more rows than the limit whole; blank lines do not count', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Client ${i}`]);
    const blank = Array.from({ length: 50 }, () => ['']);
    const grid = (records: string[][]) => ({ texts: [['Name'], ...records], firstLine: 1 });
    const plan = planOf(CLIENTS_TABLE, grid([...rows(MAX_IMPORT_ROWS), ...blank]), { 0: 'name' });
    expect(plan.ready).toHaveLength(MAX_IMPORT_ROWS);
    let refused: unknown;
    try {
      planOf(CLIENTS_TABLE, grid(rows(MAX_IMPORT_ROWS + 1)), { 0: 'name' });
    } catch (error) {
      refused = error;
    }
    expect((refused as UserFacingError).describe(en)).toBe(
      'This import has 50,001 rows; at most 50,000 can be imported at once. Nothing was imported: split the list.',
    );
  });

  it('refuses a field longer than its column takes by field, never cutting it', () => {
    const long = 'N'.repeat(201);
    const source = gridFromCsv(
      `Name,Credit limit\n${long},5\nFits,"1,250"\nComma,"12,50"\n"${'x'.repeat(5001)}",1`,
    );
    const plan = planOf(CLIENTS_TABLE, source, { 0: 'name', 1: 'creditLimit' });
    expect(plan.ready.map((r) => [r.line, r.record.name, r.record.creditLimit])).toEqual([[3, 'Fits', 1250]]);
    expect(plan.rejected).toEqual([
      { line: 2, errors: [{ field: 'name', code: 'tooLong', value: long }] },
      { line: 4, errors: [{ field: 'creditLimit', code: 'decimalComma', value: '12,50' }] },
      { line: 5, errors: [{ field: 'name', code: 'tooLong', value: 'x'.repeat(5001) }] },
    ]);
    // The value parsed is the whole value: Papa Parse cuts nothing.
    expect(source.texts[1]?.[0]).toBe(long);
  });
});
