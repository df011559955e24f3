/**
 * Values as people type them in the spreadsheet's locale (issue #12): numbers with currencies,
 * groups, decimal commas and percentages; dates in every day-month order, with month names in
 * English and Filipino; and the order a column's own values prove.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValueReading } from '../../../src/core/import/localeDates';
import {
  columnDateOrder,
  type LocaleConventions,
  localeConventions,
  readLocaleDate,
  readLocaleNumber,
} from '../../../src/core/import/localeValues';

const EN_PH = localeConventions('en_PH');
const EN_US = localeConventions('en_US');
const DE_DE = localeConventions('de_DE');
const FR_FR = localeConventions('fr_FR');
const DE_CH = localeConventions('de_CH');
const ORDERS = ['DMY', 'MDY', 'YMD', 'unsure'] as const;

const value = <T>(v: T): ValueReading<T> => ({ ok: true, value: v });
const problem = (p: 'number' | 'decimalComma' | 'tooLarge' | 'tooSmall' | 'date' | 'ambiguousDate') => ({
  ok: false,
  problem: p,
});

describe('localeConventions', () => {
  it.each([
    ['en_US', '.', 'MDY'],
    ['en_PH', '.', 'unsure'],
    ['fil_PH', '.', 'unsure'],
    ['fil', '.', 'unsure'],
    ['tl', '.', 'unsure'],
    ['tl_PH', '.', 'unsure'],
    ['en_CA', '.', 'unsure'],
    ['en', '.', 'unsure'],
    ['de_DE', ',', 'DMY'],
    ['fr_FR', ',', 'DMY'],
    ['es_ES', ',', 'DMY'],
    ['pt_BR', ',', 'DMY'],
    ['es_MX', '.', 'DMY'],
    ['es_US', '.', 'unsure'],
    ['de_CH', '.', 'DMY'],
    ['fr_CH', '.', 'DMY'],
    ['it_CH', '.', 'DMY'],
    ['de_AT', ',', 'DMY'],
    ['en_GB', '.', 'DMY'],
    ['en_AU', '.', 'DMY'],
    ['en_IN', '.', 'DMY'],
    ['en_NZ', '.', 'DMY'],
    ['en_IE', '.', 'DMY'],
    ['en_ZA', '.', 'DMY'],
    ['ja_JP', '.', 'YMD'],
    ['zh_CN', '.', 'YMD'],
    ['ko_KR', '.', 'YMD'],
    ['hu_HU', ',', 'YMD'],
    ['lt_LT', ',', 'YMD'],
    ['sv_SE', ',', 'YMD'],
    ['th_TH', '.', 'DMY'],
    ['iw_IL', '.', 'DMY'],
    ['in_ID', ',', 'DMY'],
    ['no_NO', ',', 'DMY'],
  ] as const)('%s: decimal %s, order %s', (locale, decimal, dateOrder) => {
    // …and its country where it names one (see 'knows the country a locale names' below).
    const { country: _country, ...numbersAndDates } = localeConventions(locale);
    expect(numbersAndDates).toEqual({ decimal, dateOrder });
  });

  it('accepts - or _, any case, spaces around, and a script between language and region', () => {
    expect(localeConventions('en-US')).toEqual({ decimal: '.', dateOrder: 'MDY', country: 'US' });
    expect(localeConventions('EN_us')).toEqual({ decimal: '.', dateOrder: 'MDY', country: 'US' });
    expect(localeConventions(' de-ch ')).toEqual({ decimal: '.', dateOrder: 'DMY', country: 'CH' });
    expect(localeConventions('es-419')).toEqual({ decimal: ',', dateOrder: 'DMY' });
    expect(localeConventions('zh-Hant-TW')).toEqual({ decimal: '.', dateOrder: 'YMD', country: 'TW' });
  });

  it('falls back to the language for an unlisted region', () => {
    expect(localeConventions('de_LU')).toEqual({ ...localeConventions('de'), country: 'LU' });
    expect(localeConventions('en_JM')).toEqual({ decimal: '.', dateOrder: 'unsure', country: 'JM' });
  });

  it('gives a dot decimal and an unsure order for an unknown or empty locale', () => {
    for (const locale of ['', '   ', 'xx_YY', 'constructor', '__proto__', 'toString', '_US']) {
      const { country: _country, ...numbersAndDates } = localeConventions(locale);
      expect(numbersAndDates).toEqual({ decimal: '.', dateOrder: 'unsure' });
    }
  });

  it('knows the country a locale names: its region, else its language’s one country', () => {
    const countries = ['en_AU', 'en_us', 'es-MX', 'fil', 'tl', 'ja', 'en', 'es_419', ''].map(
      (locale) => localeConventions(locale).country ?? '',
    );
    expect(countries).toEqual(['AU', 'US', 'MX', 'PH', 'PH', 'JP', '', '', '']);
  });

  it('knows every decimal-comma language, and every dot-decimal one', () => {
    const comma = 'de fr es it pt nl ru pl tr id vi da nb no sv fi cs sk hu ro uk el bg hr sl lt lv et ca';
    for (const language of comma.split(' ')) expect(localeConventions(language).decimal, language).toBe(',');
    for (const language of 'en fil tl ja zh ko th he ms hi'.split(' ')) {
      expect(localeConventions(language).decimal, language).toBe('.');
    }
    for (const language of 'de fr es it pt nl ru pl tr'.split(' ')) {
      expect(localeConventions(language).dateOrder, language).toBe('DMY');
    }
  });
});

describe('readLocaleNumber: the cases of issue #12', () => {
  it.each([
    ['₱1,200,000.50', EN_PH, 1200000.5],
    ['1.200.000,50', DE_DE, 1200000.5],
    ['12%', EN_PH, 0.12],
    ['PHP 45,000', EN_PH, 45000],
    ['₱45,000', EN_PH, 45000],
    ['45,000 PHP', EN_PH, 45000],
    ['P45,000', EN_PH, 45000],
    ['P 250,000', EN_PH, 250000],
    ['$1,234.56', EN_US, 1234.56],
    ['(1,200.00)', EN_PH, -1200],
    ['1\u00A0200\u00A0000,50', FR_FR, 1200000.5],
  ] as const)('%s reads as %d', (text, conventions, expected) => {
    expect(readLocaleNumber(text, conventions)).toEqual(value(expected));
  });

  it('refuses 12,50 in en_PH as a decimal comma, and 1,20,000 as no number', () => {
    expect(readLocaleNumber('12,50', EN_PH)).toEqual(problem('decimalComma'));
    expect(readLocaleNumber('1,20,000', EN_PH)).toEqual(problem('number'));
  });
});

describe('readLocaleNumber: currencies and signs', () => {
  it.each([
    ['Php 45,000', 45000],
    ['php45,000', 45000],
    ['PHP45', 45],
    ['₱ 45', 45],
    ['45₱', 45],
    ['45 Php', 45],
    ['US$1,000', 1000],
    ['USD 1,000', 1000],
    ['1,000 USD', 1000],
    ['1,000$', 1000],
    ['€1,000', 1000],
    ['EUR 5', 5],
    ['5 €', 5],
    ['£5.25', 5.25],
    ['GBP5', 5],
    ['¥1,000', 1000],
    ['JPY 1000', 1000],
    ['₱-5', -5],
    ['-₱5', -5],
    ['- ₱ 5', -5],
    ['₱ -5', -5],
    ['+5', 5],
    ['+₱5', 5],
    ['-5 PHP', -5],
    ['\u22125', -5],
    ['(₱1,200.00)', -1200],
    ['₱(1,200.00)', -1200],
    ['(1,200.00) PHP', -1200],
    ['( 45 )', -45],
    ['  1,234  ', 1234],
    ['\u00A0\t1234\u00A0', 1234],
  ] as const)('%s reads as %d in en_PH', (text, expected) => {
    expect(readLocaleNumber(text, EN_PH)).toEqual(value(expected));
  });

  it.each([
    'p45',
    'p 45',
    'P',
    'PHP',
    '₱',
    '45,000 P',
    '₱45 PHP',
    '$₱5',
    '+-5',
    '--5',
    '-(5)',
    '((5))',
    '₱-(5)',
    '(-5)',
    '+(5)',
    '$12%',
    '12% PHP',
    '(5',
    '5)',
  ])('refuses %s', (text) => {
    expect(readLocaleNumber(text, EN_PH)).toEqual(problem('number'));
  });

  it('reads -0 as 0', () => {
    const reading = readLocaleNumber('-0', EN_PH);
    expect(reading.ok && Object.is(reading.value, 0)).toBe(true);
  });
});

describe('readLocaleNumber: groups and decimal marks', () => {
  it.each([
    ['1,200,000.50', EN_PH, 1200000.5],
    ['1,200', EN_PH, 1200],
    ['999,999,999.999', EN_PH, 999999999.999],
    ['1200.5', EN_PH, 1200.5],
    ['.5', EN_PH, 0.5],
    ['12.', EN_PH, 12],
    ['007', EN_PH, 7],
    ['1 234.5', EN_US, 1234.5],
    ['1\u202F234.5', EN_US, 1234.5],
    ['1e6', EN_US, 1e6],
    ['1.5E-3', EN_US, 0.0015],
    ['1.200.000,50', DE_DE, 1200000.5],
    ['1,5', DE_DE, 1.5],
    ['1.200', DE_DE, 1200],
    ['1.200,5', DE_DE, 1200.5],
    [',5', DE_DE, 0.5],
    ['1200,75', DE_DE, 1200.75],
    ['1,5e3', DE_DE, 1500],
    ['1.234,56 €', DE_DE, 1234.56],
    ['-1.234,56 EUR', DE_DE, -1234.56],
    ['1 200', FR_FR, 1200],
    ['1\u202F200,5', FR_FR, 1200.5],
    ['1 200 000,50', FR_FR, 1200000.5],
    ["1'200.50", DE_CH, 1200.5],
    ['1’200’000.50', DE_CH, 1200000.5],
    ["1'200", EN_US, 1200],
    ['1,200.50', DE_CH, 1200.5],
  ] as const)('%s reads as %d', (text, conventions, expected) => {
    expect(readLocaleNumber(text, conventions)).toEqual(value(expected));
  });

  it.each([
    ['12,50', EN_PH],
    ['1,5', EN_PH],
    ['1.250,00', EN_US],
    ['0,123', EN_PH],
    ['1,2345', EN_PH],
    ['1 200,50', EN_US],
    ['₱12,50', EN_PH],
    ['12,5%', EN_US],
  ] as const)('refuses %s in a dot locale as a decimal comma', (text, conventions) => {
    expect(readLocaleNumber(text, conventions)).toEqual(problem('decimalComma'));
  });

  it.each([
    ['1,20,000', EN_PH],
    ['1,2,3', EN_PH],
    ['1.200.000', EN_PH],
    ['1 25', EN_PH],
    ['1, 200', EN_PH],
    ['1,200 000', EN_PH],
    ['1.20', DE_DE],
    ['1.5', DE_DE],
    ['0.123', DE_DE],
    ['1.2345', DE_DE],
    ['1.200 000', FR_FR],
    ['1,2,3', DE_DE],
    ['1.200,5.0', DE_DE],
  ] as const)('refuses %s as no number', (text, conventions) => {
    expect(readLocaleNumber(text, conventions)).toEqual(problem('number'));
  });

  it.each([
    '',
    '   ',
    'abc',
    '-',
    '.',
    '%',
    '1-2',
    '12abc',
    'NaN',
    'Infinity',
    '1..2',
    '1e',
    'e5',
    '0x10',
    '1/2',
  ])('refuses %j as no number', (text) => {
    expect(readLocaleNumber(text, EN_PH)).toEqual(problem('number'));
    expect(readLocaleNumber(text, DE_DE)).toEqual(problem('number'));
  });
});

describe('readLocaleNumber: percentages', () => {
  it.each([
    ['12%', EN_PH, 0.12],
    ['12 %', EN_PH, 0.12],
    ['12,5 %', FR_FR, 0.125],
    ['12,5%', DE_DE, 0.125],
    ['1.1%', EN_PH, 0.011],
    ['.5%', EN_PH, 0.005],
    ['-50%', EN_PH, -0.5],
    ['1,250%', EN_PH, 12.5],
    ['100%', EN_PH, 1],
    ['0%', EN_PH, 0],
    ['1e3%', EN_PH, 10],
  ] as const)('%s reads as %d', (text, conventions, expected) => {
    expect(readLocaleNumber(text, conventions)).toEqual(value(expected));
  });

  it('moves the decimal point exactly: n% is n / 100 for every integer n', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const reading = readLocaleNumber(`${n}%`, EN_PH);
        expect(reading).toEqual(value(n / 100 === 0 ? 0 : n / 100));
      }),
    );
  });
});

describe('readLocaleNumber: range checks are parseNumberText’s', () => {
  it.each([
    ['1e400', EN_PH, 'tooLarge'],
    ['-1e400', EN_PH, 'tooSmall'],
    ['1e400', DE_DE, 'tooLarge'],
    [`1${',000'.repeat(110)}`, EN_PH, 'tooLarge'],
    [`(1${'.000'.repeat(110)})`, DE_DE, 'tooSmall'],
    [`₱${'9'.repeat(400)}`, EN_PH, 'tooLarge'],
    [`-${'9'.repeat(400)}%`, EN_PH, 'tooSmall'],
    ['1e-400', EN_PH, 'number'],
  ] as const)('%s is %s', (text, conventions, expected) => {
    expect(readLocaleNumber(text, conventions)).toEqual(problem(expected));
  });
});

describe('readLocaleNumber: properties', () => {
  const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+$)/g, separator);

  it('reads back any amount written with a locale’s groups, decimal mark and currency', () => {
    const cases: [LocaleConventions, string, string, (amount: string) => string][] = [
      [EN_PH, ',', '.', (a) => `₱${a}`],
      [EN_PH, ',', '.', (a) => `PHP ${a}`],
      [EN_US, ',', '.', (a) => `$${a}`],
      [DE_DE, '.', ',', (a) => `${a} €`],
      [FR_FR, '\u202F', ',', (a) => `${a}\u00A0EUR`],
      [DE_CH, "'", '.', (a) => a],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.constantFrom(...cases),
        (whole, cents, negative, [conventions, separator, decimal, withCurrency]) => {
          const fraction = String(cents).padStart(2, '0');
          const amount = `${group(String(whole), separator)}${decimal}${fraction}`;
          const text = negative ? `(${withCurrency(amount)})` : withCurrency(amount);
          const expected = Number(`${negative ? '-' : ''}${whole}.${fraction}`);
          expect(readLocaleNumber(text, conventions)).toEqual(value(expected === 0 ? 0 : expected));
        },
      ),
    );
  });

  it('reads any finite double as JavaScript prints it, with the locale’s decimal mark', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const expected = d === 0 ? 0 : d;
        expect(readLocaleNumber(String(d), EN_US)).toEqual(value(expected));
        expect(readLocaleNumber(String(d).replace('.', ','), DE_DE)).toEqual(value(expected));
      }),
    );
  });
});

describe('readLocaleDate: the cases of issue #12', () => {
  it('reads 31/12/2026 in en_PH and in a day-first locale', () => {
    expect(readLocaleDate('31/12/2026', EN_PH.dateOrder)).toEqual(value('2026-12-31'));
    expect(readLocaleDate('31/12/2026', localeConventions('en_GB').dateOrder)).toEqual(value('2026-12-31'));
  });

  it('refuses 05/06/2026 when unsure, and reads it in a known order', () => {
    expect(readLocaleDate('05/06/2026', 'unsure')).toEqual(problem('ambiguousDate'));
    expect(readLocaleDate('05/06/2026', 'DMY')).toEqual(value('2026-06-05'));
    expect(readLocaleDate('05/06/2026', 'MDY')).toEqual(value('2026-05-06'));
  });

  it.each(ORDERS)('reads 2026-12-31, Disyembre 31, 2026 and 31-Dec-26 under %s', (order) => {
    expect(readLocaleDate('2026-12-31', order)).toEqual(value('2026-12-31'));
    expect(readLocaleDate('Disyembre 31, 2026', order)).toEqual(value('2026-12-31'));
    expect(readLocaleDate('31-Dec-26', order)).toEqual(value('2026-12-31'));
  });

  it.each(ORDERS)('refuses 2026-02-30 under %s', (order) => {
    expect(readLocaleDate('2026-02-30', order)).toEqual(problem('date'));
  });
});

describe('readLocaleDate: ISO and year-first dates', () => {
  it.each([
    ['2026/12/31', '2026-12-31'],
    ['2026.12.31', '2026-12-31'],
    ['2026. 12. 31.', '2026-12-31'],
    ['2026-1-5', '2026-01-05'],
    ['  2026-12-31  ', '2026-12-31'],
    ['2026-12-31 14:00', '2026-12-31'],
    ['2026-12-31T14:00:00Z', '2026-12-31'],
    ['2026-12-31T14:00:00.123Z', '2026-12-31'],
    ['2026-12-31T14:00:00+08:00', '2026-12-31'],
    ['2026-12-31T23:30:00-05:00', '2026-12-31'],
    ['2026-01-01T00:30:00+14:00', '2026-01-01'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%s reads as %s', (text, expected) => {
    expect(readLocaleDate(text, 'MDY')).toEqual(value(expected));
    expect(readLocaleDate(text, 'unsure')).toEqual(value(expected));
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-12-00',
    '2026-12-32',
    '0999-01-01',
    '2026-12',
    '2026-12/31',
    '2026-12-311',
    '2026-12-0031',
    '2026-12-31 25:00',
    '2026-12-31 14:60',
    '2026-12-31 junk',
    '2026-12-31T',
  ])('refuses %s', (text) => {
    expect(readLocaleDate(text, 'YMD')).toEqual(problem('date'));
  });
});

describe('readLocaleDate: numeric dates in a day-month order', () => {
  it.each([
    ['31/12/2026', 'DMY', '2026-12-31'],
    ['31-12-2026', 'DMY', '2026-12-31'],
    ['31.12.2026', 'DMY', '2026-12-31'],
    ['31.12.2026.', 'DMY', '2026-12-31'],
    ['5/6/2026', 'DMY', '2026-06-05'],
    ['5/6/2026', 'MDY', '2026-05-06'],
    ['12/31/2026', 'MDY', '2026-12-31'],
    ['31/12/2026 14:30', 'DMY', '2026-12-31'],
    ['31.12.2026, 14:30', 'DMY', '2026-12-31'],
    ['12/31/2026 2:30 pm', 'MDY', '2026-12-31'],
    ['12/31/2026 2:30:15 PM', 'unsure', '2026-12-31'],
    // Impossible in the locale's order, possible in exactly one other: the only reading.
    ['31/12/2026', 'MDY', '2026-12-31'],
    ['12/31/2026', 'DMY', '2026-12-31'],
    ['31/12/2026', 'YMD', '2026-12-31'],
    ['12/31/2026', 'unsure', '2026-12-31'],
    ['31/12/2026', 'unsure', '2026-12-31'],
    // Both parts equal: either order reads the same day.
    ['05/05/2026', 'unsure', '2026-05-05'],
    ['05/05/2026', 'YMD', '2026-05-05'],
    ['29/02/2024', 'DMY', '2024-02-29'],
  ] as const)('%s under %s reads as %s', (text, order, expected) => {
    expect(readLocaleDate(text, order)).toEqual(value(expected));
  });

  it('refuses a swappable date under unsure, and a year-last one under YMD', () => {
    for (const text of ['05/06/2026', '1/2/2026', '12-11-2026', '1.12.26']) {
      expect(readLocaleDate(text, 'unsure'), text).toEqual(problem('ambiguousDate'));
      expect(readLocaleDate(text, 'YMD'), text).toEqual(problem('ambiguousDate'));
    }
    expect(readLocaleDate('01.12.26', 'unsure')).toEqual(problem('ambiguousDate'));
  });

  it.each([
    '13/13/2026',
    '31/04/2026',
    '29/02/2026',
    '00/01/2026',
    '32/01/2026',
    '31/12/226',
    '31/12/20266',
    '123/12/2026',
    '31/12',
    '31/12-2026',
    '31/12/2026 25:00',
    '31/12/2026 soon',
  ])('refuses %s in every order', (text) => {
    for (const order of ORDERS) expect(readLocaleDate(text, order), order).toEqual(problem('date'));
  });

  it('reads two-digit years 00–29 as 2000–2029 and 30–99 as 1930–1999', () => {
    expect(readLocaleDate('31/12/00', 'DMY')).toEqual(value('2000-12-31'));
    expect(readLocaleDate('31/12/26', 'DMY')).toEqual(value('2026-12-31'));
    expect(readLocaleDate('31/12/29', 'DMY')).toEqual(value('2029-12-31'));
    expect(readLocaleDate('31/12/30', 'DMY')).toEqual(value('1930-12-31'));
    expect(readLocaleDate('12/31/99', 'MDY')).toEqual(value('1999-12-31'));
    expect(readLocaleDate('29/02/00', 'DMY')).toEqual(value('2000-02-29'));
    expect(readLocaleDate('Dec 31, 30', 'DMY')).toEqual(value('1930-12-31'));
  });
});

describe('readLocaleDate: two-digit years first under YMD', () => {
  const YEAR_FIRST_LOCALES = ['ja_JP', 'ko_KR', 'hu_HU', 'zh_CN', 'sv_SE'];

  it.each(YEAR_FIRST_LOCALES)('reads 26/12/31 in %s as 2026-12-31, not 1931-12-26', (locale) => {
    expect(readLocaleDate('26/12/31', localeConventions(locale).dateOrder)).toEqual(value('2026-12-31'));
  });

  it.each([
    ['26/12/31', '2026-12-31'],
    ['26-12-31', '2026-12-31'],
    ['26.12.31', '2026-12-31'],
    ['26. 12. 31.', '2026-12-31'],
    ['26/1/5', '2026-01-05'],
    ['26/12/31 14:30', '2026-12-31'],
    // The window of `31/12/26`: 00–29 are 2000–2029, 30–99 are 1930–1999.
    ['00/02/29', '2000-02-29'],
    ['29/12/31', '2029-12-31'],
    ['30/01/02', '1930-01-02'],
    ['99/12/31', '1999-12-31'],
    // Swappable in every other order, yet one reading here.
    ['05/06/07', '2005-06-07'],
    ['12/11/10', '2012-11-10'],
  ] as const)('%s under YMD reads as %s', (text, expected) => {
    expect(readLocaleDate(text, 'YMD')).toEqual(value(expected));
  });

  it.each(['26/13/01', '26/02/29', '26/04/31', '31/12/32', '26/00/10'])(
    'refuses %s under YMD rather than read it day- or month-first',
    (text) => {
      expect(readLocaleDate(text, 'YMD')).toEqual(problem('date'));
    },
  );

  it('keeps the year-last reading of a two-digit-first date under every other order', () => {
    expect(readLocaleDate('26/12/31', 'DMY')).toEqual(value('1931-12-26'));
    expect(readLocaleDate('26/12/31', 'unsure')).toEqual(value('1931-12-26'));
    expect(readLocaleDate('12/26/31', 'MDY')).toEqual(value('1931-12-26'));
    expect(readLocaleDate('05/06/07', 'DMY')).toEqual(value('2007-06-05'));
    expect(readLocaleDate('05/06/07', 'MDY')).toEqual(value('2007-05-06'));
    expect(readLocaleDate('05/06/07', 'unsure')).toEqual(problem('ambiguousDate'));
    expect(readLocaleDate('26/1/5', 'DMY')).toEqual(problem('date'));
  });

  it('keeps four-digit years last under YMD as before', () => {
    expect(readLocaleDate('31/12/2026', 'YMD')).toEqual(value('2026-12-31'));
    expect(readLocaleDate('05/06/2026', 'YMD')).toEqual(problem('ambiguousDate'));
  });
});

describe('readLocaleDate: month names', () => {
  it.each([
    '31 Dec 2026',
    '31 dec. 2026',
    'Dec 31, 2026',
    'Dec. 31, 2026',
    'DECEMBER 31, 2026',
    'December 31 2026',
    'December 31st, 2026',
    '31st of December 2026',
    '31-Dec-2026',
    '31-Dec-26',
    '31/Dec/2026',
    '2026 Dec 31',
    '2026-Dec-31',
    'Disyembre 31, 2026',
    'ika-31 ng Disyembre 2026',
    'ika-31 ng Disyembre, 2026',
    'Ika 31 ng disyembre 2026',
    '31 Diciembre 2026',
    '31 Dis 2026',
    '31 de diciembre de 2026',
    'Dec 31, 2026 14:00',
  ])('%s reads as 2026-12-31 in every order', (text) => {
    for (const order of ORDERS) expect(readLocaleDate(text, order), order).toEqual(value('2026-12-31'));
  });

  it.each([
    ['Enero', 1],
    ['Pebrero', 2],
    ['Febrero', 2],
    ['Marso', 3],
    ['Abril', 4],
    ['Mayo', 5],
    ['Hunyo', 6],
    ['Junio', 6],
    ['Hulyo', 7],
    ['Hulio', 7],
    ['Julio', 7],
    ['Agosto', 8],
    ['Setyembre', 9],
    ['Septiyembre', 9],
    ['Septyembre', 9],
    ['Oktubre', 10],
    ['Octubre', 10],
    ['Nobyembre', 11],
    ['Noviembre', 11],
    ['Disyembre', 12],
    ['Diciembre', 12],
    ['Ene', 1],
    ['Peb', 2],
    ['Abr', 4],
    ['Hun', 6],
    ['Hul', 7],
    ['Ago', 8],
    ['Set', 9],
    ['Okt', 10],
    ['Nob', 11],
    ['Sept', 9],
  ] as const)('%s is month %d', (name, month) => {
    const iso = `2026-${String(month).padStart(2, '0')}-05`;
    expect(readLocaleDate(`${name} 5, 2026`, 'unsure')).toEqual(value(iso));
    expect(readLocaleDate(`ika-5 ng ${name.toLowerCase()} 2026`, 'unsure')).toEqual(value(iso));
  });

  it('knows every English month, full and short', () => {
    const months = 'January February March April May June July August September October November December';
    months.split(' ').forEach((name, index) => {
      const iso = `2026-${String(index + 1).padStart(2, '0')}-10`;
      expect(readLocaleDate(`10 ${name} 2026`, 'MDY'), name).toEqual(value(iso));
      expect(readLocaleDate(`${name.slice(0, 3)} 10, 2026`, 'DMY'), name).toEqual(value(iso));
    });
  });

  it.each([
    'Feb 30, 2026',
    'Pebrero 29, 2026',
    'Foo 31, 2026',
    'Dec 2026',
    'Dec 31',
    'Dec 31, 226',
    'Dec Jan 2026',
    '31 Dec 2026 2027',
    '31 Dec 2026 25:00',
    'December the 31 of 2026 and more',
    '1 2 3',
  ])('refuses %s', (text) => {
    expect(readLocaleDate(text, 'DMY')).toEqual(problem('date'));
  });

  it.each(['', '  ', 'abc', 'tomorrow', '2026', '31', '-', 'ika-31'])('refuses %j', (text) => {
    for (const order of ORDERS) expect(readLocaleDate(text, order)).toEqual(problem('date'));
  });
});

describe('readLocaleDate: properties', () => {
  const DAY_MS = 86_400_000;
  const aDate = fc
    .integer({ min: Date.UTC(1000, 0, 1) / DAY_MS, max: Date.UTC(9999, 11, 31) / DAY_MS })
    .map((days) => {
      const date = new Date(days * DAY_MS);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    });
  const p2 = (n: number) => String(n).padStart(2, '0');
  const isoOf = ({ year, month, day }: { year: number; month: number; day: number }) =>
    `${String(year).padStart(4, '0')}-${p2(month)}-${p2(day)}`;

  it('reads back a date written in an order, in that order and under unsure', () => {
    fc.assert(
      fc.property(aDate, fc.constantFrom('/', '-', '.'), fc.boolean(), (date, separator, padded) => {
        const part = (n: number) => (padded ? p2(n) : String(n));
        const { year, month, day } = date;
        const dayFirst = [part(day), part(month), year].join(separator);
        const monthFirst = [part(month), part(day), year].join(separator);
        expect(readLocaleDate(dayFirst, 'DMY')).toEqual(value(isoOf(date)));
        expect(readLocaleDate(monthFirst, 'MDY')).toEqual(value(isoOf(date)));
        // Under unsure only a date whose parts cannot be swapped into another day is read.
        const swappable = day <= 12 && day !== month;
        const unsure = swappable ? problem('ambiguousDate') : value(isoOf(date));
        expect(readLocaleDate(dayFirst, 'unsure')).toEqual(unsure);
        expect(readLocaleDate(monthFirst, 'unsure')).toEqual(unsure);
      }),
    );
  });

  it('reads back ISO and month-name dates under every order', () => {
    const names = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
    fc.assert(
      fc.property(aDate, fc.constantFrom(...ORDERS), (date, order) => {
        const name = names[date.month - 1] ?? '';
        expect(readLocaleDate(isoOf(date), order)).toEqual(value(isoOf(date)));
        expect(readLocaleDate(`${date.day} ${name} ${date.year}`, order)).toEqual(value(isoOf(date)));
        expect(readLocaleDate(`${name} ${date.day}, ${date.year}`, order)).toEqual(value(isoOf(date)));
      }),
    );
  });

  it('accepts an ISO date exactly when it is on the calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${year}-${p2(month)}-${p2(day)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && month >= 1;
          expect(readLocaleDate(text, 'unsure')).toEqual(real ? value(text) : problem('date'));
        },
      ),
    );
  });
});

describe('columnDateOrder', () => {
  it('is DMY when a value only day-first can read, none only month-first, and the locale is not MDY', () => {
    const column = ['05/06/2026', '31/12/2026', '', '2026-01-15'];
    expect(columnDateOrder(column, 'unsure')).toBe('DMY');
    expect(columnDateOrder(column, 'DMY')).toBe('DMY');
    expect(columnDateOrder(['05/06/2026', '13.01.2026 14:30'], 'YMD')).toBe('DMY');
  });

  it('is MDY when a value only month-first can read, none only day-first, and the locale is not DMY', () => {
    expect(columnDateOrder(['05/06/2026', '12/31/2026'], 'unsure')).toBe('MDY');
    expect(columnDateOrder(['05/06/2026', '12/31/2026'], 'MDY')).toBe('MDY');
    expect(columnDateOrder(['01-13-2026', 'junk'], 'YMD')).toBe('MDY');
  });

  it('is unsure when the column proves the other order than the locale states', () => {
    expect(columnDateOrder(['05/06/2026', '07/08/2026', '13/06/2026'], EN_US.dateOrder)).toBe('unsure');
    expect(columnDateOrder(['05/06/2026', '31/12/2026', '', '2026-01-15'], 'MDY')).toBe('unsure');
    expect(columnDateOrder(['01-13-26', 'junk'], 'DMY')).toBe('unsure');
    expect(columnDateOrder(['05.06.2026', '12.31.2026'], DE_DE.dateOrder)).toBe('unsure');
  });

  it('under a YMD locale, takes no proof from a two-digit-first date, which it reads year first', () => {
    // Day-first and month-first proof if year last; under YMD they are 2031-12-26 and 2013-01-26.
    expect(columnDateOrder(['31/12/26', '05/06/2026'], 'YMD')).toBe('YMD');
    expect(columnDateOrder(['13/01/26', '05/06/2026'], 'YMD')).toBe('YMD');
    expect(columnDateOrder(['31/12/26', '12/31/2026'], 'YMD')).toBe('MDY');
    expect(columnDateOrder(['31/12/26'], 'unsure')).toBe('DMY');
  });

  it('is unsure when the values prove both orders (a mixed column)', () => {
    expect(columnDateOrder(['31/12/2026', '05/06/2026', '12/31/2026'], 'DMY')).toBe('unsure');
    expect(columnDateOrder(['12/31/2026', '31/12/2026'], 'MDY')).toBe('unsure');
  });

  it('is the locale’s order when no value proves anything', () => {
    const unproven = [
      '05/06/2026',
      '05/05/2026',
      '2026-12-31',
      '2026/12/31',
      '31 Dec 2026',
      'Dec 31, 2026',
      '31-Dec-26',
      '',
      '  ',
      'junk',
      '31/02/2026',
      '13/13/2026',
      '31/12',
      '1,234.50',
    ];
    for (const order of ORDERS) {
      expect(columnDateOrder(unproven, order)).toBe(order);
      expect(columnDateOrder([], order)).toBe(order);
    }
  });

  it('settles the swappable values of a column, or leaves them refused when it is mixed', () => {
    const read = (column: string[]) => {
      const order = columnDateOrder(column, EN_PH.dateOrder);
      return column.map((text) => readLocaleDate(text, order));
    };
    expect(read(['31/12/2026', '05/06/2026'])).toEqual([value('2026-12-31'), value('2026-06-05')]);
    expect(read(['12/31/2026', '05/06/2026'])).toEqual([value('2026-12-31'), value('2026-05-06')]);
    expect(read(['31/12/2026', '12/31/2026', '05/06/2026'])).toEqual([
      value('2026-12-31'),
      value('2026-12-31'),
      problem('ambiguousDate'),
    ]);
  });

  it('in en_US, reads a contradicting day-first value and refuses the swappable ones, never flips them', () => {
    const column = ['05/06/2026', '07/08/2026', '13/06/2026', '05/05/2026', '2026-01-15'];
    const order = columnDateOrder(column, EN_US.dateOrder);
    expect(column.map((text) => readLocaleDate(text, order))).toEqual([
      problem('ambiguousDate'),
      problem('ambiguousDate'),
      value('2026-06-13'),
      value('2026-05-05'),
      value('2026-01-15'),
    ]);
    // A column that agrees with the locale keeps its order: May 6 and July 8.
    const agreeing = ['05/06/2026', '07/08/2026', '12/31/2026'];
    const agreed = columnDateOrder(agreeing, EN_US.dateOrder);
    expect(agreeing.map((text) => readLocaleDate(text, agreed))).toEqual([
      value('2026-05-06'),
      value('2026-07-08'),
      value('2026-12-31'),
    ]);
  });

  it.each(['DMY', 'MDY'] as const)(
    'never reads a swappable date in a column that contradicts a %s locale',
    (locale) => {
      const other = locale === 'DMY' ? 'MDY' : 'DMY';
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })), {
            maxLength: 5,
          }),
          fc.integer({ min: 13, max: 28 }),
          fc.integer({ min: 1, max: 12 }),
          (swappable, big, small) => {
            // One value only the other order can read: the proof against the locale.
            const proof = other === 'DMY' ? `${big}/${small}/2026` : `${small}/${big}/2026`;
            const column = [...swappable.map(([a, b]) => `${a}/${b}/2026`), proof];
            const order = columnDateOrder(column, locale);
            expect(order).toBe('unsure');
            for (const [a, b] of swappable) {
              const reading = readLocaleDate(`${a}/${b}/2026`, order);
              expect(reading.ok ? a === b : reading.problem === 'ambiguousDate').toBe(true);
            }
            expect(readLocaleDate(proof, order)).toEqual(
              value(`2026-${String(small).padStart(2, '0')}-${big}`),
            );
          },
        ),
      );
    },
  );
});
