/**
 * Money in the workbook's currency (issue #14): a form, an edit and an import read an amount in the
 * currency the setting names (₱, $, or a sign Suki does not know), and refuse any other currency
 * with a message naming the field and the workbook's currency.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/core/i18n/translate';
import { readCell } from '../../src/core/import/cellValues';
import { type LocaleConventions, localeConventions } from '../../src/core/import/localeValues';
import { CLIENTS_TABLE } from '../../src/core/tables/clientsTable';
import { columnOf } from '../../src/core/tables/tableSpec';
import { CLAIMS_TABLE, ORDERS_TABLE } from '../../src/core/tables/workTables';
import { mentionsCurrency, moneyText } from '../../src/core/validation/money';
import { describeFieldError, validateRecord } from '../../src/core/validation/recordValidation';
import { readTypedAmount } from '../../src/core/validation/typedValues';

/** What a form's amount field makes of `typed` in a workbook whose currency is `currency`. */
function formAmount(typed: string, currency: string | null): number | string {
  const result = validateRecord(CLAIMS_TABLE, { amountClaimed: typed }, 'update', { currency });
  return result.ok ? (result.record.amountClaimed as number) : (result.errors[0]?.code ?? '');
}

describe('a form’s amount in the workbook’s currency', () => {
  it.each([
    ['$45', 45],
    ['US$ 45', 45],
    ['USD 45', 45],
    ['usd45.50', 45.5],
    ['45', 45],
    ['$1,250.75', 1250.75],
    ['45 USD', 45],
  ])('a dollar workbook takes %s as %d', (typed, value) => {
    expect(formAmount(typed, '$')).toBe(value);
  });

  it.each(['₱45', 'PHP 45', 'P45,000', '€45', '45 EUR', 'A$45', 'S$ 45', '£5', '¥1000'])(
    'a dollar workbook refuses %s as another currency',
    (typed) => {
      expect(formAmount(typed, '$')).toBe('currency');
    },
  );

  it.each([
    ['₱45,000', 45_000],
    ['PHP 45,000.50', 45_000.5],
    ['P45,000', 45_000],
    ['45,000 PHP', 45_000],
    ['45,000', 45_000],
  ])('a peso workbook keeps taking %s as %d', (typed, value) => {
    expect(formAmount(typed, '₱')).toBe(value);
  });

  it.each(['$45', 'US$ 45', 'USD 45', '€45', 'S/ 45'])('a peso workbook refuses %s', (typed) => {
    expect(formAmount(typed, '₱')).toBe('currency');
  });

  it.each([
    ['S/', ['S/ 45', 'S/45', '45 S/'], ['$45', '₱45', 'PEN 45']],
    ['RM', ['RM 45', 'rm45', 'MYR 45'], ['$45', '₱45', 'Rp 45']],
    ['CHF', ['CHF 45', '45 CHF', 'chf 45'], ['€45', '$45', 'EUR 45']],
    ['kr', ['45 kr', 'kr 45', 'KR45'], ['€45', '$45', 'SEK 45']],
  ] as const)('a workbook in %s takes its own sign and refuses any other', (symbol, taken, refused) => {
    for (const typed of taken) expect(formAmount(typed, symbol), typed).toBe(45);
    for (const typed of refused) expect(formAmount(typed, symbol), typed).toBe('currency');
  });

  it('takes a bare amount and refuses every sign in a workbook that has none', () => {
    expect(formAmount('45', '')).toBe(45);
    for (const typed of ['₱45', '$45', 'USD 45']) expect(formAmount(typed, ''), typed).toBe('currency');
  });

  it('reads any one sign where the currency is not known yet, and still refuses two', () => {
    expect(formAmount('$45', null)).toBe(45);
    expect(formAmount('₱45', null)).toBe(45);
    expect(formAmount('₱45 PHP', null)).toBe('number');
    expect(formAmount('$₱45', null)).toBe('number');
  });

  it('keeps a sign before or after the workbook’s own currency', () => {
    for (const typed of ['-$5', '$-5', '- $ 5', '-5 USD']) {
      const result = validateRecord(ORDERS_TABLE, { amount: typed }, 'update', { currency: '$' });
      expect(result, typed).toEqual({ ok: true, record: { amount: -5 } });
    }
  });

  it('keeps its other refusals in every currency', () => {
    expect(formAmount('$12,50', '$')).toBe('decimalComma');
    expect(formAmount('$12%', '$')).toBe('percent');
    expect(formAmount('$', '$')).toBe('number');
    expect(formAmount('$45 USD', '$')).toBe('number');
    expect(readTypedAmount('$1e400', '$')).toEqual({ ok: false, problem: 'max' });
  });

  it('reads pesos when the caller names no currency, as before the setting', () => {
    expect(validateRecord(CLAIMS_TABLE, { amountClaimed: '₱45' }, 'update')).toEqual({
      ok: true,
      record: { amountClaimed: 45 },
    });
    expect(readTypedAmount('$45')).toEqual({ ok: false, problem: 'currency' });
  });

  it('leaves counts without any currency, the workbook’s own included', () => {
    const result = validateRecord(CLIENTS_TABLE, { name: 'Alpha', paymentTermsDays: '$30' }, 'create', {
      currency: '$',
    });
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'paymentTermsDays:number',
    ]);
    expect(mentionsCurrency('S/ 30', 'S/')).toBe(true);
    expect(mentionsCurrency('30 days', '$')).toBe(false);
  });

  it('strips only the workbook’s own currency and keeps the sign', () => {
    expect(moneyText('-₱5', '₱')).toEqual({ ok: true, text: '-5' });
    expect(moneyText('(1,200 PHP)', '₱')).toEqual({ ok: true, text: '(1,200)' });
    expect(moneyText('Pesos', '₱')).toEqual({ ok: true, text: 'Pesos' });
  });
});

describe('the message of an amount in another currency', () => {
  const error = (currency: string) => {
    const result = validateRecord(CLAIMS_TABLE, { amountClaimed: '₱45' }, 'update', { currency });
    return result.ok ? null : (result.errors[0] ?? null);
  };

  it('names the field and the workbook’s currency, in English and Filipino', () => {
    const refused = error('$');
    expect(refused).toEqual({ field: 'amountClaimed', code: 'currency', currency: '$' });
    if (!refused) return;
    expect(describeFieldError(translatorFor('en'), CLAIMS_TABLE, refused)).toBe(
      'Amount claimed: this workbook’s amounts are in $; convert it and type the amount in $.',
    );
    expect(describeFieldError(translatorFor('fil'), CLAIMS_TABLE, refused)).toBe(
      'Halagang hinihingi: nasa $ ang mga halaga sa workbook na ito; i-convert ito at i-type ang halaga sa $.',
    );
    const custom = error('S/');
    expect(custom && describeFieldError(translatorFor('en'), CLAIMS_TABLE, custom)).toContain('are in S/;');
  });

  it('says a workbook without a sign takes the amount alone', () => {
    const refused = error('');
    expect(refused && describeFieldError(translatorFor('en'), CLAIMS_TABLE, refused)).toBe(
      'Amount claimed: this workbook’s amounts have no currency sign; type the amount as a number, without one.',
    );
  });
});

describe('an import’s amount in the workbook’s currency', () => {
  const amount = columnOf(ORDERS_TABLE, 'amount');
  const terms = columnOf(CLIENTS_TABLE, 'paymentTermsDays');
  const inCurrency = (locale: string, currency: string): LocaleConventions => ({
    ...localeConventions(locale),
    currency,
  });
  const read = (text: string, conventions: LocaleConventions, typed: number | null = null) =>
    readCell(amount, text, typed, conventions, 'unsure');

  it('takes a dollar workbook’s own amounts and refuses pesos and euros', () => {
    const dollars = inCurrency('en_US', '$');
    for (const text of ['$45', 'US$ 45', 'USD 45', '45', '45 USD', '($45.00)']) {
      expect(read(text, dollars), text).toEqual({ ok: true, value: text.startsWith('(') ? -45 : 45 });
    }
    for (const text of ['₱45', 'PHP 45', 'P45', '€45', '45 EUR']) {
      expect(read(text, dollars), text).toEqual({ ok: false, problem: 'currency' });
    }
  });

  it('keeps a peso workbook’s amounts, and reads a comma locale’s own sign', () => {
    const pesos = inCurrency('en_PH', '₱');
    expect(read('₱45,000', pesos)).toEqual({ ok: true, value: 45_000 });
    expect(read('P45,000', pesos)).toEqual({ ok: true, value: 45_000 });
    expect(read('$45', pesos)).toEqual({ ok: false, problem: 'currency' });
    const euros = inCurrency('de_DE', '€');
    expect(read('1.234,50 €', euros)).toEqual({ ok: true, value: 1234.5 });
    expect(read('EUR 5', euros)).toEqual({ ok: true, value: 5 });
    expect(read('$5', euros)).toEqual({ ok: false, problem: 'currency' });
  });

  it('judges a sheet’s typed amount by the currency it shows', () => {
    const dollars = inCurrency('en_US', '$');
    expect(read('$45.00', dollars, 45)).toEqual({ ok: true, value: 45 });
    expect(read('₱45.00', dollars, 45)).toEqual({ ok: false, problem: 'currency' });
  });

  it('takes a custom sign and refuses others; a count takes no currency', () => {
    const soles = inCurrency('es_PE', 'S/');
    expect(read('S/ 1.234,50', soles)).toEqual({ ok: true, value: 1234.5 });
    expect(read('$45', soles)).toEqual({ ok: false, problem: 'currency' });
    expect(readCell(terms, 'S/ 30', null, soles, 'unsure')).toEqual({ ok: false, problem: 'number' });
    expect(readCell(terms, '30 days', null, soles, 'unsure')).toEqual({ ok: true, value: 30 });
  });

  it('reads pesos when the conventions name no currency, as before the setting', () => {
    expect(read('₱45', localeConventions('en_US'))).toEqual({ ok: true, value: 45 });
    expect(read('$45', localeConventions('en_US'))).toEqual({ ok: false, problem: 'currency' });
  });
});

describe('a currency setting written as a code, or as another of its signs', () => {
  it.each([
    ['PHP', ['₱45', 'PHP 45', 'php 45', 'P45'], ['$45', 'USD 45']],
    ['Php', ['₱45', 'PHP 45', 'P45'], ['$45']],
    ['USD', ['$45', 'US$ 45', 'usd 45'], ['₱45', 'A$45']],
    ['US$', ['$45', 'USD 45'], ['₱45', 'AUD 45']],
    ['eur', ['€45', 'EUR 45'], ['$45', '£45']],
  ] as const)(
    'a workbook whose setting is %s takes its currency’s sign and codes',
    (setting, taken, refused) => {
      for (const typed of taken) expect(formAmount(typed, setting), typed).toBe(45);
      for (const typed of refused) expect(formAmount(typed, setting), typed).toBe('currency');
    },
  );
});

describe('a sign several currencies write, read as the locale’s country’s', () => {
  /** What a form's amount makes of `typed` with `setting` in a spreadsheet of `locale`. */
  const inLocale = (typed: string, setting: string, locale: string) => {
    const numbers = localeConventions(locale);
    const result = validateRecord(ORDERS_TABLE, { amount: typed }, 'update', { currency: setting, numbers });
    return result.ok ? result.record.amount : (result.errors[0]?.code ?? '');
  };

  it.each([
    ['en_AU', ['AUD 45', 'A$45', 'AU$ 45', '$45', '45 AUD'], ['USD 45', 'US$45', 'NZD 45', 'C$45']],
    ['en_CA', ['CAD 45', 'C$45', 'CA$45', '$45'], ['USD 45', 'US$45', 'AUD 45']],
    ['en_NZ', ['NZD 45', 'NZ$45', '$45'], ['USD 45', 'AUD 45']],
    ['es_MX', ['MXN 45', 'MX$45', '$45'], ['USD 45', 'US$45']],
    ['en_US', ['USD 45', 'US$45', '$45'], ['AUD 45', 'A$45', 'MXN 45']],
    ['en_PH', ['USD 45', 'US$45', '$45'], ['AUD 45', '₱45']],
  ] as const)('"$" in %s', (locale, taken, refused) => {
    for (const typed of taken) expect(inLocale(typed, '$', locale), typed).toBe(45);
    for (const typed of refused) expect(inLocale(typed, '$', locale), typed).toBe('currency');
  });

  it('reads "US$" in an Australian workbook as US dollars: "$" there is the Australian dollar', () => {
    expect(inLocale('USD 45', 'US$', 'en_AU')).toBe(45);
    expect(inLocale('$45', 'US$', 'en_AU')).toBe('currency');
  });

  it('reads ¥ and kr as the country’s yen, yuan or crown, and as the sign alone elsewhere', () => {
    expect(inLocale('JPY 45', '¥', 'ja_JP')).toBe(45);
    expect(inLocale('CNY 45', '¥', 'ja_JP')).toBe('currency');
    expect(inLocale('RMB 45', '¥', 'zh_CN')).toBe(45);
    expect(inLocale('SEK 45', 'kr', 'sv_SE')).toBe(45);
    expect(inLocale('NOK 45', 'kr', 'sv_SE')).toBe('currency');
    expect(inLocale('SEK 45', 'kr', 'en_US')).toBe('currency');
  });

  it('makes the import read the same way', () => {
    const amount = columnOf(ORDERS_TABLE, 'amount');
    const australian = { ...localeConventions('en_AU'), currency: '$' };
    expect(readCell(amount, 'AUD 45', null, australian, 'DMY')).toEqual({ ok: true, value: 45 });
    expect(readCell(amount, 'USD 45', null, australian, 'DMY')).toEqual({ ok: false, problem: 'currency' });
    const pesos = { ...localeConventions('en_PH'), currency: 'PHP' };
    expect(readCell(amount, '₱45,000', null, pesos, 'unsure')).toEqual({ ok: true, value: 45_000 });
  });
});

describe('a form’s numbers in the spreadsheet locale’s conventions, as the import reads them', () => {
  const amount = columnOf(ORDERS_TABLE, 'amount');
  /** What a form and an import make of `typed` in `locale`, with the workbook's `currency`. */
  function bothOf(typed: string, locale: string, currency: string) {
    const numbers = localeConventions(locale);
    const form = validateRecord(ORDERS_TABLE, { amount: typed }, 'update', { currency, numbers });
    const imported = readCell(amount, typed, null, { ...numbers, currency }, 'unsure');
    return [form.ok ? form.record.amount : 'refused', imported.ok ? imported.value : 'refused'];
  }

  it.each([
    ['1.000 €', 'de_DE', '€', 1000],
    ['€1.500', 'de_DE', '€', 1500],
    ['1.234,50', 'de_DE', '€', 1234.5],
    ['1,5', 'de_DE', '€', 1.5],
    ['Rp 45.000', 'id_ID', 'Rp', 45_000],
    ['1 200,50 €', 'fr_FR', '€', 1200.5],
    ['₱45,000.50', 'en_PH', '₱', 45_000.5],
    ['1.000', 'en_US', '$', 1],
  ] as const)('%s in %s (%s) is %d in a form and in an import', (typed, locale, currency, value) => {
    expect(bothOf(typed, locale, currency)).toEqual([value, value]);
  });

  it('refuses a decimal dot in a comma locale naming the field and the comma, in English and Filipino', () => {
    const numbers = localeConventions('de_DE');
    const result = validateRecord(CLAIMS_TABLE, { amountClaimed: '12.50' }, 'update', {
      currency: '€',
      numbers,
    });
    expect(result).toEqual({ ok: false, errors: [{ field: 'amountClaimed', code: 'decimalPoint' }] });
    if (result.ok) return;
    const [error] = result.errors;
    if (!error) return;
    expect(describeFieldError(translatorFor('en'), CLAIMS_TABLE, error)).toBe(
      'Amount claimed: this spreadsheet writes numbers with a decimal comma; use a comma for decimals (12,50), and a dot only between groups of three digits (1.250,50).',
    );
    expect(describeFieldError(translatorFor('fil'), CLAIMS_TABLE, error)).toMatch(
      /^Halagang hinihingi: kuwit/,
    );
  });

  it('reads counts in the locale too, and still refuses any currency in them', () => {
    const numbers = localeConventions('de_DE');
    const count = (typed: string) => {
      const result = validateRecord(CLIENTS_TABLE, { yearFounded: typed }, 'update', {
        currency: '€',
        numbers,
      });
      return result.ok ? result.record.yearFounded : (result.errors[0]?.code ?? '');
    };
    expect(count('2.001')).toBe(2001);
    expect(count('2001')).toBe(2001);
    expect(count('€2001')).toBe('number');
    expect(count('20%')).toBe('number');
  });

  it('refuses, where the conventions are not known, a number two decimal marks read differently', () => {
    const unknown = (typed: string) => {
      const result = validateRecord(ORDERS_TABLE, { amount: typed }, 'update', {
        currency: null,
        numbers: null,
      });
      return result.ok ? result.record.amount : (result.errors[0]?.code ?? '');
    };
    expect(unknown('1.500')).toBe('ambiguousNumber');
    expect(unknown('₱45,000')).toBe('ambiguousNumber');
    expect(unknown('45')).toBe(45);
    expect(unknown('1.5')).toBe(1.5);
    expect(unknown('12,50')).toBe(12.5);
    expect(unknown('abc')).toBe('number');
  });
});
