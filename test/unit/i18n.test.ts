import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/en';
import { fil } from '../../src/core/i18n/fil';
import { allTranslations, resolveLocale, translate } from '../../src/core/i18n/translate';

describe('resolveLocale', () => {
  it.each([
    ['fil', 'fil'],
    ['fil_PH', 'fil'],
    ['fil-PH', 'fil'],
    ['tl', 'fil'],
    ['tl_PH', 'fil'],
    ['TL-ph', 'fil'],
    ['en', 'en'],
    ['en_US', 'en'],
    ['es_ES', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['filipino', 'en'],
  ])('%s speaks %s', (raw, expected) => {
    expect(resolveLocale(raw)).toBe(expected);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'error.required', { field: 'Name' })).toBe('Name: this field is required.');
    expect(translate('fil', 'error.required', { field: 'Pangalan' })).toBe('Pangalan: kailangang punan ito.');
    expect(translate('en', 'error.required')).toBe('{field}: this field is required.');
  });

  it('does not read placeholders from the prototype chain', () => {
    expect(translate('en', 'error.required', { toString: 'x' } as never)).toContain('{field}');
  });

  it('has a Filipino text for every English key, and they differ where words differ', () => {
    expect(Object.keys(fil).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter(
      (k) => fil[k as keyof typeof en] === en[k as keyof typeof en],
    );
    // IDs, brand names and loan words may stay the same; everything a sentence says must not.
    expect(untranslated.filter((k) => k.startsWith('error.') || k.startsWith('form.'))).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (key === 'toast.languageSet') continue; // the Filipino sentence names its language itself
      expect(placeholders(fil[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('lists a label in every language for header matching', () => {
    expect(allTranslations('col.client.name')).toEqual(['Name', 'Pangalan']);
  });
});
