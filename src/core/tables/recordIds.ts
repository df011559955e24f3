/**
 * Numbering follows hand-typed IDs of up to this many digits. A longer number typed by hand is kept
 * out of the numbering (it is still never handed out again), so the next ID always stays within
 * the digits recordIdNumber reads exactly.
 */
export const MAX_FOLLOWED_DIGITS = 12;
/** The most digits an ID's number may have and still be read exactly (below 2^53). */
const MAX_READ_DIGITS = 15;

/** The number in `${prefix}-<number>`, or null for any other shape (or a number too long to read). */
export function recordIdNumber(prefix: string, id: unknown, maxDigits = MAX_READ_DIGITS): number | null {
  if (typeof id !== 'string') return null;
  const match = new RegExp(`^${prefix}-(\\d{1,${maxDigits}})$`).exec(id.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Whether a table's ID counter can be numbered from: a whole number, positive, and within the
 * followed digits (past them it can only be garbage, and numbering would leave the readable range).
 */
export function isUsableCounter(counter: number | null | undefined): counter is number {
  return (
    typeof counter === 'number' &&
    Number.isSafeInteger(counter) &&
    counter > 0 &&
    counter < 10 ** MAX_FOLLOWED_DIGITS
  );
}

/**
 * Hands out the next free IDs of a table: one more than the highest of every `${prefix}-<number>`
 * in use and `highestIssued` (the table's counter, which remembers IDs whose rows were deleted), so
 * an ID is never handed out twice. Zero-padded to six digits. Any ID already in the column, in any
 * shape, is skipped. The existing IDs are scanned once, so allocating thousands for an import stays
 * linear.
 */
export function recordIdAllocator(
  prefix: string,
  existingIds: readonly unknown[],
  highestIssued = 0,
): () => string {
  let highest = isUsableCounter(highestIssued) ? highestIssued : 0;
  const taken = new Set<string>();
  for (const id of existingIds) {
    if (typeof id !== 'string') continue;
    taken.add(id.trim());
    const number = recordIdNumber(prefix, id, MAX_FOLLOWED_DIGITS);
    if (number !== null) highest = Math.max(highest, number);
  }
  return () => {
    let candidate = '';
    do {
      highest += 1;
      candidate = `${prefix}-${String(highest).padStart(6, '0')}`;
    } while (taken.has(candidate));
    return candidate;
  };
}
