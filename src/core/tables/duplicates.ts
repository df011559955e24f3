import type { TableRecord } from './tableSpec';

/** Why two clients look like the same one. */
type DuplicateReason = 'email' | 'taxNumber' | 'name';

/** An existing client that a new one may duplicate. */
export interface DuplicateMatch {
  readonly id: string;
  readonly name: string;
  readonly reason: DuplicateReason;
}

const LEGAL_SUFFIXES =
  /\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|sa|ag|plc|pte|opc|enterprises?|trading)\b/g;

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
