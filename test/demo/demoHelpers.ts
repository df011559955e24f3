import { EVIDENCE_TABLE } from '../../src/core/tables/evidenceTable';
import { ALL_TABLES } from '../../src/core/tables/registry';
import { personColumns, type TableRecord, type TableSpec } from '../../src/core/tables/tableSpec';
import { type FieldError, validateRecord } from '../../src/core/validation/recordValidation';

/** The person-entered columns of a record, as a form would send them. */
export function personFieldsOf(spec: TableSpec, record: TableRecord): TableRecord {
  return Object.fromEntries(personColumns(spec).map((c) => [c.key, record[c.key] ?? null]));
}

/** One problem found in a table: the record ID and what was wrong. */
export interface RecordProblem {
  readonly id: unknown;
  readonly problem: string;
}

/**
 * Records of `table` whose person-entered part Suki's own validation refuses, or changes (trimmed,
 * converted, defaulted): the demo must hold exactly what the forms would have stored.
 */
export function validationProblems(spec: TableSpec, records: readonly TableRecord[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const record of records) {
    const fields = personFieldsOf(spec, record);
    const result = validateRecord(spec, fields, 'create');
    if (!result.ok) {
      const describe = (e: FieldError) => `${e.field}:${e.code}=${JSON.stringify(fields[e.field])}`;
      problems.push({ id: record.id, problem: result.errors.map(describe).join(', ') });
    } else if (JSON.stringify(result.record) !== JSON.stringify(fields)) {
      problems.push({ id: record.id, problem: `not canonical: ${JSON.stringify(fields)}` });
    }
  }
  return problems;
}

/**
 * The table spec of every key the demo returns: the registry's tables, and the evidence table
 * (issue #11) while the registry does not list it yet.
 */
export const SPECS: readonly TableSpec[] = ALL_TABLES.some((t) => t.key === EVIDENCE_TABLE.key)
  ? ALL_TABLES
  : [...ALL_TABLES, EVIDENCE_TABLE];

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Same-named company check: lower case, '&' as 'and', legal suffixes, punctuation and spaces dropped. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\(.*\)/g, ' ')
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !LEGAL_WORDS.has(w))
    .join('');
}

const LEGAL_WORDS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'gmbh',
  'ag',
  'kg',
  'k',
  'pte',
  'pty',
]);
