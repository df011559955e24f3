import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { describeFieldError, validateRecord } from '../../src/core/validation/recordValidation';

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
