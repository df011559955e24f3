/**
 * The patterns Sheets searches a column with (TextFinder, RE2) pick at least every row the store's
 * own comparison would: IDs above a counter as recordIdNumber reads them, a cell equal to a text
 * once trimmed, a client's likely duplicates as ClientIndex judges them. Matched here with the
 * emulator's own TextFinder matching, over generated cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactCellPattern, idsAbovePattern, prefixCellPattern } from '../../src/core/tables/cellSearch';
import { ClientIndex, duplicateSearches } from '../../src/core/tables/duplicates';
import { MAX_FOLLOWED_DIGITS, recordIdNumber } from '../../src/core/tables/recordIds';
import { TextSearch } from '../../workbench/emulator/textMatch';

/** Whether a TextFinder with useRegularExpression(true) and these options finds `cell`. */
const finds = (pattern: string, cell: string, options: { matchCase: boolean; ignoreDiacritics?: boolean }) =>
  new TextSearch(pattern, {
    regex: true,
    entireCell: false,
    matchCase: options.matchCase,
    ignoreDiacritics: options.ignoreDiacritics ?? false,
  }).occurrences(cell).length > 0;

/** Characters String.prototype.trim removes, and one it keeps (a zero-width space). */
const SPACE = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b');
const spaces = fc.array(SPACE, { maxLength: 2 }).map((chars) => chars.join(''));

describe('idsAbovePattern', () => {
  const digits = fc
    .array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 14 })
    .map((d) => d.join(''));
  const idCell = fc
    .tuple(spaces, fc.constantFrom('C', 'c', 'CC', 'K'), fc.constantFrom('-', '', '--'), digits, spaces)
    .map((parts) => parts.join(''));
  const highest = fc.oneof(
    fc.integer({ min: 0, max: 2_000 }),
    fc.integer({ min: 0, max: 10 ** MAX_FOLLOWED_DIGITS - 1 }),
    fc.constantFrom(0, 9, 10, 99, 100, 999_999, 10 ** MAX_FOLLOWED_DIGITS - 1),
  );

  it('finds exactly the IDs the allocator follows whose number is above the counter', () => {
    fc.assert(
      fc.property(highest, idCell, (counter, cell) => {
        const number = recordIdNumber('C', cell, MAX_FOLLOWED_DIGITS);
        const above = number !== null && number > counter;
        const pattern = idsAbovePattern('C', counter, MAX_FOLLOWED_DIGITS);
        expect(
          pattern === null ? false : finds(pattern, cell, { matchCase: true }),
          `${counter} ${cell}`,
        ).toBe(above);
      }),
      { numRuns: 3_000 },
    );
  });

  it('has no pattern when no number of the followed digits can be above the counter', () => {
    expect(idsAbovePattern('C', 10 ** MAX_FOLLOWED_DIGITS - 1, MAX_FOLLOWED_DIGITS)).toBeNull();
    expect(idsAbovePattern('C', 10 ** MAX_FOLLOWED_DIGITS, MAX_FOLLOWED_DIGITS)).toBeNull();
    expect(idsAbovePattern('C', -1, MAX_FOLLOWED_DIGITS)).toBeNull();
  });
});

describe('exactCellPattern and prefixCellPattern', () => {
  const text = fc.string({
    minLength: 1,
    maxLength: 12,
    unit: fc.constantFrom(...'C-0.1*+?()[]{}|^$\\/aé '),
  });

  it('finds a cell exactly when its trimmed text is the text, whatever characters it holds', () => {
    fc.assert(
      fc.property(text, spaces, spaces, text, (wanted, before, after, other) => {
        fc.pre(wanted.trim() !== '');
        for (const cell of [`${before}${wanted.trim()}${after}`, `${before}${other}${after}`])
          expect(finds(exactCellPattern(wanted), cell, { matchCase: true })).toBe(
            cell.trim() === wanted.trim(),
          );
      }),
    );
    expect(finds(exactCellPattern('C-000001'), '\u00a0C-000001\n', { matchCase: true })).toBe(true);
    expect(finds(exactCellPattern('C-000001'), 'c-000001', { matchCase: true })).toBe(false);
    expect(finds(exactCellPattern('C-000001'), 'C-0000011', { matchCase: true })).toBe(false);
  });

  it('finds a cell starting with the text', () => {
    expect(finds(prefixCellPattern('c-00012'), ' C-000123', { matchCase: false })).toBe(true);
    expect(finds(prefixCellPattern('c-00013'), ' C-000123', { matchCase: false })).toBe(false);
    expect(finds(prefixCellPattern('000123'), ' C-000123', { matchCase: false })).toBe(false);
    expect(finds(prefixCellPattern('(a'), '(ab', { matchCase: false })).toBe(true);
  });
});

/** Whether ClientIndex judges `existing` a duplicate of `candidate` for `reason`. */
const judged = (candidate: Record<string, string>, existing: Record<string, string>, reason: string) =>
  new ClientIndex([{ id: 'C-000001', ...existing }]).find(candidate).some((m) => m.reason === reason);

/** Whether the search duplicateSearches gives for `column` finds `cell`. */
function searchFinds(candidate: Record<string, string>, column: string, cell: string): boolean {
  const search = duplicateSearches(candidate).find((s) => s.column === column);
  if (!search?.pattern) throw new Error(`no search of ${column}`);
  return finds(search.pattern, cell, { matchCase: false, ignoreDiacritics: search.ignoreDiacritics });
}

describe('duplicateSearches', () => {
  const taxText = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom(...'0129aBz -./é') });

  it('finds a tax number exactly when ClientIndex would call it the same', () => {
    fc.assert(
      fc.property(taxText, taxText, (typed, cell) => {
        const candidate = { name: 'x', taxNumber: typed };
        fc.pre(duplicateSearches(candidate).some((s) => s.column === 'taxNumber'));
        expect(searchFinds(candidate, 'taxNumber', cell)).toBe(
          judged(candidate, { taxNumber: cell }, 'taxNumber'),
        );
      }),
    );
  });

  it('finds an e-mail exactly when ClientIndex would call it the same', () => {
    const candidate = { name: 'x', email: 'Ana.Reyes+1@Alpha.ph' };
    for (const cell of [
      'ana.reyes+1@alpha.ph',
      '  ANA.REYES+1@ALPHA.PH ',
      'anaxreyes+1@alpha.ph',
      'ana.reyes1@alpha.ph',
    ])
      expect(searchFinds(candidate, 'email', cell), cell).toBe(judged(candidate, { email: cell }, 'email'));
  });

  const word = fc.constantFrom(
    'Dela',
    'Cruz',
    'dela',
    'Foods',
    'Niño',
    'Jollibee’s',
    '7-Eleven',
    '&',
    'and',
    'Inc.',
    'Corp',
    'Trading',
    'co',
    'A.B.C.',
    'Søren',
    'São',
    'ENTERPRISES',
    'Cosmos',
  );
  const name = fc.array(word, { minLength: 1, maxLength: 5 }).chain((words) =>
    fc
      .array(fc.constantFrom(' ', ', ', ' - ', '/', '  ', ''), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((w, i) => `${w}${gaps[i]}`).join('')),
  );

  it('finds every name that normalises like the new one, and others only rarely', () => {
    let extra = 0;
    fc.assert(
      fc.property(name, name, (typed, cell) => {
        const candidate = { name: typed };
        fc.pre(duplicateSearches(candidate).some((s) => s.column === 'name' && s.pattern !== null));
        const same = judged(candidate, { name: cell }, 'name');
        const found = searchFinds(candidate, 'name', cell);
        if (same) expect(found, `${typed} | ${cell}`).toBe(true);
        else if (found) extra += 1;
      }),
      { numRuns: 2_000 },
    );
    expect(extra).toBeLessThan(100);
    expect(searchFinds({ name: 'Alpha Foods' }, 'name', 'Beta Foods')).toBe(false);
    expect(searchFinds({ name: 'Dela Cruz Trading, Inc.' }, 'name', 'DELA-CRUZ')).toBe(true);
    expect(searchFinds({ name: 'Smith & Sons' }, 'name', 'smith and sons co')).toBe(true);
  });

  it('leaves a name of many words to a read of the column', () => {
    const long = { name: 'one two three four five six seven eight nine' };
    expect(duplicateSearches(long).find((s) => s.column === 'name')?.pattern).toBeNull();
    expect(duplicateSearches({ name: 'Inc.' })).toEqual([]);
  });
});
