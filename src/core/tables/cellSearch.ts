/**
 * Patterns for searching one column's cells on Google's side (TextFinder with
 * useRegularExpression): a search is one call whatever the number of rows, where reading the column
 * costs a cell per row. Sheets' regular expressions are RE2's, so these use nothing RE2 lacks (no
 * lookaround, no backreferences), and character classes hold literal characters only, which RE2 and
 * JavaScript read alike. A pattern is matched against the cell's displayed text, from its start to
 * its end (`^…$`).
 *
 * A search only picks the rows to read: the store reads each row it found and core decides on the
 * values read, as it would have on a column read. So a pattern may match more than it must (a few
 * extra rows read), never less.
 */

/**
 * What String.prototype.trim removes (white space and line terminators), any number of times, as a
 * class of literal characters: `\s` is ASCII only in RE2 and wider in JavaScript.
 */
const SPACES = '[\t\n\u000b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*';

/** `text` with every character a regular expression gives a meaning escaped. */
export function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * A cell holding exactly `text` once spaces around it are trimmed, as the store compares IDs
 * (`String(cell).trim() === text`). Search it with matchCase(true).
 */
export function exactCellPattern(text: string): string {
  return `^${SPACES}${escapePattern(text.trim())}${SPACES}$`;
}

/** A cell whose trimmed text starts with `text` (an ID typed in part); search it case-blind. */
export function prefixCellPattern(text: string): string {
  return `^${SPACES}${escapePattern(text.trim())}`;
}

/**
 * Numbers of at most `maxDigits` digits (leading zeros included) that are greater than `highest`,
 * as alternatives: longer numbers first, then those of the same length that are greater digit by
 * digit. Empty when no such number exists.
 */
function numbersAbove(highest: number, maxDigits: number): string[] {
  const digits = String(highest);
  const length = digits.length;
  const zeros = (room: number) => (room > 0 ? `0{0,${room}}` : '');
  const any = (count: number) => (count > 0 ? `\\d{${count}}` : '');
  const alternatives: string[] = [];
  for (let size = length + 1; size <= maxDigits; size += 1)
    alternatives.push(`${zeros(maxDigits - size)}[1-9]${any(size - 1)}`);
  for (let index = 0; index < length; index += 1) {
    const digit = Number(digits[index]);
    if (digit === 9) continue;
    const higher = digit === 8 ? '9' : `[${digit + 1}-9]`;
    alternatives.push(
      `${zeros(maxDigits - length)}${digits.slice(0, index)}${higher}${any(length - index - 1)}`,
    );
  }
  return alternatives;
}

/**
 * An ID `${prefix}-<number>` whose number (at most `maxDigits` digits, as recordIdNumber reads it
 * with that limit) is greater than `highest`, spaces around it allowed; null when no number can be.
 * Search it with matchCase(true): recordIdNumber's prefix is case-sensitive too.
 */
export function idsAbovePattern(prefix: string, highest: number, maxDigits: number): string | null {
  if (!Number.isSafeInteger(highest) || highest < 0 || String(highest).length > maxDigits) return null;
  const alternatives = numbersAbove(highest, maxDigits);
  if (alternatives.length === 0) return null;
  return `^${SPACES}${escapePattern(prefix)}-(?:${alternatives.join('|')})${SPACES}$`;
}
