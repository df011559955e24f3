import { describe, expect, it } from 'vitest';
import { FORM_LAYOUTS, menuItemWords } from '../../src/core/forms/formLayouts';
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
    // IDs, brand names and loan words may stay the same; everything a sentence says must not. A
    // form's title is its menu item's words, the same where the menu item is ("Deal…").
    const sameMenuWords = new Set(
      Object.values(FORM_LAYOUTS)
        .filter((form) => fil[form.menuLabel] === en[form.menuLabel])
        .map((form) => form.title as string),
    );
    expect(
      untranslated.filter((k) => (k.startsWith('error.') || k.startsWith('form.')) && !sameMenuWords.has(k)),
    ).toEqual([]);
  });

  it.each(['en', 'fil'] as const)('titles every form with its menu item’s words in %s', (locale) => {
    const mismatched = Object.values(FORM_LAYOUTS)
      .map((form) => [translate(locale, form.title), menuItemWords(translate(locale, form.menuLabel))])
      .filter(([title, menu]) => title !== menu);
    expect(mismatched).toEqual([]);
    expect(menuItemWords('Register a claim…')).toBe('Register a claim');
  });

  it('gives each form section a heading of its own, shared only by contact details', () => {
    const formsOf = new Map<string, string[]>();
    for (const form of Object.values(FORM_LAYOUTS)) {
      const titles = form.sections.map((section) => section.title as string);
      expect(new Set(titles).size, form.table.key).toBe(titles.length);
      for (const title of titles) formsOf.set(title, [...(formsOf.get(title) ?? []), form.table.key]);
    }
    const shared = [...formsOf].filter(([, forms]) => forms.length > 1);
    expect(shared).toEqual([['form.section.contact', ['clients', 'people']]]);
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
