/**
 * The Filipino catalog says everything in Filipino (docs/GLOSSARY.md): a message equals its English
 * one only when every word in it is a name or an agreed loan word listed in the glossary, and no
 * message uses the English words for row, column or field (hilera, hanay, patlang).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/en';
import { fil } from '../../src/core/i18n/fil';

const glossary = readFileSync(resolve(import.meta.dirname, '../../docs/GLOSSARY.md'), 'utf8');
const listed = /<!-- same-words:start -->([\s\S]*?)<!-- same-words:end -->/.exec(glossary)?.[1] ?? '';
const SAME_WORDS = new Set(
  listed
    .split('\n')
    .map((line) => line.replace(/^- /, '').trim().toLowerCase())
    .filter((word) => word !== ''),
);

/** The words of a message, without its {placeholders} and {{merge fields}}. */
const wordsOf = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}|\{[^}]*\}/g, ' ')
    .toLowerCase()
    .match(/\p{L}[\p{L}-]*/gu) ?? [];

describe('the Filipino catalog', () => {
  it('lists the words left as they are in docs/GLOSSARY.md', () => {
    expect(SAME_WORDS.size).toBeGreaterThan(5);
    expect(SAME_WORDS.has('suki')).toBe(true);
  });

  it('says nothing in English but names and the agreed loan words', () => {
    const english = Object.entries(en as Record<string, string>)
      .filter(([key, text]) => (fil as Record<string, string>)[key] === text)
      .filter(([, text]) => !wordsOf(text).every((word) => SAME_WORDS.has(word)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(english).toEqual([]);
  });

  it('uses hilera, hanay and patlang, never row, column or field', () => {
    const loan = Object.entries(fil as Record<string, string>)
      .filter(([, text]) =>
        wordsOf(text).some((word) => ['row', 'rows', 'column', 'columns', 'field', 'fields'].includes(word)),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(loan).toEqual([]);
  });
});
