/**
 * Hands out the next free IDs of a table: one more than the highest `${prefix}-<number>` in use,
 * zero-padded to six digits. IDs typed by hand in another shape are left alone and never reused.
 * The existing IDs are scanned once, so allocating thousands for an import stays linear.
 */
export function recordIdAllocator(prefix: string, existingIds: readonly unknown[]): () => string {
  // At most nine digits: a longer number typed by hand would lose precision and repeat.
  const pattern = new RegExp(`^${prefix}-(\\d{1,9})$`);
  let highest = 0;
  for (const id of existingIds) {
    const match = typeof id === 'string' ? pattern.exec(id.trim()) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return () => {
    highest += 1;
    return `${prefix}-${String(highest).padStart(6, '0')}`;
  };
}
