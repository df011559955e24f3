import { type ColumnSpec, personColumns, type TableSpec } from '../tables/tableSpec';
import { isEmailAddress } from '../validation/columnSchema';
import { columnWords, compactHeaderText, normalizeHeaderText } from './headerWords';
import type { ImportMapping } from './importReport';

/** How a source column's target was guessed, best first. */
type How = 'label' | 'synonym' | 'partial' | 'values';

/** A first guess at the mapping, each guess with how it was made (shown to the person). */
interface SuggestedMapping {
  /** Source column index → column key. */
  readonly mapping: ImportMapping;
  /**
   * Per mapped source column index: 'label' (a label or key, any language), 'synonym', 'partial'
   * (the header contains a known word), 'values' (the values look like it).
   */
  readonly how: Readonly<Record<number, How>>;
}

/** One column's words, compacted (spaces removed) so "e mail" and "email" are one word. */
interface ColumnMatcher {
  readonly column: ColumnSpec;
  readonly order: number;
  readonly labels: ReadonlySet<string>;
  readonly synonyms: ReadonlySet<string>;
  /** Labels and synonyms together, for finding one inside a longer header. */
  readonly phrases: ReadonlySet<string>;
}

/** A possible target of one source column, with how strongly the header names it. */
interface Candidate {
  readonly source: number;
  readonly matcher: ColumnMatcher;
  readonly how: Exclude<How, 'values'>;
  /** For 'partial': how many header words the phrase found spans, and where (see headWeight). */
  readonly span: number;
  readonly head: number;
}

const TIER_RANK: Readonly<Record<Exclude<How, 'values'>, number>> = { label: 0, synonym: 1, partial: 2 };
// Words that join a head noun to what it qualifies: "Pangalan ng kumpanya", "Date of payment".
const LINKERS: ReadonlySet<string> = new Set(['ng', 'ni', 'sa', 'of', 'para']);

/** Kinds of value recognisable without a header, each named as the column type it goes to. */
type ValueKind = 'email' | 'url' | 'date' | 'phone';
// The column a bare list of such values is, in a table that has it (Clients: a list of e-mails is
// the clients' own, not their account managers'; phones are not faxes). Once it is taken, nothing is
// guessed: a second list of e-mails or phones is likelier a second one of the same than the owner's.
const PREFERRED_KEY: Readonly<Partial<Record<ValueKind, string>>> = { email: 'email', phone: 'phone' };
const SAMPLE_LIMIT = 50;
const MIN_VALUES = 3;
const MIN_SHARE = 0.8;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const DAY_MONTH_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$/;
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?(?:\/\S*)?$/i;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

const MONTH_WORD = /[a-z]{3,}/i;
const DATE_LIKE = (text: string) =>
  ISO_DATE.test(text) ||
  DAY_MONTH_YEAR.test(text) ||
  (/\d/.test(text) && MONTH_WORD.test(text) && text.length <= 30);
// Digits, with at most a currency code or a few letters around them ("PHP 1,200", "30 days").
const NUMBER_LIKE = (text: string) => /\d/.test(text) && (text.match(/[a-z]/gi) ?? []).length <= 4;

/**
 * Whether a source column's sample values could be `column`'s: for a date or number column, at
 * least half of them look like dates or numbers (or there are too few to tell); any other column
 * takes any text.
 */
function valuesFit(column: ColumnSpec, sampleRows: readonly (readonly string[])[], source: number): boolean {
  const looksRight =
    column.type === 'date'
      ? DATE_LIKE
      : ['integer', 'number', 'currency'].includes(column.type)
        ? NUMBER_LIKE
        : null;
  if (!looksRight) return true;
  const values = sampleRows
    .slice(0, SAMPLE_LIMIT)
    .map((row) => String(row[source] ?? '').trim())
    .filter((text) => text !== '');
  if (values.length < MIN_VALUES) return true;
  return values.filter(looksRight).length * 2 >= values.length;
}

/** A table's header words: its person columns' matchers, and the labels of the columns Suki writes. */
interface TableWords {
  readonly matchers: readonly ColumnMatcher[];
  /** Compacted labels and keys of the columns only Suki writes (ID, stamps, forecast, classes). */
  readonly sukiLabels: ReadonlySet<string>;
}

const wordsCache = new WeakMap<TableSpec, TableWords>();

/** The header words of `table`, built once per table. */
function tableWords(table: TableSpec): TableWords {
  const cached = wordsCache.get(table);
  if (cached) return cached;
  const matchers = personColumns(table).map((column, order): ColumnMatcher => {
    const words = columnWords(table, column);
    const labels = new Set(words.labels.map(compactHeaderText).filter((w) => w !== ''));
    const synonyms = new Set(words.synonyms.map(compactHeaderText).filter((w) => w !== '' && !labels.has(w)));
    return { column, order, labels, synonyms, phrases: new Set([...labels, ...synonyms]) };
  });
  const sukiLabels = new Set<string>();
  for (const column of table.columns) {
    if (matchers.some((m) => m.column === column)) continue;
    for (const label of columnWords(table, column).labels) sukiLabels.add(compactHeaderText(label));
  }
  const built = { matchers, sukiLabels };
  wordsCache.set(table, built);
  return built;
}

/**
 * Where a phrase sits in the header, higher is likelier the header's head noun: before a linker
 * ("Telepono ng kliyente" is a phone), else the last one ("Client phone" is a phone too).
 */
function headWeight(words: readonly string[], start: number, end: number): number {
  const linker = words.findIndex((word) => LINKERS.has(word));
  if (linker < 0) return end;
  return start < linker ? words.length * 2 - start : -start;
}

/** The most words a label or synonym phrase has ("petsa ng bayad due" is four). */
const MAX_PHRASE_WORDS = 6;
/** A cell longer than this is no header (a note, a pasted paragraph): it names no column. */
const MAX_HEADER_CHARS = 120;

/** The best way `matcher` matches one normalised header, or undefined. */
function matchHeader(
  normalized: string,
  matcher: ColumnMatcher,
): Omit<Candidate, 'source' | 'matcher'> | undefined {
  const whole = compactHeaderText(normalized);
  if (matcher.labels.has(whole)) return { how: 'label', span: 0, head: 0 };
  if (matcher.synonyms.has(whole)) return { how: 'synonym', span: 0, head: 0 };
  const words = normalized.split(' ');
  let best: { span: number; head: number } | undefined;
  for (let start = 0; start < words.length; start++) {
    // No known phrase is longer than a few words: longer runs are never looked up.
    for (let end = start; end < words.length && end - start < MAX_PHRASE_WORDS; end++) {
      if (!matcher.phrases.has(words.slice(start, end + 1).join(''))) continue;
      const found = { span: end - start + 1, head: headWeight(words, start, end) };
      const better = !best || found.span > best.span || (found.span === best.span && found.head > best.head);
      if (better) best = found;
    }
  }
  return best ? { how: 'partial', ...best } : undefined;
}

/**
 * Every way the headers name the table's person columns, best first (ties go to the leftmost source
 * column), and which source columns name anything known. A header naming a column only Suki writes
 * ("ABC class" in an export of Suki's own sheet) is known but no target, never read as "class".
 */
function headerCandidates(
  words: TableWords,
  headers: readonly string[],
): { readonly candidates: Candidate[]; readonly named: ReadonlySet<number> } {
  const candidates: Candidate[] = [];
  const named = new Set<number>();
  headers.forEach((header, source) => {
    if (String(header ?? '').length > MAX_HEADER_CHARS) return;
    const normalized = normalizeHeaderText(header);
    if (normalized === '') return;
    if (words.sukiLabels.has(compactHeaderText(normalized))) {
      named.add(source);
      return;
    }
    for (const matcher of words.matchers) {
      const match = matchHeader(normalized, matcher);
      if (!match) continue;
      candidates.push({ source, matcher, ...match });
      named.add(source);
    }
  });
  candidates.sort(
    (a, b) =>
      TIER_RANK[a.how] - TIER_RANK[b.how] ||
      a.source - b.source ||
      b.span - a.span ||
      b.head - a.head ||
      a.matcher.order - b.matcher.order,
  );
  return { candidates, named };
}

/**
 * A first guess at which source column goes to which of `table`'s person columns: by header first
 * (a label or key in any language, then a synonym, then a header containing a known word, the
 * longest), each column and each source column used once; then, for source columns whose header is
 * blank or names nothing known, by what their values look like (e-mail, web address, phone, date).
 */
export function suggestImportMapping(
  table: TableSpec,
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
): SuggestedMapping {
  const words = tableWords(table);
  const { candidates, named } = headerCandidates(words, headers);
  const mapping: Record<number, string> = {};
  const how: Record<number, How> = {};
  const taken = new Set<string>();
  for (const candidate of candidates) {
    const key = candidate.matcher.column.key;
    if (taken.has(key) || mapping[candidate.source] !== undefined) continue;
    // A header's word is not enough when its values are plainly not that column's kind ("Balance
    // due" holds amounts, not due dates); its own label always is.
    if (candidate.how !== 'label' && !valuesFit(candidate.matcher.column, sampleRows, candidate.source))
      continue;
    mapping[candidate.source] = key;
    how[candidate.source] = candidate.how;
    taken.add(key);
  }
  // A header that names something known but lost it to another column stays unmapped: its values
  // are not a better guess than its own words.
  const width = Math.max(headers.length, ...sampleRows.slice(0, SAMPLE_LIMIT).map((row) => row.length));
  for (let source = 0; source < width; source++) {
    if (named.has(source)) continue;
    const column = columnFromValues(words.matchers, taken, sampleRows, source);
    if (!column) continue;
    mapping[source] = column.key;
    how[source] = 'values';
    taken.add(column.key);
  }
  return { mapping, how };
}

/** How much one header cell counts towards its row being the header, by how it names a column. */
const HEADER_WEIGHT: Readonly<Record<How, number>> = { label: 3, synonym: 2, partial: 1, values: 0 };
/**
 * Whether a cell is a "label: value" line ("Region: NCR", "Prepared by: M. Santos"), a fact about
 * the sheet rather than a column's header: words, a colon, and more text after it.
 */
export function isLabelValueCell(text: string): boolean {
  // Found by index, not one regular expression: a long cell without a colon must cost one pass.
  const cell = String(text ?? '').trim();
  const colon = cell.indexOf(':');
  return colon > 0 && /\p{L}/u.test(cell.slice(0, colon)) && /\S/.test(cell.slice(colon + 1));
}

/**
 * How strongly a row reads as `table`'s header: per cell naming a person column, 3 for a label, 2
 * for a synonym, 1 for a header containing a known word, so "Name" outweighs a title's "Mga Kliyente
 * ni Mara". "label: value" cells count as blank. A row of one cell (a title, or a one-column list's
 * header) scores only when that cell is a label or a synonym; 0 when the row names nothing.
 */
export function headerRowScore(table: TableSpec, row: readonly string[]): number {
  const cells = row.map((cell) => (isLabelValueCell(cell) ? '' : String(cell ?? '')));
  const filled = cells.filter((cell) => cell.trim() !== '').length;
  const tiers = Object.values(suggestImportMapping(table, cells, []).how);
  if (filled < 2 && !tiers.some((tier) => tier === 'label' || tier === 'synonym')) return 0;
  return tiers.reduce((sum, tier) => sum + HEADER_WEIGHT[tier], 0);
}

/** What a cell's text looks like, or undefined when it is none of the recognisable kinds. */
function valueKindOf(text: string): ValueKind | undefined {
  if (text.includes('@')) return isEmailAddress(text) ? 'email' : undefined;
  if (ISO_DATE.test(text) || DAY_MONTH_YEAR.test(text)) return 'date';
  if (WEB_ADDRESS.test(text)) return 'url';
  if (!PHONE_CHARACTERS.test(text)) return undefined;
  const digits = text.replace(/\D/g, '').length;
  // A bare number is as likely an amount as a phone; a phone starts with +, ( or 0, or has separators.
  if (PLAIN_NUMBER.test(text) && !text.startsWith('0')) return undefined;
  return digits >= 7 && digits <= 15 ? 'phone' : undefined;
}

/** The kind of most (≥ 80 %, at least 3) of a source column's non-blank sample values. */
function columnValueKind(sampleRows: readonly (readonly string[])[], source: number): ValueKind | undefined {
  const counts = new Map<ValueKind, number>();
  let filled = 0;
  for (const row of sampleRows.slice(0, SAMPLE_LIMIT)) {
    const text = String(row[source] ?? '').trim();
    if (text === '') continue;
    filled++;
    const kind = valueKindOf(text);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  if (filled < MIN_VALUES) return undefined;
  for (const [kind, count] of counts) if (count >= filled * MIN_SHARE) return kind;
  return undefined;
}

/**
 * The free column of the type a source column's values look like: the table's preferred column of
 * that type when it has one, else its only column of that type; undefined when taken or ambiguous.
 */
function columnFromValues(
  matchers: readonly ColumnMatcher[],
  taken: ReadonlySet<string>,
  sampleRows: readonly (readonly string[])[],
  source: number,
): ColumnSpec | undefined {
  const kind = columnValueKind(sampleRows, source);
  if (!kind) return undefined;
  const ofKind = matchers.map((m) => m.column).filter((column) => column.type === kind);
  const preferred = ofKind.find((column) => column.key === PREFERRED_KEY[kind]);
  const free = ofKind.filter((column) => !taken.has(column.key));
  if (preferred) return taken.has(preferred.key) ? undefined : preferred;
  return free.length === 1 ? free[0] : undefined;
}

/**
 * A key for the shape of a source's header row, to remember the mapping used for it before: the
 * normalised headers in order, blank ones kept as positions, so case and spacing do not matter but
 * another order or another column does.
 */
export function importShapeKey(headers: readonly string[]): string {
  // Normalised text holds only letters, digits and spaces, so "|" cannot be part of a header.
  return headers.map(normalizeHeaderText).join('|');
}
