import { recordIdNumber } from './recordIds';
import type { TableRecord, TableSpec } from './tableSpec';

/**
 * The undo journal of one locked action. Sheets has no transactions, and an execution can be cut
 * off between any two service calls (the 6-minute limit, a quota, a service error), so before each
 * write Suki notes in document properties how to undo it. The action commits by deleting the
 * journal once every write is flushed. A journal found later, by an execution holding the document
 * lock, belongs to an action that never committed: it is undone, so a record and its audit entry
 * appear together or not at all, and the person's retry makes exactly one record.
 */
export type JournalOp =
  /**
   * Rows appended with the IDs numbered `from`..`to` (less `skipped`, IDs that were already taken)
   * and stamped `at`: undone by clearing Suki's cells in the rows holding them, except a row someone
   * has worked on since (its "updated at" is no longer `at`).
   */
  | {
      readonly kind: 'append';
      readonly table: string;
      readonly prefix: string;
      readonly from: number;
      readonly to: number;
      readonly skipped: readonly string[];
      readonly at: string;
      /**
       * Per appended ID, a fingerprint of what was written (see recordFingerprint), so the undo can
       * tell a row no one touched from one a person worked on since. Left out for large imports,
       * where the "updated at" stamp decides instead.
       */
      readonly fingerprints?: readonly string[];
    }
  /**
   * One record's fields as they were (`before`) and as written (`after`): undone by writing back
   * each field that still holds what was written; one someone changed since is theirs and kept.
   */
  | {
      readonly kind: 'update';
      readonly table: string;
      readonly id: string;
      readonly before: TableRecord;
      readonly after: TableRecord;
    };

/**
 * The head property holds the journal itself, or, when it is too long for one property value (at
 * most 9 KB), the number of chunks kept under numbered keys. Committing deletes only the head, so a
 * commit is one call whatever the journal's size; stale chunks are overwritten by the next journal.
 */
export const JOURNAL_PROPERTY = 'suki.journal';
const chunkKey = (index: number) => `${JOURNAL_PROPERTY}.${index}`;
/** Characters per property value: well under 9 KB even when characters take several UTF-8 bytes. */
const CHUNK_CHARS = 2_000;
/** The whole journal must fit in the 500 KB property store beside Suki's other properties. */
const MAX_JOURNAL_CHARS = 200_000;

/** The counter property of a table: the highest ID number ever handed out, deleted rows included. */
export const idCounterProperty = (tableKey: string): string => `suki.lastId.${tableKey}`;

/** Appends of up to this many rows journal a fingerprint of each (a few characters a row). */
const MAX_FINGERPRINTED_ROWS = 500;

const STAMP_KEYS = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const isBlank = (value: unknown) => value === null || value === undefined || value === '';

function hashOf(values: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  for (const value of values) {
    const text = `${isBlank(value) ? '' : String(value)}\u0000`;
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36);
}

const contentKeys = (run: readonly string[]) => run.filter((key) => !STAMP_KEYS.has(key));

/**
 * A short fingerprint of a row as Suki writes it: one hash per run of adjacent columns (the store
 * writes run by run), over the values in column order, stamps left out (a cell may round them).
 */
function rowFingerprint(runs: readonly (readonly string[])[], record: TableRecord): string {
  return runs.map((run) => hashOf(contentKeys(run).map((key) => record[key]))).join('.');
}

/**
 * Whether a row read back is as Suki left it: each run holds what was written, or nothing at all (a
 * cut-off append had not written it yet). False once a person changed any field; also when the
 * columns were moved since, which changes the runs (the row is then kept, never guessed at).
 */
export function matchesFingerprint(
  runs: readonly (readonly string[])[],
  record: TableRecord,
  fingerprint: string,
): boolean {
  const expected = fingerprint.split('.');
  if (expected.length !== runs.length) return false;
  return runs.every((run, index) => {
    const keys = contentKeys(run);
    if (keys.every((key) => isBlank(record[key]))) return true;
    return hashOf(keys.map((key) => record[key])) === expected[index];
  });
}

/**
 * The journal op of an append: the IDs handed out (as their number range less the IDs skipped
 * because they were taken), the stamp, and each row's fingerprint when there are few enough rows.
 */
export function appendOp(
  table: TableSpec,
  ids: readonly string[],
  at: string,
  rows: readonly TableRecord[],
  runs: readonly (readonly string[])[],
): Extract<JournalOp, { kind: 'append' }> {
  const numbers = ids.map((id) => recordIdNumber(table.idPrefix, id) ?? 0);
  const from = numbers[0] ?? 0;
  const to = numbers[numbers.length - 1] ?? from;
  const given = new Set(ids);
  const skipped: string[] = [];
  for (let number = from; number <= to; number += 1) {
    const id = `${table.idPrefix}-${String(number).padStart(6, '0')}`;
    if (!given.has(id)) skipped.push(id);
  }
  const fingerprints =
    rows.length <= MAX_FINGERPRINTED_ROWS ? rows.map((row) => rowFingerprint(runs, row)) : null;
  return {
    kind: 'append',
    table: table.key,
    prefix: table.idPrefix,
    from,
    to,
    skipped,
    at,
    ...(fingerprints ? { fingerprints } : {}),
  };
}

/** The IDs an append op handed out, in order. */
export function appendedIds(op: Extract<JournalOp, { kind: 'append' }>): string[] {
  const skipped = new Set(op.skipped);
  const ids: string[] = [];
  for (let number = op.from; number <= op.to; number += 1) {
    const id = `${op.prefix}-${String(number).padStart(6, '0')}`;
    if (!skipped.has(id)) ids.push(id);
  }
  return ids;
}

/**
 * The journal as document properties to set. Returns null when it is too large to keep: the caller
 * must refuse the action rather than write without a way back.
 */
export function journalProperties(ops: readonly JournalOp[]): Record<string, string> | null {
  const text = JSON.stringify(ops);
  if (text.length > MAX_JOURNAL_CHARS) return null;
  if (text.length <= CHUNK_CHARS) return { [JOURNAL_PROPERTY]: text };
  const properties: Record<string, string> = {};
  let count = 0;
  for (let start = 0; start < text.length; start += CHUNK_CHARS) {
    properties[chunkKey(count)] = text.slice(start, start + CHUNK_CHARS);
    count += 1;
  }
  properties[JOURNAL_PROPERTY] = JSON.stringify({ chunks: count });
  return properties;
}

/**
 * The journal kept in `properties`, or null when there is none. A journal that cannot be read whole
 * (a chunk missing or garbled) comes back as an empty list: it is still deleted, and what it
 * described is left for the person to see rather than guessed at.
 */
export function readJournal(properties: Readonly<Record<string, string>>): JournalOp[] | null {
  const head = properties[JOURNAL_PROPERTY];
  if (head === undefined) return null;
  let text = head;
  const parsedHead = parseJson(head);
  if (isChunkCount(parsedHead)) {
    text = '';
    for (let index = 0; index < parsedHead.chunks; index += 1) {
      const chunk = properties[chunkKey(index)];
      if (chunk === undefined) return [];
      text += chunk;
    }
  }
  const parsed = text === head ? parsedHead : parseJson(text);
  return Array.isArray(parsed) ? parsed.filter(isJournalOp) : [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isChunkCount(value: unknown): value is { chunks: number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const chunks = (value as { chunks?: unknown }).chunks;
  return typeof chunks === 'number' && Number.isSafeInteger(chunks) && chunks >= 0 && chunks < 1_000;
}

function isJournalOp(value: unknown): value is JournalOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  if (typeof op.table !== 'string') return false;
  if (op.kind === 'append') {
    return (
      typeof op.prefix === 'string' &&
      Number.isSafeInteger(op.from) &&
      Number.isSafeInteger(op.to) &&
      Array.isArray(op.skipped) &&
      typeof op.at === 'string'
    );
  }
  const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  return op.kind === 'update' && typeof op.id === 'string' && isRecord(op.before) && isRecord(op.after);
}
