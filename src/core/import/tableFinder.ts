import type { TableSpec } from '../tables/tableSpec';
import { headerRowScore, isLabelValueCell } from './headerMapping';
import { normalizeHeaderText } from './headerWords';

/** Why a row between the header and the data's end is not a record. */
export type LeftOutReason = 'total' | 'repeatedHeader' | 'note' | 'afterEnd';

/** Where the table is in a grid of cell texts (row indexes are into the given rows). */
export interface FoundTable {
  /** Index of the header row; -1 when the grid has no non-blank row. */
  readonly headerIndex: number;
  /** Trimmed header cell texts, as wide as the widest row. */
  readonly headers: readonly string[];
  /** Indexes of the rows that hold records, in order (blank rows skipped). */
  readonly recordIndexes: readonly number[];
  /** Rows that are not records, with why: shown to the person and left out unless they include them. */
  readonly leftOut: readonly { readonly index: number; readonly reason: LeftOutReason }[];
}

/** How many non-blank rows from the top may hold the header (title rows, a logo, an address above it). */
const HEADER_SEARCH_ROWS = 30;

/** Words a totals row's label cell is, or starts with (followed by ":", "-", " for", " ng", " of", " sa"). */
const TOTAL_WORDS: readonly string[] = [
  'total',
  'totals',
  'grand total',
  'subtotal',
  'sub total',
  'total amount',
  'total sales',
  'total due',
  'kabuuan',
  'kabuuang',
  'kabuuang halaga',
  'kabuuang benta',
  'suma',
  'suma total',
  'sum',
];
/** Month names and abbreviations, English and Filipino, as a regular-expression alternation. */
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|' +
  'oct|october|nov|november|dec|december|enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|' +
  'setyembre|oktubre|nobyembre|disyembre';
// Only these may follow a totals word, so "Total Gas Corp." and "TotalEnergies" stay clients: a
// colon or dash, a linking word, or a period on its own ("Subtotal 2025", "Total Q3", "Kabuuan Enero").
const AFTER_TOTAL_WORD = new RegExp(
  '^(?:\\s*[:\\-–—]|\\s+(?:for|ng|of|sa)\\b|\\s+(?:(?:19|20)\\d{2}|q[1-4]|h[12]|ytd|' +
    MONTHS +
    ')\\.?(?:\\s+(?:19|20)\\d{2})?\\s*$)',
);

/**
 * Words that open a note only with a colon or a dash after them, or alone ("Note: …", "NB: …",
 * "Tala: …", "Paalala - …", "NOTES"), and "N.B." whatever follows: "Note Trading" or "Tala Trading"
 * may be a client's name.
 */
const PUNCTUATED_NOTE =
  /^(?:(?:notes?|nb|paalala|mga tala|tala|sources?|pinagmulan)\s*(?::|[-–—](?:\s|$)|$)|n\.\s?b\.)/;
/** Phrases that open a note whatever follows them: who made or checked the list. */
const BY_NOTE_WORDS: readonly string[] = [
  'prepared by',
  'inihanda ni',
  'inihanda ng',
  'checked by',
  'sinuri ni',
  'noted by',
  'approved by',
  'inaprubahan ni',
  'certified by',
  'received by',
  'tinanggap ni',
];
/**
 * "As of", "updated" and "last updated" open a note only before a date, a month or a year ("As of
 * 31 March 2026", "Updated: 2026-03-31"), so "Updated Bakery" and "As Of Marketing Inc." are clients.
 */
const DATED_NOTE = new RegExp(
  '^(?:as of|last updated|updated)\\b\\s*[:\\-–—,]?\\s*(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?' +
    '(?:(?:' +
    MONTHS +
    ')\\b|(?:19|20)\\d{2}\\b|\\d{1,4}[/.\\-]\\d{1,2}\\b)',
);

/**
 * Words that open a block of its own below the list (a summary, a legend, "Key:"): after two or more
 * blank rows, such a row of one filled cell and everything under it are no records of the list.
 */
const END_BLOCK_WORDS =
  /^(?:(?:summary|buod|recap|legend|breakdown|by region|by industry|ayon sa)\b|key\s*:)/;
/** Blank rows that part a list from a block under it. */
const END_GAP_ROWS = 2;

const cellText = (row: readonly string[], index: number) => String(row[index] ?? '').trim();
const filledCount = (row: readonly string[]) => row.filter((cell) => String(cell ?? '').trim() !== '').length;
const firstFilled = (row: readonly string[]) => row.findIndex((cell) => String(cell ?? '').trim() !== '');
// Lowercase without diacritics, punctuation kept: what the totals and notes rules read.
const plainText = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// Two tests, not one pattern with a digit between two runs: that one backtracks on long cells.
const NUMBER_OR_DATE_CHARACTERS = /^[-+(]?[\d\s.,/:()%₱$-]*$/;
const isNumberOrDate = (text: string) => NUMBER_OR_DATE_CHARACTERS.test(text) && /\d/.test(text);

/** A row that could be a header when nothing names the table: two or more cells, mostly words. */
function looksLikeHeader(row: readonly string[]): boolean {
  const filled = row
    .map((cell) => String(cell ?? '').trim())
    .filter((cell) => cell !== '' && !isLabelValueCell(cell));
  const words = filled.filter((cell) => !isNumberOrDate(cell)).length;
  return filled.length >= 2 && words * 2 > filled.length;
}

/**
 * The header row's index: of the first non-blank rows, the one scoring highest as a header (see
 * headerRowScore: labels outweigh synonyms, synonyms a title containing a known word; "label: value"
 * lines count for nothing), the earliest on a tie; when none names anything, the first row of two or
 * more mostly-word cells, else the first non-blank row.
 */
function findHeaderIndex(table: TableSpec, rows: readonly (readonly string[])[]): number {
  const candidates: number[] = [];
  for (let index = 0; index < rows.length && candidates.length < HEADER_SEARCH_ROWS; index++) {
    if (filledCount(rows[index] ?? []) > 0) candidates.push(index);
  }
  let best = -1;
  let bestScore = 0;
  for (const index of candidates) {
    const score = headerRowScore(table, rows[index] ?? []);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const wordy = candidates.find((index) => looksLikeHeader(rows[index] ?? []));
  return wordy ?? candidates[0] ?? -1;
}

/** Whether a cell labels a totals row: a totals word alone, or followed by ":", "-", "for", "ng"… */
function isTotalLabel(cell: string): boolean {
  const normalized = normalizeHeaderText(cell);
  if (normalized === '') return false;
  if (TOTAL_WORDS.includes(normalized)) return true;
  const plain = plainText(cell);
  return TOTAL_WORDS.some(
    (word) => plain.startsWith(word) && AFTER_TOTAL_WORD.test(plain.slice(word.length)),
  );
}

/** Whether a single cell's text opens a note: "* …", "Note: …", "Prepared by …", "As of 31 March". */
function isNoteText(cell: string): boolean {
  const plain = plainText(cell);
  if (plain.startsWith('*') || PUNCTUATED_NOTE.test(plain) || DATED_NOTE.test(plain)) return true;
  const words = normalizeHeaderText(cell).split(' ');
  return BY_NOTE_WORDS.some((marker) => {
    const markerWords = marker.split(' ');
    return markerWords.every((word, i) => words[i] === word);
  });
}

/** The normalised cells of a row, trailing blanks dropped, for comparing a row with the header. */
function rowShape(row: readonly string[]): string {
  const cells = row.map((cell) => normalizeHeaderText(String(cell ?? '')));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join('|');
}

/** Why a non-blank row below the header is not a record, or undefined for a record. */
function leftOutReason(
  row: readonly string[],
  headerShape: string,
  lastHeaderColumn: number,
): LeftOutReason | undefined {
  if (rowShape(row) === headerShape) return 'repeatedHeader';
  const index = firstFilled(row);
  // Only the leftmost filled cell labels a totals row: a notes cell saying "Total: 3 branches" does not.
  if (isTotalLabel(cellText(row, index))) return 'total';
  if (filledCount(row) !== 1) return undefined;
  return index > lastHeaderColumn || isNoteText(cellText(row, index)) ? 'note' : undefined;
}

/**
 * Finds `table`'s data in a grid of cell texts (a sheet or pasted CSV): the header row below any
 * title and blank rows, the rows holding records, and the rows below the header that are not
 * records (totals, a repeated header, notes, a block of its own after the list's end such as a
 * summary), each with why. Blank rows are skipped. `headerIndex`, when it is the 0-based index of a
 * non-blank row of `rows`, is taken as the header row (the person chose it) instead of searching.
 */
export function findTable(
  table: TableSpec,
  rows: readonly (readonly string[])[],
  headerIndex?: number,
): FoundTable {
  return tableBelow(rows, isRowChoice(rows, headerIndex) ? headerIndex : findHeaderIndex(table, rows));
}

/** Whether `index` names a non-blank row of `rows` (0-based). */
function isRowChoice(rows: readonly (readonly string[])[], index: number | undefined): index is number {
  return (
    index !== undefined &&
    Number.isInteger(index) &&
    index >= 0 &&
    index < rows.length &&
    filledCount(rows[index] ?? []) > 0
  );
}

/** The table whose header is row `headerIndex` of `rows` (-1: none): headers, records, left out. */
function tableBelow(rows: readonly (readonly string[])[], headerIndex: number): FoundTable {
  if (headerIndex < 0) return { headerIndex, headers: [], recordIndexes: [], leftOut: [] };
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headerRow = rows[headerIndex] ?? [];
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow, i));
  const headerShape = rowShape(headers);
  let lastHeaderColumn = -1;
  headers.forEach((header, i) => {
    if (header !== '') lastHeaderColumn = i;
  });
  const recordIndexes: number[] = [];
  const leftOut: { index: number; reason: LeftOutReason }[] = [];
  let blanks = 0;
  let ended = false;
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index] ?? [];
    if (filledCount(row) === 0) {
      blanks++;
      continue;
    }
    if (!ended && blanks >= END_GAP_ROWS && recordIndexes.length > 0 && filledCount(row) === 1)
      ended = END_BLOCK_WORDS.test(plainText(cellText(row, firstFilled(row))));
    blanks = 0;
    const reason = ended ? 'afterEnd' : leftOutReason(row, headerShape, lastHeaderColumn);
    if (reason) leftOut.push({ index, reason });
    else recordIndexes.push(index);
  }
  return { headerIndex, headers, recordIndexes, leftOut };
}
