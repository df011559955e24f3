/**
 * The largest number an ID may carry and still be counted exactly: a longer number typed by hand
 * would lose precision, so it is kept out of the numbering (but still never handed out again).
 */
const MAX_COUNTED_DIGITS = 15;

/** The number in `${prefix}-<number>`, or null for any other shape (or a number too long to count). */
export function recordIdNumber(prefix: string, id: unknown): number | null {
  if (typeof id !== 'string') return null;
  const match = new RegExp(`^${prefix}-(\\d{1,${MAX_COUNTED_DIGITS}})$`).exec(id.trim());
  return match ? Number(match[1]) : null;
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
  let highest = Number.isSafeInteger(highestIssued) && highestIssued > 0 ? highestIssued : 0;
  const taken = new Set<string>();
  for (const id of existingIds) {
    if (typeof id !== 'string') continue;
    taken.add(id.trim());
    const number = recordIdNumber(prefix, id);
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
