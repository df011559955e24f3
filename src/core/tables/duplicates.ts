import { exactCellPattern } from './cellSearch';
import type { TableRecord } from './tableSpec';

/** Why two clients look like the same one. */
type DuplicateReason = 'email' | 'taxNumber' | 'name';

/** An existing client that a new one may duplicate. */
export interface DuplicateMatch {
  readonly id: string;
  readonly name: string;
  readonly reason: DuplicateReason;
}

/** Words a client name may carry that never tell two clients apart (as regular-expression parts). */
const SUFFIX_WORDS =
  'inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|sa|ag|plc|pte|opc|enterprises?|trading';
const LEGAL_SUFFIXES = new RegExp(`\\b(${SUFFIX_WORDS})\\b`, 'g');

/**
 * A client name reduced to what identifies it: lower case, accents, punctuation and legal suffixes
 * gone, so "Dela Cruz Trading, Inc." and "dela cruz" meet.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const normalizeTaxNumber = (tax: string) => tax.replace(/[^0-9a-z]/gi, '').toLowerCase();
const text = (value: unknown) =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);

const emailKey = (record: TableRecord) => text(record.email).trim().toLowerCase();
const taxKey = (record: TableRecord) => normalizeTaxNumber(text(record.taxNumber));
const nameKey = (record: TableRecord) => normalizeName(text(record.name));
const KEYS: readonly [DuplicateReason, (record: TableRecord) => string][] = [
  ['email', emailKey],
  ['taxNumber', taxKey],
  ['name', nameKey],
];

/**
 * Clients indexed by e-mail, tax number and normalised name, so checking a candidate costs a few
 * map look-ups: an import of thousands of rows against tens of thousands of clients stays linear.
 */
export class ClientIndex {
  private readonly maps = new Map<DuplicateReason, Map<string, TableRecord[]>>(
    KEYS.map(([reason]) => [reason, new Map()]),
  );

  constructor(records: readonly TableRecord[] = []) {
    for (const record of records) this.add(record);
  }

  /** Indexes one more client. */
  add(record: TableRecord): void {
    for (const [reason, keyOf] of KEYS) {
      const key = keyOf(record);
      if (!key) continue;
      const map = this.maps.get(reason) as Map<string, TableRecord[]>;
      const list = map.get(key);
      if (list) list.push(record);
      else map.set(key, [record]);
    }
  }

  /** Clients sharing the candidate's e-mail, tax number or name (in that order), itself excluded. */
  find(candidate: TableRecord, limit = 5): DuplicateMatch[] {
    const matches: DuplicateMatch[] = [];
    const seen = new Set<string>();
    for (const [reason, keyOf] of KEYS) {
      const key = keyOf(candidate);
      for (const other of (key && this.maps.get(reason)?.get(key)) || []) {
        const id = text(other.id);
        if (matches.length >= limit || seen.has(id) || (candidate.id && other.id === candidate.id)) continue;
        seen.add(id);
        matches.push({ id, name: text(other.name), reason });
      }
    }
    return matches;
  }
}

/** Existing clients that share the candidate's e-mail, tax number or normalised name (see ClientIndex). */
export function findDuplicateClients(
  candidate: TableRecord,
  existing: readonly TableRecord[],
  limit = 5,
): DuplicateMatch[] {
  return new ClientIndex(existing).find(candidate, limit);
}

/** Names of more words than this are not searched for: the column is read instead (a long pattern). */
const MAX_SEARCHED_WORDS = 8;
/** Between two words of a name: anything normalizeName drops (characters other than letters and digits, legal suffixes). */
const NAME_GAP = `(?:[^0-9A-Za-z&]|${SUFFIX_WORDS})*`;
/** Between two characters of a tax number: anything but a letter or a digit. */
const TAX_GAP = '[^0-9A-Za-z]*';

/**
 * A cell whose normalised name (normalizeName) may be `key`: its words in order, each written in
 * any case (and with accents, searched with ignoreDiacritics), "and" also as "&", with anything
 * normalizeName removes around and between them. It matches every name normalising to `key` that is
 * written in letters with or without accents; a name spelt with compatibility characters
 * (full-width letters, ligatures) normalises the same yet is not found. It also matches some names
 * that do not normalise to `key` ("Dela Cruzco"): the rows read are checked by ClientIndex.
 */
function namePattern(key: string): string | null {
  const words = key.split(' ');
  if (words.length > MAX_SEARCHED_WORDS) return null;
  const written = words.map((word) => (word === 'and' ? '(?:and|&)' : word));
  return `^${NAME_GAP}${written.join(NAME_GAP)}${NAME_GAP}$`;
}

/** A search of one Clients column for the likely duplicates of a new client. */
interface DuplicateSearch {
  readonly column: 'email' | 'taxNumber' | 'name';
  /** A pattern for the column's cells (see cellSearch.ts), or null: read the whole column instead. */
  readonly pattern: string | null;
  /** Search with accents ignored (names only); every search here is case-blind. */
  readonly ignoreDiacritics: boolean;
}

/**
 * How to find, without reading whole columns, the clients a new one may duplicate (ClientIndex's
 * rules): a case-blind search per key the candidate has. The e-mail is matched whole (spaces around
 * it allowed); the tax number by its letters and digits in order, with anything else around and
 * between them, which is exactly normalizeTaxNumber's rule; the name as namePattern says. Each
 * search may find more rows than are duplicates, never fewer (but for the names namePattern
 * names): the caller reads the rows found and asks ClientIndex.
 */
export function duplicateSearches(candidate: TableRecord): DuplicateSearch[] {
  const searches: DuplicateSearch[] = [];
  const email = emailKey(candidate);
  if (email) searches.push({ column: 'email', pattern: exactCellPattern(email), ignoreDiacritics: false });
  const tax = taxKey(candidate);
  if (tax)
    searches.push({
      column: 'taxNumber',
      pattern: `^${TAX_GAP}${[...tax].join(TAX_GAP)}${TAX_GAP}$`,
      ignoreDiacritics: false,
    });
  const name = nameKey(candidate);
  if (name) searches.push({ column: 'name', pattern: namePattern(name), ignoreDiacritics: true });
  return searches;
}
