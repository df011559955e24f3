import type { TableRecord } from './tableSpec';

/** Why two clients look like the same one. */
export type DuplicateReason = 'email' | 'taxNumber' | 'name';

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

/**
 * Existing clients that share the candidate's e-mail, tax number or normalised name (one pass,
 * at most `limit` matches), to warn before a second record of the same client is made.
 */
export function findDuplicateClients(
  candidate: TableRecord,
  existing: readonly TableRecord[],
  limit = 5,
): DuplicateMatch[] {
  const email = text(candidate.email).trim().toLowerCase();
  const tax = normalizeTaxNumber(text(candidate.taxNumber));
  const name = normalizeName(text(candidate.name));
  const matches: DuplicateMatch[] = [];
  for (const other of existing) {
    if (matches.length >= limit) break;
    if (candidate.id && other.id === candidate.id) continue;
    let reason: DuplicateReason | null = null;
    if (email && text(other.email).trim().toLowerCase() === email) reason = 'email';
    else if (tax && normalizeTaxNumber(text(other.taxNumber)) === tax) reason = 'taxNumber';
    else if (name && normalizeName(text(other.name)) === name) reason = 'name';
    if (reason) matches.push({ id: text(other.id), name: text(other.name), reason });
  }
  return matches;
}
