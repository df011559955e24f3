import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { columnOf, type TableSpec } from '../../src/core/tables/tableSpec';
import { CLAIMS_TABLE } from '../../src/core/tables/workTables';
import { maxLengthOf } from '../../src/core/validation/columnSchema';
import { describeFieldError, validateRecord } from '../../src/core/validation/recordValidation';
import { DATE_FORMAT } from '../../src/core/validation/typedValues';

const fieldsOf = (input: unknown) => {
  const result = validateRecord(CLIENTS_TABLE, input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('validateRecord (clients)', () => {
  it('accepts a full, valid client and types its values', () => {
    const result = validateRecord(CLIENTS_TABLE, {
      name: '  Dela Cruz Trading  ',
      status: 'active',
      tier: 'key',
      email: 'ana@delacruz.ph',
      phone: '+63 917 555 0101',
      website: 'https://delacruz.ph',
      yearFounded: '1998',
      creditLimit: '1,250,000.50',
      paymentTermsDays: 30,
      nextContactDate: '2026-12-01',
      needs: 'Cold-chain logistics\nweekly',
    });
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({
        name: 'Dela Cruz Trading',
        status: 'active',
        yearFounded: 1998,
        creditLimit: 1250000.5,
        paymentTermsDays: 30,
        nextContactDate: '2026-12-01',
        needs: 'Cold-chain logistics\nweekly',
        fax: null,
      }),
    });
  });

  it('fills defaults for a new record', () => {
    const result = validateRecord(CLIENTS_TABLE, { name: 'Ana' });
    expect(result.ok && result.record.status).toBe('prospect');
  });

  it('names every bad field at once', () => {
    expect(
      fieldsOf({
        name: '   ',
        status: 'vip',
        email: 'not-an-email',
        phone: 'call me',
        website: 'javascript:alert(1)',
        yearFounded: '1998.5',
        creditLimit: '-1',
        paymentTermsDays: '400',
        nextContactDate: '2026-02-30',
      }).sort(),
    ).toEqual(
      [
        'name:required',
        'status:choice',
        'email:email',
        'phone:phone',
        'website:url',
        'yearFounded:integer',
        'creditLimit:min',
        'paymentTermsDays:max',
        'nextContactDate:date',
      ].sort(),
    );
  });

  it('refuses missing names, wrong types and text over the limit', () => {
    expect(fieldsOf({})).toEqual(['name:required']);
    expect(fieldsOf({ name: 42 })).toEqual(['name:type']);
    expect(fieldsOf({ name: 'x'.repeat(201) })).toEqual(['name:tooLong']);
    expect(fieldsOf({ name: 'ok', notes: 'x'.repeat(100_000) })).toEqual(['notes:tooLong']);
    expect(fieldsOf({ name: 'ok', creditLimit: '12abc' })).toEqual(['creditLimit:number']);
    expect(fieldsOf({ name: 'ok', creditLimit: Number.POSITIVE_INFINITY })).toEqual(['creditLimit:number']);
    expect(fieldsOf({ name: 'ok', status: ['active'] })).toEqual(['status:choice']);
  });

  it('refuses unknown and Suki-only fields by name, including __proto__', () => {
    expect(fieldsOf({ name: 'ok', colour: 'red' })).toEqual(['colour:unknownField']);
    expect(fieldsOf({ name: 'ok', id: 'C-000001', lateChance: 100, reliabilityBand: 'low' })).toEqual([
      'id:readOnly',
      'lateChance:readOnly',
      'reliabilityBand:readOnly',
    ]);
    // The old score's column is gone: sending it is an unknown field, not a read-only one.
    expect(fieldsOf({ name: 'ok', reliability: 80 })).toEqual(['reliability:unknownField']);
    expect(fieldsOf(JSON.parse('{"name":"ok","__proto__":{"admin":true}}'))).toEqual([
      '__proto__:unknownField',
    ]);
  });

  it('refuses a payload that is not a plain object', () => {
    for (const input of [null, undefined, 'name=x', 42, ['x'], new Date()]) {
      expect(fieldsOf(input)).toEqual([':notAnObject']);
    }
  });

  it('keeps formula-like text as text: the store, not validation, makes it safe', () => {
    const result = validateRecord(CLIENTS_TABLE, { name: '=IMPORTXML("http://x","//a")' });
    expect(result.ok && result.record.name).toBe('=IMPORTXML("http://x","//a")');
  });

  it('validates only the given fields on update', () => {
    expect(validateRecord(CLIENTS_TABLE, { phone: '0917 555 0101' }, 'update')).toEqual({
      ok: true,
      record: { phone: '0917 555 0101' },
    });
    expect(fieldsOf({ name: '' })).toEqual(['name:required']);
  });
});

describe('describeFieldError', () => {
  it('names the field in the reader’s language', () => {
    expect(describeFieldError(translatorFor('en'), CLIENTS_TABLE, { field: 'name', code: 'required' })).toBe(
      'Name: this field is required.',
    );
    expect(describeFieldError(translatorFor('fil'), CLIENTS_TABLE, { field: 'name', code: 'required' })).toBe(
      'Pangalan: kailangang punan ito.',
    );
    expect(
      describeFieldError(translatorFor('en'), CLIENTS_TABLE, { field: 'paymentTermsDays', code: 'max' }),
    ).toBe('Payment terms (days): must be at most 365.');
    expect(describeFieldError(translatorFor('en'), CLIENTS_TABLE, { field: 'status', code: 'choice' })).toBe(
      'Status: choose one of Prospect, Active, Dormant, Lost.',
    );
  });
});

describe('what forms take (issue #14)', () => {
  const update = (table: TableSpec, fields: Record<string, unknown>) =>
    validateRecord(table, fields, 'update');
  const codesOf = (result: ReturnType<typeof validateRecord>) =>
    result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);

  it('reads a date in the format the field states and the unambiguous ones people type, as that day', () => {
    for (const typed of [
      DATE_FORMAT.example,
      ' 2026-12-31 ',
      '2026/12/31',
      '31/12/2026',
      '12/31/2026',
      '31-12-2026',
      '31.12.2026',
      'Dec 31, 2026',
      '31 December 2026',
      'ika-31 ng Disyembre 2026',
    ]) {
      expect(update(CLAIMS_TABLE, { slaDueDate: typed }), typed).toEqual({
        ok: true,
        record: { slaDueDate: '2026-12-31' },
      });
    }
    expect(DATE_FORMAT).toEqual({ pattern: 'YYYY-MM-DD', example: '2026-12-31' });
  });

  it('refuses a date two orders read as different days, and one that is no day, never another date', () => {
    expect(codesOf(update(CLAIMS_TABLE, { slaDueDate: '05/06/2026' }))).toEqual(['slaDueDate:ambiguousDate']);
    for (const typed of ['03/11/22026', '22026-11-03', '2026-02-30', '31/13/2026', 'soon', '2026-12']) {
      expect(codesOf(update(CLAIMS_TABLE, { slaDueDate: typed })), typed).toEqual(['slaDueDate:date']);
    }
    // The same day both ways is no ambiguity.
    expect(update(CLAIMS_TABLE, { slaDueDate: '06/06/2026' })).toMatchObject({
      record: { slaDueDate: '2026-06-06' },
    });
  });

  it('says the format the field shows in the message, naming the field', () => {
    const message = (code: 'date' | 'ambiguousDate', locale: 'en' | 'fil') =>
      describeFieldError(translatorFor(locale), CLAIMS_TABLE, { field: 'slaDueDate', code });
    expect(message('date', 'en')).toBe('SLA due: type the date as YYYY-MM-DD, e.g. 2026-12-31.');
    expect(message('ambiguousDate', 'en')).toBe(
      'SLA due: this date can be read as two different days; type it as YYYY-MM-DD, e.g. 2026-12-31.',
    );
    expect(message('date', 'fil')).toBe(
      'Takdang petsa (SLA): i-type ang petsa bilang YYYY-MM-DD, hal. 2026-12-31.',
    );
  });

  it('reads money with the peso sign, PHP, P and thousands separators', () => {
    const amounts: [string, number][] = [
      ['₱45,000', 45_000],
      ['PHP 45,000.50', 45_000.5],
      ['45,000', 45_000],
      ['P45,000', 45_000],
      ['P 1,250,000.75', 1_250_000.75],
      ['php45000', 45_000],
      ['45,000 PHP', 45_000],
      ['45,000₱', 45_000],
      [' ₱ 45,000.00 ', 45_000],
    ];
    for (const [typed, value] of amounts) {
      expect(update(CLAIMS_TABLE, { amountClaimed: typed }), typed).toEqual({
        ok: true,
        record: { amountClaimed: value },
      });
    }
  });

  it('refuses another currency, a percentage and junk in a money field, each with its own message', () => {
    const t = translatorFor('en');
    for (const [typed, code] of [
      ['$45', 'currency'],
      ['US$ 45,000', 'currency'],
      ['EUR 45', 'currency'],
      ['45 €', 'currency'],
      ['12%', 'percent'],
      ['₱12,50', 'decimalComma'],
      ['Pesos', 'number'],
      ['45 000', 'number'],
    ] as const) {
      expect(codesOf(update(CLAIMS_TABLE, { amountClaimed: typed })), typed).toEqual([
        `amountClaimed:${code}`,
      ]);
    }
    // A currency error says the workbook's currency (₱ when none is said).
    expect(describeFieldError(t, CLAIMS_TABLE, { field: 'amountClaimed', code: 'currency' })).toBe(
      'Amount claimed: this workbook’s amounts are in ₱; convert it and type the amount in ₱.',
    );
    expect(describeFieldError(t, CLAIMS_TABLE, { field: 'amountClaimed', code: 'percent' })).toBe(
      'Amount claimed: type an amount, not a percentage.',
    );
    // A count is no amount: the peso sign stays refused outside money fields.
    expect(codesOf(validateRecord(CLIENTS_TABLE, { name: 'ok', paymentTermsDays: 'P30' }))).toEqual([
      'paymentTermsDays:number',
    ]);
  });

  it('refuses a long text over its one declared limit whole, and says the limit', () => {
    const limit = maxLengthOf(columnOf(CLIENTS_TABLE, 'notes'));
    expect(limit).toBe(5000);
    expect(fieldsOf({ name: 'ok', notes: 'x'.repeat(limit) })).toEqual([]);
    expect(fieldsOf({ name: 'ok', notes: 'x'.repeat(limit + 1) })).toEqual(['notes:tooLong']);
    expect(fieldsOf({ name: 'ok', notes: 'x'.repeat(60_000) })).toEqual(['notes:tooLong']);
    // What is saved is trimmed, so surrounding spaces do not count against the limit.
    expect(fieldsOf({ name: 'ok', notes: ` ${'x'.repeat(limit)} ` })).toEqual([]);
    expect(describeFieldError(translatorFor('en'), CLIENTS_TABLE, { field: 'notes', code: 'tooLong' })).toBe(
      `Notes: at most ${limit} characters.`,
    );
  });
});
